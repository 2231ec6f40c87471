import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import { FT_SAMPLE_FILE } from '../../../tests/support/framework-fixtures.js';
import type { Assessment } from '../../core/people/assessment.js';
import type { GapList } from '../../core/people/gap-list.js';
import type { RatingComparison, RatingHistory } from '../../services/assessments/read-assessments.js';

const SAM = ['--name', 'Sam Rivera', '--level', 'mid', '--target', 'senior', '--manager', 'Priya Nair'];

describe('promocase assess and gaps', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  const record = async (...flags: string[]) =>
    parseJsonOutput<Assessment>(await cli.run(['assess', ...flags, '--json']));
  const history = async (...flags: string[]) =>
    parseJsonOutput<RatingHistory>(await cli.run(['assess', 'history', ...flags, '--json']));
  const ratingsOf = async (competency: string) =>
    (await history('--competency', competency)).competencies[0]!.ratings;

  it('refuses every assessment command before the profile exists (exit 1, not_initialized)', async () => {
    for (const argv of [
      ['assess', '--rate', 'craft=mid'],
      ['assess', 'history'],
      ['assess', 'compare'],
      ['gaps'],
    ]) {
      expectFailure(await cli.run(argv), 1, 'no profile yet', 'promocase init');
    }
  });

  describe('with a profile', () => {
    beforeEach(async () => {
      await cli.ok(['init', ...SAM]);
    });

    describe('assess record (the default subcommand)', () => {
      it('records self ratings from --rate, qualifier defaulting to meets, and says so on stderr', async () => {
        const r = await cli.run(['assess', '--rate', 'craft=mid', '--rate', 'system-design=mid:exceeds']);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(`Recorded your ratings of 2 competencies on ${today()}.\n`);
        expect(await ratingsOf('craft')).toMatchObject([
          { rater: 'self', level: 'mid', qualifier: 'meets', date: today() },
        ]);
        expect(await ratingsOf('system-design')).toMatchObject([{ level: 'mid', qualifier: 'exceeds' }]);
      });

      it("records the manager's rating with a note and what it would take, as pure JSON with --json", async () => {
        const saved = await record(
          ...['record', '--rater', 'manager', '--date', '2026-11-01'],
          ...['--rate', 'system-design=senior:working-towards'],
          ...['--note', 'system-design=Strong reviews of others'],
          ...['--takes', 'system-design=Own the ledger design doc end to end'],
        );
        expect(saved).toMatchObject({
          rater: 'manager',
          date: '2026-11-01',
          framework: 'promocase',
          ratings: [
            {
              competency: 'system-design',
              level: 'senior',
              qualifier: 'working-towards',
              note: 'Strong reviews of others',
              whatItTakes: 'Own the ledger design doc end to end',
            },
          ],
          deletedAt: null,
        });
      });

      it('says "competency" for a single rating', async () => {
        const r = await cli.ok(['assess', '--rater', 'manager', '--rate', 'craft=senior']);
        expect(r.stderr).toBe(`Recorded your manager's ratings of 1 competency on ${today()}.\n`);
      });

      describe('bad input (exit 2, nothing saved)', () => {
        it.each<[string[], ...string[]]>([
          [['--rate', 'craft'], '--rate', '"craft" is not competency=level[:qualifier]'],
          [['--rate', 'craft=mid:almost'], '--rate', 'qualifier', 'working-towards, meets, exceeds'],
          [['--rate', 'nope=mid'], '--rate', '"nope" is not a competency', 'system-design'],
          [['--rate', 'craft=wizard'], '--rate', '"wizard" is not a level', 'junior, mid, senior'],
          [['--rate', 'craft=mid', '--rate', 'craft=senior'], '--rate', '"craft" is rated twice'],
          [['--rate', 'craft=mid', '--rater', 'peer'], 'rater', 'self, manager'],
          [['--rate', 'craft=mid', '--date', '2026-02-30'], 'date', '"2026-02-30"'],
          [['--rate', 'craft=mid', '--date', 'someday'], 'date', '"someday"'],
          [['--rate', 'craft=mid', '--note', 'craft'], '--note', 'is not competency=text'],
          [
            ['--rate', 'craft=mid', '--takes', 'ownership=Lead on-call'],
            '--takes',
            '"ownership" has no --rate',
          ],
          [['--rate'], '--rate'],
        ])('rejects %j', async (flags, ...messages) => {
          expectFailure(await cli.run(['assess', ...flags]), 2, ...messages);
          expect((await history()).competencies.every((c) => c.ratings.length === 0)).toBe(true);
        });

        it('rejects a note over 5000 characters', async () => {
          const long = `craft=${'n'.repeat(5001)}`;
          expectFailure(
            await cli.run(['assess', '--rate', 'craft=mid', '--note', long]),
            2,
            'at most 5000 characters',
          );
        });

        it('asks for --rate when there is no terminal to ask on', async () => {
          expectFailure(await cli.run(['assess']), 2, '--rate', 'give at least one rating', 'terminal');
          expectFailure(await cli.run(['assess', 'record', '--rater', 'manager']), 2, '--rate');
        });
      });
    });

    describe('assess history', () => {
      beforeEach(async () => {
        await record('--date', '2026-06-01', '--rate', 'craft=mid:working-towards');
        await record('--date', '2026-09-01', '--rate', 'craft=mid', '--note', 'craft=Faster reviews');
        await record('--date', '2026-11-01', '--rate', 'craft=mid:exceeds');
        await record('--rater', 'manager', '--date', '2026-10-01', '--rate', 'craft=mid');
      });

      it('lists every rating per competency by date with each trajectory, and the unrated ones', async () => {
        const r = await cli.ok(['assess', 'history']);
        expect(r.stdout).toMatch(/^Craft \(self: rising, manager: single\)$/m);
        expect(r.stdout).toMatch(/^ {2}2026-06-01 {2}self {5}working towards mid$/m);
        expect(r.stdout).toMatch(/^ {2}2026-09-01 {2}self {5}meets mid - Faster reviews$/m);
        expect(r.stdout).toMatch(/^ {2}2026-10-01 {2}manager {2}meets mid$/m);
        expect(r.stdout).toMatch(/^System design \(self: unrated, manager: unrated\)\n {2}not rated yet$/m);
        expect(r.stdout.indexOf('2026-06-01')).toBeLessThan(r.stdout.indexOf('2026-11-01'));
      });

      it('narrows to one competency and prints JSON with --json', async () => {
        const h = await history('--competency', 'craft');
        expect(h.framework.id).toBe('promocase');
        expect(h.competencies).toHaveLength(1);
        expect(h.competencies[0]!.trajectory).toEqual({ self: 'rising', manager: 'single' });
        expect(h.competencies[0]!.ratings.map((r) => [r.date, r.rater])).toEqual([
          ['2026-06-01', 'self'],
          ['2026-09-01', 'self'],
          ['2026-10-01', 'manager'],
          ['2026-11-01', 'self'],
        ]);
      });

      it('refuses a competency the framework does not have (exit 2, naming the flag)', async () => {
        expectFailure(
          await cli.run(['assess', 'history', '--competency', 'wizardry']),
          2,
          '--competency',
          '"wizardry" is not a competency',
        );
      });
    });

    describe('assess compare', () => {
      it('puts the latest self and manager ratings side by side, largest disagreement first', async () => {
        await record('--rate', 'craft=senior', '--rate', 'system-design=mid:exceeds', '--rate', 'impact=mid');
        await record('--rater', 'manager', '--rate', 'craft=mid', '--rate', 'system-design=mid');
        await record('--rater', 'manager', '--rate', 'impact=senior');

        const c = parseJsonOutput<RatingComparison>(await cli.run(['assess', 'compare', '--json']));
        const rated = c.competencies.filter((x) => x.difference !== null);
        expect(rated.map((x) => x.competency.id)).toEqual(['craft', 'impact', 'system-design']);
        expect(rated[0]!.difference).toBeGreaterThan(0);
        expect(rated[1]!.difference).toBeLessThan(0);
        expect(Math.abs(rated[0]!.difference!)).toBeGreaterThanOrEqual(Math.abs(rated[2]!.difference!));

        const r = await cli.ok(['assess', 'compare']);
        expect(r.stdout).toMatch(/^competency\s+self\s+manager\s+difference \(levels\)$/m);
        expect(r.stdout).toMatch(/^Craft\s+meets senior\s+meets mid\s+you \+1$/m);
        expect(r.stdout).toMatch(/^Impact\s+meets mid\s+meets senior\s+manager \+1$/m);
        expect(r.stdout).toMatch(/^Ownership\s+-\s+-\s*$/m);
      });
    });

    describe('gaps', () => {
      it('lists the competencies below the target, furthest first, with signals and what the manager said', async () => {
        await record(
          ...['--rater', 'manager', '--date', '2026-11-01'],
          ...[
            '--rate',
            'system-design=mid',
            '--rate',
            'craft=senior:working-towards',
            '--rate',
            'impact=senior',
          ],
          ...['--takes', 'system-design=Lead the ledger design by March'],
        );
        const g = parseJsonOutput<GapList>(await cli.run(['gaps', '--json']));
        expect(g.targetLevel.id).toBe('senior');
        expect(g.gaps.map((x) => x.competency.id)).toEqual(['system-design', 'craft']);
        expect(g.gaps[0]).toMatchObject({
          distance: 1,
          whatItTakes: [{ date: '2026-11-01', text: 'Lead the ledger design by March' }],
        });
        expect(g.gaps[0]!.signals.length).toBeGreaterThan(0);
        expect(g.atTarget).toEqual(['impact']);
        expect(g.unrated.map((x) => x.competency.id)).toContain('ownership');

        const r = await cli.ok(['gaps']);
        expect(r.stdout).toMatch(/^Gaps to Senior engineer \(/);
        expect(r.stdout).toMatch(/^System design: meets mid \(manager, 2026-11-01\), 1 below$/m);
        expect(r.stdout).toContain('  Manager (2026-11-01): Lead the ledger design by March');
        expect(r.stdout).toMatch(/^Ownership: not rated yet$/m);
        expect(r.stdout).toMatch(/^At the target already: Impact$/m);
        expect(r.stdout.indexOf('System design:')).toBeLessThan(r.stdout.indexOf('Craft:'));
      });
    });

    describe('after the profile moves to another framework', () => {
      it('says that the ratings recorded against the earlier framework are not counted', async () => {
        await cli.ok(['assess', '--rater', 'manager', '--rate', 'craft=mid', '--rate', 'impact=mid']);
        await cli.ok(['assess', '--rate', 'craft=senior']);
        await cli.ok(['framework', 'import', FT_SAMPLE_FILE, '--senior-level', 'senior-1']);
        await cli.ok(['profile', '--framework', 'engineering']);
        const note =
          "Note: 2 assessments were recorded against promocase, not engineering (your profile's framework), and are not counted here";
        for (const argv of [['gaps'], ['assess', 'compare'], ['assess', 'history']]) {
          const r = await cli.ok(argv);
          expect(r.stderr, argv.join(' ')).toContain(note);
          expect(r.stderr).toContain('promocase profile --framework promocase');
        }
        await cli.ok(['profile', '--framework', 'promocase']);
        expect((await cli.ok(['gaps'])).stderr).toBe('');
      });
    });

    describe('assess list', () => {
      it('lists every assessment with the id rm takes, newest first, and as JSON', async () => {
        expect((await cli.ok(['assess', 'list'])).stdout).toContain('No assessments yet');
        const older = await record(
          '--date',
          '2026-10-01',
          '--rate',
          'craft=mid',
          '--rate',
          'impact=senior:exceeds',
        );
        const newer = await record(
          '--rater',
          'manager',
          '--date',
          '2026-11-01',
          '--rate',
          'craft=mid:working-towards',
        );
        const r = await cli.ok(['assess', 'list']);
        const lines = r.stdout.trimEnd().split('\n');
        expect(lines[0]).toMatch(/^id\s+date\s+rater\s+ratings$/);
        expect(lines[1]).toBe(`${newer.id.slice(-8)}  2026-11-01  manager  craft working-towards mid`);
        expect(lines[2]).toBe(`${older.id.slice(-8)}  2026-10-01  self     craft mid, impact exceeds senior`);
        const json = parseJsonOutput<Assessment[]>(await cli.run(['assess', 'list', '--json']));
        expect(json.map((a) => a.id)).toEqual([older.id, newer.id]);
      });
    });

    describe('assess rm and restore', () => {
      it('deletes an assessment by the end of its id, leaving it out of the history, and brings it back', async () => {
        const saved = await record('--date', '2026-10-01', '--rate', 'craft=mid');
        const short = saved.id.slice(-8);
        const rm = await cli.run(['assess', 'rm', short]);
        expect(rm.code).toBe(0);
        expect(rm.stderr).toBe(`Deleted the assessment of 2026-10-01 (${short}).\n`);
        expect(await ratingsOf('craft')).toEqual([]);
        expect((await cli.ok(['assess', 'list'])).stdout).toContain('No assessments yet');
        expect((await cli.ok(['assess', 'list', '--deleted'])).stdout).toContain(
          `${short}  2026-10-01  self (deleted)  craft mid`,
        );
        const listed = parseJsonOutput<Assessment[]>(
          await cli.run(['assess', 'list', '--deleted', '--json']),
        );
        expect(listed).toEqual([expect.objectContaining({ id: saved.id, deletedAt: expect.any(String) })]);
        const back = await cli.run(['assess', 'restore', saved.id]);
        expect(back.stderr).toBe(`Restored the assessment of 2026-10-01 (${short}).\n`);
        expect(await ratingsOf('craft')).toHaveLength(1);
      });

      it('takes --yes as `promocase rm` does, so one script can delete any record, and says "an assessment" in help', async () => {
        const saved = await record('--date', '2026-10-01', '--rate', 'craft=mid');
        expect((await cli.ok(['assess', 'rm', saved.id, '--yes'])).stderr).toContain(
          'Deleted the assessment',
        );
        expect((await cli.ok(['assess', 'rm', '--help'])).stdout).toContain('delete an assessment');
      });

      it('fails with exit 1 for an unknown id and exit 2 without one', async () => {
        expectFailure(await cli.run(['assess', 'rm', 'deadbeef']), 1, 'no assessment with id "deadbeef"');
        expectFailure(await cli.run(['assess', 'restore', 'deadbeef']), 1, 'no assessment');
        expectFailure(await cli.run(['assess', 'rm']), 2, "missing required argument 'id'");
      });
    });
  });
});
