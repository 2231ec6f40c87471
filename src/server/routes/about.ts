/** /about: what this server serves (version, which data, where it lives), for the web app's settings. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { errorResponses, jsonContent } from './openapi-parts.js';

export const AboutView = z
  .object({
    version: z.string().openapi({ example: '0.1.0' }),
    demo: z.boolean().openapi({ description: 'this is the demo sample, not your own data' }),
    demoAvailable: z
      .boolean()
      .openapi({ description: 'the demo sample can be opened beside your data, under /demo/' }),
    database: z.enum(['sqlite', 'postgres']),
    location: z
      .string()
      .openapi({ description: 'the SQLite file, or the PostgreSQL URL without its password' }),
  })
  .openapi('About');
export type AboutView = z.infer<typeof AboutView>;

const aboutRoute = createRoute({
  method: 'get',
  path: '/about',
  summary: 'What this server serves: version, whether it is the demo, where the data lives',
  responses: { 200: jsonContent(AboutView, 'about this server'), ...errorResponses() },
});

export interface AboutOptions {
  version: string;
  demo: boolean;
  demoAvailable: boolean;
}

export function aboutRoutes(options: AboutOptions): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(aboutRoute, (c) => {
    const { store } = c.var.services.context;
    return c.json({ ...options, database: store.dialect, location: store.location }, 200);
  });
  return app;
}
