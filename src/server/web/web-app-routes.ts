/** Serves the built web app: index.html for every client route, hashed assets cached for a year. */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';

/**
 * The HTML runs only what it loads from this server: no inline script or style, no other origin, no
 * framing. Charts draw on canvas and React sets styles through the DOM, neither of which CSP blocks.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Vite names every file under assets/ after a hash of its content, so a name never changes meaning. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Paths that belong to the API (or the demo's API) never fall back to the web app. */
const API_PATH = /^\/(demo\/)?api(\/|$)/;

async function readOrUndefined(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return undefined;
    throw error;
  }
}

/** A malformed escape (`%E0%A4%A`) matches no file rather than failing the request. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * @param webRoot the folder of the build (dist/web), or undefined when the server runs without one
 *   (tests of the API): then `/` says how to build it.
 * @example app.route('/', webAppRoutes(fileURLToPath(new URL('./web/', import.meta.url))))
 */
export function webAppRoutes(webRoot: string | undefined): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const files = new Map<string, Buffer | undefined>();
  // Files of a build never change while the server runs: read each once.
  const cachedRead = async (relative: string) => {
    if (webRoot === undefined) return undefined;
    if (!files.has(relative)) files.set(relative, await readOrUndefined(join(webRoot, relative)));
    return files.get(relative);
  };

  app.get('/assets/*', async (c) => {
    const relative = normalize(safeDecode(c.req.path).slice(1));
    const body = relative.startsWith(`assets${sep}`) ? await cachedRead(relative) : undefined;
    if (body === undefined) return errorResponse(c, 'not_found', `no such file: ${c.req.path.slice(0, 200)}`);
    return c.body(new Uint8Array(body), 200, {
      'Content-Type': CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream',
      'Cache-Control': IMMUTABLE,
    });
  });

  app.get('*', async (c, next) => {
    if (API_PATH.test(c.req.path)) return next();
    const name = c.req.path.slice(c.req.path.lastIndexOf('/') + 1);
    if (name.includes('.')) {
      // A file, not a client route: only the build's top-level files (the icon), never the fallback.
      const file = safeDecode(name);
      const topLevel = file !== 'index.html' && !/[/\\]/.test(file) && !file.startsWith('..');
      const body = topLevel ? await cachedRead(file) : undefined;
      if (body === undefined)
        return errorResponse(c, 'not_found', `no such file: ${c.req.path.slice(0, 200)}`);
      return c.body(new Uint8Array(body), 200, {
        'Content-Type': CONTENT_TYPES[extname(name)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
    }
    const html = await cachedRead('index.html');
    if (html === undefined) {
      return errorResponse(
        c,
        'not_found',
        'the web app is not built: run `npm run build` (the API is under /api/v1)',
      );
    }
    // The shell names the current build's assets, so it must be fetched afresh each time.
    return c.body(new Uint8Array(html), 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Frame-Options': 'DENY',
      'Referrer-Policy': 'no-referrer',
    });
  });

  return app;
}
