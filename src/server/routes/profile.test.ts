// /profile over HTTP: set up with PUT, change with PATCH, read with GET; bad input refused, nothing written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../../tests/support/test-store.js';
import { errorOf, openTestApi, type TestApi } from '../test-api.js';

const ALEX = { name: 'Alex Doe', currentLevel: 'mid', targetLevel: 'senior' };

for (const dialect of DIALECTS) {
  describe(`/api/v1/profile on ${dialect}`, () => {
    let api: TestApi;
    beforeEach(async () => {
      api = await openTestApi(dialect);
    });
    afterEach(async () => {
      await api.cleanup();
    });

    it('answers 409 not_initialized before the profile is set up', async () => {
      const res = await api.get('/api/v1/profile');
      expect(res.status).toBe(409);
      expect((await errorOf(res)).code).toBe('not_initialized');
    });

    it('sets the profile up with PUT, filling the defaults, and reads it back', async () => {
      const put = await api.put('/api/v1/profile', { ...ALEX, managerName: 'Sam' });
      expect(put.status).toBe(200);
      const saved = await put.json();
      expect(saved).toEqual({
        ...ALEX,
        company: 'generic',
        managerName: 'Sam',
        reviewCadence: 'half-yearly',
        nextCalibration: null,
        framework: 'promocase',
        createdAt: '2026-11-20T17:00:00.000Z',
        updatedAt: '2026-11-20T17:00:00.000Z',
      });
      expect(await (await api.get('/api/v1/profile')).json()).toEqual(saved);
    });

    it('replaces the whole profile on a second PUT, keeping when it was created', async () => {
      await api.put('/api/v1/profile', { ...ALEX, managerName: 'Sam' });
      api.clock.advance(86_400_000);
      const res = await api.put('/api/v1/profile', {
        name: 'Alex Doe',
        currentLevel: 'senior',
        targetLevel: 'staff',
      });
      expect(await res.json()).toMatchObject({
        currentLevel: 'senior',
        managerName: null,
        createdAt: '2026-11-20T17:00:00.000Z',
        updatedAt: '2026-11-21T17:00:00.000Z',
      });
    });

    it('changes some fields with PATCH', async () => {
      await api.put('/api/v1/profile', ALEX);
      const res = await api.patch('/api/v1/profile', {
        nextCalibration: '2027-03-15',
        reviewCadence: 'quarterly',
      });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({
        ...ALEX,
        nextCalibration: '2027-03-15',
        reviewCadence: 'quarterly',
      });
    });

    it('refuses PATCH before the profile exists', async () => {
      const res = await api.patch('/api/v1/profile', { name: 'Alex' });
      expect(res.status).toBe(409);
      expect((await errorOf(res)).code).toBe('not_initialized');
    });

    it('refuses a PUT with missing fields, wrong types, a bad date or a target below the level', async () => {
      for (const [body, path] of [
        [{ currentLevel: 'mid', targetLevel: 'senior' }, 'name'],
        [{ ...ALEX, name: 12 }, 'name'],
        [{ ...ALEX, name: 'n'.repeat(121) }, 'name'],
        [{ ...ALEX, currentLevel: 'wizard' }, 'currentLevel'],
        [{ ...ALEX, nextCalibration: 'next spring' }, 'nextCalibration'],
        [{ ...ALEX, targetLevel: 'junior' }, 'targetLevel'],
        [{ ...ALEX, salary: 1 }, 'salary'],
      ] as const) {
        const res = await api.put('/api/v1/profile', body);
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(
          (await errorOf(res)).details.map((d) => d.path),
          JSON.stringify(body),
        ).toContain(path);
      }
      expect((await api.get('/api/v1/profile')).status).toBe(409);
    });

    it('refuses a PATCH that is empty, ill-typed or leaves the target below the level, writing nothing', async () => {
      await api.put('/api/v1/profile', ALEX);
      const before = await api.snapshot();
      for (const body of [{}, { reviewCadence: 'weekly' }, { managerName: 5 }, { targetLevel: 'mid' }]) {
        const res = await api.patch('/api/v1/profile', body);
        expect(res.status, JSON.stringify(body)).toBe(400);
      }
      expect((await api.patch('/api/v1/profile', '{"name"')).status).toBe(400);
      expect(
        (
          await api.send('PATCH', '/api/v1/profile', {
            body: 'name=x',
            headers: { 'Content-Type': 'text/plain' },
          })
        ).status,
      ).toBe(415);
      expect((await api.put('/api/v1/profile', { ...ALEX, name: 'n'.repeat(1024 * 1024 + 1) })).status).toBe(
        413,
      );
      expect(await api.snapshot()).toBe(before);
    });
  });
}
