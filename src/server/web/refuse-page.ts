/** The page a browser gets instead of the app when it has no access token: what to do, not JSON. */
import type { Context } from 'hono';
import type { RefusalPage } from '../security/require-access-token.js';
import { CONTENT_SECURITY_POLICY } from './web-app-routes.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** A person opening the app (GET, HTML accepted, not an API path) is told how to get in. */
export function wantsPage(c: Context): boolean {
  return (
    c.req.method === 'GET' &&
    !/^\/(demo\/)?api(\/|$)/.test(c.req.path) &&
    (c.req.header('accept') ?? '').includes('text/html')
  );
}

export function refusePage(c: Context, message: string): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>promocase: access token needed</title></head>
<body><main><h1>promocase needs its access token</h1><p>${escapeHtml(message)}</p>
<p>Open the address that <code>promocase serve</code> printed when it started: it ends in <code>?token=...</code>.</p></main></body></html>
`;
  return c.html(html, 401, {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'WWW-Authenticate': 'Bearer realm="promocase"',
  });
}

/** For `requireAccessToken` and `exchangeUrlToken`: a page for people, the JSON error for programs. */
export const pageForBrowsers: RefusalPage = (c, message) =>
  wantsPage(c) ? refusePage(c, message) : undefined;
