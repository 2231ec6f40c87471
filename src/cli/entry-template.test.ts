import { describe, expect, it } from 'vitest';
import type { EntryFields } from '../core/entries/entry.js';
import { parseEntryTemplate, renderEntryTemplate } from './entry-template.js';

const FULL: EntryFields = {
  date: '2025-03-03',
  title: 'Led the billing migration: phase 2',
  details: '## Plan\nDual writes for two weeks.\n\n# Not a comment: a heading in my details',
  impact: 'Zero downtime; 40k accounts moved.',
  peopleHelped: ['Jordan Lee'],
  collaborators: ['Lena Fischer', 'Omar Haddad'],
  kind: 'feature',
  competencies: ['ownership', 'technical-leadership'],
  scope: 'cross-team',
  links: ['https://docs.example.com/billing?tab=plan'],
  project: 'billing',
  tags: ['migration'],
  visibility: 'manager',
};

const EMPTY: EntryFields = {
  ...FULL,
  title: '',
  details: '',
  impact: '',
  peopleHelped: [],
  collaborators: [],
  competencies: [],
  links: [],
  project: null,
  tags: [],
  visibility: 'private',
};

describe('the entry template', () => {
  it('reads back every field it renders', () => {
    expect(parseEntryTemplate(renderEntryTemplate(FULL))).toEqual(FULL);
  });

  it('reads back an entry with empty lists, no project and no text', () => {
    expect(parseEntryTemplate(renderEntryTemplate(EMPTY))).toEqual(EMPTY);
  });

  it('reads back a link that contains commas', () => {
    const withComma = { ...FULL, links: ['https://grafana.example.com/d/abc?var-host=web-1,web-2'] };
    expect(parseEntryTemplate(renderEntryTemplate(withComma)).links).toEqual(withComma.links);
  });

  it('explains itself in comment lines that list the accepted kinds and scopes', () => {
    const text = renderEntryTemplate(FULL);
    expect(text).toContain('# Kind: feature | incident | design | mentoring | tech-debt | process | other.');
    expect(text).toContain('Scope: individual | team | cross-team | org.');
  });

  it('ignores comment lines and blank lines in the header', () => {
    expect(parseEntryTemplate('# Title: not this\n\nTitle: this one\n')).toMatchObject({ title: 'this one' });
  });

  // Text the template has no place for was dropped without a word; refusing keeps it in the draft.
  it('refuses a header line that is not a field, naming its line and the fields there are', () => {
    expect(() => parseEntryTemplate('Title: Shipped it\nMood: great\n')).toThrow(
      'line 2: "Mood: great" is not a field here; use Title, Date, Kind',
    );
    expect(() => parseEntryTemplate('Title: Shipped it\nCut the p95 in half\n')).toThrow(
      /^line 2: .*Details/,
    );
  });

  it('refuses a field given twice rather than keeping one of them', () => {
    expect(() => parseEntryTemplate('Title: first\nTitle: second\n')).toThrow(
      'line 2: Title is already given on line 1',
    );
  });

  it('reads labels case-insensitively and tolerates CRLF line ends', () => {
    const text =
      'title: Shipped it\r\nKIND: design\r\n--- Details: what I did, decisions made ---\r\nLine one\r\nLine two\r\n';
    expect(parseEntryTemplate(text)).toMatchObject({
      title: 'Shipped it',
      kind: 'design',
      details: 'Line one\nLine two',
    });
  });

  it('keeps everything after the first colon of a header line', () => {
    expect(parseEntryTemplate('Title: RFC: caching, finally\n').title).toBe('RFC: caching, finally');
  });

  it('splits lists on commas, trimming and dropping empty items', () => {
    expect(parseEntryTemplate('Tags: a, b,,  c ,\n').tags).toEqual(['a', 'b', 'c']);
  });

  it('leaves out header fields that were blanked, so defaults or current values apply', () => {
    const parsed = parseEntryTemplate('Title: x\nDate: \nKind:\nScope: \nVisibility:\n');
    expect(parsed).not.toHaveProperty('date');
    expect(parsed).not.toHaveProperty('kind');
    expect(parsed).not.toHaveProperty('scope');
    expect(parsed).not.toHaveProperty('visibility');
  });

  it('keeps an emptied title as empty, so saving it fails and the draft is kept', () => {
    expect(parseEntryTemplate('Title:\n').title).toBe('');
  });

  it('keeps lines starting with # inside details and impact', () => {
    const text =
      '--- Details: what I did, decisions made ---\n# Heading\ntext\n--- Impact: outcome, metrics ---\n#1 in latency\n';
    expect(parseEntryTemplate(text)).toMatchObject({ details: '# Heading\ntext', impact: '#1 in latency' });
  });

  it('gives empty details and impact when their sections are missing', () => {
    expect(parseEntryTemplate('Title: x\n')).toMatchObject({ details: '', impact: '' });
  });
});
