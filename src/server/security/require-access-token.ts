/** The access token check: a bearer header or the cookie set from the URL printed by `promocase serve`. */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { errorResponse } from '../error-response.js';

export const TOKEN_COOKIE = 'promocase_token';

const sha256 = (text: string) => createHash('sha256').update(text).digest();

/**
 * A check against one expected token, in constant time: comparing digests of equal length means
 * neither the content nor the length of the token leaks through timing.
 * @example const matches = tokenChecker(accessToken); matches(given) // boolean
 */
export function tokenChecker(expected: string): (given: string) => boolean {
  const want = sha256(expected);
  return (given) => timingSafeEqual(sha256(given), want);
}

function presentedToken(authorization: string | undefined, cookie: string | undefined): string | undefined {
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    return match?.[1] ?? '';
  }
  return cookie;
}

/** Answers a refused request in another form (a page for a browser) when it returns a response. */
export type RefusalPage = (c: Context, message: string) => Response | undefined;

/** Lets a request through only with the token; `publicPaths` (the health check) need none. */
export function requireAccessToken(
  accessToken: string,
  publicPaths: readonly string[] = [],
  page: RefusalPage = () => undefined,
): MiddlewareHandler {
  const open = new Set(publicPaths);
  const matches = tokenChecker(accessToken);
  return async (c, next) => {
    if (open.has(c.req.path)) return next();
    const token = presentedToken(c.req.header('authorization'), getCookie(c, TOKEN_COOKIE));
    if (token === undefined || !matches(token)) {
      const message =
        token === undefined
          ? 'an access token is needed: open the URL that `promocase serve` printed, or send Authorization: Bearer <token>'
          : 'wrong access token: open the URL that `promocase serve` printed (the token is in config.json in your promocase home)';
      const shown = page(c, message);
      if (shown) return shown;
      c.header('WWW-Authenticate', 'Bearer realm="promocase"');
      return errorResponse(c, 'unauthorized', message);
    }
    await next();
  };
}
