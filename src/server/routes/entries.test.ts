// /entries and /streak over HTTP: every endpoint's happy path, and every kind of bad input it refuses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

type EntryJson = Record<string, unknown> & { id: string; title: string; deletedAt: string | null };

for (const dialect of DIALECTS) {
  describe(`/api/v1/entries on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    async function create(body: Record<string, unknown>): Promise<EntryJson> {
      const res = await api.post('/api/v1/entries', body);
      expect(res.status, await res.clone().text()).toBe(201);
      return (await res.json()) as EntryJson;
    }

    describe('POST /entries', () => {
      it('logs an entry with defaults and returns it without the owner', async () => {
        const entry = await create({
          title: 'Led the billing migration cutover',
          kind: 'feature',
          tags: ['billing'],
        });
        expect(entry).toMatchObject({
          title: 'Led the billing migration cutover',
          date: '2026-11-20',
          kind: 'feature',
          scope: 'individual',
          tags: ['billing'],
          source: 'manual',
          deletedAt: null,
        });
        expect(entry).not.toHaveProperty('ownerId');
        expect((await api.services.entries.get(api.actor, entry.id)).title).toBe(entry.title);
      });

      it('refuses a missing title, naming the field', async () => {
        const res = await api.post('/api/v1/entries', { kind: 'feature' });
        expect(res.status).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        expect(error.details.map((d) => d.path)).toEqual(['title']);
      });

      it('refuses wrong types field by field', async () => {
        const res = await api.post('/api/v1/entries', {
          title: 42,
          tags: 'x',
          project: 7,
          links: ['ftp://x'],
        });
        expect(res.status).toBe(400);
        const paths = (await errorOf(res)).details.map((d) => d.path).sort();
        expect(paths).toEqual(['links[0]', 'project', 'tags', 'title']);
      });

      it('refuses an impossible date and an unknown kind', async () => {
        const res = await api.post('/api/v1/entries', { title: 'x', date: '2026-02-30', kind: 'heroics' });
        const error = await errorOf(res);
        expect(res.status).toBe(400);
        expect(error.details.map((d) => d.path)).toEqual(['date', 'kind']);
        expect(error.message).toMatch(/^date: /);
      });

      it('refuses a date in year 0 (the streak would never finish walking back to it)', async () => {
        const res = await api.post('/api/v1/entries', { title: 'x', date: '0000-01-01' });
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details).toEqual([
          { path: 'date', message: 'expected a date from 1900-01-01 to 2999-12-31' },
        ]);
        expect((await api.get('/api/v1/streak')).status).toBe(200);
      });

      it('refuses the NUL character in a text field, naming the field, and stores nothing', async () => {
        const before = await api.snapshot();
        const res = await api.post('/api/v1/entries', { title: 'Shipped', details: 'a\u0000b' });
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details).toEqual([
          { path: 'details', message: 'must not contain the NUL character (U+0000)' },
        ]);
        expect(await api.snapshot()).toBe(before);
      });

      it('says so when a query parameter that takes one value is given twice', async () => {
        const res = await api.get('/api/v1/entries?since=2026-01-01&since=2026-02-01');
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details).toEqual([
          {
            path: 'since',
            message: expect.stringMatching(/^given 2 times; give it once \(expected .*2026-11-20/),
          },
        ]);
      });

      it('refuses a NUL character in the URL (an id or a filter) as bad input, not a server failure', async () => {
        for (const path of [
          '/api/v1/entries/%00',
          '/api/v1/entries?q=a%00b',
          '/api/v1/entries?project=%00',
        ]) {
          const res = await api.get(path);
          expect(res.status, path).toBe(400);
          expect((await errorOf(res)).message).toContain('NUL');
        }
        expect(api.logged).toEqual([]);
      });

      it('refuses a competency that none of the frameworks has, in a new entry and in an edit', async () => {
        const created = await api.post('/api/v1/entries', { title: 'x', competencies: ['bogus'] });
        expect(created.status).toBe(400);
        expect((await errorOf(created)).details).toEqual([
          { path: 'competencies[0]', message: expect.stringContaining('"bogus" is not a competency') },
        ]);
        const entry = await create({ title: 'Fine', competencies: ['craft'] });
        const edited = await api.patch(`/api/v1/entries/${entry.id}`, { competencies: ['craft', 'bogus'] });
        expect(edited.status).toBe(400);
        expect((await errorOf(edited)).details[0]!.path).toBe('competencies[1]');
      });

      it('refuses a title over 200 characters and fields it does not know', async () => {
        const long = await api.post('/api/v1/entries', { title: 't'.repeat(201) });
        expect(long.status).toBe(400);
        expect((await errorOf(long)).details[0]).toEqual({
          path: 'title',
          message: 'at most 200 characters',
        });
        const unknown = await api.post('/api/v1/entries', { title: 'x', ownerId: 'someone' });
        expect(unknown.status).toBe(400);
      });

      it('refuses a body over 1 MB with 413', async () => {
        const res = await api.post('/api/v1/entries', { title: 'x', details: 'd'.repeat(1024 * 1024 + 1) });
        expect(res.status).toBe(413);
        expect((await errorOf(res)).code).toBe('payload_too_large');
      });

      it('refuses a body that is not JSON with 415, and malformed JSON with 400', async () => {
        const text = await api.send('POST', '/api/v1/entries', {
          body: 'title=x',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        });
        expect(text.status).toBe(415);
        expect(await errorOf(text)).toMatchObject({
          code: 'unsupported_media_type',
          details: [{ path: 'Content-Type', message: 'expected application/json' }],
        });
        const plain = await api.send('POST', '/api/v1/entries', {
          body: '{"title":"x"}',
          headers: { 'Content-Type': 'text/plain' },
        });
        expect(plain.status).toBe(415);
        const malformed = await api.post('/api/v1/entries', '{"title": "x",');
        expect(malformed.status).toBe(400);
        expect(await errorOf(malformed)).toMatchObject({
          code: 'invalid_input',
          details: [{ path: '(body)' }],
        });
      });

      it('refuses a missing body and a JSON array', async () => {
        expect((await api.send('POST', '/api/v1/entries')).status).toBe(400);
        expect((await api.post('/api/v1/entries', [{ title: 'x' }])).status).toBe(400);
      });

      it('writes nothing when it refuses', async () => {
        await create({ title: 'Kept' });
        const before = await api.snapshot();
        await api.post('/api/v1/entries', { title: '' });
        await api.post('/api/v1/entries', '{oops');
        await api.post('/api/v1/entries', { title: 'x', details: 'd'.repeat(2 * 1024 * 1024) });
        expect(await api.snapshot()).toBe(before);
      });
    });

    describe('POST /entries/batch', () => {
      it('logs the whole Friday ritual at once, in order', async () => {
        const res = await api.post('/api/v1/entries/batch', {
          entries: [{ title: 'Shipped the cache' }, { title: 'Decided on Postgres', kind: 'design' }],
        });
        expect(res.status).toBe(201);
        const { entries } = (await res.json()) as { entries: EntryJson[] };
        expect(entries.map((e) => e.title)).toEqual(['Shipped the cache', 'Decided on Postgres']);
        expect(await api.services.entries.list(api.actor)).toHaveLength(2);
      });

      it('logs none when one entry is invalid, and names it by its position', async () => {
        const res = await api.post('/api/v1/entries/batch', {
          entries: [{ title: 'Fine' }, { title: 'Bad date', date: 'someday' }],
        });
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details.map((d) => d.path)).toEqual(['entries[1].date']);
        expect(await api.services.entries.list(api.actor)).toEqual([]);
      });

      it('refuses an empty batch, a missing list and a list that is not one', async () => {
        for (const body of [{ entries: [] }, {}, { entries: 'x' }, [{ title: 'x' }]]) {
          const res = await api.post('/api/v1/entries/batch', body);
          expect(res.status, JSON.stringify(body)).toBe(400);
        }
      });

      it('refuses more than 500 entries at once', async () => {
        const entries = Array.from({ length: 501 }, (_, i) => ({ title: `Entry ${i}` }));
        const res = await api.post('/api/v1/entries/batch', { entries });
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details[0]?.path).toBe('entries');
      });
    });

    describe('GET /entries', () => {
      beforeEach(async () => {
        await create({
          title: 'Billing migration',
          date: '2026-11-02',
          kind: 'feature',
          project: 'billing',
          tags: ['migration'],
        });
        await create({
          title: 'Caching RFC',
          date: '2026-11-10',
          kind: 'design',
          competencies: ['system-design'],
        });
        await create({
          title: 'Mentored Sam',
          date: '2026-11-18',
          kind: 'mentoring',
          details: 'pairing on the billing tests',
        });
      });

      const titles = async (query: string) => {
        const res = await api.get(`/api/v1/entries${query}`);
        expect(res.status, await res.clone().text()).toBe(200);
        return ((await res.json()) as { entries: EntryJson[] }).entries.map((e) => e.title);
      };

      it('lists entries newest first', async () => {
        expect(await titles('')).toEqual(['Mentored Sam', 'Caching RFC', 'Billing migration']);
      });

      it('filters by dates, kind, competency, project and tag, and limits', async () => {
        expect(await titles('?since=2026-11-05&until=2026-11-15')).toEqual(['Caching RFC']);
        expect(await titles('?kind=mentoring')).toEqual(['Mentored Sam']);
        expect(await titles('?competency=system-design')).toEqual(['Caching RFC']);
        expect(await titles('?project=billing')).toEqual(['Billing migration']);
        expect(await titles('?project=Billing')).toEqual(['Billing migration']);
        expect(await titles('?tag=migration')).toEqual(['Billing migration']);
        expect(await titles('?limit=1')).toEqual(['Mentored Sam']);
      });

      it('searches the full text with q', async () => {
        expect((await titles('?q=billing')).sort()).toEqual(['Billing migration', 'Mentored Sam']);
      });

      it('lists deleted entries only when asked', async () => {
        const [first] = (await api.services.entries.list(api.actor, { kind: 'design' }))!;
        await api.services.entries.remove(api.actor, first!.id);
        expect(await titles('')).not.toContain('Caching RFC');
        expect(await titles('?deleted=only')).toEqual(['Caching RFC']);
        expect(await titles('?deleted=include')).toHaveLength(3);
      });

      it('refuses bad query values, naming the parameter', async () => {
        for (const [query, path] of [
          ['?since=yesterday', 'since'],
          ['?until=2026-13-01', 'until'],
          ['?since=2026-11-20&until=2026-11-01', 'since'],
          ['?kind=heroics', 'kind'],
          ['?deleted=maybe', 'deleted'],
          ['?limit=abc', 'limit'],
          ['?limit=0', 'limit'],
          ['?limit=1.5', 'limit'],
          // Read as numbers by a plain coercion: 1000, 16, 12 and 0.
          ['?limit=1e3', 'limit'],
          ['?limit=0x10', 'limit'],
          ['?limit=%2012', 'limit'],
          ['?limit=', 'limit'],
          [`?q=${'w'.repeat(501)}`, 'q'],
          ['?colour=blue', 'colour'],
        ] as const) {
          const res = await api.get(`/api/v1/entries${query}`);
          expect(res.status, query).toBe(400);
          expect(
            (await errorOf(res)).details.map((d) => d.path),
            query,
          ).toContain(path);
        }
      });

      it('never lists another owner’s entries', async () => {
        await api.otherOwnersEntry();
        expect(await titles('?deleted=include')).not.toContain('Not yours to see');
      });
    });

    describe('GET, PATCH, DELETE /entries/:id and POST /entries/:id/restore', () => {
      let entry: EntryJson;
      beforeEach(async () => {
        entry = await create({ title: 'Wrote the caching RFC', kind: 'design' });
      });

      it('reads one entry', async () => {
        const res = await api.get(`/api/v1/entries/${entry.id}`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual(entry);
      });

      it('changes only the fields given', async () => {
        api.clock.advance(60_000);
        const res = await api.patch(`/api/v1/entries/${entry.id}`, {
          impact: 'p95 800ms -> 300ms',
          scope: 'team',
        });
        expect(res.status).toBe(200);
        const updated = (await res.json()) as EntryJson;
        expect(updated).toMatchObject({
          title: entry.title,
          impact: 'p95 800ms -> 300ms',
          scope: 'team',
          kind: 'design',
        });
        expect(updated.updatedAt).not.toBe(entry.updatedAt);
      });

      it('refuses an empty, ill-typed or oversize change and keeps the entry as it was', async () => {
        const before = await api.snapshot();
        for (const body of [
          {},
          { title: null },
          { kind: 'heroics' },
          { date: '2026-02-30' },
          { title: 'x'.repeat(201) },
          { id: 'new-id' },
        ]) {
          const res = await api.patch(`/api/v1/entries/${entry.id}`, body);
          expect(res.status, JSON.stringify(body)).toBe(400);
          expect((await errorOf(res)).code).toBe('invalid_input');
        }
        expect(
          (await api.patch(`/api/v1/entries/${entry.id}`, { details: 'd'.repeat(1024 * 1024 + 1) })).status,
        ).toBe(413);
        expect(
          (
            await api.send('PATCH', `/api/v1/entries/${entry.id}`, {
              body: 'x',
              headers: { 'Content-Type': 'text/plain' },
            })
          ).status,
        ).toBe(415);
        expect((await api.patch(`/api/v1/entries/${entry.id}`, '{"title":')).status).toBe(400);
        expect(await api.snapshot()).toBe(before);
      });

      it('deletes softly, refuses to delete twice, and restores', async () => {
        const deleted = await api.delete(`/api/v1/entries/${entry.id}`);
        expect(deleted.status).toBe(200);
        expect(((await deleted.json()) as EntryJson).deletedAt).toBe('2026-11-20T17:00:00.000Z');
        const again = await api.delete(`/api/v1/entries/${entry.id}`);
        expect(again.status).toBe(409);
        expect((await errorOf(again)).code).toBe('conflict');
        expect((await api.patch(`/api/v1/entries/${entry.id}`, { title: 'edit while deleted' })).status).toBe(
          409,
        );

        const restored = await api.post(`/api/v1/entries/${entry.id}/restore`);
        expect(restored.status).toBe(200);
        expect(((await restored.json()) as EntryJson).deletedAt).toBeNull();
        expect((await api.post(`/api/v1/entries/${entry.id}/restore`)).status).toBe(409);
      });

      it('answers 404 for an unknown id on every entry route', async () => {
        const id = '019a0000-0000-7000-8000-000000000000';
        for (const res of [
          await api.get(`/api/v1/entries/${id}`),
          await api.patch(`/api/v1/entries/${id}`, { title: 'x' }),
          await api.delete(`/api/v1/entries/${id}`),
          await api.post(`/api/v1/entries/${id}/restore`),
        ]) {
          expect(res.status).toBe(404);
          const error = await errorOf(res);
          expect(error.code).toBe('not_found');
          expect(error.details).toEqual([{ path: 'id', message: 'no such entry' }]);
        }
      });

      it('answers 404 for another owner’s entry and leaves it untouched', async () => {
        const theirs = await api.otherOwnersEntry();
        for (const res of [
          await api.get(`/api/v1/entries/${theirs.id}`),
          await api.patch(`/api/v1/entries/${theirs.id}`, { title: 'mine now' }),
          await api.delete(`/api/v1/entries/${theirs.id}`),
          await api.post(`/api/v1/entries/${theirs.id}/restore`),
        ]) {
          expect(res.status).toBe(404);
        }
        expect(await api.store.getEntry('other-owner', theirs.id)).toEqual(theirs);
      });

      it('refuses an id longer than any id can be', async () => {
        const res = await api.get(`/api/v1/entries/${'x'.repeat(65)}`);
        expect(res.status).toBe(400);
        expect((await errorOf(res)).details[0]?.path).toBe('id');
      });
    });

    describe('GET /streak', () => {
      it('counts the weeks with an entry', async () => {
        await create({ title: 'Last week', date: '2026-11-13' });
        await create({ title: 'This week', date: '2026-11-20' });
        const res = await api.get('/api/v1/streak');
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({
          current: 2,
          longest: 2,
          missedWeeks: [],
          thisWeekLogged: true,
          weeksTracked: 2,
        });
      });

      it('starts at zero', async () => {
        expect(await (await api.get('/api/v1/streak')).json()).toMatchObject({ current: 0, weeksTracked: 0 });
      });
    });
  });
}
