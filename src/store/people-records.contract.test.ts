import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assessment,
  conversation,
  goal,
  managerChange,
  peerFeedback,
  rating,
} from '../../tests/support/people-builders.js';
import { DIALECTS, openTestStore, type TestStore } from '../../tests/support/test-store.js';

for (const dialect of DIALECTS) {
  describe(`people records in the store on ${dialect}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await openTestStore(dialect);
      await t.store.write(async (tx) => {
        await tx.insertOwner({ id: 'owner-a', name: 'A', createdAt: '2026-01-01T00:00:00.000Z' });
        await tx.insertOwner({ id: 'owner-b', name: 'B', createdAt: '2026-01-02T00:00:00.000Z' });
      });
    });
    afterEach(async () => t.cleanup());

    it('round-trips every kind of record with every field intact', async () => {
      const records = {
        assessments: assessment({
          ratings: [rating('craft', 'senior', { note: 'n', whatItTakes: '**w**' })],
        }),
        conversations: conversation({
          feedback: ["You're close"],
          criteria: ['c'],
          nextCheckIn: '2026-07-01',
        }),
        manager_changes: managerChange({ previous: null, note: 'handoff done' }),
        goals: goal({ checkIns: [{ date: '2026-06-02', note: 'started', progress: 10 }], entryIds: ['e1'] }),
        peer_feedback: peerFeedback({ entryIds: ['e2'], work: 'Ledger' }),
      } as const;
      await t.store.write(async (tx) => {
        for (const [table, record] of Object.entries(records))
          await tx.putRecord(table as never, record as never);
      });
      for (const [table, record] of Object.entries(records)) {
        expect(await t.store.getRecord(table as never, 'owner-a', record.id)).toEqual(record);
      }
    });

    it('lists in date order, leaves deleted ones out unless asked, and keeps owners apart', async () => {
      const late = goal({ date: '2026-09-01' });
      const early = goal({ date: '2026-02-01' });
      const gone = goal({ date: '2026-05-01', deletedAt: '2026-05-02T00:00:00.000Z' });
      const theirs = goal({ ownerId: 'owner-b' });
      await t.store.write(async (tx) => {
        for (const g of [late, early, gone, theirs]) await tx.putRecord('goals', g);
      });
      expect((await t.store.listRecords('goals', 'owner-a')).map((g) => g.id)).toEqual([early.id, late.id]);
      expect(
        (await t.store.listRecords('goals', 'owner-a', { deleted: 'include' })).map((g) => g.id),
      ).toEqual([early.id, gone.id, late.id]);
      expect(await t.store.getRecord('goals', 'owner-a', theirs.id)).toBeUndefined();
      expect(await t.store.findRecordOwners('goals', [theirs.id, early.id, 'nope'])).toEqual(
        new Map([
          [theirs.id, 'owner-b'],
          [early.id, 'owner-a'],
        ]),
      );
    });

    it("replaces a record on a second put, and never another owner's record with the same id", async () => {
      const mine = goal({ title: 'First' });
      await t.store.write((tx) => tx.putRecord('goals', mine));
      await t.store.write((tx) =>
        tx.putRecord('goals', { ...mine, title: 'Second', updatedAt: '2026-02-01T00:00:00.000Z' }),
      );
      expect((await t.store.getRecord('goals', 'owner-a', mine.id))?.title).toBe('Second');
      await t.store.write((tx) => tx.putRecord('goals', { ...mine, ownerId: 'owner-b', title: 'Hijack' }));
      expect((await t.store.getRecord('goals', 'owner-a', mine.id))?.title).toBe('Second');
      expect(await t.store.getRecord('goals', 'owner-b', mine.id)).toBeUndefined();
    });

    it('writes nothing of a transaction that fails', async () => {
      const g = goal();
      await expect(
        t.store.write(async (tx) => {
          await tx.putRecord('goals', g);
          throw new Error('boom');
        }),
      ).rejects.toThrow('boom');
      expect(await t.store.getRecord('goals', 'owner-a', g.id)).toBeUndefined();
    });
  });
}
