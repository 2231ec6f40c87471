import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  openTestStore,
  type TestStore,
  testClock,
  testServices,
} from '../../../tests/support/test-store.js';
import { DomainError } from '../../core/errors.js';
import { ENTRY_QUALITY_VERSION } from '../../core/readiness/entry-quality.js';
import type { Actor, Services } from '../services.js';

for (const dialect of DIALECTS) {
  describe(`readiness on ${dialect}`, () => {
    let t: TestStore;
    let clock: ReturnType<typeof testClock>;
    let services: Services;
    let me: Actor;

    beforeEach(async () => {
      t = await openTestStore(dialect);
      clock = testClock();
      services = testServices(t.store, clock);
      me = await services.ensureLocalOwner();
    });
    afterEach(async () => t.cleanup());

    it('needs a profile', async () => {
      const error = await services.readiness.assess(me).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('not_initialized');
    });

    it('caches the text analysis of each entry and redoes it after an edit', async () => {
      await services.profile.save(me, { name: 'Sam', currentLevel: 'mid', targetLevel: 'senior' });
      const e = await services.entries.create(me, {
        title: 'Cut checkout p95 from 1.4 s to 600 ms by moving fraud checks to cart time',
        scope: 'team',
        competencies: ['impact'],
      });
      await services.readiness.assess(me);
      const cached = await t.store.listEntryQuality(me.ownerId);
      expect(cached.get(e.id)).toMatchObject({
        version: ENTRY_QUALITY_VERSION,
        entryUpdatedAt: e.updatedAt,
      });
      expect(cached.get(e.id)!.quality.metric).toBe(true);

      clock.advance(1_000);
      const edited = await services.entries.update(me, e.id, { title: 'Worked on checkout', details: '' });
      const after = await services.readiness.assess(me);
      const again = await t.store.listEntryQuality(me.ownerId);
      expect(again.get(e.id)!.entryUpdatedAt).toBe(edited.updatedAt);
      expect(again.get(e.id)!.quality.metric).toBe(false);
      expect(after.competencies.find((c) => c.competency.id === 'impact')!.nextLevelEntries).toBe(0);
    });

    it('counts the peer feedback of the last twelve months, as the documents do', async () => {
      await services.profile.save(me, { name: 'Sam', currentLevel: 'mid', targetLevel: 'senior' });
      const specific =
        'In the billing design review on 2026-08-10, Sam laid out three cutover options with the rollback cost of each, which let my team pick one in a single meeting.';
      for (const [from, date] of [
        ['Dana', '2024-03-01'],
        ['Lee', '2024-05-01'],
        ['Kim', '2025-11-20'],
        ['Ravi', '2026-10-01'],
      ] as const)
        await services.peerFeedback.record(me, { from, date, text: specific });
      const providers = (await services.readiness.assess(me)).objections.find(
        (o) => o.id === 'too-few-peer-providers',
      )!;
      // Kim's falls a day outside (2025-11-21 to 2026-11-20); Dana's and Lee's are years old.
      expect(providers.status).toBe('open');
      expect(providers.reason).toMatch(/^1 person has given feedback/);
    });

    it('shows every status on the demo sample', async () => {
      await services.demo.load(me);
      const result = await services.readiness.assess(me);
      expect(new Set(result.competencies.map((c) => c.status))).toEqual(
        new Set(['strong', 'emerging', 'gap']),
      );
      expect(new Set(result.objections.map((o) => o.status))).toEqual(new Set(['answered', 'open']));
      expect(new Set(result.questions.map((q) => q.answered))).toEqual(new Set([true, false]));
      expect(result.projects.some((p) => p.nextLevel)).toBe(true);
      expect(result.nextActions.length).toBeGreaterThan(0);
      expect(result.consistency.periods.map((p) => p.verdict)).toContain('next-level');
    });
  });
}
