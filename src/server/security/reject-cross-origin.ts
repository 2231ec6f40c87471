/** Refuses requests that a page of another origin makes from the browser, even one on this machine. */
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../error-response.js';

/**
 * SameSite=Strict keeps the cookie from other sites, but ports do not make sites: a page served on
 * localhost:3000 is same-site with us and its requests carry the cookie. Browsers say where a request
 * comes from in `Origin`; anything but our own origin is refused. Clients that are not browsers send none.
 */
export function rejectCrossOrigin(): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      const host = c.req.header('host') ?? new URL(c.req.url).host;
      if (origin.toLowerCase() !== `http://${host.toLowerCase()}`) {
        return errorResponse(
          c,
          'forbidden',
          `requests from pages of another origin (${origin.slice(0, 100)}) are refused`,
        );
      }
    }
    await next();
  };
}
