import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { servicesFor } from '../compose.js';
import { openSqliteStore } from '../store/sqlite.js';
import { openTestApi, type TestApi } from './test-api.js';

describe('the read cache', () => {
  let api: TestApi;
  beforeEach(async () => {
    api = await openTestApi('sqlite');
  });
  afterEach(async () => api.cleanup());

  const titles = async () =>
    ((await (await api.get('/api/v1/entries')).json()) as { entries: { title: string }[] }).entries.map(
      (e) => e.title,
    );

  it('serves the same answer twice while nothing changes', async () => {
    await api.post('/api/v1/entries', { title: 'First' });
    const first = await (await api.get('/api/v1/entries')).text();
    expect(await (await api.get('/api/v1/entries')).text()).toBe(first);
  });

  it('sees a write made through the API at once', async () => {
    expect(await titles()).toEqual([]);
    await api.post('/api/v1/entries', { title: 'Shipped the cache' });
    expect(await titles()).toEqual(['Shipped the cache']);
  });

  it('sees a write made by another process on the same file', async () => {
    expect(await titles()).toEqual([]);
    const other = await openSqliteStore(api.store.location);
    const services = servicesFor(other);
    await services.entries.create(await services.ensureLocalOwner(), { title: 'Logged from the CLI' });
    await other.close();
    expect(await titles()).toEqual(['Logged from the CLI']);
  });

  it('keys on the day, so the streak moves at midnight without a write', async () => {
    await api.post('/api/v1/entries', { title: 'Friday win', date: '2026-11-20' });
    const before = await (await api.get('/api/v1/streak')).json();
    api.clock.set('2026-12-20T12:00:00.000Z');
    const after = await (await api.get('/api/v1/streak')).json();
    expect(after).not.toEqual(before);
  });

  it('never answers a request without the token from the cache', async () => {
    await api.get('/api/v1/entries');
    expect((await api.get('/api/v1/entries', { anonymous: true })).status).toBe(401);
  });
});
