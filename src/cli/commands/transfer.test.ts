import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  exportDocument,
  parseJsonOutput,
} from '../../../tests/support/cli-harness.js';
import { ladder } from '../../../tests/support/framework-fixtures.js';
import type { Entry } from '../../core/entries/entry.js';

interface Doc {
  format: string;
  version: number;
  exportedAt: string;
  generator: string;
  profile: Record<string, unknown> | null;
  entries: Array<Record<string, unknown>>;
}

const withoutExportedAt = ({ exportedAt: _e, ...rest }: Doc) => rest;

/** A home with a full profile and entries using every field, one edited and one deleted. */
async function fillHome(cli: CliHarness): Promise<void> {
  await cli.ok([
    'init',
    ...['--name', 'Sam Rivera', '--level', 'mid', '--target', 'senior', '--manager', 'Priya Nair'],
    ...['--cadence', 'quarterly', '--next-calibration', '2027-03-15'],
  ]);
  const rich = await cli.log(
    'Led the billing migration — “phase 2” 🚀',
    ...['--date', '2025-03-03', '--kind', 'feature', '--scope', 'cross-team', '--project', 'billing'],
    ...[
      '--details',
      '## Plan\n- dual writes\n- cutover at 02:00\n\nTrailing spaces kept  ',
      '--impact',
      '40k accounts, 0 downtime',
    ],
    ...[
      '--helped',
      'Jordan Lee',
      '--with',
      'Lena Fischer',
      '--competency',
      'ownership,impact',
      '--tag',
      'migration',
    ],
    ...['--link', 'https://docs.example.com/billing?x=1&y=2', '--visibility', 'manager'],
  );
  await cli.ok(['edit', rich.id, '--impact', '40k accounts, zero downtime']);
  await cli.log('Wrote the caching RFC', '--date', '2025-03-12', '--kind', 'design');
  const gone = await cli.log('Abandoned spike', '--date', '2025-03-20');
  await cli.ok(['rm', gone.id, '--yes']);
}

