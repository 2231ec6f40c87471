/** Refuses requests addressed to any host but this machine's loopback names: the DNS-rebinding guard. */
import type { IncomingMessage } from 'node:http';
import type { MiddlewareHandler } from 'hono';
import { errorResponse } from '../error-response.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The host name of a Host header, without its port: `[::1]:4321` -> `[::1]`, `localhost:80` -> `localhost`.
 * @example hostnameOf('127.0.0.1:4321') // '127.0.0.1'
 */
export function hostnameOf(host: string): string {
  const lower = host.trim().toLowerCase();
  if (lower.startsWith('[')) {
    const end = lower.indexOf(']');
    return end < 0 ? lower : lower.slice(0, end + 1);
  }
  const colon = lower.indexOf(':');
  return colon < 0 ? lower : lower.slice(0, colon);
}

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(hostnameOf(host));
}

/**
 * A web page on evil.com can make its own name resolve to 127.0.0.1 and then talk to us as
 * same-origin; the Host header it sends still says evil.com, so that is what we check.
 */
export function rejectForeignHost(): MiddlewareHandler {
  return async (c, next) => {
    // HTTP/1.1 requires the header. Node's own check would answer with a bare 400 and no body, so the
    // server leaves it to this guard (start-server.ts), which answers in the API's error shape.
    const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
    if (incoming && incoming.headers.host === undefined && incoming.httpVersion !== '1.0') {
      return errorResponse(
        c,
        'invalid_input',
        'an HTTP/1.1 request needs a Host header (localhost, 127.0.0.1 or [::1])',
        [{ path: 'Host', message: 'required' }],
      );
    }
    // In-process requests (tests) may carry no Host header; their URL holds the host instead.
    const host = c.req.header('host') ?? new URL(c.req.url).host;
    if (!isLoopbackHost(host)) {
      return errorResponse(
        c,
        'forbidden',
        `this server answers only to localhost, 127.0.0.1 and [::1], not "${host.slice(0, 100)}"`,
      );
    }
    await next();
  };
}
