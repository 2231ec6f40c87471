import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  DIALECTS,
  openTestStore,
  type TestStore,
  testClock,
  testServices,
} from '../../../tests/support/test-store.js';
import type { Actor, Services } from '../services.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const HOUR = 3_600_000;

for (const dialect of DIALECTS) {
  describe(`entry use cases on ${dialect}`, () => {
    let t: TestStore;
    let clock: ReturnType<typeof testClock>;
    let services: Services;
    let me: Actor;
    const other: Actor = { ownerId: 'owner-other' };

    beforeEach(async () => {
      t = await openTestStore(dialect);
      clock = testClock(); // Friday 2026-11-20, 17:00 UTC
      services = testServices(t.store, clock);
      me = await services.ensureLocalOwner();
      await t.store.write((tx) =>
        tx.insertOwner({ id: other.ownerId, name: 'Other', createdAt: '2030-01-01T00:00:00.000Z' }),
      );
    });
    afterEach(async () => t.cleanup());

    const allOf = (actor: Actor) => services.entries.list(actor, { deleted: 'include' });

    describe('create', () => {
      it('creates an entry from a title alone, with every default filled in', async () => {
        const entry = await services.entries.create(me, { title: 'Shipped the invoices API' });
        expect(entry).toEqual({
          id: expect.stringMatching(UUID_V7),
          ownerId: me.ownerId,
          date: '2026-11-20',
          title: 'Shipped the invoices API',
          details: '',
          impact: '',
          peopleHelped: [],
          collaborators: [],
          kind: 'other',
          competencies: [],
          scope: 'individual',
          links: [],
          project: null,
          tags: [],
          visibility: 'private',
          source: 'manual',
          createdAt: '2026-11-20T17:00:00.000Z',
          updatedAt: '2026-11-20T17:00:00.000Z',
          deletedAt: null,
        });
        expect(await services.entries.get(me, entry.id)).toEqual(entry);
      });

      it('keeps what was given, trims the title and drops repeated list items', async () => {
        const entry = await services.entries.create(me, {
          title: '  Led the billing cutover ',
          date: '2026-11-02',
          details: 'Markdown **as written**\n\n- one',
          kind: 'design',
          scope: 'cross-team',
          competencies: ['ownership', 'ownership', 'impact'],
          tags: ['billing', 'billing'],
          peopleHelped: ['Jordan Lee', ' Jordan Lee'],
          project: 'billing-migration',
          visibility: 'manager',
          source: 'import:notes.md',
        });
        expect(entry).toMatchObject({
          title: 'Led the billing cutover',
          date: '2026-11-02',
          details: 'Markdown **as written**\n\n- one',
          kind: 'design',
          scope: 'cross-team',
          competencies: ['ownership', 'impact'],
          tags: ['billing'],
          peopleHelped: ['Jordan Lee'],
          project: 'billing-migration',
          visibility: 'manager',
          source: 'import:notes.md',
        });
        expect(await services.entries.get(me, entry.id)).toEqual(entry);
      });

      it('rejects a title that spans two lines and writes nothing', async () => {
        await expect(services.entries.create(me, { title: 'One\nTwo' })).rejects.toMatchObject({
          code: 'invalid_input',
          message: expect.stringContaining('title'),
          details: [{ path: 'title', message: expect.stringContaining('one line') }],
        });
        expect(await allOf(me)).toEqual([]);
      });

      it('rejects a bad date, naming the field', async () => {
        await expect(services.entries.create(me, { title: 'x', date: '2026-02-30' })).rejects.toMatchObject({
          code: 'invalid_input',
          message: expect.stringMatching(/^date: /),
          details: [{ path: 'date' }],
        });
      });

      it('rejects input of the wrong shape', async () => {
        for (const input of [
          null,
          'Shipped it',
          42,
          [],
          { title: 7 },
          { title: 'x', ownerId: other.ownerId },
        ]) {
          await expect(services.entries.create(me, input)).rejects.toMatchObject({ code: 'invalid_input' });
        }
        expect(await allOf(me)).toEqual([]);
      });
    });

    describe('createMany', () => {
      it('creates every entry, in the order given, with distinct ids', async () => {
        const created = await services.entries.createMany(me, [
          { title: 'First', date: '2026-11-16' },
          { title: 'Second', date: '2026-11-18' },
          { title: 'Third' },
        ]);
        expect(created.map((e) => e.title)).toEqual(['First', 'Second', 'Third']);
        expect(new Set(created.map((e) => e.id)).size).toBe(3);
        expect((await allOf(me)).map((e) => e.title)).toEqual(['Third', 'Second', 'First']);
      });

      it('creates nothing when one entry is invalid, naming it by position', async () => {
        const inputs = [{ title: 'Fine' }, { title: '' }, { title: 'Also fine' }];
        await expect(services.entries.createMany(me, inputs)).rejects.toMatchObject({
          code: 'invalid_input',
          message: expect.stringMatching(/^entries\[1\]\.title: must not be empty/),
          details: [{ path: 'entries[1].title', message: 'must not be empty' }],
        });
        expect(await allOf(me)).toEqual([]);
      });

      it('lists the problems of every invalid entry', async () => {
        const inputs = [{ title: 'x', kind: 'win' }, { title: 'ok' }, { title: 'y', date: 'someday' }];
        const error = await services.entries.createMany(me, inputs).catch((e: unknown) => e);
        expect(error).toMatchObject({ code: 'invalid_input' });
        expect((error as { details: { path: string }[] }).details.map((d) => d.path)).toEqual([
          'entries[0].kind',
          'entries[2].date',
        ]);
        expect((error as Error).message).toContain('(and 1 more)');
      });

      it('names the position even when the batch holds a single entry', async () => {
        await expect(services.entries.createMany(me, [{ title: '' }])).rejects.toMatchObject({
          code: 'invalid_input',
          details: [{ path: 'entries[0].title' }],
        });
      });

      it('creates nothing from an empty batch', async () => {
        expect(await services.entries.createMany(me, [])).toEqual([]);
        expect(await allOf(me)).toEqual([]);
      });
    });

    describe('get', () => {
      it('reads an unknown id as not_found, naming the id', async () => {
        await expect(services.entries.get(me, 'no-such-id')).rejects.toMatchObject({
          code: 'not_found',
          message: expect.stringContaining('"no-such-id"'),
        });
      });

      it("reads another owner's entry as not_found", async () => {
        const theirs = await services.entries.create(other, { title: 'Their secret win' });
        await expect(services.entries.get(me, theirs.id)).rejects.toMatchObject({ code: 'not_found' });
        expect(await services.entries.list(me)).toEqual([]);
        expect(await services.entries.get(other, theirs.id)).toEqual(theirs);
      });

      it('still reads a deleted entry, so it can be restored', async () => {
        const entry = await services.entries.create(me, { title: 'x' });
        await services.entries.remove(me, entry.id);
        expect((await services.entries.get(me, entry.id)).deletedAt).not.toBeNull();
      });
    });

    describe('list', () => {
      it('lists only live entries of the actor, newest first', async () => {
        await services.entries.createMany(me, [
          { title: 'Old', date: '2026-10-01' },
          { title: 'New', date: '2026-11-19' },
        ]);
        await services.entries.create(other, { title: 'Not mine', date: '2026-11-20' });
        expect((await services.entries.list(me)).map((e) => e.title)).toEqual(['New', 'Old']);
      });

      it('rejects a bad filter, naming the field', async () => {
        await expect(
          services.entries.list(me, { since: '2026-11-20', until: '2026-11-01' }),
        ).rejects.toMatchObject({ code: 'invalid_input', details: [{ path: 'since' }] });
        await expect(services.entries.list(me, { kind: 'win' })).rejects.toMatchObject({
          code: 'invalid_input',
          message: expect.stringMatching(/^kind: expected one of: feature,/),
        });
        await expect(services.entries.list(me, { ownerId: other.ownerId })).rejects.toMatchObject({
          code: 'invalid_input',
        });
      });
    });

    describe('update', () => {
      it('changes only the given fields, keeps id, source and createdAt, and moves updatedAt', async () => {
        const entry = await services.entries.create(me, { title: 'Draft', tags: ['q4'], kind: 'feature' });
        clock.advance(HOUR);
        const updated = await services.entries.update(me, entry.id, { title: ' Final ', impact: 'Faster.' });
        expect(updated).toEqual({
          ...entry,
          title: 'Final',
          impact: 'Faster.',
          updatedAt: '2026-11-20T18:00:00.000Z',
        });
        expect(await services.entries.get(me, entry.id)).toEqual(updated);
      });

      it('clears the project with null and drops repeated tags', async () => {
        const entry = await services.entries.create(me, { title: 'x', project: 'billing' });
        const updated = await services.entries.update(me, entry.id, { project: null, tags: ['a', 'b', 'a'] });
        expect(updated).toMatchObject({ project: null, tags: ['a', 'b'] });
        expect((await services.entries.list(me, { tag: 'a' })).map((e) => e.id)).toEqual([entry.id]);
      });

      it('rejects an invalid change, naming the field, and leaves the entry as it was', async () => {
        const entry = await services.entries.create(me, { title: 'x' });
        clock.advance(HOUR);
        await expect(
          services.entries.update(me, entry.id, { links: ['https://ok.example.com', 'not a url'] }),
        ).rejects.toMatchObject({
          code: 'invalid_input',
          details: [{ path: 'links[1]', message: 'expected an http(s) URL' }],
        });
        expect(await services.entries.get(me, entry.id)).toEqual(entry);
      });

      it('validates the merged entry: removing the title is refused and nothing is written', async () => {
        const entry = await services.entries.create(me, { title: 'Keep me' });
        clock.advance(HOUR);
        await expect(services.entries.update(me, entry.id, { title: undefined })).rejects.toMatchObject({
          code: 'invalid_input',
          details: [{ path: 'title' }],
        });
        expect(await services.entries.get(me, entry.id)).toEqual(entry);
      });

      it('rejects an empty change and a change to what the system owns', async () => {
        const entry = await services.entries.create(me, { title: 'x' });
        await expect(services.entries.update(me, entry.id, {})).rejects.toMatchObject({
          code: 'invalid_input',
          message: expect.stringContaining('at least one field'),
        });
        for (const key of ['id', 'ownerId', 'source', 'createdAt', 'deletedAt']) {
          await expect(services.entries.update(me, entry.id, { [key]: 'x' })).rejects.toMatchObject({
            code: 'invalid_input',
            message: expect.stringContaining(`"${key}"`),
          });
        }
        expect(await services.entries.get(me, entry.id)).toEqual(entry);
      });

      it('reads an unknown id as not_found', async () => {
        await expect(services.entries.update(me, 'no-such-id', { title: 'x' })).rejects.toMatchObject({
          code: 'not_found',
        });
      });

      it("reads another owner's entry as not_found and leaves it untouched", async () => {
        const theirs = await services.entries.create(other, { title: 'Theirs' });
        await expect(services.entries.update(me, theirs.id, { title: 'Mine now' })).rejects.toMatchObject({
          code: 'not_found',
        });
        expect(await services.entries.get(other, theirs.id)).toEqual(theirs);
      });

      it('refuses to edit a deleted entry with conflict', async () => {
        const entry = await services.entries.create(me, { title: 'x' });
        const deleted = await services.entries.remove(me, entry.id);
        await expect(services.entries.update(me, entry.id, { title: 'y' })).rejects.toMatchObject({
          code: 'conflict',
          message: expect.stringContaining('restore it'),
        });
        expect(await services.entries.get(me, entry.id)).toEqual(deleted);
      });

      it('checks the input before looking the entry up', async () => {
        await expect(services.entries.update(me, 'no-such-id', { kind: 'win' })).rejects.toMatchObject({
          code: 'invalid_input',
        });
      });
    });

    describe('delete and restore', () => {
      it('soft-deletes: the entry leaves lists and the streak but can be listed on request', async () => {
        const entry = await services.entries.create(me, { title: 'x' });
        clock.advance(HOUR);
        const deleted = await services.entries.remove(me, entry.id);
        expect(deleted).toEqual({
          ...entry,
          deletedAt: '2026-11-20T18:00:00.000Z',
          updatedAt: '2026-11-20T18:00:00.000Z',
        });
        expect(await services.entries.list(me)).toEqual([]);
        expect(await services.entries.list(me, { deleted: 'only' })).toEqual([deleted]);
        expect((await services.entries.streak(me)).current).toBe(0);
      });

      it('refuses to delete twice with conflict', async () => {
        const entry = await services.entries.create(me, { title: 'x' });
        const deleted = await services.entries.remove(me, entry.id);
        clock.advance(HOUR);
        await expect(services.entries.remove(me, entry.id)).rejects.toMatchObject({
          code: 'conflict',
          message: expect.stringContaining('already deleted'),
        });
        expect(await services.entries.get(me, entry.id)).toEqual(deleted);
      });

      it('restores a deleted entry as it was', async () => {
        const entry = await services.entries.create(me, { title: 'x', tags: ['q4'] });
        await services.entries.remove(me, entry.id);
        clock.advance(HOUR);
        const restored = await services.entries.restore(me, entry.id);
        expect(restored).toEqual({ ...entry, updatedAt: '2026-11-20T18:00:00.000Z' });
        expect(await services.entries.list(me, { tag: 'q4' })).toEqual([restored]);
      });

      it('refuses to restore an entry that is not deleted with conflict', async () => {
        const entry = await services.entries.create(me, { title: 'x' });
        await expect(services.entries.restore(me, entry.id)).rejects.toMatchObject({
          code: 'conflict',
          message: expect.stringContaining('not deleted'),
        });
      });

      it("reads unknown and other owners' ids as not_found, for delete and restore alike", async () => {
        const theirs = await services.entries.create(other, { title: 'Theirs' });
        await expect(services.entries.remove(me, theirs.id)).rejects.toMatchObject({ code: 'not_found' });
        await expect(services.entries.restore(me, theirs.id)).rejects.toMatchObject({ code: 'not_found' });
        await expect(services.entries.remove(me, 'no-such-id')).rejects.toMatchObject({ code: 'not_found' });
        expect(await services.entries.get(other, theirs.id)).toEqual(theirs);
      });
    });

    describe('streak', () => {
      it('counts weeks with live entries of the actor only, up to today', async () => {
        await services.entries.createMany(me, [
          { title: 'This week', date: '2026-11-17' },
          { title: 'Last week', date: '2026-11-10' },
          { title: 'Three weeks ago', date: '2026-10-28' },
          { title: 'Planned', date: '2026-12-01' },
        ]);
        await services.entries.create(other, { title: 'Theirs', date: '2026-11-03' });
        expect(await services.entries.streak(me)).toEqual({
          current: 2,
          longest: 2,
          missedWeeks: ['2026-11-02'],
          thisWeekLogged: true,
          weeksTracked: 4,
        });
      });

      it('starts at zero for a new owner', async () => {
        expect(await services.entries.streak(me)).toMatchObject({ current: 0, weeksTracked: 0 });
      });
    });
  });
}
