// readiness, objections, next and projects from the CLI: the demo case, your own log, before init, bad flags; next actions in week.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  exportDocument,
  parseJsonOutput,
  today,
} from '../../../tests/support/cli-harness.js';
import type { Entry } from '../../core/entries/entry.js';
import type { CaseAssessment } from '../../core/readiness/assess-case.js';
import { NOTICE_FROM } from '../../services/readiness/assess-case.js';

type ReadinessJson = Pick<CaseAssessment, 'asOf' | 'target' | 'overall' | 'competencies' | 'consistency'>;
type ObjectionsJson = Pick<CaseAssessment, 'asOf' | 'objections' | 'questions'>;
type NextJson = Pick<CaseAssessment, 'asOf' | 'nextActions'>;
type ProjectsJson = Pick<CaseAssessment, 'asOf' | 'projects'>;
type WeekJson = { created: Entry[]; streak: unknown; nextActions?: CaseAssessment['nextActions'] };

const COMMANDS = ['readiness', 'objections', 'next', 'projects'] as const;
const SAM = ['--name', 'Sam Rivera', '--level', 'mid', '--target', 'senior', '--manager', 'Priya Nair'];

/** The local date `n` days before today: relative, so the review periods stay the same whenever the test runs. */
function daysAgo(n: number): string {
  const d = new Date(`${today()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

describe('promocase readiness, objections, next, projects', () => {
  let cli: CliHarness;
  beforeEach(() => {
    cli = createCliHarness();
  });
  afterEach(() => cli.cleanup());

  const json = async <T>(...argv: string[]) => parseJsonOutput<T>(await cli.run([...argv, '--json']));

  it.each(COMMANDS)('%s refuses before init: exit 1, not_initialized, no stack trace', async (command) => {
    expectFailure(await cli.run([command]), 1, 'no profile yet', 'promocase init');
    expectFailure(await cli.run([command, '--json']), 1, 'no profile yet');
  });

  it.each(COMMANDS)('%s refuses an unknown flag with exit 2', async (command) => {
    expectFailure(await cli.run([command, '--verbose']), 2, "unknown option '--verbose'");
  });

  describe('on the demo', () => {
    beforeEach(async () => {
      await cli.ok(['demo']);
    });
    const demo = (command: string) => cli.ok(['--demo', command]);

    it('readiness prints the overall verdict with its score, a row per competency, and the review periods', async () => {
      const { stdout } = await demo('readiness');
      expect(stdout).toMatch(/^(Ready|Close|Not yet) for Senior engineer \(\d{1,3}\/100\)$/m);
      expect(stdout).toMatch(/^ {2}Strong at Senior engineer: \d+ of 8 competencies/m);
      expect(stdout).toMatch(/^competency +status +strength +next-level +periods +manager$/m);
      expect(stdout).toMatch(/^\S.* {2,}STRONG +\d+ +\d+\/\d+ +2026-H1 2026-H2 /m);
      expect(stdout).toMatch(/^\S.* {2,}emerging +\d+ +\d+\/\d+ /m);
      expect(stdout).toMatch(/^\S.* {2,}GAP +\d+ +\d+\/\d+ /m);
      expect(stdout).toMatch(/^[A-Z][a-z].* \(gap\):\n {2}- /m);
      expect(stdout).toContain('\nBy review period:\n');
      expect(stdout).toMatch(/^ {2}2026-H2 +(next-level|some|none) +\d+\/\d+ entries next-level$/m);
    });

    it('readiness --json has the target, overall, competencies and consistency, and agrees with the table', async () => {
      const r = await json<ReadinessJson>('--demo', 'readiness');
      expect(Object.keys(r).sort()).toEqual(['asOf', 'competencies', 'consistency', 'overall', 'target']);
      expect(r.asOf).toBe(today());
      expect(r.target).toMatchObject({
        ladderLevel: 'senior',
        level: { id: 'senior', name: 'Senior engineer' },
      });
      expect(r.competencies).toHaveLength(8);
      expect(new Set(r.competencies.map((c) => c.status))).toEqual(new Set(['strong', 'emerging', 'gap']));
      const { stdout } = await demo('readiness');
      const word = { strong: 'STRONG', emerging: 'emerging', gap: 'GAP' } as const;
      expect(stdout).toContain(`(${r.overall.score}/100)`);
      for (const c of r.competencies) {
        expect(stdout).toMatch(new RegExp(`^${c.competency.name} +${word[c.status]} +${c.strength} `, 'm'));
      }
      expect(r.consistency.periods.map((p) => p.label)).toEqual(['2026-H1', '2026-H2']);
    });

    it('objections prints the open and the answered ones, with what would answer the open ones, and the five questions', async () => {
      const { stdout } = await demo('objections');
      expect(stdout).toMatch(/^What the committee would say$/m);
      expect(stdout).toMatch(/^ {2}OPEN {5}".+" .+\n {11}-> .+$/m);
      expect(stdout).toMatch(/^ {2}answered ".+" .+$/m);
      expect(stdout).toContain('\nThe five questions\n');
      const questions = stdout.split('The five questions\n')[1]!.match(/^ {2}\S.*\?$/gm);
      expect(questions).toHaveLength(5);
      const r = await json<ObjectionsJson>('--demo', 'objections');
      expect(Object.keys(r).sort()).toEqual(['asOf', 'objections', 'questions']);
      expect(r.questions.map((q) => `  ${q.question}`)).toEqual(questions);
      expect(r.objections.filter((o) => o.status === 'open').length).toBeGreaterThan(0);
      expect(r.objections.filter((o) => o.status === 'answered').length).toBeGreaterThan(0);
      for (const o of r.objections) expect(stdout).toContain(o.title);
    });

    it('next prints numbered actions with why, and the command to run', async () => {
      const { stdout } = await demo('next');
      expect(stdout).toMatch(/^Next best actions this week:\n {2}1\. \S/);
      expect(stdout).toMatch(/^ {2}2\. \S/m);
      expect(stdout).toMatch(/^ {5}\$ promocase \S+/m);
      const r = await json<NextJson>('--demo', 'next');
      expect(Object.keys(r).sort()).toEqual(['asOf', 'nextActions']);
      expect(r.nextActions.length).toBeGreaterThan(1);
      r.nextActions.forEach((n, i) => {
        expect(stdout).toContain(`  ${i + 1}. ${n.action}\n     ${n.why}\n`);
        if (n.command) expect(stdout).toContain(`     $ ${n.command}\n`);
      });
    });

    it('projects prints each project with its dates, size and verdict, and the scope attributes', async () => {
      const { stdout } = await demo('projects');
      expect(stdout).toMatch(
        /^billing-migration \(\d{4}-\d\d-\d\d to \d{4}-\d\d-\d\d, \d+ entries\): next-level scope$/m,
      );
      expect(stdout).toMatch(/^ {2}- It reached beyond the team \(\d+ cross-team or wider entr/m);
      const r = await json<ProjectsJson>('--demo', 'projects');
      expect(Object.keys(r).sort()).toEqual(['asOf', 'projects']);
      expect(r.projects.length).toBeGreaterThanOrEqual(2);
      for (const p of r.projects) {
        expect(Object.keys(p.attributes).sort()).toEqual([
          'ambiguity',
          'decisions',
          'outcomes',
          'peopleLed',
          'teams',
        ]);
        expect(stdout).toContain(`${p.name} (${p.from} to ${p.to}, ${p.entries.length} entries)`);
      }
    });
  });

  describe('on your own log', () => {
    beforeEach(async () => {
      await cli.ok(['init', ...SAM]);
    });

    /** Three specific team-scope craft entries over two review periods, two cross-team design entries in one project. */
    const logTheCase = async () => {
      await cli.log(
        'Rewrote the checkout retry logic with idempotency keys after INC-2291',
        ...['-k', 'feature', '-s', 'team', '-c', 'craft', '-d', daysAgo(220)],
        ...['--impact', 'Duplicate charges fell from 14 per week to 0'],
      );
      await cli.log(
        'Cut the flaky test rate in checkout CI from 9% to 0.5% by isolating the payment sandbox',
        ...['-k', 'tech-debt', '-s', 'team', '-c', 'craft', '-d', daysAgo(120)],
        ...['--impact', 'Merge queue time down from 45 to 12 minutes for 8 engineers'],
      );
      await cli.log(
        'Profiled and fixed the cart serializer, removing 3 N+1 queries',
        ...['-k', 'feature', '-s', 'team', '-c', 'craft', '-d', daysAgo(15)],
        ...['--impact', 'Cart API p95 from 900ms to 250ms'],
      );
      const first = await cli.log(
        'Framed the unclear ledger rewrite: compared three storage options and chose Postgres, agreed with payments and risk',
        ...['-k', 'design', '-s', 'cross-team', '-c', 'system-design', '-p', 'ledger', '-d', daysAgo(220)],
        ...['--impact', 'Design doc approved by 3 teams; cut reconciliation time from 4 hours to 20 minutes'],
      );
      const second = await cli.log(
        'Led the ledger cutover design review with payments and risk, trade-offs on double-write vs backfill',
        ...['-k', 'design', '-s', 'cross-team', '-c', 'system-design', '-p', 'ledger', '-d', daysAgo(30)],
        ...[
          '--impact',
          'Zero downtime migration of 2.1M accounts; p95 write latency down from 180ms to 60ms',
        ],
      );
      await cli.log('Fixed a typo', '-k', 'other', '-s', 'individual', '-c', 'communication');
      return { ledger: [first.id, second.id] };
    };

    it('with nothing logged, every competency is a gap, there are no projects, and next still says what to do', async () => {
      const r = await json<ReadinessJson>('readiness');
      expect(r.overall.status).toBe('not-yet');
      expect(r.competencies.every((c) => c.status === 'gap' && c.entries === 0)).toBe(true);
      expect(r.competencies[0]!.reasons).toEqual([
        `No entry is tagged ${r.competencies[0]!.competency.name} yet.`,
      ]);
      expect((await cli.ok(['projects'])).stdout).toBe(
        'No projects yet: give entries a --project to group them.\n',
      );
      expect((await json<ProjectsJson>('projects')).projects).toEqual([]);
      const next = await json<NextJson>('next');
      expect(next.nextActions.length).toBeGreaterThan(0);
    });

    it('follows what you logged: next-level work in two periods is strong, in two entries emerging, nothing a gap', async () => {
      await logTheCase();
      const r = await json<ReadinessJson>('readiness');
      const of = (id: string) => r.competencies.find((c) => c.competency.id === id)!;
      expect(of('craft')).toMatchObject({ status: 'strong', entries: 3, nextLevelEntries: 3 });
      expect(of('craft').periodsCovered).toHaveLength(2);
      expect(of('system-design')).toMatchObject({ status: 'emerging', entries: 2, nextLevelEntries: 2 });
      expect(of('communication')).toMatchObject({ status: 'gap', entries: 1, nextLevelEntries: 0 });
      expect(of('ownership')).toMatchObject({ status: 'gap', entries: 0, strength: 0, supporting: [] });
      expect(of('ownership').reasons).toContain('No entry is tagged Ownership yet.');
      expect(r.overall.counts).toEqual({ strong: 1, emerging: 1, gap: 6 });

      const { stdout } = await cli.ok(['readiness']);
      expect(stdout).toMatch(/^Craft +STRONG +\d+ +3\/3 +\S+ \S+ +-$/m);
      expect(stdout).toMatch(/^System design +emerging +\d+ +2\/2 /m);
      expect(stdout).toMatch(/^Ownership +GAP +0 +0\/0 +- +-$/m);
      expect(stdout).toContain('Ownership (gap):\n  - No entry is tagged Ownership yet.\n');
      expect(stdout).not.toContain('Craft (strong)');
    });

    it('groups the two cross-team design entries into a next-level project, and leaves entries without a project out', async () => {
      const { ledger } = await logTheCase();
      const { projects } = await json<ProjectsJson>('projects');
      expect(projects).toHaveLength(1);
      const [p] = projects;
      expect(p).toMatchObject({ name: 'ledger', from: daysAgo(220), to: daysAgo(30), nextLevel: true });
      expect(p!.entries).toEqual(ledger);
      expect(p!.attributes.teams).toMatchObject({ present: true, entries: ledger });
      expect(p!.attributes.decisions).toMatchObject({ present: true, entries: ledger });
      expect(p!.attributes.peopleLed.present).toBe(false);
      const { stdout } = await cli.ok(['projects']);
      expect(stdout).toContain(`ledger (${daysAgo(220)} to ${daysAgo(30)}, 2 entries): next-level scope\n`);
      expect(stdout).toContain(
        '  - It reached beyond the team (2 cross-team or wider entries; 0 collaborators).\n',
      );
      expect(stdout).toContain('  - Nobody was led or helped through it.\n');
    });

    it('a single entry is not a project yet', async () => {
      await cli.log('Drafted the search relevance plan', '-s', 'cross-team', '-k', 'design', '-p', 'search');
      expect((await json<ProjectsJson>('projects')).projects).toEqual([]);
    });

    it('objections answer from your log, and stay open for what it lacks', async () => {
      await logTheCase();
      const r = await json<ObjectionsJson>('objections');
      const status = (fragment: string) => r.objections.find((o) => o.title.includes(fragment))?.status;
      expect(status('mid-level scope')).toBe('answered');
      expect(status('peer reviews')).toBe('open');
      expect(status('Too few people')).toBe('open');
      expect(r.questions).toHaveLength(5);
      const peers = r.questions.find((q) => q.question.includes('peer reviews'))!;
      expect(peers).toMatchObject({ answered: false, evidence: [] });
      const { stdout } = await cli.ok(['objections']);
      expect(stdout).toMatch(/^ {2}answered "This is mid-level scope\." ledger /m);
      expect(stdout).toMatch(/^ {2}OPEN {5}"The peer reviews are generic\." /m);
    });

    it('next aims at the gaps, and moves on once a gap has evidence', async () => {
      await logTheCase();
      const before = await json<NextJson>('next');
      expect(before.nextActions.some((n) => n.action.includes('ownership work at the next level'))).toBe(
        true,
      );
      for (const days of [200, 40]) {
        await cli.log(
          `Took over the on-call rotation for payments and cut pages from 30 to 6 a week (${days})`,
          ...['-k', 'process', '-s', 'team', '-c', 'ownership', '-d', daysAgo(days)],
          ...['--impact', 'Pages per week down from 30 to 6 for a team of 7'],
        );
      }
      const after = await json<NextJson>('next');
      expect(after.nextActions.some((n) => n.action.includes('ownership work'))).toBe(false);
    });
  });

  it('says so before reading the text of many entries for the first time, and not on the next run', async () => {
    await cli.ok(['init', ...SAM]);
    const entries = Array.from({ length: NOTICE_FROM }, (_, i) => ({
      id: `imported-${i}`,
      date: daysAgo(i % 300),
      title: `Led the design review of the billing ledger, part ${i}`,
      impact: 'Cut failed payouts from 2% to 0.4%',
    }));
    const file = join(cli.dir, 'years.json');
    writeFileSync(file, JSON.stringify(exportDocument(entries)));
    await cli.ok(['import', file]);
    const first = await cli.ok(['readiness']);
    expect(first.stderr).toContain(`Reading the text of ${NOTICE_FROM} entries not analysed before`);
    const again = await cli.ok(['readiness']);
    expect(again.stderr).not.toContain('Reading the text');
    expect(again.stdout).toBe(first.stdout);
  });

  describe('week prints the next best actions', () => {
    it('after the ritual and the streak when a profile exists, also in --json', async () => {
      await cli.ok(['init', ...SAM]);
      const { stdout } = await cli.ok([
        'week',
        '--shipped',
        'Launched saved carts',
        '--impact',
        '12% of carts restored',
      ]);
      expect(stdout).toMatch(/Launched saved carts/);
      expect(stdout).toMatch(/^Streak: 1 week in a row/m);
      expect(stdout).toMatch(/\n\nNext best actions this week:\n {2}1\. \S/);
      expect(stdout.indexOf('Streak:')).toBeLessThan(stdout.indexOf('Next best actions'));
      const r = await json<WeekJson>('week', '--decision', 'Chose Postgres for the ledger');
      expect(Object.keys(r).sort()).toEqual(['created', 'nextActions', 'streak']);
      expect(r.created).toHaveLength(1);
      expect(r.nextActions).toEqual((await json<NextJson>('next')).nextActions);
    });

    it('not without a profile, where the ritual still logs', async () => {
      const { stdout } = await cli.ok(['week', '--shipped', 'Launched saved carts']);
      expect(stdout).toMatch(/Launched saved carts/);
      expect(stdout).toMatch(/^Streak: 1 week in a row/m);
      expect(stdout).not.toContain('Next best actions');
      const r = await json<WeekJson>('week', '--decision', 'Chose Postgres for the ledger');
      expect(Object.keys(r).sort()).toEqual(['created', 'streak']);
      expect(r.created).toHaveLength(1);
    });

    it('with no flags off a terminal: just the streak, then the actions', async () => {
      await cli.ok(['init', ...SAM]);
      await cli.log('Launched saved carts');
      const { stdout } = await cli.ok(['week']);
      expect(stdout).toMatch(/^Streak: 1 week in a row/);
      expect(stdout).toContain('\nNext best actions this week:\n');
    });
  });
});
