/**
 * Answers a repeated read from memory while the data is unchanged. The local server has one person
 * reading their own data, mostly the same few views; the store's data version changes on every write,
 * from this process or another (a `promocase log` while the server runs), so a hit is never stale.
 */
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './app-env.js';

interface Cached {
  version: string;
  body: string;
  contentType: string;
}

const MAX_BODY = 1024 * 1024;

export function cacheReads(maxEntries = 200): MiddlewareHandler<AppEnv> {
  const cache = new Map<string, Cached>();
  return async (c, next) => {
    if (c.req.method !== 'GET') return next();
    const services = c.get('services');
    const version = await services.dataVersion();
    if (version === undefined) return next(); // a store that cannot tell (PostgreSQL): no cache
    // "today" is part of the key: the streak and relative dates move at midnight without a write. The
    // origin is not: the serve warm-up asks as http://localhost, the browser as http://127.0.0.1:PORT.
    const { pathname, search } = new URL(c.req.url);
    const key = `${c.get('actor').ownerId} ${services.context.today()} ${pathname}${search}`;
    const hit = cache.get(key);
    if (hit?.version === version) return c.body(hit.body, 200, { 'Content-Type': hit.contentType });
    await next();
    const contentType = c.res.headers.get('Content-Type') ?? '';
    // Downloads (Content-Disposition) carry their own time stamp; errors are cheap and rare.
    if (
      c.res.status !== 200 ||
      !contentType.startsWith('application/json') ||
      c.res.headers.has('Content-Disposition')
    )
      return;
    const body = await c.res.clone().text();
    if (body.length > MAX_BODY) return;
    if (cache.size >= maxEntries) cache.delete(cache.keys().next().value!);
    cache.set(key, { version, body, contentType });
  };
}
