import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliHarness, createCliHarness, expectFailure } from '../../../tests/support/cli-harness.js';
import { FT_SAMPLE_FILE } from '../../../tests/support/framework-fixtures.js';

const LINES = [
  { id: 'e1', type: 'entry', text: 'Mentored Jonas through his first on-call rotation.' },
  { id: 'p1', type: 'peer-review', text: 'Smart, helpful, a real rockstar.' },
  {
    id: 'm1',
    type: 'manager-feedback',
    text: 'By the end of Q2, write the design doc for the ledger migration and present it at the architecture review.',
  },
];
const jsonl = (items: readonly unknown[]) => `${items.map((i) => JSON.stringify(i)).join('\n')}\n`;
const parseJsonl = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe('promocase analyze --input', () => {
  let cli: CliHarness;
  let input: string;
  beforeEach(() => {
    cli = createCliHarness();
    input = join(cli.dir, 'items.jsonl');
    writeFileSync(input, jsonl(LINES));
  });
  afterEach(() => cli.cleanup());

  it('writes one JSON line per input line with the same id and the fields of its type', async () => {
    const r = await cli.ok(['analyze', '--input', input]);
    const [entry, peer, manager] = parseJsonl(r.stdout);
    expect(entry).toMatchObject({ id: 'e1', kind: 'mentoring', metric: false });
    expect(entry!.competencies).toContain('multiplier');
    expect(Object.keys(entry!)).toEqual(
      expect.arrayContaining(['kind', 'competencies', 'scope', 'metric', 'specificity', 'reasons']),
    );
    expect(peer).toMatchObject({ id: 'p1', specific: false, reasons: expect.any(Array) });
    expect(manager).toMatchObject({ id: 'm1', actionable: true, reasons: expect.any(Array) });
  });

  it('reads standard input with --input - and ignores blank lines and extra fields', async () => {
    const text = `\n${jsonl([{ ...LINES[1], specific: false, note: 'labelled' }])}\n\n`;
    const r = await cli.ok(['analyze', '--input', '-'], { stdin: text });
    expect(parseJsonl(r.stdout)).toEqual([expect.objectContaining({ id: 'p1', specific: false })]);
  });

  it('writes to --out and refuses to replace it without --force', async () => {
    const out = join(cli.dir, 'out.jsonl');
    const first = await cli.ok(['analyze', '--input', input, '--out', out]);
    expect(first.stdout).toBe('');
    expect(first.stderr).toContain('Analysed 3 items');
    expect(parseJsonl(readFileSync(out, 'utf8'))).toHaveLength(3);

    writeFileSync(out, 'keep me');
    expectFailure(await cli.run(['analyze', '--input', input, '--out', out]), 2, '--out', 'already exists');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    await cli.ok(['analyze', '--input', input, '--out', out, '--force']);
    expect(parseJsonl(readFileSync(out, 'utf8'))).toHaveLength(3);
  });

  it('refuses a bad line with exit 2, naming the line and the field, and writes nothing', async () => {
    const out = join(cli.dir, 'out.jsonl');
    const cases: Array<[string, string]> = [
      [`${JSON.stringify(LINES[0])}\n{"id":"x","type":"tweet","text":"hi"}\n`, 'line 2: type'],
      [`${JSON.stringify(LINES[0])}\n\n{"id":"x","type":"entry"}\n`, 'line 3: text'],
      [`{"id":"x","type":"entry","text":"   "}\n`, 'line 1: text'],
      [`{"id":7,"type":"entry","text":"Shipped it"}\n`, 'line 1: id'],
      [`${JSON.stringify(LINES[0])}\n{"id": "x", "type":\n`, 'line 2: not JSON'],
      [`["x", "entry", "Shipped it"]\n`, 'line 1: expected an object'],
    ];
    for (const [text, message] of cases) {
      writeFileSync(input, text);
      expectFailure(await cli.run(['analyze', '--input', input, '--out', out]), 2, message);
      expect(existsSync(out)).toBe(false);
    }
  });

  it('refuses an empty file, a missing file and mixed-up flags with exit 2', async () => {
    writeFileSync(input, '\n\n');
    expectFailure(await cli.run(['analyze', '--input', input]), 2, 'no items');
    expectFailure(await cli.run(['analyze', '--input', join(cli.dir, 'nope.jsonl')]), 2, 'no such file');
    expectFailure(await cli.run(['analyze']), 2, '--input FILE or --untagged');
    expectFailure(await cli.run(['analyze', '--input', input, '--untagged']), 2, 'use one of them');
    expectFailure(await cli.run(['analyze', '--input', input, '--apply']), 2, '--apply goes with --untagged');
    expectFailure(await cli.run(['analyze', '--input', input, '--json']), 2, '--json goes with --untagged');
  });
});

