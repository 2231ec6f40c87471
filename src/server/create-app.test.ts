// The app as a whole: the access token, the Host guard, the index, the error shape and the OpenAPI document.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../tests/support/test-store.js';
import { VERSION } from '../version.js';
import { STATUS_BY_ERROR_CODE } from './error-response.js';
import { errorOf, openTestApi, TEST_TOKEN, type TestApi } from './test-api.js';

for (const dialect of DIALECTS) {
  describe(`createApp on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    describe('access token', () => {
      it('answers 401 without a token, in the error shape, on every API route', async () => {
        for (const path of [
          '/api/v1/entries',
          '/api/v1/profile',
          '/api/v1/openapi.json',
          '/api/v1/export',
          '/',
        ]) {
          const res = await api.get(path, { anonymous: true });
          expect(res.status, path).toBe(401);
          expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
          expect((await errorOf(res)).code).toBe('unauthorized');
        }
      });

      it('answers 401 to a wrong token, a token of the wrong length and a malformed header', async () => {
        for (const authorization of [
          `Bearer ${TEST_TOKEN.slice(0, -1)}x`,
          'Bearer short',
          `Basic ${TEST_TOKEN}`,
          'Bearer',
          '',
        ]) {
          const res = await api.get('/api/v1/entries', {
            anonymous: true,
            headers: { Authorization: authorization },
          });
          expect(res.status, authorization).toBe(401);
        }
      });

      it('refuses to write without the token, and writes nothing', async () => {
        const before = await api.snapshot();
        const res = await api.post('/api/v1/entries', { title: 'sneaky' }, { anonymous: true });
        expect(res.status).toBe(401);
        expect(await api.snapshot()).toBe(before);
      });

      it('accepts the token as a cookie', async () => {
        const res = await api.get('/api/v1/entries', {
          anonymous: true,
          headers: { Cookie: `promocase_token=${TEST_TOKEN}` },
        });
        expect(res.status).toBe(200);
        const wrong = await api.get('/api/v1/entries', {
          anonymous: true,
          headers: { Cookie: 'promocase_token=nope' },
        });
        expect(wrong.status).toBe(401);
      });

      it('trades ?token= for an HttpOnly SameSite=Strict cookie and redirects to / without it', async () => {
        const res = await api.get(`/?token=${TEST_TOKEN}`, { anonymous: true });
        expect(res.status).toBe(302);
        expect(res.headers.get('location')).toBe('/');
        const cookie = res.headers.get('set-cookie') ?? '';
        expect(cookie).toContain(`promocase_token=${TEST_TOKEN}`);
        expect(cookie).toContain('HttpOnly');
        expect(cookie).toContain('SameSite=Strict');
        expect(cookie).toContain('Path=/');

        const home = await api.get('/api/v1', {
          anonymous: true,
          headers: { Cookie: cookie.split(';')[0]! },
        });
        expect(home.status).toBe(200);
      });

      it('sets no cookie for a wrong ?token=', async () => {
        const res = await api.get('/?token=wrong', { anonymous: true });
        expect(res.status).toBe(401);
        expect(res.headers.get('set-cookie')).toBeNull();
      });
    });

    describe('Host header', () => {
      it('answers 403 to a host that is not loopback, even with the token (DNS rebinding)', async () => {
        for (const host of [
          'evil.com',
          'evil.com:4321',
          'localhost.evil.com',
          '127.0.0.1.nip.io',
          '192.168.1.10:4321',
        ]) {
          const res = await api.get('/api/v1/entries', { headers: { Host: host } });
          expect(res.status, host).toBe(403);
          expect((await errorOf(res)).code).toBe('forbidden');
        }
        expect((await api.get('/api/v1/health', { headers: { Host: 'evil.com' } })).status).toBe(403);
      });

      it('accepts localhost, 127.0.0.1 and [::1], with any port', async () => {
        for (const host of ['localhost', 'LOCALHOST:4321', '127.0.0.1:4321', '[::1]', '[::1]:8080']) {
          const res = await api.get('/api/v1/entries', { headers: { Host: host } });
          expect(res.status, host).toBe(200);
        }
      });
    });

    describe('Origin header', () => {
      it('refuses a browser request from another origin, even another port of localhost', async () => {
        for (const origin of ['http://localhost:3000', 'https://evil.com', 'null']) {
          const res = await api.post(
            '/api/v1/entries',
            { title: 'x' },
            { headers: { Host: 'localhost:4321', Origin: origin } },
          );
          expect(res.status, origin).toBe(403);
          expect((await errorOf(res)).code).toBe('forbidden');
        }
        expect(await api.services.entries.list(api.actor)).toEqual([]);
      });

      it('accepts requests from its own origin', async () => {
        const res = await api.post(
          '/api/v1/entries',
          { title: 'x' },
          { headers: { Host: 'localhost:4321', Origin: 'http://localhost:4321' } },
        );
        expect(res.status).toBe(201);
      });
    });

    describe('health and index', () => {
      it('reports health without a token', async () => {
        const res = await api.get('/api/v1/health', { anonymous: true });
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ status: 'ok', version: VERSION });
      });

      it('describes the API at /api/v1 (the web app has /)', async () => {
        const res = await api.get('/api/v1');
        expect(await res.json()).toEqual({
          name: 'promocase',
          version: VERSION,
          api: '/api/v1',
          openapi: '/api/v1/openapi.json',
        });
      });

      it('marks responses as not to be cached', async () => {
        const res = await api.get('/api/v1/entries');
        expect(res.headers.get('cache-control')).toBe('no-store');
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      });
    });

    describe('errors', () => {
      it('answers an unknown route or method with 404 in the error shape', async () => {
        for (const [method, path] of [
          ['GET', '/api/v1/nothing-here'],
          ['PUT', '/api/v1/entries'],
          ['GET', '/favicon.ico'],
        ] as const) {
          const res = await api.send(method, path);
          expect(res.status, `${method} ${path}`).toBe(404);
          expect((await errorOf(res)).code).toBe('not_found');
        }
      });

      it('answers an unexpected failure with a generic 500, never the message or the stack', async () => {
        const broken = await openTestApi(dialect, (real) => ({
          ...real,
          entries: {
            ...real.entries,
            list: () =>
              Promise.reject(new Error('SQLITE_CORRUPT at /home/alex/.local/share/promocase/promocase.db')),
          },
        }));
        try {
          const res = await broken.get('/api/v1/entries');
          expect(res.status).toBe(500);
          const text = await res.text();
          expect(text).not.toContain('SQLITE_CORRUPT');
          expect(text).not.toContain('/home/alex');
          expect(text).not.toMatch(/at .*\.ts:\d+/);
          expect(JSON.parse(text).error.code).toBe('internal_error');
          expect(broken.logged).toHaveLength(1);
        } finally {
          await broken.cleanup();
        }
      });

      it('maps every domain error code to a 4xx or 503 status', () => {
        expect(Object.values(STATUS_BY_ERROR_CODE).every((s) => (s >= 400 && s < 500) || s === 503)).toBe(
          true,
        );
      });
    });

    describe('OpenAPI document', () => {
      it('lists every route with its methods', async () => {
        const res = await api.get('/api/v1/openapi.json');
        expect(res.status).toBe(200);
        const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
        const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
          Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`),
        );
        expect(routes.sort()).toEqual(
          [
            'GET /api/v1/health',
            'GET /api/v1/about',
            'GET /api/v1/profile',
            'PUT /api/v1/profile',
            'PATCH /api/v1/profile',
            'GET /api/v1/entries',
            'POST /api/v1/entries',
            'POST /api/v1/entries/batch',
            'GET /api/v1/entries/{id}',
            'PATCH /api/v1/entries/{id}',
            'DELETE /api/v1/entries/{id}',
            'POST /api/v1/entries/{id}/restore',
            'GET /api/v1/streak',
            'GET /api/v1/export',
            'POST /api/v1/import',
            'GET /api/v1/frameworks',
            'GET /api/v1/frameworks/{id}',
            'GET /api/v1/frameworks/{id}/diff',
            'GET /api/v1/frameworks/{id}/export',
            'POST /api/v1/frameworks/import',
            'GET /api/v1/companies',
            'GET /api/v1/companies/{id}',
            'GET /api/v1/assessments',
            'POST /api/v1/assessments',
            'GET /api/v1/assessments/history',
            'GET /api/v1/assessments/compare',
            'DELETE /api/v1/assessments/{id}',
            'POST /api/v1/assessments/{id}/restore',
            'GET /api/v1/gaps',
            'GET /api/v1/conversations',
            'POST /api/v1/conversations',
            'GET /api/v1/conversations/status',
            'GET /api/v1/conversations/{id}',
            'PATCH /api/v1/conversations/{id}',
            'DELETE /api/v1/conversations/{id}',
            'POST /api/v1/conversations/{id}/restore',
            'GET /api/v1/manager-changes',
            'POST /api/v1/manager-changes',
            'DELETE /api/v1/manager-changes/{id}',
            'POST /api/v1/manager-changes/{id}/restore',
            'GET /api/v1/goals',
            'POST /api/v1/goals',
            'GET /api/v1/goals/suggestions',
            'GET /api/v1/goals/{id}',
            'PATCH /api/v1/goals/{id}',
            'DELETE /api/v1/goals/{id}',
            'POST /api/v1/goals/{id}/restore',
            'POST /api/v1/goals/{id}/check-ins',
            'POST /api/v1/goals/{id}/entries',
            'GET /api/v1/peer-feedback',
            'POST /api/v1/peer-feedback',
            'GET /api/v1/peer-feedback/request-kit',
            'GET /api/v1/peer-feedback/{id}',
            'PATCH /api/v1/peer-feedback/{id}',
            'DELETE /api/v1/peer-feedback/{id}',
            'POST /api/v1/peer-feedback/{id}/restore',
            'GET /api/v1/readiness',
            'POST /api/v1/analyze',
            'GET /api/v1/objections',
            'GET /api/v1/next-actions',
            'GET /api/v1/projects',
            'POST /api/v1/analyze/entry',
            'GET /api/v1/analyze/untagged',
            'POST /api/v1/analyze/untagged/apply',
            'GET /api/v1/documents/{type}',
            'GET /api/v1/documents/{type}/evidence',
            'GET /api/v1/documents/{type}/gaps',
          ].sort(),
        );
      });

      it('describes bodies with the same schemas that validate them', async () => {
        const doc = (await (await api.get('/api/v1/openapi.json')).json()) as {
          components: {
            schemas: Record<
              string,
              { properties: Record<string, { maxLength?: number }>; required?: string[] }
            >;
          };
        };
        const create = doc.components.schemas.CreateEntryInput!;
        expect(create.required).toEqual(['title']);
        expect(create.properties.title?.maxLength).toBe(200);
        expect(Object.keys(doc.components.schemas)).toEqual(
          expect.arrayContaining([
            'Entry',
            'Profile',
            'Error',
            'ExportDocument',
            'SaveProfileInput',
            'UpdateEntryInput',
            'WeekStreak',
          ]),
        );
      });
    });
  });
}
