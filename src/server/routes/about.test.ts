// /about over HTTP: which data the app serves and where it lives, never a password.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { VERSION } from '../../version.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

for (const dialect of DIALECTS) {
  describe(`/api/v1/about on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    it('says this is your own data, on which database and where, before any profile exists', async () => {
      const res = await api.get('/api/v1/about');
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        version: VERSION,
        demo: false,
        demoAvailable: false,
        database: dialect,
        location: api.store.location,
      });
    });

    it('never shows a database password', async () => {
      const { location } = (await (await api.get('/api/v1/about')).json()) as { location: string };
      expect(location).not.toMatch(/:[^/@:]+@/);
    });

    it('needs the token', async () => {
      const res = await api.get('/api/v1/about', { anonymous: true });
      expect(res.status).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthorized');
    });

    it('is read-only: a POST is an unknown endpoint', async () => {
      const res = await api.send('POST', '/api/v1/about', { body: {} });
      expect(res.status).toBe(404);
    });
  });
}
