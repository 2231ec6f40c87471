import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  exportDocument,
  parseJsonOutput,
} from '../../../tests/support/cli-harness.js';
import type { Entry } from '../../core/entries/entry.js';

const KINDS = 'feature, incident, design, mentoring, tech-debt, process, other';

describe('promocase list and show', () => {
  let cli: CliHarness;
  let billing: Entry;
  let rfc: Entry;
  let mentoring: Entry;
  let flaky: Entry;
  let deleted: Entry;

  // One home for the whole file: these commands only read (the one delete is part of the setup).
  beforeAll(async () => {
    cli = createCliHarness();
    billing = await cli.log(
      'Led the billing migration cutover',
      ...['--date', '2025-03-03', '--kind', 'feature', '--competency', 'ownership', '--project', 'billing'],
      ...[
        '--tag',
        'migration',
        '--details',
        'Moved 40k accounts with zero downtime',
        '--helped',
        'Priya Nair',
      ],
    );
    rfc = await cli.log(
      'Wrote the caching RFC',
      ...[
        '--date',
        '2025-03-12',
        '--kind',
        'design',
        '--competency',
        'system-design',
        '--project',
        'checkout',
      ],
      ...['--tag', 'rfc', '--with', 'Lena Fischer'],
    );
    mentoring = await cli.log(
      'Mentored Jordan on on-call',
      ...['--date', '2025-04-01', '--kind', 'mentoring', '--competency', 'multiplier', '--tag', 'oncall'],
    );
    flaky = await cli.log(
      'Fixed flaky tests',
      ...['--date', '2025-04-20', '--kind', 'tech-debt', '--project', 'checkout', '--tag', 'ci'],
      ...['--impact', 'CI time cut by 30%'],
    );
    deleted = await cli.log('Abandoned spike on GraphQL', '--date', '2025-03-20', '--kind', 'design');
    await cli.ok(['rm', deleted.id, '--yes']);
  });
  afterAll(() => cli.cleanup());

  const titles = async (...argv: string[]) =>
    parseJsonOutput<Entry[]>(await cli.run(['list', '--json', ...argv])).map((e) => e.title);

  describe('list', () => {
    it('prints a table of live entries, newest first, with short ids', async () => {
      const r = await cli.run(['list']);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines[0]).toMatch(/^ID\s+DATE\s+KIND\s+SCOPE\s+PROJECT\s+TITLE$/);
      expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(
        [flaky, mentoring, rfc, billing].map((e) => e.id.slice(-8)),
      );
      expect(r.stdout).toContain('Led the billing migration cutover');
      expect(r.stdout).not.toContain('GraphQL');
    });

    it('answers to ls as well', async () => {
      expect(await cli.run(['ls'])).toEqual(await cli.run(['list']));
    });

    it('prints pure JSON with --json and with --format json', async () => {
      const r = await cli.run(['list', '--json']);
      expect(parseJsonOutput<Entry[]>(r)).toEqual([flaky, mentoring, rfc, billing]);
      expect(r.stderr).toBe('');
      expect((await cli.run(['list', '--format', 'json'])).stdout).toBe(r.stdout);
    });

    it('prints Markdown grouped by week with --format markdown (and md)', async () => {
      const r = await cli.run(['list', '--format', 'markdown']);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith('# Work log\n')).toBe(true);
      expect(r.stdout).toContain('## Week of 2025-04-14');
      expect(r.stdout).toContain('### 2025-04-20: Fixed flaky tests');
      expect(r.stdout).toContain('**Impact:** CI time cut by 30%');
      expect(r.stdout).toContain('Moved 40k accounts with zero downtime');
      expect(r.stdout.indexOf('2025-04-20')).toBeLessThan(r.stdout.indexOf('2025-03-03'));
      expect((await cli.run(['list', '-f', 'md'])).stdout).toBe(r.stdout);
    });

    it.each([
      [
        ['--since', '2025-03-10'],
        ['Fixed flaky tests', 'Mentored Jordan on on-call', 'Wrote the caching RFC'],
      ],
      [
        ['--until', '2025-03-31'],
        ['Wrote the caching RFC', 'Led the billing migration cutover'],
      ],
      [
        ['--since', '2025-03-12', '--until', '2025-04-01'],
        ['Mentored Jordan on on-call', 'Wrote the caching RFC'],
      ],
      [['--since', '2025-03-03', '--until', '2025-03-03'], ['Led the billing migration cutover']],
      [['--kind', 'design'], ['Wrote the caching RFC']],
      [['--competency', 'system-design'], ['Wrote the caching RFC']],
      [
        ['--project', 'checkout'],
        ['Fixed flaky tests', 'Wrote the caching RFC'],
      ],
      [['--tag', 'ci'], ['Fixed flaky tests']],
      [['--project', 'checkout', '--tag', 'rfc'], ['Wrote the caching RFC']],
      [['--kind', 'incident'], []],
      [
        ['--limit', '2'],
        ['Fixed flaky tests', 'Mentored Jordan on on-call'],
      ],
    ])('filters with %j', async (flags, expected) => {
      expect(await titles(...flags)).toEqual(expected);
    });

    it.each([
      [['billing'], ['Led the billing migration cutover']],
      [['migr'], ['Led the billing migration cutover']],
      [['BILLING', 'cutover'], ['Led the billing migration cutover']],
      [['zero downtime'], ['Led the billing migration cutover']],
      [['30%'], ['Fixed flaky tests']],
      [['checkout'], ['Fixed flaky tests', 'Wrote the caching RFC']],
      [['Priya'], ['Led the billing migration cutover']],
      [['Lena'], ['Wrote the caching RFC']],
      [['oncall'], ['Mentored Jordan on on-call']],
      [['billing', 'rfc'], []],
      [['GraphQL'], []],
    ])(
      'searches the words %j in titles, details, impact, projects, people and tags',
      async (words, expected) => {
        expect(await titles(...words)).toEqual(expected);
      },
    );

    it('combines search words with filters', async () => {
      expect(await titles('checkout', '--kind', 'tech-debt')).toEqual(['Fixed flaky tests']);
    });

    it('says so when nothing matches', async () => {
      const r = await cli.run(['list', 'nothing-like-this']);
      expect(r).toEqual({ code: 0, stdout: 'No entries match.\n', stderr: '' });
    });

    it.each([['"'], ['NEAR('], ['*'], ['c++'], ["O'Brien"], ['a AND OR NOT b'], ['--'], ['%_\\']])(
      'treats search syntax in %j as plain text',
      async (text) => {
        const r = await cli.run(['list', '--json', '--', text]);
        expect(r.code, r.stderr).toBe(0);
        expect(JSON.parse(r.stdout)).toBeInstanceOf(Array);
      },
    );

    it('lists only deleted entries with --deleted, marked in the table', async () => {
      const json = parseJsonOutput<Entry[]>(await cli.run(['list', '--deleted', '--json']));
      expect(json.map((e) => e.title)).toEqual(['Abandoned spike on GraphQL']);
      expect(json[0]!.deletedAt).toEqual(expect.any(String));
      expect((await cli.run(['list', '--deleted'])).stdout).toContain('[deleted] Abandoned spike on GraphQL');
    });

    describe('bad input (exit 2)', () => {
      it.each<[string[], ...string[]]>([
        [['--limit', 'abc'], '--limit', '"abc"'],
        [['--limit', '1.5'], '--limit'],
        [['--limit', '-1'], '--limit'],
        [['--limit', '0'], 'limit: expected a whole number from 1 to 100000'],
        [['--limit', '99999999999999999999'], 'limit: expected a whole number from 1 to 100000'],
        [['--since', 'blah'], 'since', '"blah"'],
        [['--since', '2025-02-30'], 'since', '"2025-02-30"'],
        [['--until', 'next week'], 'until', '"next week"'],
        [['--since', '2025-04-01', '--until', '2025-03-01'], 'since must not be after until'],
        [['--kind', 'heroics'], KINDS],
        [['--format', 'xml'], 'table, json or markdown'],
        [['x'.repeat(501)], 'at most 500 characters'],
        [['--limit'], '--limit'],
      ])('rejects %j', async (flags, ...messages) => {
        const result = await cli.run(['list', ...flags]);
        expectFailure(result, 2, ...messages);
        expect(result.stderr, 'one reason, not several that contradict').not.toContain('more)');
      });
    });
  });

  describe('show', () => {
    it('shows one entry in full by its short id', async () => {
      const r = await cli.run(['show', billing.id.slice(-8)]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout.split('\n')[0]).toBe('Led the billing migration cutover');
      expect(r.stdout).toMatch(new RegExp(`^id\\s+${billing.id}$`, 'm'));
      expect(r.stdout).toMatch(/^project\s+billing$/m);
      expect(r.stdout).toMatch(/^helped\s+Priya Nair$/m);
      expect(r.stdout).toContain('Details:\nMoved 40k accounts with zero downtime');
    });

    it('finds an entry by its full id and prints pure JSON with --json', async () => {
      expect(parseJsonOutput<Entry>(await cli.run(['show', rfc.id, '--json']))).toEqual(rfc);
    });

    it('prints Markdown with --format markdown', async () => {
      const r = await cli.run(['show', flaky.id, '--format', 'markdown']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('## 2025-04-20: Fixed flaky tests');
      expect(r.stdout).toContain('**Impact:** CI time cut by 30%');
    });

    it('shows a deleted entry, saying when it was deleted', async () => {
      const r = await cli.run(['show', deleted.id]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^deleted\s+\d{4}-\d{2}-\d{2}T/m);
    });

    it.each([['0000-no-such-id'], ['zzzzzzzz'], ['abc'], ['']])(
      'fails with exit 1 for the unknown id %j',
      async (id) => {
        const r = await cli.run(['show', id]);
        expectFailure(r, 1, 'no entry with id');
      },
    );

    it('rejects a missing id and a bad --format with exit 2', async () => {
      expectFailure(await cli.run(['show']), 2, "missing required argument 'id'");
      expectFailure(await cli.run(['show', rfc.id, '--format', 'pdf']), 2, 'table, json or markdown');
    });
  });

  describe('ambiguous short ids', () => {
    it('asks for more of an id that ends two entries (exit 2), and finds each by a longer one', async () => {
      const doc = exportDocument([
        { id: 'first-entry-cafe1234', title: 'First twin' },
        { id: 'other-entry-cafe1234', title: 'Second twin' },
      ]);
      const file = join(cli.dir, 'twins.json');
      writeFileSync(file, JSON.stringify(doc));
      await cli.ok(['import', file]);
      expectFailure(await cli.run(['show', 'cafe1234']), 2, 'matches 2 entries', 'type more');
      expectFailure(await cli.run(['rm', 'cafe1234', '--yes']), 2, 'matches 2 entries');
      expect(parseJsonOutput<Entry>(await cli.run(['show', 'r-entry-cafe1234', '--json'])).title).toBe(
        'Second twin',
      );
      expect((await titles('twin')).sort()).toEqual(['First twin', 'Second twin']);
    });
  });
});

describe('promocase list in Chinese and Japanese', () => {
  let cli: CliHarness;
  beforeAll(async () => {
    cli = createCliHarness();
    await cli.log('完成了数据库迁移', '--date', '2025-03-03', '--tag', 'billing');
    await cli.log('データベースの移行を完了', '--date', '2025-03-04');
  });
  afterAll(() => cli.cleanup());

  it('finds a word inside a run of text written without spaces', async () => {
    const r = await cli.run(['list', '迁移']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('完成了数据库迁移');
    expect(r.stdout).not.toContain('データベース');
    const titles = async (...words: string[]) =>
      parseJsonOutput<Entry[]>(await cli.run(['list', '--json', ...words])).map((e) => e.title);
    expect(await titles('移行')).toEqual(['データベースの移行を完了']);
    expect(await titles('数据库', 'billing')).toEqual(['完成了数据库迁移']);
    expect(await titles('数据库', 'oncall')).toEqual([]);
  });
});
