import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ladder } from '../../../tests/support/framework-fixtures.js';
import {
  DIALECTS,
  openTestStore,
  type TestStore,
  testClock,
  testServices,
} from '../../../tests/support/test-store.js';
import type { Actor, Services } from '../services.js';

const HOUR = 3_600_000;

for (const dialect of DIALECTS) {
  describe(`analysis use cases on ${dialect}`, () => {
    let t: TestStore;
    let clock: ReturnType<typeof testClock>;
    let services: Services;
    let me: Actor;
    const other: Actor = { ownerId: 'owner-other' };

    beforeEach(async () => {
      t = await openTestStore(dialect);
      clock = testClock();
      services = testServices(t.store, clock);
      me = await services.ensureLocalOwner();
      await t.store.write((tx) =>
        tx.insertOwner({ id: other.ownerId, name: 'Other', createdAt: '2030-01-01T00:00:00.000Z' }),
      );
    });
    afterEach(async () => t.cleanup());

    it('suggests tags only for my live entries without competencies', async () => {
      const untagged = await services.entries.create(me, {
        title: 'Ran incident command for the checkout outage and wrote the postmortem',
      });
      await services.entries.create(me, { title: 'Designed the cache', competencies: ['system-design'] });
      const deleted = await services.entries.create(me, { title: 'Mentored Jonas on Kafka' });
      await services.entries.remove(me, deleted.id);
      await services.entries.create(other, { title: 'Mentored Priya on Go' });

      const suggestions = await services.analysis.untagged(me);
      expect(suggestions).toEqual([
        expect.objectContaining({
          entryId: untagged.id,
          changes: expect.objectContaining({
            kind: 'incident',
            competencies: expect.arrayContaining(['ownership']),
          }),
        }),
      ]);
    });

    it('applies the suggestions in one go, filling only what each entry lacks and stamping the edit', async () => {
      const bare = await services.entries.create(me, {
        title: 'Mentored Jonas through his first on-call rotation',
      });
      const kindOnly = await services.entries.create(me, {
        title: 'Coordinated the schema change with the billing, search and mobile teams',
        kind: 'process',
        scope: 'team',
      });
      clock.advance(HOUR);
      const applied = await services.analysis.applyUntagged(me);
      expect(applied.map((a) => a.entryId).sort()).toEqual([bare.id, kindOnly.id].sort());

      const after = await services.entries.get(me, bare.id);
      expect(after).toMatchObject({
        kind: 'mentoring',
        competencies: expect.arrayContaining(['multiplier']),
      });
      expect(after.updatedAt).toBe(clock.now().toISOString());
      // A kind the person chose stays, and so does the scope that came with it.
      expect(await services.entries.get(me, kindOnly.id)).toMatchObject({ kind: 'process', scope: 'team' });
      expect(await services.analysis.untagged(me)).toEqual([]);
    });

    it('suggests no built-in competencies to someone whose profile follows an imported framework', async () => {
      const acme = ladder([['delivery', 'Delivery']]);
      await services.frameworks.import(me, { text: JSON.stringify(acme), fileName: 'acme.json' });
      await services.profile.save(me, {
        name: 'Sam',
        currentLevel: 'mid',
        targetLevel: 'senior',
        framework: 'acme',
      });
      await services.entries.create(me, { title: 'Mentored Jonas through his first on-call rotation' });

      const [suggestion] = await services.analysis.untagged(me);
      expect(suggestion!.changes).toEqual({ kind: 'mentoring', competencies: [], scope: 'team' });
      await services.analysis.applyUntagged(me);
      const [entry] = await services.entries.list(me);
      expect(entry).toMatchObject({ kind: 'mentoring', competencies: [] });
      expect((await services.analysis.suggestEntry(me, { title: 'Paired with Lena' })).competencies).toEqual(
        [],
      );
    });

    it("never touches another owner's entries", async () => {
      const theirs = await services.entries.create(other, { title: 'Mentored Priya on Go' });
      await services.analysis.applyUntagged(me);
      expect(await services.entries.get(other, theirs.id)).toMatchObject({ kind: 'other', competencies: [] });
    });

    it('suggests fields for an entry being logged, and refuses one with no text', async () => {
      const analysis = await services.analysis.suggestEntry(me, {
        title: 'Cut the AWS bill',
        impact: 'from $30k to $18k a month',
      });
      expect(analysis.metric).toBe(true);
      await expect(services.analysis.suggestEntry(me, { title: '  ' })).rejects.toMatchObject({
        code: 'invalid_input',
      });
    });

    it('analyses a batch whole or refuses it, naming the bad item', async () => {
      const ok = await services.analysis.analyze([{ id: 'a', type: 'peer-review', text: 'Always helpful.' }]);
      expect(ok).toEqual([expect.objectContaining({ id: 'a', specific: false })]);
      await expect(
        services.analysis.analyze([
          { id: 'a', type: 'entry', text: 'Shipped it' },
          { id: 'b', type: 'memo', text: 'x' },
        ]),
      ).rejects.toMatchObject({
        code: 'invalid_input',
        details: [expect.objectContaining({ path: '[1].type' })],
      });
      await expect(services.analysis.analyze({ id: 'a' })).rejects.toMatchObject({ code: 'invalid_input' });
    });
  });
}
