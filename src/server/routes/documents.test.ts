// /documents over HTTP: downloads with the right type and file name, the dry run, the gaps, and bad input.
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { DOCUMENT_TYPES } from '../../core/documents/document-types.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';
import { DocumentJsonView } from './documents-schemas.js';

for (const dialect of DIALECTS) {
  describe(`/api/v1/documents on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
      await api.put('/api/v1/profile', { name: 'Alex Doe', currentLevel: 'mid', targetLevel: 'senior' });
      await api.post('/api/v1/entries', {
        title: 'Shipped the page cache',
        date: '2026-08-12',
        project: 'page-cache',
        impact: 'p95 from 2 s to 300 ms',
        visibility: 'manager',
      });
      await api.post('/api/v1/entries', { title: 'Private reflection', date: '2026-09-01' });
      await api.post('/api/v1/entries', {
        title: 'Prototyped search tweaks',
        date: '2026-10-15',
        project: 'search',
        visibility: 'manager',
      });
    });
    afterEach(async () => {
      await api.cleanup();
    });

    it('downloads Markdown by default, as an attachment named after the type and today', async () => {
      const res = await api.get('/api/v1/documents/brag');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
      expect(res.headers.get('content-disposition')).toBe(
        'attachment; filename="promocase-brag-2026-11-20.md"',
      );
      const text = await res.text();
      expect(text).toMatch(/^# Brag document: Alex Doe/);
      expect(text).toContain('Private reflection');
    });

    it('serves every type in every format with its content type', async () => {
      const expected: Record<string, RegExp> = {
        md: /^text\/markdown/,
        html: /^text\/html/,
        pdf: /^application\/pdf$/,
        docx: /^application\/vnd\.openxmlformats-officedocument\.wordprocessingml\.document$/,
        json: /^application\/json/,
      };
      for (const type of DOCUMENT_TYPES) {
        for (const [format, contentType] of Object.entries(expected)) {
          const res = await api.get(`/api/v1/documents/${type}?format=${format}`);
          expect(res.status, `${type} ${format}`).toBe(200);
          expect(res.headers.get('content-type')).toMatch(contentType);
          expect(res.headers.get('content-disposition')).toBe(
            `attachment; filename="promocase-${type}-2026-11-20.${format}"`,
          );
        }
      }
    });

    it('sends binary formats byte for byte: a PDF and a DOCX that parse', async () => {
      const pdf = new Uint8Array(await (await api.get('/api/v1/documents/summary?format=pdf')).arrayBuffer());
      expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
      expect(Buffer.from(pdf.subarray(-6)).toString()).toContain('%%EOF');
      const docx = new Uint8Array(
        await (await api.get('/api/v1/documents/summary?format=docx')).arrayBuffer(),
      );
      expect(strFromU8(unzipSync(docx)['word/document.xml']!)).toContain('Period summary: Alex Doe');
    });

    it('sends the JSON format in the shape its OpenAPI schema declares, for every type', async () => {
      for (const type of DOCUMENT_TYPES) {
        const body = await (await api.get(`/api/v1/documents/${type}?format=json&visibility=private`)).json();
        const parsed = DocumentJsonView.safeParse(body);
        expect(parsed.error?.issues, type).toBeUndefined();
      }
      const brag = DocumentJsonView.parse(await (await api.get('/api/v1/documents/brag?format=json')).json());
      expect(JSON.stringify(brag.document.sections)).toContain('"type":"citation"');
      expect(brag.gaps.length).toBeGreaterThan(0);
    });

    it('takes the selection as query parameters, projects repeatable', async () => {
      const one = await (await api.get('/api/v1/documents/brag?project=search&since=2026-01-01')).text();
      expect(one).toContain('Prototyped search tweaks');
      expect(one).not.toContain('Shipped the page cache');
      const both = await (await api.get('/api/v1/documents/brag?project=search&project=page-cache')).text();
      expect(both).toContain('Shipped the page cache');
      const shared = await (await api.get('/api/v1/documents/brag?visibility=manager')).text();
      expect(shared).not.toContain('Private reflection');
    });

    it('gives the dry run: every entry with in or out and why', async () => {
      const res = await api.get('/api/v1/documents/summary/evidence');
      expect(res.status).toBe(200);
      const preview = (await res.json()) as {
        included: number;
        excluded: number;
        entries: { title: string; reasons: string[] }[];
      };
      expect([preview.included, preview.excluded]).toEqual([2, 1]);
      expect(preview.entries.find((e) => e.title === 'Private reflection')!.reasons[0]).toMatch(/^private/);
    });

    it('lists the gaps', async () => {
      const res = await api.get('/api/v1/documents/brag/gaps');
      expect(res.status).toBe(200);
      const check = (await res.json()) as { gaps: { under: string; what: string }[] };
      expect(check.gaps.map((g) => g.under)).toContain('search (2026-10-15)');
    });

    it('refuses bad input with the field and what it accepts, status 400', async () => {
      const cases: Array<[string, string]> = [
        ['/api/v1/documents/nonsense', 'type'],
        ['/api/v1/documents/promo', 'type'],
        ['/api/v1/documents/brag?format=rtf', 'format'],
        ['/api/v1/documents/brag?since=yesterday', 'since'],
        ['/api/v1/documents/brag?since=2026-02-30', 'since'],
        ['/api/v1/documents/brag?since=2026-12-01&until=2026-01-01', 'since'],
        ['/api/v1/documents/brag?visibility=public', 'visibility'],
        ['/api/v1/documents/brag?wordLimit=500', 'wordLimit'],
        ['/api/v1/documents/meta?wordLimit=lots', 'wordLimit'],
        ['/api/v1/documents/meta?wordLimit=5', 'wordLimit'],
        ['/api/v1/documents/brag?colour=red', 'colour'],
        ['/api/v1/documents/brag/evidence?format=md', 'format'],
        ['/api/v1/documents/nonsense/gaps', 'type'],
      ];
      for (const [path, field] of cases) {
        const res = await api.get(path);
        expect(res.status, path).toBe(400);
        const error = await errorOf(res);
        expect(error.code).toBe('invalid_input');
        expect(error.details[0]?.path, path).toBe(field);
      }
    });

    it('answers 409 with a hint before the profile exists', async () => {
      const fresh = await openTestApi(dialect);
      try {
        const res = await fresh.get('/api/v1/documents/brag');
        expect(res.status).toBe(409);
        expect((await errorOf(res)).message).toContain('promocase init');
      } finally {
        await fresh.cleanup();
      }
    });

    it('needs the access token', async () => {
      expect((await api.get('/api/v1/documents/brag', { anonymous: true })).status).toBe(401);
    });

    it('documents the routes in the OpenAPI document', async () => {
      const doc = (await (await api.get('/api/v1/openapi.json')).json()) as {
        paths: Record<string, unknown>;
      };
      expect(Object.keys(doc.paths)).toEqual(
        expect.arrayContaining([
          '/api/v1/documents/{type}',
          '/api/v1/documents/{type}/evidence',
          '/api/v1/documents/{type}/gaps',
        ]),
      );
    });
  });
}
