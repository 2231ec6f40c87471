import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  openTestStore,
  type TestStore,
  testClock,
  testServices,
} from '../../../tests/support/test-store.js';
import { weekStart } from '../../core/dates.js';
import { parseExportDocument } from '../../core/transfer/export-document.js';
import type { Actor, Services } from '../services.js';

const DEMO_PEOPLE = { assessments: 3, conversations: 2, goals: 3, peerFeedback: 4 };

const DEMO_ENTRIES = 55;

for (const dialect of DIALECTS) {
  describe(`demo data on ${dialect}`, () => {
    let t: TestStore;
    let clock: ReturnType<typeof testClock>;
    let services: Services;
    let me: Actor;

    beforeEach(async () => {
      t = await openTestStore(dialect);
      clock = testClock(); // Friday 2026-11-20, 17:00 UTC
      services = testServices(t.store, clock);
      me = await services.ensureLocalOwner();
    });
    afterEach(async () => t.cleanup());

    it('loads about six months of entries and a profile', async () => {
      expect(await services.demo.load(me)).toEqual({
        loaded: true,
        entries: DEMO_ENTRIES,
        people: DEMO_PEOPLE,
      });
      const entries = await services.entries.list(me);
      expect(entries).toHaveLength(DEMO_ENTRIES);
      expect(entries.every((e) => e.source === 'demo' && e.ownerId === me.ownerId)).toBe(true);
      expect(entries.map((e) => e.id)).toContain(`demo-${me.ownerId}-0001`);
      const oldest = entries.at(-1)!.date;
      expect(oldest >= '2026-05-18').toBe(true); // 25 weeks before this week's Monday
      expect(oldest < '2026-06-01').toBe(true);
      expect(await services.profile.get(me)).toMatchObject({
        name: 'Sam Rivera',
        currentLevel: 'mid',
        targetLevel: 'senior',
        managerName: 'Priya Nair',
        reviewCadence: 'half-yearly',
      });
    });

    it('loads a people loop that shows every status: gaps, a vague and a specific talk, goals, peer feedback', async () => {
      await services.demo.load(me);
      const gaps = await services.assessments.gaps(me);
      expect(gaps.gaps.map((g) => g.competency.id)).toEqual([
        'ambiguity',
        'communication',
        'impact',
        'technical-leadership',
      ]);
      expect(gaps.gaps[1]!.whatItTakes[0]!.text).toContain('RFC');
      const history = await services.assessments.history(me, 'system-design');
      expect(history.competencies[0]!.trajectory).toEqual({ self: 'single', manager: 'rising' });
      expect((await services.assessments.compare(me)).competencies[0]!.difference).not.toBe(0);

      const [vague, specific] = await services.conversations.list(me);
      expect(vague!.feedbackAnalysis.map((a) => a.actionable)).toEqual([false, false]);
      expect(specific!.feedbackAnalysis.map((a) => a.actionable)).toEqual([true]);
      const status = await services.conversations.status(me);
      expect(status.goalStated).not.toBeNull();
      expect(status.criteria?.items).toHaveLength(2);
      expect(status.vagueStreak).toBe(0);

      const goals = await services.goals.list(me);
      expect(goals.map((g) => g.status)).toEqual(['done', 'planned', 'active']);
      const poor = goals.find((g) => g.title === 'Get better at leadership')!;
      expect(poor.quality.score).toBeLessThan(2);
      expect(poor.flags.map((f) => f.flag)).toContain('overdue');
      expect(goals.find((g) => g.status === 'done')!.entryIds).toHaveLength(2);

      const feedback = await services.peerFeedback.list(me);
      expect(feedback.map((f) => f.analysis.specific)).toEqual([true, true, false, false]);
      const kit = await services.peerFeedback.requestKit(me);
      expect(kit.requests.length).toBeGreaterThanOrEqual(4);
      expect(kit.focus[0]!.id).toBe('ambiguity');
    });

    it('plans the next calibration in the future', async () => {
      await services.demo.load(me);
      const { nextCalibration } = await services.profile.get(me);
      expect(nextCalibration! > '2026-11-20').toBe(true);
    });

    it.each([
      ['a Friday', '2026-11-20T17:00:00.000Z'],
      ['a Monday morning', '2026-11-16T07:00:00.000Z'],
      ['a Wednesday', '2026-11-18T12:00:00.000Z'],
      ['a Sunday', '2026-11-22T20:00:00.000Z'],
      ['New Year’s Day', '2027-01-01T10:00:00.000Z'],
    ])('dates no entry after today when loaded on %s', async (_day, now) => {
      clock.set(now);
      const today = now.slice(0, 10);
      await services.demo.load(me);
      const entries = await services.entries.list(me);
      expect(entries).toHaveLength(DEMO_ENTRIES);
      expect(entries.filter((e) => e.date > today)).toEqual([]);
      expect(entries[0]!.date >= weekStart(today)).toBe(true); // something this week already
    });

    it('loads entries that pass the same checks as anything a user writes', async () => {
      await services.demo.load(me);
      const doc = JSON.parse(JSON.stringify(await services.transfer.exportJson(me)));
      const parsed = parseExportDocument(doc);
      expect(parsed.ok ? [] : parsed.problems).toEqual([]);
    });

    it('does nothing when loaded a second time', async () => {
      await services.demo.load(me);
      const before = await services.entries.list(me, { deleted: 'include' });
      clock.advance(86_400_000);
      expect(await services.demo.load(me)).toEqual({ loaded: false, entries: 0 });
      expect(await services.entries.list(me, { deleted: 'include' })).toEqual(before);
    });

    it('does not load over a profile the user already set up', async () => {
      await services.profile.save(me, { name: 'Alex', currentLevel: 'senior', targetLevel: 'staff' });
      expect(await services.demo.load(me)).toEqual({ loaded: false, entries: 0 });
      expect(await services.entries.list(me)).toEqual([]);
      expect((await services.profile.get(me)).name).toBe('Alex');
    });

    it('shows a streak with the missed weeks the story leaves out', async () => {
      await services.demo.load(me);
      expect(await services.entries.streak(me)).toEqual({
        current: 4,
        longest: 8,
        // Weeks 4, 10 and 17 before this one have no entries.
        missedWeeks: ['2026-10-19', '2026-09-07', '2026-07-20'],
        thisWeekLogged: true,
        weeksTracked: 26,
      });
    });

    it('loads the demo for a second owner of the same store without touching the first', async () => {
      const second: Actor = { ownerId: 'owner-second' };
      await t.store.write((tx) =>
        tx.insertOwner({ id: second.ownerId, name: 'Second', createdAt: '2030-01-01T00:00:00.000Z' }),
      );
      await services.demo.load(me);
      const mine = await services.entries.list(me);
      expect(await services.demo.load(second)).toEqual({
        loaded: true,
        entries: DEMO_ENTRIES,
        people: DEMO_PEOPLE,
      });
      expect(await services.entries.list(second)).toHaveLength(DEMO_ENTRIES);
      expect(await services.entries.list(me)).toEqual(mine);
    });
  });
}
