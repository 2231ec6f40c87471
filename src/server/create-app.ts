/** The HTTP API as a Hono app (no listening here): security, limits, routes, errors and the OpenAPI document. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Actor, Services } from '../services/services.js';
import { VERSION } from '../version.js';
import type { AppEnv } from './app-env.js';
import { cacheReads } from './cache-reads.js';
import { type ErrorLogger, errorHandler, notFoundHandler, validationHook } from './error-response.js';
import { limitRequestBody, MB } from './limit-request-body.js';
import { aboutRoutes } from './routes/about.js';
import { analyzeRoutes } from './routes/analyze.js';
import { assessmentRoutes } from './routes/assessments.js';
import { companyRoutes } from './routes/companies.js';
import { conversationRoutes } from './routes/conversations.js';
import { documentRoutes } from './routes/documents.js';
import { entriesRoutes } from './routes/entries.js';
import { frameworkRoutes } from './routes/frameworks.js';
import { goalRoutes } from './routes/goals.js';
import { exchangeUrlToken, homeRoutes } from './routes/home.js';
import { metaRoutes } from './routes/meta.js';
import { peerFeedbackRoutes } from './routes/peer-feedback.js';
import { profileRoutes } from './routes/profile.js';
import { readinessRoutes } from './routes/readiness.js';
import { streakRoutes } from './routes/streak.js';
import { transferRoutes } from './routes/transfer.js';
import { rejectCrossOrigin } from './security/reject-cross-origin.js';
import { rejectForeignHost } from './security/reject-foreign-host.js';
import { rejectNulInUrl } from './security/reject-nul-in-url.js';
import { requireAccessToken, TOKEN_COOKIE } from './security/require-access-token.js';
import { pageForBrowsers } from './web/refuse-page.js';
import { webAppRoutes } from './web/web-app-routes.js';

export const API_BASE = '/api/v1';

export interface AppOptions {
  /** The token every request but the health check must present (bearer header or cookie). */
  accessToken: string;
  /** Who the requests act as: the local owner. */
  actor: Actor;
  /** Where unexpected errors are reported; stderr by default. */
  logError?: ErrorLogger;
  /** The built web app (dist/web), served at `/`; without it `/` says how to build it. */
  webRoot?: string;
  /** This app serves the demo sample (`promocase --demo serve`, or the app under /demo/). */
  isDemo?: boolean;
  /** Opens the demo home (once, on first use) so the app and API can also be served under /demo/. */
  openDemo?: () => Promise<{ services: Services; actor: Actor }>;
}

const logToStderr: ErrorLogger = (error, c) => {
  console.error(`promocase: ${c.req.method} ${c.req.path} failed:`, error);
};

/**
 * Builds the app. Serve it with `startServer`, or call it in-process.
 * @example
 * const app = createApp(services, { accessToken, actor });
 * const res = await app.request('/api/v1/entries', { headers: { Authorization: `Bearer ${accessToken}` } });
 */
export function createApp(services: Services, options: AppOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler(options.logError ?? logToStderr));
  app.notFound(notFoundHandler);

  app.use('*', async (c, next) => {
    // Responses hold private data: never cached, never sniffed into something executable.
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.set('services', services);
    c.set('actor', options.actor);
    await next();
  });
  app.use('*', rejectForeignHost());
  app.use('*', rejectCrossOrigin());
  app.use(`${API_BASE}/*`, rejectNulInUrl());
  app.use('*', exchangeUrlToken(options.accessToken, pageForBrowsers));
  app.use('*', requireAccessToken(options.accessToken, [`${API_BASE}/health`], pageForBrowsers));
  // An export of 100,000 entries is about 60 MB; everything else fits well within 1 MB.
  app.use(`${API_BASE}/*`, cacheReads());
  app.use(
    `${API_BASE}/*`,
    limitRequestBody(1 * MB, {
      [`${API_BASE}/import`]: 100 * MB,
      // A framework file travels inside JSON; the file itself may be up to 5 MB.
      [`${API_BASE}/frameworks/import`]: 8 * MB,
    }),
  );

  app.route(API_BASE, homeRoutes('promocase', VERSION));
  app.route(API_BASE, metaRoutes(VERSION));
  app.route(
    API_BASE,
    aboutRoutes({ version: VERSION, demo: options.isDemo ?? false, demoAvailable: !!options.openDemo }),
  );
  app.route(API_BASE, profileRoutes());
  app.route(API_BASE, entriesRoutes());
  app.route(API_BASE, streakRoutes());
  app.route(API_BASE, transferRoutes());
  app.route(API_BASE, frameworkRoutes());
  app.route(API_BASE, companyRoutes());
  app.route(API_BASE, assessmentRoutes());
  app.route(API_BASE, conversationRoutes());
  app.route(API_BASE, goalRoutes());
  app.route(API_BASE, peerFeedbackRoutes());
  app.route(API_BASE, readinessRoutes());
  app.route(API_BASE, analyzeRoutes());
  app.route(API_BASE, documentRoutes());

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
    description: 'the access token printed by `promocase serve` (config.json in the promocase home)',
  });
  app.openAPIRegistry.registerComponent('securitySchemes', 'cookie', {
    type: 'apiKey',
    in: 'cookie',
    name: TOKEN_COOKIE,
    description: 'set by opening the URL printed by `promocase serve`',
  });
  app.doc(`${API_BASE}/openapi.json`, {
    openapi: '3.0.3',
    info: {
      title: 'promocase API',
      version: VERSION,
      description:
        'Build your promotion case week by week. Errors are always {"error": {code, message, details}}.',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }, { cookie: [] }],
  });
  if (options.openDemo) app.all('/demo/*', serveDemo(options, options.openDemo));
  app.route('/', webAppRoutes(options.webRoot));
  return app;
}

/**
 * The demo sample beside the user's own data: the same app over the demo home, under /demo/, so
 * "open the demo" is a link rather than a restart. The outer app has already checked host, origin and token.
 */
function serveDemo(options: AppOptions, openDemo: NonNullable<AppOptions['openDemo']>) {
  let inner: Promise<OpenAPIHono<AppEnv>> | undefined;
  const demoApp = () => {
    if (inner === undefined) {
      inner = openDemo().then(({ services, actor }) =>
        createApp(services, { ...options, actor, isDemo: true, openDemo: undefined }),
      );
      // A failed open (a locked or foreign demo database) is retried on the next request.
      inner.catch(() => {
        inner = undefined;
      });
    }
    return inner;
  };
  return async (c: Context<AppEnv>) => {
    const url = new URL(c.req.url);
    url.pathname = url.pathname.slice('/demo'.length);
    return (await demoApp()).fetch(new Request(url, c.req.raw));
  };
}
