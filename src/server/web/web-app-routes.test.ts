// The web app through the API server: the shell at every client route, assets by content type and
// cached for good, the token still required, a page for browsers without it, and the demo under /demo/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, type TestStore, testServices } from '../../../tests/support/test-store.js';
import { createApp } from '../create-app.js';
import { errorOf, TEST_TOKEN } from '../test-api.js';

const INDEX =
  '<!doctype html><html><head><script type="module" src="/assets/app-3f9a.js"></script></head></html>';
const AUTH = { Authorization: `Bearer ${TEST_TOKEN}` };
const BROWSER = { Accept: 'text/html,application/xhtml+xml' };

describe('the web app served by the API server', () => {
  let webRoot: string;
  let own: TestStore;
  let demo: TestStore;
  let demoOpens: number;
  let app: ReturnType<typeof createApp>;

  beforeEach(async () => {
    webRoot = mkdtempSync(join(tmpdir(), 'promocase-web-'));
    mkdirSync(join(webRoot, 'assets'));
    writeFileSync(join(webRoot, 'index.html'), INDEX);
    writeFileSync(join(webRoot, 'assets', 'app-3f9a.js'), 'console.log(1)');
    writeFileSync(join(webRoot, 'assets', 'app-3f9a.css'), 'body{}');
    writeFileSync(join(webRoot, 'icon.svg'), '<svg/>');
    writeFileSync(join(tmpdir(), 'promocase-secret.txt'), 'not for the web');
    own = await openTestStore('sqlite');
    demo = await openTestStore('sqlite');
    demoOpens = 0;
    const services = testServices(own.store);
    const actor = await services.ensureLocalOwner();
    app = createApp(services, {
      accessToken: TEST_TOKEN,
      actor,
      webRoot,
      openDemo: async () => {
        demoOpens += 1;
        const demoServices = testServices(demo.store);
        const demoActor = await demoServices.ensureLocalOwner();
        await demoServices.demo.load(demoActor);
        return { services: demoServices, actor: demoActor };
      },
    });
  });
  afterEach(async () => {
    await own.cleanup();
    await demo.cleanup();
    rmSync(webRoot, { recursive: true, force: true });
  });

  it('serves index.html at / and at every client route, with a strict Content-Security-Policy', async () => {
    for (const path of ['/', '/log', '/entries/0199-abc', '/framework', '/demo', '/demo/', '/demo/entries']) {
      const res = await app.request(path, { headers: AUTH });
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toBe('text/html; charset=utf-8');
      expect(await res.text(), path).toBe(INDEX);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets with their content type, cached for a year', async () => {
    const js = await app.request('/assets/app-3f9a.js', { headers: AUTH });
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await js.text()).toBe('console.log(1)');
    const css = await app.request('/assets/app-3f9a.css', { headers: AUTH });
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const icon = await app.request('/icon.svg', { headers: AUTH });
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404 for missing assets and files instead of the shell, and never leaves the build folder', async () => {
    for (const path of [
      '/assets/missing-0000.js',
      '/favicon.ico',
      '/assets/..%2F..%2Fpromocase-secret.txt',
      '/..%2Fpromocase-secret.txt',
      '/assets/%2e%2e/%2e%2e/promocase-secret.txt',
      '/assets/%E0%A4%A',
    ]) {
      const res = await app.request(path, { headers: AUTH });
      expect(res.status, path).toBe(404);
      expect((await errorOf(res)).code, path).toBe('not_found');
    }
  });

  it('keeps API paths out of the fallback: an unknown endpoint is a JSON 404', async () => {
    const res = await app.request('/api/v1/no-such-thing', { headers: { ...AUTH, ...BROWSER } });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('not_found');
  });

  it('still needs the token for the shell and the assets', async () => {
    for (const path of ['/', '/log', '/assets/app-3f9a.js']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(401);
      expect((await errorOf(res)).code).toBe('unauthorized');
    }
  });

  it('tells a browser without the token, in a page, to open the printed URL', async () => {
    for (const path of ['/', '/entries', '/?token=wrong']) {
      const res = await app.request(path, { headers: BROWSER });
      expect(res.status, path).toBe(401);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      const page = await res.text();
      expect(page).toContain('promocase serve');
      expect(page).not.toContain(TEST_TOKEN);
    }
  });

  it('still refuses a foreign Host for the shell', async () => {
    const res = await app.request('/', { headers: { ...AUTH, Host: 'evil.com' } });
    expect(res.status).toBe(403);
  });

  it('says how to build the app when there is no build', async () => {
    const services = testServices(own.store);
    const bare = createApp(services, { accessToken: TEST_TOKEN, actor: await services.ensureLocalOwner() });
    const res = await bare.request('/', { headers: AUTH });
    expect(res.status).toBe(404);
    expect((await errorOf(res)).message).toContain('npm run build');
  });

  describe('the demo under /demo/', () => {
    it('serves the demo sample through the same API, leaving your own data alone', async () => {
      const entries = await app.request('/demo/api/v1/entries?limit=5', { headers: AUTH });
      expect(entries.status).toBe(200);
      expect(((await entries.json()) as { entries: unknown[] }).entries).toHaveLength(5);
      const profile = await app.request('/demo/api/v1/profile', { headers: AUTH });
      expect(((await profile.json()) as { name: string }).name).toBeTruthy();

      expect((await app.request('/api/v1/profile', { headers: AUTH })).status).toBe(409);
      expect(await (await app.request('/api/v1/entries', { headers: AUTH })).json()).toEqual({ entries: [] });
    });

    it('opens the demo home once, on first use', async () => {
      expect(demoOpens).toBe(0);
      await Promise.all([
        app.request('/demo/api/v1/streak', { headers: AUTH }),
        app.request('/demo/api/v1/streak', { headers: AUTH }),
      ]);
      await app.request('/demo/api/v1/profile', { headers: AUTH });
      expect(demoOpens).toBe(1);
    });

    it('says in /about which data each app serves', async () => {
      const mine = await (await app.request('/api/v1/about', { headers: AUTH })).json();
      expect(mine).toMatchObject({ demo: false, demoAvailable: true, database: 'sqlite' });
      const theDemo = await (await app.request('/demo/api/v1/about', { headers: AUTH })).json();
      expect(theDemo).toMatchObject({ demo: true, demoAvailable: false, database: 'sqlite' });
      expect((theDemo as { location: string }).location).toBe(demo.store.location);
    });

    it('needs the token like everything else', async () => {
      const res = await app.request('/demo/api/v1/entries');
      expect(res.status).toBe(401);
      expect(demoOpens).toBe(0);
    });
  });
});