describe('promocase export', () => {
  let cli: CliHarness;
  beforeEach(async () => {
    cli = createCliHarness();
    await fillHome(cli);
  });
  afterEach(() => cli.cleanup());

  it('prints a versioned JSON document of everything on stdout, deleted entries included', async () => {
    const r = await cli.run(['export']);
    expect(r.stderr).toBe('');
    const doc = parseJsonOutput<Doc>(r);
    expect(doc).toMatchObject({
      format: 'promocase-export',
      version: 1,
      exportedAt: expect.any(String),
      generator: expect.stringContaining('promocase'),
      profile: { name: 'Sam Rivera', managerName: 'Priya Nair', nextCalibration: '2027-03-15' },
    });
    expect(doc.entries.map((e) => e.title)).toEqual([
      'Led the billing migration — “phase 2” 🚀',
      'Wrote the caching RFC',
      'Abandoned spike',
    ]);
    expect(doc.entries[2]!.deletedAt).toEqual(expect.any(String));
    expect(doc.entries[0]).not.toHaveProperty('ownerId');
  });

  it('writes to --out, readable only by the owner, with the message on stderr', async () => {
    const file = join(cli.dir, 'backup.json');
    const r = await cli.run(['export', '--out', file]);
    expect(r).toEqual({ code: 0, stdout: '', stderr: `Exported to ${file}\n` });
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('promocase-export');
    expect(statSync(file).mode & 0o077).toBe(0);
  });

  it('refuses to replace an existing --out file without --force (exit 2), leaving it untouched', async () => {
    const file = join(cli.dir, 'backup.json');
    writeFileSync(file, 'precious');
    expectFailure(await cli.run(['export', '--out', file]), 2, '--out', file, '--force');
    expect(readFileSync(file, 'utf8')).toBe('precious');
  });

  it('replaces an existing --out file with --force', async () => {
    const file = join(cli.dir, 'backup.json');
    writeFileSync(file, 'old');
    await cli.ok(['export', '--out', file, '--force']);
    expect(JSON.parse(readFileSync(file, 'utf8')).entries).toHaveLength(3);
  });

  it('fails with exit 2 when --out cannot be written, leaving no temporary file', async () => {
    const file = join(cli.dir, 'no-such-dir', 'backup.json');
    expectFailure(await cli.run(['export', '--out', file]), 2, '--out', 'cannot write');
    expect(existsSync(join(cli.dir, 'no-such-dir'))).toBe(false);
  });

  it('refuses an empty --out of export and framework export instead of printing to standard output', async () => {
    expectFailure(await cli.run(['export', '--out', '']), 2, '--out: give a file name');
    expectFailure(await cli.run(['framework', 'export', '--out', '']), 2, '--out: give a file name');
  });

  it('names the missing folder of --out in words, not a system error about a temporary file', async () => {
    const folder = join(cli.dir, 'no-such-dir');
    const r = await cli.run(['export', '--out', join(folder, 'backup.json')]);
    expectFailure(r, 2, `the folder ${folder} does not exist`);
    expect(r.stderr).not.toMatch(/ENOENT|\.tmp/);
  });

  it('refuses an --out that is a directory, even with --force, and says to give a file name', async () => {
    for (const force of [[], ['--force']]) {
      const r = await cli.run(['export', '--out', cli.dir, ...force]);
      expectFailure(r, 2, `--out: ${cli.dir} is a directory`, 'file name');
      expect(r.stderr).not.toMatch(/EISDIR|\.tmp/);
    }
  });

  it('exports a readable Markdown log of the live entries with --format markdown', async () => {
    const r = await cli.run(['export', '--format', 'markdown']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('# Work log of Sam Rivera\n')).toBe(true);
    expect(r.stdout).toContain('### 2025-03-03: Led the billing migration — “phase 2” 🚀');
    expect(r.stdout).toContain('**Impact:** 40k accounts, zero downtime');
    expect(r.stdout).not.toContain('Abandoned spike');
    expect((await cli.run(['export', '-f', 'md'])).stdout).toBe(r.stdout);
  });

  it('says in --help that Markdown holds the work log, not everything', async () => {
    const help = (await cli.ok(['export', '--help'])).stdout.replace(/\s+/g, ' ');
    expect(help).toContain('your work log as Markdown');
    expect(help).toContain('markdown (the live entries, by week)');
  });

  it('rejects an unknown --format with exit 2', async () => {
    expectFailure(await cli.run(['export', '--format', 'pdf']), 2, '--format', 'json or markdown');
  });
});

