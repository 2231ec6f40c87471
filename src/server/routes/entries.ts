/** /entries: capture, list, read, edit, delete and restore work-log entries. Thin: validate, call, present. */
import { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { presentEntry } from '../presenters.js';
import {
  createEntriesRoute,
  createEntryRoute,
  deleteEntryRoute,
  getEntryRoute,
  listEntriesRoute,
  restoreEntryRoute,
  updateEntryRoute,
} from './entries-schemas.js';

export function entriesRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(listEntriesRoute, async (c) => {
    const { q, ...rest } = c.req.valid('query');
    const entries = await c.var.services.entries.list(c.var.actor, { ...rest, text: q });
    return c.json({ entries: entries.map(presentEntry) }, 200);
  });

  app.openapi(createEntryRoute, async (c) => {
    const entry = await c.var.services.entries.create(c.var.actor, c.req.valid('json'));
    return c.json(presentEntry(entry), 201);
  });

  app.openapi(createEntriesRoute, async (c) => {
    const entries = await c.var.services.entries.createMany(c.var.actor, c.req.valid('json').entries);
    return c.json({ entries: entries.map(presentEntry) }, 201);
  });

  app.openapi(getEntryRoute, async (c) => {
    const entry = await c.var.services.entries.get(c.var.actor, c.req.valid('param').id);
    return c.json(presentEntry(entry), 200);
  });

  app.openapi(updateEntryRoute, async (c) => {
    const entry = await c.var.services.entries.update(
      c.var.actor,
      c.req.valid('param').id,
      c.req.valid('json'),
    );
    return c.json(presentEntry(entry), 200);
  });

  app.openapi(deleteEntryRoute, async (c) => {
    const entry = await c.var.services.entries.remove(c.var.actor, c.req.valid('param').id);
    return c.json(presentEntry(entry), 200);
  });

  app.openapi(restoreEntryRoute, async (c) => {
    const entry = await c.var.services.entries.restore(c.var.actor, c.req.valid('param').id);
    return c.json(presentEntry(entry), 200);
  });

  return app;
}
