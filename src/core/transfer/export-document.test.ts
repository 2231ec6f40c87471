import { describe, expect, it } from 'vitest';
import type { Entry } from '../entries/entry.js';
import type { Profile } from '../profile/profile.js';
import {
  buildExportDocument,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  parseExportDocument,
} from './export-document.js';

function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'e1',
    ownerId: 'owner-a',
    date: '2026-11-20',
    title: 'Led the billing migration cutover',
    details: 'Moved 40 services to the new ledger.',
    impact: 'Invoice errors fell from 2% to 0.1%.',
    peopleHelped: ['Jordan Lee'],
    collaborators: ['Priya Nair'],
    kind: 'feature',
    competencies: ['ownership'],
    scope: 'cross-team',
    links: ['https://docs.example.com/billing'],
    project: 'billing-migration',
    tags: ['billing'],
    visibility: 'private',
    source: 'manual',
    createdAt: '2026-11-20T17:00:00.000Z',
    updatedAt: '2026-11-20T17:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

const profile: Profile = {
  ownerId: 'owner-a',
  name: 'Sam Rivera',
  company: 'generic',
  framework: 'promocase',
  currentLevel: 'mid',
  targetLevel: 'senior',
  managerName: 'Priya Nair',
  reviewCadence: 'half-yearly',
  nextCalibration: '2027-02-03',
  createdAt: '2026-06-01T09:00:00.000Z',
  updatedAt: '2026-11-01T09:00:00.000Z',
};

function build(entries: Entry[] = [entry()], p: Profile | null = profile) {
  return buildExportDocument({
    profile: p,
    frameworks: [],
    entries,
    exportedAt: '2026-11-20T17:30:00.000Z',
    generator: 'promocase 0.1.0',
  });
}

/** A valid document as it arrives from a file: plain JSON, so tests can break one part of it. */
// biome-ignore lint/suspicious/noExplicitAny: tests reshape untrusted JSON on purpose
function validJson(): any {
  return JSON.parse(JSON.stringify(build([entry({ id: 'a' }), entry({ id: 'b', date: '2026-11-21' })])));
}

describe('buildExportDocument', () => {
  it('writes the format, version, time and generator', () => {
    expect(build()).toMatchObject({
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: '2026-11-20T17:30:00.000Z',
      generator: 'promocase 0.1.0',
    });
  });

  it('leaves out owner ids, which mean nothing in another home', () => {
    const doc = build();
    expect(doc.profile).not.toHaveProperty('ownerId');
    expect(doc.entries[0]).not.toHaveProperty('ownerId');
    expect(doc.profile).toEqual({ ...profile, ownerId: undefined });
  });

  it('keeps every other field of every entry, deleted ones included', () => {
    const deleted = entry({ id: 'd', deletedAt: '2026-11-21T08:00:00.000Z' });
    const { ownerId: _o, ...rest } = deleted;
    expect(build([deleted]).entries).toEqual([rest]);
  });

  it('sorts entries by date, then id', () => {
    const doc = build([
      entry({ id: 'c', date: '2026-11-20' }),
      entry({ id: 'a', date: '2026-11-20' }),
      entry({ id: 'z', date: '2026-01-05' }),
    ]);
    expect(doc.entries.map((e) => e.id)).toEqual(['z', 'a', 'c']);
  });

  it('writes identical documents for the same data in any order', () => {
    const list = [entry({ id: 'a' }), entry({ id: 'b', date: '2026-10-01' }), entry({ id: 'c' })];
    expect(JSON.stringify(build([...list].reverse()))).toBe(JSON.stringify(build(list)));
  });

  it('does not change the entries it is given', () => {
    const list = [entry({ id: 'b' }), entry({ id: 'a' })];
    build(list);
    expect(list.map((e) => [e.id, e.ownerId])).toEqual([
      ['b', 'owner-a'],
      ['a', 'owner-a'],
    ]);
  });

  it('writes a null profile when there is none', () => {
    expect(build([], null)).toMatchObject({ profile: null, entries: [] });
  });
});