describe('promocase analyze --untagged', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  it('suggests kind, competencies and scope for entries without competencies, and leaves tagged ones alone', async () => {
    const untagged = await cli.log(
      'Paired with Lena on the flaky checkout tests and showed her how to debug them',
    );
    const tagged = await cli.log(
      'Wrote the caching RFC',
      '--kind',
      'design',
      '--competency',
      'system-design',
    );
    const r = await cli.ok(['analyze', '--untagged', '--json']);
    const suggestions = JSON.parse(r.stdout) as Array<{ entryId: string; changes: Record<string, unknown> }>;
    expect(suggestions.map((s) => s.entryId)).toEqual([untagged.id]);
    expect(suggestions[0]!.changes).toMatchObject({
      kind: 'mentoring',
      competencies: expect.arrayContaining(['multiplier']),
    });
    // Only suggested: nothing changed yet.
    const entries = await cli.entries();
    expect(entries.find((e) => e.id === untagged.id)).toMatchObject({ kind: 'other', competencies: [] });
    expect(entries.find((e) => e.id === tagged.id)).toMatchObject({
      kind: 'design',
      competencies: ['system-design'],
    });
  });

  it('applies the suggestions with --apply, and then has nothing left to suggest', async () => {
    const untagged = await cli.log('Mentored Jonas through his first on-call rotation');
    const applied = await cli.ok(['analyze', '--untagged', '--apply']);
    expect(applied.stdout).toContain(untagged.id.slice(-8));
    expect(applied.stderr).toContain('Tagged 1 entry.');
    const [entry] = await cli.entries();
    expect(entry).toMatchObject({ kind: 'mentoring', competencies: expect.arrayContaining(['multiplier']) });
    const again = await cli.ok(['analyze', '--untagged']);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain('nothing to suggest');
  });

  it('keeps a kind the person chose and only adds the competencies', async () => {
    await cli.log('Mentored Jonas through his first on-call rotation', '--kind', 'process');
    await cli.ok(['analyze', '--untagged', '--apply']);
    const [entry] = await cli.entries();
    expect(entry!.kind).toBe('process');
    expect(entry!.competencies.length).toBeGreaterThan(0);
  });

  it('says how many entries stay without competencies when their text gives nothing to suggest', async () => {
    await cli.log('Misc');
    const r = await cli.ok(['analyze', '--untagged']);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toContain('Every entry has competencies');
    expect(r.stderr).toContain('1 entry has no competencies');
    expect(r.stderr).toContain('promocase edit ID --competency');
  });

  it('says that nothing is suggested for an imported framework, instead of claiming every entry is tagged', async () => {
    await cli.ok(['init', '--name', 'Sam', '--level', 'mid', '--target', 'senior']);
    await cli.ok(['framework', 'import', FT_SAMPLE_FILE, '--senior-level', 'senior-1']);
    await cli.ok(['profile', '--framework', 'engineering']);
    await cli.log('Mentored Jonas through his first on-call rotation', '--kind', 'mentoring');
    await cli.log('Paired with Lena on the flaky checkout tests', '--kind', 'mentoring');
    const r = await cli.ok(['analyze', '--untagged']);
    expect(r.stderr).not.toContain('Every entry has competencies');
    expect(r.stderr).toContain('2 entries have no competencies');
    expect(r.stderr).toContain('engineering');
  });

  it('refuses --out with --untagged', async () => {
    expectFailure(await cli.run(['analyze', '--untagged', '--out', 'x.jsonl']), 2, '--out goes with --input');
  });
});