describe('promocase import', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  const write = (name: string, content: unknown) => {
    const file = join(cli.dir, name);
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
    return file;
  };
  const nothingWritten = async () => {
    expect(await cli.entries()).toEqual([]);
    expectFailure(await cli.run(['profile']), 1, 'promocase init');
  };

  it('round-trips losslessly: export, import into a fresh home, export again', async () => {
    const source = createCliHarness();
    try {
      await fillHome(source);
      const first = parseJsonOutput<Doc>(await source.run(['export']));
      const file = write('backup.json', first);
      const r = await cli.run(['import', file]);
      expect(r).toEqual({
        code: 0,
        stdout: '',
        stderr: 'Imported entries: 3 created, 0 updated, 0 unchanged. Profile: created.\n',
      });
      const second = parseJsonOutput<Doc>(await cli.run(['export']));
      expect(withoutExportedAt(second)).toEqual(withoutExportedAt(first));
      const ids = (d: Doc) => d.entries.map((e) => e.id);
      expect(ids(second)).toEqual(ids(first));
      expect(await cli.entries()).toHaveLength(3);
    } finally {
      source.cleanup();
    }
  });

  it('creates nothing twice when the same file is imported again, and says so', async () => {
    const source = createCliHarness();
    try {
      await fillHome(source);
      const file = write('backup.json', parseJsonOutput<Doc>(await source.run(['export'])));
      await cli.ok(['import', file]);
      const before = await cli.run(['export']);
      const r = await cli.run(['import', file]);
      expect(r.stderr).toBe('Imported entries: 0 created, 0 updated, 3 unchanged. Profile: unchanged.\n');
      const report = parseJsonOutput(await cli.run(['import', file, '--json']));
      expect(report).toEqual({
        entries: { created: 0, updated: 0, unchanged: 3, keptNewer: 0 },
        profile: 'unchanged',
        frameworks: { created: 0, updated: 0, unchanged: 0, keptNewer: 0 },
        people: expect.any(Object),
      });
      expect(withoutExportedAt(parseJsonOutput<Doc>(await cli.run(['export'])))).toEqual(
        withoutExportedAt(parseJsonOutput<Doc>(before)),
      );
    } finally {
      source.cleanup();
    }
  });

  it('updates an entry whose imported copy is newer, and keeps one that is newer here', async () => {
    const { ownerId: _o, ...mine } = await cli.log('Mine, edited later', '--date', '2025-01-10');
    const doc = exportDocument([
      { id: 'aaaa-newer-there', title: 'First version' },
      { ...mine, title: 'Old title from an old backup', updatedAt: '2020-01-01T00:00:00.000Z' },
    ]);
    const first = parseJsonOutput(await cli.run(['import', write('a.json', doc), '--json']));
    expect(first).toMatchObject({ entries: { created: 1, updated: 0, keptNewer: 1 } });
    const newer = exportDocument([
      { id: 'aaaa-newer-there', title: 'Second version', updatedAt: '2030-01-01T00:00:00.000Z' },
    ]);
    const r = await cli.run(['import', write('b.json', newer), '--json']);
    expect(parseJsonOutput(r)).toMatchObject({ entries: { created: 0, updated: 1 } });
    const titles = (await cli.entries()).map((e) => e.title).sort();
    expect(titles).toEqual(['Mine, edited later', 'Second version']);
  });

  it('says in words what became of the profile, and counts the frameworks it brought', async () => {
    const source = createCliHarness();
    try {
      await fillHome(source);
      const framework = join(source.dir, 'acme.json');
      writeFileSync(framework, JSON.stringify(ladder([['craft', 'Craft']])));
      await source.ok(['framework', 'import', framework]);
      const doc = parseJsonOutput<Doc>(await source.run(['export']));
      await cli.ok(['init', '--name', 'Sam', '--level', 'mid', '--target', 'senior']);
      const old = { ...doc, profile: { ...doc.profile, updatedAt: '2020-01-01T00:00:00.000Z' } };
      const r = await cli.ok(['import', write('old-profile.json', old)]);
      expect(r.stderr).toContain("Profile: yours kept (it is newer than the file's).");
      expect(r.stderr).toContain('1 framework');
      const none = await cli.ok(['import', write('no-profile.json', exportDocument([{ id: 'bare-0001' }]))]);
      expect(none.stderr).toContain('Profile: none in the file.');
    } finally {
      source.cleanup();
    }
  });

  it('counts the people-loop records it brought in the singular when there is one', async () => {
    const source = createCliHarness();
    try {
      await fillHome(source);
      await source.ok(['goal', 'add', 'Lead the billing migration', '--due', '2027-01-31']);
      const doc = parseJsonOutput<Doc>(await source.run(['export']));
      const r = await cli.ok(['import', write('one-goal.json', doc)]);
      expect(r.stderr).toMatch(/Also created or updated: .*\b1 goal\b/);
      expect(r.stderr).not.toContain('1 goals');
    } finally {
      source.cleanup();
    }
  });

  it('reads the document from standard input with -', async () => {
    const doc = exportDocument([{ id: 'from-stdin-0001', title: 'Piped in' }]);
    const r = await cli.run(['import', '-'], { stdin: JSON.stringify(doc) });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('1 created');
    expect((await cli.entries()).map((e: Entry) => e.title)).toEqual(['Piped in']);
  });

  it('reads a file saved with a byte order mark, as Windows editors save UTF-8', async () => {
    const doc = exportDocument([{ id: 'with-bom-0001', title: 'Saved in Notepad' }]);
    const r = await cli.run(['import', write('bom.json', `\ufeff${JSON.stringify(doc)}`)]);
    expect(r.code, r.stderr).toBe(0);
    expect((await cli.entries()).map((e: Entry) => e.title)).toEqual(['Saved in Notepad']);
    const piped = await cli.run(['import', '-'], { stdin: `\ufeff${JSON.stringify(doc)}` });
    expect(piped.code, piped.stderr).toBe(0);
  });

  describe('bad files (exit 2, nothing written)', () => {
    it('rejects a file that is not JSON, saying why, without even creating the database', async () => {
      const file = write('broken.json', '{"format": "promocase-export", "entries": [');
      expectFailure(await cli.run(['import', file]), 2, file, 'is not JSON', 'nothing was imported');
      expect(existsSync(join(cli.home, 'promocase.db'))).toBe(false);
    });

    it('rejects empty standard input', async () => {
      expectFailure(await cli.run(['import', '-'], { stdin: '' }), 2, 'not JSON');
    });

    it.each([
      ['an object from another program', { hello: 'world' }, 'not a promocase export'],
      ['an array', [{ id: 'x' }], 'a JSON object'],
      ['a JSON string', '"just text"', 'a JSON object'],
      ['null', 'null', 'a JSON object'],
    ])('rejects %s', async (_what, content, message) => {
      expectFailure(await cli.run(['import', write('foreign.json', content)]), 2, message);
      await nothingWritten();
    });

    it('rejects a file from a newer promocase, saying to upgrade', async () => {
      const file = write('future.json', { ...exportDocument([{ id: 'future-0001' }]), version: 2 });
      expectFailure(await cli.run(['import', file]), 2, 'version', 'newer promocase', 'upgrade');
      await nothingWritten();
    });

    it('rejects a missing file', async () => {
      const file = join(cli.dir, 'nope.json');
      expectFailure(await cli.run(['import', file]), 2, file, 'no such file');
      await nothingWritten();
    });

    it('rejects a directory', async () => {
      const r = await cli.run(['import', cli.dir]);
      expectFailure(r, 2, `FILE: ${cli.dir} is a directory`);
      expect(r.stderr).not.toContain('EISDIR');
      await nothingWritten();
    });

    it('imports none of the entries when one of them is invalid, naming it', async () => {
      const doc = exportDocument([
        { id: 'good-0001', title: 'Fine' },
        { id: 'bad-0002', date: '2025-02-30' },
        { id: 'bad-0003', kind: 'heroics' as never },
      ]);
      const r = await cli.run(['import', write('mixed.json', doc)]);
      expectFailure(r, 2, 'entries[1].date', 'entries[2].kind');
      await nothingWritten();
    });

    it('imports nothing from a file with a NUL character in a text, naming where it is', async () => {
      const doc = exportDocument([{ id: 'good-0001' }, { id: 'nul-0002', details: 'before\u0000after' }]);
      const r = await cli.run(['import', write('nul.json', doc)]);
      expectFailure(r, 2, 'entries[1].details', 'NUL character');
      await nothingWritten();
    });

    it('rejects duplicate ids and oversize text', async () => {
      const dup = exportDocument([{ id: 'same-0001' }, { id: 'same-0001' }]);
      expectFailure(await cli.run(['import', write('dup.json', dup)]), 2, 'duplicate id');
      const big = exportDocument([{ id: 'big-0001', details: 'd'.repeat(20_001) }]);
      expectFailure(
        await cli.run(['import', write('big.json', big)]),
        2,
        'entries[0].details',
        'at most 20000',
      );
      await nothingWritten();
    });

    it('rejects a profile whose target is not above the current level', async () => {
      const doc = exportDocument([{ id: 'ok-0001' }], {
        profile: {
          name: 'Sam',
          company: 'generic',
          currentLevel: 'senior',
          targetLevel: 'mid',
          managerName: null,
          reviewCadence: 'yearly',
          nextCalibration: null,
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        },
      });
      expectFailure(await cli.run(['import', write('p.json', doc)]), 2, 'targetLevel');
      await nothingWritten();
    });

    it('needs a file argument', async () => {
      expectFailure(await cli.run(['import']), 2, "missing required argument 'file'");
    });
  });
});
