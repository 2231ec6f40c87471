/** GET /?token=: trades the token in the printed URL for a cookie; GET /api/v1 describes the API. */
import { Hono, type MiddlewareHandler } from 'hono';
import { setCookie } from 'hono/cookie';
import type { AppEnv } from '../app-env.js';
import { errorResponse } from '../error-response.js';
import { type RefusalPage, TOKEN_COOKIE, tokenChecker } from '../security/require-access-token.js';

/**
 * `GET /?token=...` (the Jupyter-style URL): a right token becomes an HttpOnly, SameSite=Strict cookie
 * and the browser is sent on to `/`, so the token does not stay in the address bar.
 */
export function exchangeUrlToken(
  accessToken: string,
  page: RefusalPage = () => undefined,
): MiddlewareHandler {
  const matches = tokenChecker(accessToken);
  return async (c, next) => {
    const token = c.req.method === 'GET' && c.req.path === '/' ? c.req.query('token') : undefined;
    if (token === undefined) return next();
    if (!matches(token)) {
      const message = 'wrong access token in the URL: open the URL that `promocase serve` printed';
      return page(c, message) ?? errorResponse(c, 'unauthorized', message);
    }
    setCookie(c, TOKEN_COOKIE, accessToken, { httpOnly: true, sameSite: 'Strict', path: '/' });
    c.header('Cache-Control', 'no-store');
    c.header('Referrer-Policy', 'no-referrer');
    return c.redirect('/', 302);
  };
}

/** The API's index, at /api/v1 (the web app has `/`). */
export function homeRoutes(name: string, version: string): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/', (c) => c.json({ name, version, api: '/api/v1', openapi: '/api/v1/openapi.json' }));
  return app;
}
