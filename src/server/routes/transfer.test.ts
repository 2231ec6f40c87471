// /export and /import over HTTP: a lossless round trip, attachments, large imports, and refused documents.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

type ExportJson = { format: string; entries: { id: string; title: string }[]; profile: unknown };

for (const dialect of DIALECTS) {
  describe(`/api/v1/export and /import on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
      await api.put('/api/v1/profile', { name: 'Alex Doe', currentLevel: 'mid', targetLevel: 'senior' });
      await api.post('/api/v1/entries', { title: 'Shipped the cache', date: '2026-11-18' });
      await api.post('/api/v1/entries', { title: 'Wrote the RFC', date: '2026-11-19', kind: 'design' });
    });
    afterEach(async () => {
      await api.cleanup();
    });

    it('exports everything as a JSON attachment named after today', async () => {
      const res = await api.get('/api/v1/export');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="promocase-export-2026-11-20.json"',
      );
      const doc = (await res.json()) as ExportJson;
      expect(doc.format).toBe('promocase-export');
      expect(doc.entries.map((e) => e.title)).toEqual(['Shipped the cache', 'Wrote the RFC']);
      expect(doc.profile).toMatchObject({ name: 'Alex Doe' });
    });

    it('exports a Markdown work log with ?format=markdown', async () => {
      const res = await api.get('/api/v1/export?format=markdown');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="promocase-worklog-2026-11-20.md"',
      );
      const text = await res.text();
      expect(text).toContain('Work log of Alex Doe');
      expect(text).toContain('Wrote the RFC');
    });

    it('refuses an unknown export format', async () => {
      const res = await api.get('/api/v1/export?format=pdf');
      expect(res.status).toBe(400);
      expect((await errorOf(res)).details[0]?.path).toBe('format');
    });

    it('imports an export into an empty account, and changes nothing the second time', async () => {
      const doc = await (await api.get('/api/v1/export')).json();
      const fresh = await openTestApi(dialect);
      try {
        const first = await fresh.post('/api/v1/import', doc);
        expect(first.status).toBe(200);
        expect(await first.json()).toEqual({
          entries: { created: 2, updated: 0, unchanged: 0, keptNewer: 0 },
          profile: 'created',
          frameworks: { created: 0, updated: 0, unchanged: 0, keptNewer: 0 },
          people: expect.any(Object),
        });
        const again = await fresh.post('/api/v1/import', doc);
        expect(await again.json()).toEqual({
          entries: { created: 0, updated: 0, unchanged: 2, keptNewer: 0 },
          profile: 'unchanged',
          frameworks: { created: 0, updated: 0, unchanged: 0, keptNewer: 0 },
          people: expect.any(Object),
        });
        const exported = (await (await fresh.get('/api/v1/export')).json()) as ExportJson;
        expect(exported.entries).toEqual((doc as ExportJson).entries);
      } finally {
        await fresh.cleanup();
      }
    });

    it('accepts an import larger than the 1 MB limit of other routes', async () => {
      const doc = (await (await api.get('/api/v1/export')).json()) as ExportJson & {
        entries: Record<string, unknown>[];
      };
      const template = doc.entries[0]!;
      doc.entries = Array.from({ length: 400 }, (_, i) => ({
        ...template,
        id: `bulk-${String(i).padStart(4, '0')}`,
        details: 'x'.repeat(5_000),
      }));
      const body = JSON.stringify(doc);
      expect(body.length).toBeGreaterThan(2 * 1024 * 1024);
      const res = await api.post('/api/v1/import', body);
      expect(res.status, await res.clone().text()).toBe(200);
      expect(((await res.json()) as { entries: { created: number } }).entries.created).toBe(400);
    });

    it('refuses documents that are not promocase exports, naming the problem, and imports nothing', async () => {
      const before = await api.snapshot();
      const doc = (await (await api.get('/api/v1/export')).json()) as Record<string, unknown> & {
        entries: object[];
      };
      for (const [body, path] of [
        [[], '(root)'],
        ['"just a string"', '(root)'],
        [{ hello: 'world' }, 'format'],
        [{ ...doc, version: 99 }, 'version'],
        [{ ...doc, entries: [{ ...doc.entries[0], date: '2026-02-30', id: 'new-one' }] }, 'entries[0].date'],
        [
          { ...doc, entries: [{ ...doc.entries[0], title: 't'.repeat(201), id: 'new-two' }] },
          'entries[0].title',
        ],
      ] as const) {
        const res = await api.post('/api/v1/import', body);
        expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
        expect((await errorOf(res)).details.map((d) => d.path)).toContain(path);
      }
      expect((await api.post('/api/v1/import', '{"format":')).status).toBe(400);
      expect(
        (await api.send('POST', '/api/v1/import', { body: '{}', headers: { 'Content-Type': 'text/csv' } }))
          .status,
      ).toBe(415);
      expect((await api.send('POST', '/api/v1/import')).status).toBe(400);
      expect(await api.snapshot()).toBe(before);
    });

    it('refuses to import over another owner’s entry ids with 409, importing nothing', async () => {
      const theirs = await api.otherOwnersEntry();
      const doc = (await (await api.get('/api/v1/export')).json()) as ExportJson & {
        entries: Record<string, unknown>[];
      };
      const before = await api.snapshot();
      doc.entries.push({ ...doc.entries[0], id: 'brand-new' }, { ...doc.entries[0], id: theirs.id });
      const res = await api.post('/api/v1/import', doc);
      expect(res.status).toBe(409);
      expect((await errorOf(res)).details[0]?.path).toBe('entries[3].id');
      expect(await api.snapshot()).toBe(before);
      expect(await api.store.getEntry('other-owner', theirs.id)).toEqual(theirs);
    });
  });
}
