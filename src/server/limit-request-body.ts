/** Bounds the size of request bodies: small for everyday routes, large where a whole export comes in. */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorResponse } from './error-response.js';

export const MB = 1024 * 1024;

function formatBytes(bytes: number): string {
  return bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${bytes} bytes`;
}

/**
 * Applies `defaultBytes` to every request, except the paths in `largerFor` (exact paths).
 * @example limitRequestBody(1 * MB, { '/api/v1/import': 100 * MB })
 */
export function limitRequestBody(
  defaultBytes: number,
  largerFor: Record<string, number> = {},
): MiddlewareHandler {
  const limiter = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: (c) =>
        errorResponse(c, 'payload_too_large', `the request body is larger than ${formatBytes(maxSize)}`, [
          { path: '(body)', message: `at most ${formatBytes(maxSize)}` },
        ]),
    });
  const byPath = new Map(Object.entries(largerFor).map(([path, bytes]) => [path, limiter(bytes)]));
  const fallback = limiter(defaultBytes);
  return (c, next) => {
    // GET and HEAD carry no body; skipping them also spares @hono/node-server building a full Request.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    return (byPath.get(c.req.path) ?? fallback)(c, next);
  };
}
