/** /health: the unauthenticated readiness check (status and version, nothing about the data). */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { jsonContent } from './openapi-parts.js';

const Health = z
  .object({ status: z.literal('ok'), version: z.string().openapi({ example: '0.1.0' }) })
  .openapi('Health');

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Readiness check; needs no token',
  security: [],
  responses: { 200: jsonContent(Health, 'the server is up') },
});

export function metaRoutes(version: string): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(healthRoute, (c) => c.json({ status: 'ok' as const, version }, 200));
  return app;
}
