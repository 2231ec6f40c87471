import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  openTestStore,
  type TestStore,
  testClock,
  testServices,
} from '../../../tests/support/test-store.js';
import type { Entry } from '../../core/entries/entry.js';
import type { ExportDocument } from '../../core/transfer/export-document.js';
import type { Actor, Services } from '../services.js';

const NONE = { created: 0, updated: 0, unchanged: 0, keptNewer: 0 };
const NO_PEOPLE = {
  assessments: NONE,
  conversations: NONE,
  managerChanges: NONE,
  goals: NONE,
  peerFeedback: NONE,
};

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** What a file on disk holds: the document after a trip through JSON text. */
function viaJson(doc: ExportDocument): ExportDocument {
  return JSON.parse(JSON.stringify(doc));
}

function withoutOwner(entries: Entry[]): Omit<Entry, 'ownerId'>[] {
  return entries.map(({ ownerId: _ownerId, ...rest }) => rest);
}

for (const dialect of DIALECTS) {
  describe(`export and import on ${dialect}`, () => {
    const opened: TestStore[] = [];
    let clock: ReturnType<typeof testClock>;
    let services: Services;
    let me: Actor;
    const other: Actor = { ownerId: 'owner-other' };

    /** A fresh home on the same dialect and clock, with its own local owner. */
    async function freshHome(): Promise<{ services: Services; me: Actor }> {
      const t = await openTestStore(dialect);
      opened.push(t);
      const s = testServices(t.store, clock);
      return { services: s, me: await s.ensureLocalOwner() };
    }

    /** A home with a profile and four entries: edited, deleted, fully filled and bare. */
    async function homeWithData() {
      const home = await freshHome();
      const s = home.services;
      await s.profile.save(home.me, {
        name: 'Sam Rivera',
        currentLevel: 'mid',
        targetLevel: 'senior',
        managerName: 'Priya Nair',
        nextCalibration: '2027-02-03',
      });
      const [full, edited, deleted] = await s.entries.createMany(home.me, [
        {
          title: 'Led the billing migration cutover',
          date: '2026-11-02',
          details: 'Markdown **kept**\n\n- one\n- two',
          impact: 'Invoice errors fell from 2% to 0.1%.',
          peopleHelped: ['Jordan Lee'],
          collaborators: ['Priya Nair', 'Diego Alvarez'],
          kind: 'design',
          competencies: ['ownership', 'system-design'],
          scope: 'cross-team',
          links: ['https://docs.example.com/billing'],
          project: 'billing-migration',
          tags: ['billing', 'q4'],
          visibility: 'manager',
        },
        { title: 'Draft title', date: '2026-11-10' },
        { title: 'Logged by mistake', date: '2026-11-12' },
        { title: 'Bare entry' },
      ]);
      clock.advance(HOUR);
      await s.entries.update(home.me, edited!.id, { title: 'Final title', tags: ['edited'] });
      await s.entries.remove(home.me, deleted!.id);
      clock.advance(HOUR);
      return { ...home, fullId: full!.id };
    }

    beforeEach(async () => {
      clock = testClock(); // Friday 2026-11-20, 17:00 UTC
      const home = await freshHome();
      services = home.services;
      me = home.me;
      const store = opened[0]!.store;
      await store.write((tx) =>
        tx.insertOwner({ id: other.ownerId, name: 'Other', createdAt: '2030-01-01T00:00:00.000Z' }),
      );
    });
    afterEach(async () => {
      for (const t of opened.splice(0)) await t.cleanup();
    });

    describe('export', () => {
      it('exports an empty home as a document with no profile and no entries', async () => {
        expect(await services.transfer.exportJson(me)).toEqual({
          format: 'promocase-export',
          version: 1,
          exportedAt: '2026-11-20T17:00:00.000Z',
          generator: 'promocase 0.1.0',
          profile: null,
          frameworks: [],
          entries: [],
          assessments: [],
          conversations: [],
          managerChanges: [],
          goals: [],
          peerFeedback: [],
        });
      });

      it('exports every entry, deleted ones included, sorted by date, without owner ids', async () => {
        const source = await homeWithData();
        const doc = await source.services.transfer.exportJson(source.me);
        expect(doc.entries.map((e) => e.title)).toEqual([
          'Led the billing migration cutover',
          'Final title',
          'Logged by mistake',
          'Bare entry',
        ]);
        expect(doc.entries[2]!.deletedAt).not.toBeNull();
        expect(JSON.stringify(doc)).not.toContain(source.me.ownerId);
        expect(doc.profile).toMatchObject({ name: 'Sam Rivera', nextCalibration: '2027-02-03' });
      });

      it("exports only the actor's data", async () => {
        await services.entries.create(other, { title: 'Theirs' });
        await services.profile.save(other, { name: 'Alex', currentLevel: 'senior', targetLevel: 'staff' });
        expect(await services.transfer.exportJson(me)).toMatchObject({ profile: null, entries: [] });
      });

      it('exports the live entries as Markdown under the name of the profile', async () => {
        const source = await homeWithData();
        const markdown = await source.services.transfer.exportMarkdown(source.me);
        expect(markdown).toMatch(/^# Work log of Sam Rivera\n/);
        expect(markdown).toContain('### 2026-11-02: Led the billing migration cutover');
        expect(markdown).toContain('Markdown **kept**\n\n- one\n- two');
        expect(markdown).not.toContain('Logged by mistake');
        expect(await services.transfer.exportMarkdown(me)).toBe('# Work log\n\nNo entries.\n');
      });
    });

    describe('import', () => {
      it('moves everything into a fresh home without losing anything', async () => {
        const source = await homeWithData();
        const doc = await source.services.transfer.exportJson(source.me);

        const report = await services.transfer.import(me, viaJson(doc));
        expect(report).toEqual({
          entries: { created: 4, updated: 0, unchanged: 0, keptNewer: 0 },
          profile: 'created',
          frameworks: { created: 0, updated: 0, unchanged: 0, keptNewer: 0 },
          people: NO_PEOPLE,
        });

        const all = (s: Services, a: Actor) => s.entries.list(a, { deleted: 'include' });
        expect(withoutOwner(await all(services, me))).toEqual(
          withoutOwner(await all(source.services, source.me)),
        );
        const { ownerId: _a, ...theirProfile } = await source.services.profile.get(source.me);
        const { ownerId: _b, ...myProfile } = await services.profile.get(me);
        expect(myProfile).toEqual(theirProfile);
        expect(await services.transfer.exportJson(me)).toEqual(doc);
        // The imported entries are searchable and filterable like any other.
        expect((await services.entries.list(me, { tag: 'edited' })).map((e) => e.title)).toEqual([
          'Final title',
        ]);
        expect((await services.entries.list(me, { text: 'migration' })).map((e) => e.id)).toEqual([
          source.fullId,
        ]);
      });

      it('creates nothing twice when the same document is imported again', async () => {
        const source = await homeWithData();
        const doc = viaJson(await source.services.transfer.exportJson(source.me));
        await services.transfer.import(me, doc);
        const second = await services.transfer.import(me, doc);
        expect(second).toEqual({
          entries: { created: 0, updated: 0, unchanged: 4, keptNewer: 0 },
          profile: 'unchanged',
          frameworks: { created: 0, updated: 0, unchanged: 0, keptNewer: 0 },
          people: NO_PEOPLE,
        });
        expect(await services.entries.list(me, { deleted: 'include' })).toHaveLength(4);
      });

      it('finds a home unchanged by its own export', async () => {
        const source = await homeWithData();
        const doc = viaJson(await source.services.transfer.exportJson(source.me));
        expect(await source.services.transfer.import(source.me, doc)).toEqual({
          entries: { created: 0, updated: 0, unchanged: 4, keptNewer: 0 },
          profile: 'unchanged',
          frameworks: { created: 0, updated: 0, unchanged: 0, keptNewer: 0 },
          people: NO_PEOPLE,
        });
      });

      it('reports an absent profile and leaves entries outside the document alone', async () => {
        const mine = await services.entries.create(me, { title: 'Already here' });
        const source = await freshHome();
        await source.services.entries.create(source.me, { title: 'From the file' });
        const doc = viaJson(await source.services.transfer.exportJson(source.me));
        expect(await services.transfer.import(me, doc)).toEqual({
          entries: { created: 1, updated: 0, unchanged: 0, keptNewer: 0 },
          profile: 'absent',
          frameworks: { created: 0, updated: 0, unchanged: 0, keptNewer: 0 },
          people: NO_PEOPLE,
        });
        expect(await services.entries.get(me, mine.id)).toEqual(mine);
        expect(await services.entries.list(me)).toHaveLength(2);
      });

      it('takes the version of an entry that was edited later in the file', async () => {
        const source = await homeWithData();
        const doc = viaJson(await source.services.transfer.exportJson(source.me));
        await services.transfer.import(me, doc);
        const edited = structuredClone(doc);
        edited.entries[0]!.title = 'Renamed elsewhere';
        edited.entries[0]!.tags = ['renamed'];
        edited.entries[0]!.updatedAt = '2026-11-25T09:00:00.000Z';
        expect((await services.transfer.import(me, edited)).entries).toEqual({
          created: 0,
          updated: 1,
          unchanged: 3,
          keptNewer: 0,
        });
        const entry = await services.entries.get(me, doc.entries[0]!.id);
        expect(entry).toMatchObject({ title: 'Renamed elsewhere', updatedAt: '2026-11-25T09:00:00.000Z' });
        expect((await services.entries.list(me, { tag: 'renamed' })).map((e) => e.id)).toEqual([entry.id]);
        expect(await services.entries.list(me, { tag: 'billing' })).toEqual([]);
      });

      it('keeps an entry edited here after the file was written (keptNewer)', async () => {
        const source = await homeWithData();
        const doc = viaJson(await source.services.transfer.exportJson(source.me));
        await services.transfer.import(me, doc);
        clock.advance(DAY);
        const local = await services.entries.update(me, doc.entries[0]!.id, { title: 'Edited here later' });
        const stale = structuredClone(doc);
        stale.entries[0]!.title = 'Stale copy';
        expect((await services.transfer.import(me, stale)).entries).toEqual({
          created: 0,
          updated: 0,
          unchanged: 3,
          keptNewer: 1,
        });
        expect(await services.entries.get(me, local.id)).toEqual(local);
      });

      it('compares updatedAt as instants, not as text, when the file uses a time-zone offset', async () => {
        const source = await homeWithData();
        const doc = viaJson(await source.services.transfer.exportJson(source.me));
        await services.transfer.import(me, doc);
        const local = await services.entries.get(me, doc.entries[0]!.id);
        const older = structuredClone(doc);
        older.entries[0]!.title = 'Older copy';
        // 18:00+02:00 is 16:00Z: an hour before the entry here was last written.
        older.entries[0]!.updatedAt = `${local.updatedAt.slice(0, 10)}T18:00:00+02:00`;
        expect(local.updatedAt).toBe('2026-11-20T17:00:00.000Z');
        expect((await services.transfer.import(me, older)).entries).toMatchObject({
          updated: 0,
          keptNewer: 1,
        });
        expect((await services.entries.get(me, local.id)).title).toBe(local.title);
      });

      it('keeps a deleted entry deleted, and restores it when a later file has it live', async () => {
        const source = await homeWithData();
        const doc = viaJson(await source.services.transfer.exportJson(source.me));
        await services.transfer.import(me, doc);
        const deleted = doc.entries[2]!;
        expect((await services.entries.get(me, deleted.id)).deletedAt).toBe(deleted.deletedAt);
        const revived = structuredClone(doc);
        revived.entries[2]!.deletedAt = null;
        revived.entries[2]!.updatedAt = '2026-11-30T00:00:00.000Z';
        await services.transfer.import(me, revived);
        expect((await services.entries.list(me)).map((e) => e.id)).toContain(deleted.id);
      });

      it('updates the profile from a later file and keeps a newer one here', async () => {
        const source = await homeWithData();
        const doc = viaJson(await source.services.transfer.exportJson(source.me));
        await services.transfer.import(me, doc);

        const later = structuredClone(doc);
        later.profile!.managerName = 'Dana Cho';
        later.profile!.updatedAt = '2026-12-01T00:00:00.000Z';
        expect((await services.transfer.import(me, later)).profile).toBe('updated');
        expect((await services.profile.get(me)).managerName).toBe('Dana Cho');

        const earlier = structuredClone(doc);
        earlier.profile!.managerName = 'Someone Old';
        earlier.profile!.updatedAt = '2026-01-01T00:00:00.000Z';
        expect((await services.transfer.import(me, earlier)).profile).toBe('kept-newer');
        expect((await services.profile.get(me)).managerName).toBe('Dana Cho');
      });

      it('keeps each tag and competency once when the file repeats one', async () => {
        const source = await freshHome();
        await source.services.entries.create(source.me, { title: 'Tagged', tags: ['billing'] });
        const doc = viaJson(await source.services.transfer.exportJson(source.me));
        doc.entries[0]!.tags = ['billing', 'billing'];
        doc.entries[0]!.competencies = ['craft', 'craft'];
        await services.transfer.import(me, doc);
        const [entry] = await services.entries.list(me);
        expect(entry).toMatchObject({ tags: ['billing'], competencies: ['craft'] });
        expect((await services.transfer.import(me, doc)).entries.unchanged).toBe(1);
      });

      describe('refuses, writing nothing', () => {
        let doc: ExportDocument;
        beforeEach(async () => {
          const source = await homeWithData();
          doc = viaJson(await source.services.transfer.exportJson(source.me));
        });

        async function expectNothingWritten() {
          expect(await services.entries.list(me, { deleted: 'include' })).toEqual([]);
          await expect(services.profile.get(me)).rejects.toMatchObject({ code: 'not_initialized' });
        }

        it('a document with a bad field, naming it by path', async () => {
          const bad = structuredClone(doc) as unknown as { entries: Record<string, unknown>[] };
          bad.entries[1]!.date = 'yesterday';
          await expect(services.transfer.import(me, bad)).rejects.toMatchObject({
            code: 'invalid_input',
            message: 'entries[1].date: expected a calendar date like 2026-11-20',
            details: [{ path: 'entries[1].date' }],
          });
          await expectNothingWritten();
        });

        it('a document with two entries of the same id', async () => {
          const twice = structuredClone(doc);
          twice.entries.push({ ...twice.entries[0]!, title: 'Copy' });
          await expect(services.transfer.import(me, twice)).rejects.toMatchObject({
            code: 'invalid_input',
            details: [{ path: 'entries[4].id', message: expect.stringContaining('duplicate id') }],
          });
          await expectNothingWritten();
        });

        it('a file that is not a promocase export', async () => {
          for (const foreign of [{ name: 'my-package', version: '1.0.0' }, { entries: doc.entries }]) {
            await expect(services.transfer.import(me, foreign)).rejects.toMatchObject({
              code: 'invalid_input',
              message: expect.stringContaining('not a promocase export'),
              details: [{ path: 'format' }],
            });
          }
          for (const notAnObject of [null, 'text', 42, [doc]]) {
            await expect(services.transfer.import(me, notAnObject)).rejects.toMatchObject({
              code: 'invalid_input',
              details: [{ path: '(root)' }],
            });
          }
          await expectNothingWritten();
        });

        it('a document from a newer promocase, saying to upgrade', async () => {
          await expect(services.transfer.import(me, { ...doc, version: 2 })).rejects.toMatchObject({
            code: 'invalid_input',
            message: expect.stringContaining('upgrade promocase'),
            details: [{ path: 'version' }],
          });
          await expectNothingWritten();
        });

        it('a document holding an id that belongs to another owner, with conflict', async () => {
          // Another account imported part of the same file first: entry [1] is theirs now.
          const theirs = doc.entries[1]!;
          await services.transfer.import(other, { ...doc, profile: null, entries: [theirs] });
          await expect(services.transfer.import(me, doc)).rejects.toMatchObject({
            code: 'conflict',
            message: expect.stringContaining('nothing was imported'),
            details: [{ path: 'entries[1].id', message: 'id belongs to another account' }],
          });
          await expectNothingWritten();
          expect(await services.entries.get(other, theirs.id)).toMatchObject({ title: theirs.title });
          expect(await services.entries.list(other, { deleted: 'include' })).toHaveLength(1);
        });
      });
    });
  });
}
