import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import { addDays, parseDateInput, weekStart } from '../../core/dates.js';
import type { Entry } from '../../core/entries/entry.js';
import type { WeekStreak } from '../../core/entries/week-streak.js';

const NO_ENTRIES = 'No entries yet: your streak starts with the first one.\n';
const ONE_WEEK = 'Streak: 1 week in a row (longest 1).\nNo missed weeks in 1 tracked.\n';

describe('promocase week', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  describe('with flags', () => {
    it("creates the week's entries: shipped as feature, decisions as design, help as mentoring", async () => {
      const r = await cli.run([
        'week',
        '--shipped',
        'Launched saved carts',
        '--impact',
        '12% of abandoned carts restored',
        '--decision',
        'Chose Postgres over Dynamo for the ledger, for transactions',
        '--helped',
        'Jordan Lee: paired on the retry logic',
        '--project',
        'checkout',
      ]);
      expect(r.code).toBe(0);
      const entries = await cli.entries();
      expect(entries).toHaveLength(3);
      const byKind = Object.fromEntries(entries.map((e) => [e.kind, e]));
      expect(byKind.feature).toMatchObject({
        title: 'Launched saved carts',
        impact: '12% of abandoned carts restored',
      });
      expect(byKind.design).toMatchObject({
        title: 'Chose Postgres over Dynamo for the ledger, for transactions',
      });
      expect(byKind.mentoring).toMatchObject({
        title: 'Helped Jordan Lee: paired on the retry logic',
        peopleHelped: ['Jordan Lee'],
      });
      for (const e of entries) expect(e).toMatchObject({ date: today(), project: 'checkout' });
      // The created entries as a table, then the streak, all on stdout.
      for (const e of entries) expect(r.stdout).toContain(e.id.slice(-8));
      expect(r.stdout).toMatch(/^ID\s+DATE\s+KIND/);
      expect(r.stdout.endsWith(ONE_WEEK)).toBe(true);
    });

    it('pairs each --impact with the --shipped item in the same position', async () => {
      await cli.ok(['week', '--shipped', 'A', '--impact', 'impact of A', '--shipped', 'B', '--shipped', 'C']);
      const entries = await cli.entries();
      const impactOf = (title: string) => entries.find((e) => e.title === title)?.impact;
      expect([impactOf('A'), impactOf('B'), impactOf('C')]).toEqual(['impact of A', '', '']);
    });

    it('keeps commas inside a --shipped or --decision text', async () => {
      await cli.ok(['week', '--shipped', 'Search, filters and sorting']);
      expect((await cli.entries())[0]!.title).toBe('Search, filters and sorting');
    });

    it('takes the whole --helped text as the name when there is no colon', async () => {
      await cli.ok(['week', '--helped', 'Alex Kim']);
      expect((await cli.entries())[0]).toMatchObject({
        title: 'Helped Alex Kim',
        peopleHelped: ['Alex Kim'],
      });
    });

    it('dates the entries with --date', async () => {
      await cli.ok(['week', '--shipped', 'A', '--date', 'last friday']);
      expect((await cli.entries())[0]!.date).toBe(parseDateInput('last friday', today()));
    });

    it('prints the created entries and the streak as pure JSON with --json', async () => {
      const r = await cli.run(['week', '--shipped', 'A', '--decision', 'B', '--json']);
      const out = parseJsonOutput<{ created: Entry[]; streak: WeekStreak }>(r);
      expect(out.created.map((e) => [e.title, e.kind])).toEqual([
        ['A', 'feature'],
        ['B', 'design'],
      ]);
      expect(out.streak).toEqual({
        current: 1,
        longest: 1,
        missedWeeks: [],
        thisWeekLogged: true,
        weeksTracked: 1,
      });
    });

    it('shows the weeks that were missed', async () => {
      await cli.ok(['log', 'Three weeks ago', '--date', addDays(today(), -21)]);
      const r = await cli.run(['week', '--shipped', 'This week']);
      const thisWeek = weekStart(today());
      expect(r.stdout).toContain('Streak: 1 week in a row (longest 1).');
      expect(r.stdout).toContain(
        `Missed 2 of 4 weeks: week of ${addDays(thisWeek, -7)}, week of ${addDays(thisWeek, -14)}.`,
      );
    });
  });

  describe('without flags and without a terminal', () => {
    it('prints only the streak when nothing is logged yet, and creates nothing', async () => {
      const r = await cli.run(['week']);
      expect(r).toEqual({ code: 0, stdout: NO_ENTRIES, stderr: '' });
      expect(await cli.entries()).toEqual([]);
    });

    it('prints only the streak when there are entries', async () => {
      await cli.ok(['log', 'Shipped it']);
      const r = await cli.run(['week']);
      expect(r).toEqual({ code: 0, stdout: ONE_WEEK, stderr: '' });
      expect(await cli.entries()).toHaveLength(1);
    });

    it('says this week is still open when only last week has an entry', async () => {
      await cli.ok(['log', 'Last week', '--date', addDays(today(), -7)]);
      const r = await cli.run(['week', '--json']);
      expect(parseJsonOutput<{ streak: WeekStreak }>(r).streak).toMatchObject({
        current: 1,
        thisWeekLogged: false,
      });
      expect((await cli.run(['week'])).stdout).toContain('nothing logged this week yet');
    });
  });

  describe('bad input (exit 2, nothing created)', () => {
    afterEach(async () => {
      expect(await cli.entries()).toEqual([]);
    });

    it('rejects more --impact values than --shipped items', async () => {
      expectFailure(await cli.run(['week', '--impact', 'orphan impact']), 2, '--impact');
      expectFailure(
        await cli.run(['week', '--shipped', 'A', '--impact', 'a', '--impact', 'b']),
        2,
        'more impacts than shipped items',
      );
    });

    it.each([['2026-02-30'], ['blah']])('rejects --date %j', async (date) => {
      expectFailure(await cli.run(['week', '--shipped', 'A', '--date', date]), 2, 'date', `"${date}"`);
    });

    it('creates none of the entries when one of them is invalid, naming its flag and text', async () => {
      const r = await cli.run(['week', '--shipped', 'Fine', '--decision', 'd'.repeat(201), '--helped', 'Jo']);
      expectFailure(r, 2, `error: --decision "${'d'.repeat(40)}…": at most 200 characters\n`);
    });

    it('rejects a --helped with no name, saying it is the name that is missing', async () => {
      expectFailure(
        await cli.run(['week', '--helped', ': paired on retries']),
        2,
        'error: --helped ": paired on retries": the name must not be empty\n',
      );
    });

    it('rejects an empty --shipped or --decision, naming the flag rather than entries[N]', async () => {
      const shipped = await cli.run(['week', '--shipped', 'Launched saved carts', '--shipped', '  ']);
      expectFailure(shipped, 2, 'error: --shipped "  ": must not be empty\n');
      const decision = await cli.run(['week', '--decision', '']);
      expectFailure(decision, 2, 'error: --decision "": must not be empty\n');
    });

    it('names --impact when an impact is too long', async () => {
      const r = await cli.run(['week', '--shipped', 'Launched', '--impact', 'i'.repeat(5001)]);
      expectFailure(r, 2, 'error: --impact "', 'characters');
      expect(r.stderr).not.toContain('entries[');
    });

    it('rejects a --project that is too long', async () => {
      expectFailure(await cli.run(['week', '--shipped', 'A', '--project', 'p'.repeat(201)]), 2, 'project');
    });
  });
});
