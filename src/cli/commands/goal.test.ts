import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import type { Goal } from '../../core/people/goal.js';
import type { GoalSuggestion } from '../../core/people/goal-suggestions.js';
import type { GoalView } from '../../services/goals/read-goals.js';
import { openSqliteStore } from '../../store/sqlite.js';

const SAM = ['--name', 'Sam Rivera', '--level', 'mid', '--target', 'senior', '--manager', 'Priya Nair'];
/** The quarter after this one, e.g. 2027-Q1 in November 2026: due soon, within a review cycle. */
function nextQuarter(): string {
  const [year, month] = today().split('-').map(Number) as [number, number];
  const q = Math.floor((month - 1) / 3) + 2;
  return q > 4 ? `${year + 1}-Q1` : `${year}-Q${q}`;
}
const DUE = nextQuarter();
const LEDGER = [
  ...['-c', 'system-design', '--deliverable', 'Design doc approved by payments and risk'],
  ...['--vouch', 'Dana Lee', '--impact', 'Unblocks the Q2 launch for 3 teams', '--due', DUE],
];

describe('promocase goal', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  const add = async (title: string, ...flags: string[]) =>
    parseJsonOutput<GoalView>(await cli.run(['goal', 'add', title, ...flags, '--json']));
  const show = async (id: string) => parseJsonOutput<GoalView>(await cli.run(['goal', 'show', id, '--json']));
  const list = async (...flags: string[]) =>
    parseJsonOutput<GoalView[]>(await cli.run(['goal', 'list', ...flags, '--json']));

  it('refuses to set goals or suggest them before the profile exists (exit 1, not_initialized)', async () => {
    expectFailure(await cli.run(['goal', 'add', 'Design the ledger']), 1, 'no profile yet', 'promocase init');
    expectFailure(await cli.run(['goal', 'suggest']), 1, 'no profile yet');
  });

  describe('with a profile', () => {
    beforeEach(async () => {
      await cli.ok(['init', ...SAM]);
    });

    describe('goal add', () => {
      it('sets a goal that passes all four quality checks, and prints it with its checks', async () => {
        const r = await cli.run(['goal', 'add', 'Design the ledger service', ...LEDGER]);
        expect(r.code).toBe(0);
        expect(r.stderr).toMatch(/^Set goal \S{8}: Design the ledger service\n$/);
        expect(r.stdout).toMatch(/^Design the ledger service$/m);
        expect(r.stdout).toContain(`planned, 0% | set ${today()} | due ${DUE} | competencies: system-design`);
        expect(r.stdout).toContain('  Quality 4/4:');
        expect(r.stdout).toMatch(/^ {4}ok {2}visible: .*Dana Lee/m);
        expect(r.stdout).not.toContain('fix');
      });

      it('saves every field and returns the reviewed goal with --json', async () => {
        const goal = await add(
          'Design the ledger service',
          ...LEDGER,
          '--gap',
          'No design doc of my own yet',
        );
        expect(goal).toMatchObject({
          title: 'Design the ledger service',
          competencies: ['system-design'],
          gap: 'No design doc of my own yet',
          deliverable: 'Design doc approved by payments and risk',
          vouchers: ['Dana Lee'],
          impact: 'Unblocks the Q2 launch for 3 teams',
          due: DUE,
          status: 'planned',
          date: today(),
          checkIns: [],
          entryIds: [],
          progress: 0,
          flags: [],
          quality: { score: 4 },
        });
      });

      it('says what to fix in a vague goal, and flags an overdue one', async () => {
        const r = await cli.ok(['goal', 'add', 'Be better', '--due', '2020-01-31', '--status', 'active']);
        expect(r.stdout).toContain('  Quality 1/4:');
        expect(r.stdout).toMatch(/^ {4}fix concrete: .+\n {8}-> .+$/m);
        expect(r.stdout).toMatch(/^ {4}fix visible: /m);
        expect(r.stdout).toMatch(/^ {4}fix impactful: /m);
        expect(r.stdout).toMatch(/^ {2}OVERDUE: due 2020-01-31, \d+ days ago$/m);
        const [goal] = await list();
        expect(goal!.flags.map((f) => f.flag)).toEqual(['overdue']);
        expect(goal!.quality.checks.find((c) => c.criterion === 'time-bound')?.ok).toBe(true);
      });

      describe('bad input (exit 2, nothing saved)', () => {
        it.each<[string[], ...string[]]>([
          [['--due', '2027-Q5'], 'due', 'a quarter like 2027-Q1'],
          [['--due', 'next spring'], 'due'],
          [['--due', '2027-02-30'], 'due'],
          [['--status', 'finished'], 'status', 'planned, active, done, dropped'],
          [['-c', 'wizardry'], '--competency', '"wizardry" is not a competency', 'system-design'],
          [['-c', 'Not An Id'], '--competency', 'lowercase id'],
          [['--vouch', 'v'.repeat(121)], '--vouch', 'at most 120 characters'],
          [['--deliverable', 'd'.repeat(5001)], 'deliverable', 'at most 5000 characters'],
          [['--due'], '--due'],
        ])('rejects %j', async (flags, ...messages) => {
          expectFailure(await cli.run(['goal', 'add', 'Design the ledger', ...flags]), 2, ...messages);
          expect(await list('--deleted')).toEqual([]);
        });

        it.each<[string, ...string[]]>([
          ['', 'title', 'must not be empty'],
          ['two\nlines', 'title', 'one line'],
          ['t'.repeat(201), 'title', 'at most 200 characters'],
        ])('rejects the title %j', async (title, ...messages) => {
          expectFailure(await cli.run(['goal', 'add', title]), 2, ...messages);
          expect(await list('--deleted')).toEqual([]);
        });

        it('needs a title', async () => {
          expectFailure(await cli.run(['goal', 'add']), 2, "missing required argument 'title'");
        });
      });
    });

    describe('with goals', () => {
      let ledger: GoalView;
      let vague: GoalView;
      beforeEach(async () => {
        ledger = await add('Design the ledger service', ...LEDGER);
        vague = await add('Be more strategic');
      });
      const short = (g: { id: string }) => g.id.slice(-8);

      it('lists goals with status, progress, due, quality and attention', async () => {
        const r = await cli.ok(['goal', 'list']);
        const lines = r.stdout.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^id\s+status\s+progress\s+due\s+quality\s+attention\s+title$/);
        expect(r.stdout).toMatch(
          new RegExp(
            `^${short(ledger)}\\s+planned\\s+0%\\s+${DUE}\\s+4/4\\s+Design the ledger service$`,
            'm',
          ),
        );
        expect(r.stdout).toMatch(
          new RegExp(`^${short(vague)}\\s+planned\\s+0%\\s+-\\s+0/4\\s+Be more strategic$`, 'm'),
        );
        expect((await list()).map((g) => g.id).sort()).toEqual([ledger.id, vague.id].sort());
      });

      it('says how to start when there are no goals', async () => {
        await cli.ok(['goal', 'rm', ledger.id]);
        await cli.ok(['goal', 'rm', vague.id]);
        expect((await cli.ok(['goal', 'list'])).stdout).toContain('No goals yet');
      });

      it('shows one goal by the end of its id, in words and in JSON', async () => {
        const r = await cli.ok(['goal', 'show', short(ledger)]);
        expect(r.stdout).toMatch(/^Design the ledger service$/m);
        expect(r.stdout).toContain('  Deliverable: Design doc approved by payments and risk');
        expect(r.stdout).toContain('  Impact: Unblocks the Q2 launch for 3 teams');
        expect(await show(short(ledger))).toEqual(ledger);
      });

      it('fails with exit 1 for an unknown id and exit 2 for an ambiguous one', async () => {
        expectFailure(await cli.run(['goal', 'show', 'deadbeef']), 1, 'no goal with id "deadbeef"');
        // Two goals whose ids end alike, written straight into the database the CLI uses.
        const store = await openSqliteStore(join(cli.home, 'promocase.db'));
        try {
          const { quality: _q, flags: _f, progress: _p, ...stored } = ledger;
          await store.write(async (tx) => {
            await tx.putRecord('goals', { ...(stored as Goal), id: 'first-goal-cafe1234' });
            await tx.putRecord('goals', { ...(stored as Goal), id: 'second-goal-cafe1234' });
          });
        } finally {
          await store.close();
        }
        expectFailure(await cli.run(['goal', 'show', 'cafe1234']), 2, 'matches 2 goal records', 'give more');
        expect((await show('first-goal-cafe1234')).id).toBe('first-goal-cafe1234');
      });

      describe('goal edit', () => {
        it('changes only the fields given and says so', async () => {
          const r = await cli.run([
            'goal',
            'edit',
            short(vague),
            '--title',
            'Own the Q1 roadmap',
            '--status',
            'active',
          ]);
          expect(r.code).toBe(0);
          expect(r.stderr).toBe(`Updated goal ${short(vague)}: Own the Q1 roadmap\n`);
          expect(await show(vague.id)).toMatchObject({
            title: 'Own the Q1 roadmap',
            status: 'active',
            due: null,
            date: vague.date,
          });
        });

        it('clears competencies and vouchers with an empty value', async () => {
          await cli.ok(['goal', 'edit', ledger.id, '-c', '', '--vouch', '']);
          expect(await show(ledger.id)).toMatchObject({ competencies: [], vouchers: [] });
        });

        it('clears the due date with an empty --due and prints the reviewed goal with --json', async () => {
          const r = await cli.run([
            'goal',
            'edit',
            ledger.id,
            '--due',
            '',
            '--vouch',
            'Dana Lee,Jordan Kim',
            '--json',
          ]);
          const after = parseJsonOutput<GoalView>(r);
          expect(after).toMatchObject({ due: null, vouchers: ['Dana Lee,Jordan Kim'] });
          expect(after.quality.checks.find((c) => c.criterion === 'time-bound')?.ok).toBe(false);
        });

        it.each<[string[], ...string[]]>([
          [[], 'give at least one field to change'],
          [['--due', '2027-Q0'], 'due', '2027-Q1'],
          [['--status', 'finished'], 'status', 'planned, active, done, dropped'],
          [['-c', 'nope'], '--competency', '"nope" is not a competency'],
          [['--title', ''], 'title', 'must not be empty'],
        ])('rejects %j with exit 2, goal unchanged', async (flags, ...messages) => {
          expectFailure(await cli.run(['goal', 'edit', ledger.id, ...flags]), 2, ...messages);
          expect(await show(ledger.id)).toEqual(ledger);
        });

        it('fails with exit 1 for an unknown id', async () => {
          expectFailure(await cli.run(['goal', 'edit', 'deadbeef', '--title', 'x']), 1, 'no goal with id');
        });
      });

      describe('goal check-in', () => {
        it('records progress, starting a planned goal', async () => {
          const r = await cli.run([
            'goal',
            'check-in',
            short(ledger),
            '--progress',
            '40',
            '--note',
            'Draft reviewed',
          ]);
          expect(r.code).toBe(0);
          expect(r.stderr).toBe('Checked in on Design the ledger service: 40% (active).\n');
          const after = await show(ledger.id);
          expect(after).toMatchObject({
            status: 'active',
            progress: 40,
            checkIns: [{ date: today(), note: 'Draft reviewed', progress: 40 }],
          });
          expect((await cli.ok(['goal', 'show', ledger.id])).stdout).toMatch(
            /^ {2}\S+ {2}40% {2}Draft reviewed$/m,
          );
        });

        it('keeps check-ins in date order, takes a status, and prints JSON with --json', async () => {
          await cli.ok(['goal', 'check-in', ledger.id, '--progress', '60', '--date', '2026-11-10']);
          const r = await cli.run([
            'goal',
            'check-in',
            ledger.id,
            '--progress',
            '100',
            '--date',
            '2026-11-20',
            '--status',
            'done',
            '--json',
          ]);
          const after = parseJsonOutput<GoalView>(r);
          expect(after.checkIns.map((c) => [c.date, c.progress])).toEqual([
            ['2026-11-10', 60],
            ['2026-11-20', 100],
          ]);
          expect(after).toMatchObject({ status: 'done', progress: 100, flags: [] });
        });

        it.each<[string[], ...string[]]>([
          [['--progress', '101'], '--progress', '"101" is not a whole number from 0 to 100'],
          [['--progress', '-5'], '--progress', '0 to 100'],
          [['--progress', '4.5'], '--progress', '0 to 100'],
          [['--progress', 'half'], '--progress', '"half"'],
          [[], "required option '--progress <percent>' not specified"],
          [['--progress', '50', '--date', '2026-02-30'], 'date', '"2026-02-30"'],
          [['--progress', '50', '--status', 'finished'], 'status', 'planned, active, done, dropped'],
        ])('rejects %j with exit 2, goal unchanged', async (flags, ...messages) => {
          expectFailure(await cli.run(['goal', 'check-in', ledger.id, ...flags]), 2, ...messages);
          expect(await show(ledger.id)).toEqual(ledger);
        });

        it('fails with exit 1 for an unknown goal', async () => {
          expectFailure(await cli.run(['goal', 'check-in', 'deadbeef', '--progress', '10']), 1, 'no goal');
        });
      });

      describe('goal link', () => {
        it('links log entries by full id or the end of it, shows them as evidence, and unlinks with --remove', async () => {
          const doc = await cli.log('Wrote the ledger design doc', '--competency', 'system-design');
          const review = await cli.log('Ran the ledger design review');
          const r = await cli.run(['goal', 'link', short(ledger), doc.id, review.id.slice(-8)]);
          expect(r.code).toBe(0);
          expect(r.stderr).toBe('Design the ledger service: 2 linked entries.\n');
          expect((await show(ledger.id)).entryIds).toEqual([doc.id, review.id]);
          expect((await cli.ok(['goal', 'show', ledger.id])).stdout).toContain(
            `  Evidence: ${doc.id.slice(-8)}, ${review.id.slice(-8)}`,
          );
          const again = await cli.run(['goal', 'link', ledger.id, doc.id]);
          expect(again.stderr).toBe('Design the ledger service: 2 linked entries.\n');
          const removed = await cli.run(['goal', 'link', ledger.id, doc.id.slice(-8), '--remove']);
          expect(removed.stderr).toBe('Design the ledger service: 1 linked entry.\n');
          expect((await show(ledger.id)).entryIds).toEqual([review.id]);
        });

        it('refuses an unknown entry (exit 2, nothing linked) and an unknown goal (exit 1)', async () => {
          const r = await cli.run(['goal', 'link', ledger.id, 'deadbeef']);
          expectFailure(r, 2, 'entries: no entry with id "deadbeef"');
          expect(r.stderr).not.toContain('--entry');
          expect((await show(ledger.id)).entryIds).toEqual([]);
          expectFailure(await cli.run(['goal', 'link', 'deadbeef', 'x', '--remove']), 1, 'no goal');
          expectFailure(await cli.run(['goal', 'link', ledger.id]), 2, "missing required argument 'entries'");
        });
      });

      describe('goal rm and restore', () => {
        it('deletes a goal (kept for list --deleted), refuses to change it, and restores it', async () => {
          const rm = await cli.run(['goal', 'rm', short(ledger)]);
          expect(rm.stderr).toBe(`Deleted the goal of ${ledger.date} (${short(ledger)}).\n`);
          expect((await list()).map((g) => g.id)).toEqual([vague.id]);
          expect((await list('--deleted')).find((g) => g.id === ledger.id)?.deletedAt).toEqual(
            expect.any(String),
          );
          expect((await cli.ok(['goal', 'list', '--deleted'])).stdout).toContain('(deleted)');
          expect((await cli.ok(['goal', 'show', short(ledger)])).stdout).toContain(
            `Deleted: restore it with \`promocase goal restore ${short(ledger)}\`.`,
          );
          expectFailure(await cli.run(['goal', 'edit', ledger.id, '--title', 'x']), 1, 'restore it first');
          expectFailure(
            await cli.run(['goal', 'check-in', ledger.id, '--progress', '5']),
            1,
            'restore it first',
          );
          await cli.ok(['goal', 'restore', short(ledger)]);
          expect((await show(ledger.id)).deletedAt).toBeNull();
          expect((await cli.ok(['goal', 'show', short(ledger)])).stdout).not.toContain('Deleted');
          expectFailure(await cli.run(['goal', 'rm', 'deadbeef']), 1, 'no goal');
        });
      });
    });

    describe('goal suggest', () => {
      it('suggests one goal a quarter from the gap list, furthest gap first, as commands to run', async () => {
        await cli.ok([
          ...[
            'assess',
            '--rater',
            'manager',
            '--rate',
            'system-design=mid',
            '--rate',
            'craft=senior:working-towards',
          ],
          ...['--rate', 'ownership=senior', '--rate', 'ambiguity=senior', '--rate', 'impact=senior'],
          ...[
            '--rate',
            'multiplier=senior',
            '--rate',
            'technical-leadership=senior',
            '--rate',
            'communication=senior',
          ],
          ...['--takes', 'system-design=Lead a design doc end to end'],
        ]);
        const suggestions = parseJsonOutput<GoalSuggestion[]>(await cli.run(['goal', 'suggest', '--json']));
        expect(suggestions.map((s) => s.goal.competencies)).toEqual([['system-design'], ['craft']]);
        const [first, second] = suggestions.map((s) => s.goal.due!);
        expect(first).toMatch(/^\d{4}-Q[1-4]$/);
        expect(second).not.toBe(first);
        expect(suggestions[0]!.goal.gap).toContain('Lead a design doc end to end');

        const r = await cli.ok(['goal', 'suggest']);
        expect(r.stdout).toContain(
          `promocase goal add "${suggestions[0]!.goal.title.replaceAll('"', "'")}" -c system-design`,
        );

        // A goal for the furthest gap takes it off the suggestions.
        await add('Design the ledger service', ...LEDGER);
        const after = parseJsonOutput<GoalSuggestion[]>(await cli.run(['goal', 'suggest', '--json']));
        expect(after.map((s) => s.goal.competencies)).toEqual([['craft']]);
      });

      it('says so when there is nothing to suggest', async () => {
        const all = ['craft', 'system-design', 'ownership', 'ambiguity', 'impact', 'multiplier'];
        const rates = [...all, 'technical-leadership', 'communication'].flatMap((c) => [
          '--rate',
          `${c}=senior`,
        ]);
        await cli.ok(['assess', '--rater', 'manager', ...rates]);
        expect((await cli.ok(['goal', 'suggest'])).stdout).toMatch(/^No suggestions: /);
      });
    });
  });
});
