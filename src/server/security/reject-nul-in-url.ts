/** Refuses a URL carrying a NUL character (%00): PostgreSQL cannot take one in a query, so an id or filter with it failed as a 500. */
import type { MiddlewareHandler } from 'hono';
import { NO_NUL_MESSAGE } from '../../core/validation.js';
import { errorResponse } from '../error-response.js';

export function rejectNulInUrl(): MiddlewareHandler {
  return async (c, next) => {
    // Percent-encoding is case-insensitive; a literal NUL cannot reach here (HTTP parsers refuse it).
    if (/%00/.test(c.req.url)) {
      return errorResponse(c, 'invalid_input', `the URL ${NO_NUL_MESSAGE}`, [
        { path: '(url)', message: NO_NUL_MESSAGE },
      ]);
    }
    await next();
  };
}