describe('parseExportDocument', () => {
  it('accepts what buildExportDocument writes, after a trip through JSON', () => {
    const doc = build([entry({ id: 'a' }), entry({ id: 'b', deletedAt: '2026-11-21T08:00:00.000Z' })]);
    expect(parseExportDocument(JSON.parse(JSON.stringify(doc)))).toEqual({ ok: true, value: doc });
  });

  it('accepts an empty export', () => {
    expect(parseExportDocument(JSON.parse(JSON.stringify(build([], null))))).toMatchObject({ ok: true });
  });

  it('rejects null, a string, a number or a list with one problem: it is not a JSON object', () => {
    for (const value of [null, undefined, 'promocase-export', 42, true, [], [validJson()]]) {
      expect(parseExportDocument(value)).toEqual({
        ok: false,
        problems: [{ path: '(root)', message: 'expected a promocase export: a JSON object' }],
      });
    }
  });

  it('rejects foreign JSON with one problem about the format, not a list of every field', () => {
    for (const value of [{}, { name: 'promocase', version: '0.1.0' }, { ...validJson(), format: 'other' }]) {
      expect(parseExportDocument(value)).toEqual({
        ok: false,
        problems: [
          { path: 'format', message: 'not a promocase export (expected format "promocase-export")' },
        ],
      });
    }
  });

  it('rejects a document from a newer promocase with one problem that says to upgrade', () => {
    const newer = { format: EXPORT_FORMAT, version: EXPORT_VERSION + 1, entries: 'a new shape' };
    const result = parseExportDocument(newer);
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'version', message: expect.stringContaining('upgrade promocase') }],
    });
    expect(JSON.stringify(result)).toContain(`version ${EXPORT_VERSION + 1}`);
  });

  it.each([0, '1', null, 1.5])('rejects the version %j', (version) => {
    const result = parseExportDocument({ ...validJson(), version });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['version']);
  });

  it('names each bad field by its path, like entries[0].date', () => {
    const doc = validJson();
    doc.entries[0].date = '2026-02-30';
    doc.entries[1].kind = 'win';
    doc.entries[1].links = ['not a url'];
    expect(parseExportDocument(doc)).toEqual({
      ok: false,
      problems: [
        { path: 'entries[0].date', message: 'expected a calendar date like 2026-11-20' },
        { path: 'entries[1].kind', message: expect.stringContaining('expected one of: feature,') },
        { path: 'entries[1].links[0]', message: 'expected an http(s) URL' },
      ],
    });
  });

  it('names bad timestamps and ids', () => {
    const doc = validJson();
    doc.exportedAt = 'yesterday';
    doc.entries[0].updatedAt = '2026-11-20';
    doc.entries[1].id = 'has spaces';
    doc.entries[1].deletedAt = 12;
    const result = parseExportDocument(doc);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual([
      'exportedAt',
      'entries[0].updatedAt',
      'entries[1].id',
      'entries[1].deletedAt',
    ]);
  });

  it('names bad profile fields under profile.', () => {
    const doc = validJson();
    doc.profile.currentLevel = 'boss';
    doc.profile.nextCalibration = '2027-13-01';
    const result = parseExportDocument(doc);
    expect(!result.ok && result.problems).toEqual([
      { path: 'profile.currentLevel', message: expect.stringContaining('expected one of: junior,') },
      { path: 'profile.nextCalibration', message: 'expected a calendar date like 2026-11-20' },
    ]);
  });

  it('rejects a profile whose target level is not above the current level', () => {
    const doc = validJson();
    doc.profile.currentLevel = 'senior';
    doc.profile.targetLevel = 'mid';
    expect(parseExportDocument(doc)).toEqual({
      ok: false,
      problems: [{ path: 'profile.targetLevel', message: 'must be a level above the current level' }],
    });
  });

  it('rejects keys it does not know, in entries and at the top', () => {
    const doc = validJson();
    doc.entries[0].ownerId = 'owner-a';
    doc.comment = 'hi';
    const result = parseExportDocument(doc);
    expect(!result.ok && result.problems).toEqual([
      { path: 'entries[0].ownerId', message: 'unknown field "ownerId"' },
      { path: 'comment', message: 'unknown field "comment"' },
    ]);
  });

  it('rejects a missing entries list', () => {
    const { entries: _entries, ...doc } = validJson();
    const result = parseExportDocument(doc);
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(['entries']);
  });

  it('rejects two entries with the same id, naming the later one', () => {
    const doc = validJson();
    doc.entries.push({ ...doc.entries[0], title: 'A copy' });
    expect(parseExportDocument(doc)).toEqual({
      ok: false,
      problems: [{ path: 'entries[2].id', message: 'duplicate id "a"' }],
    });
  });

  it('accepts timestamps with an offset', () => {
    const doc = validJson();
    doc.entries[0].updatedAt = '2026-11-20T19:00:00+02:00';
    expect(parseExportDocument(doc).ok).toBe(true);
  });
});
