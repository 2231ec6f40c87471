/** /export and /import: all the data out as a versioned JSON document (or Markdown to read), and back in. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { ExportDocument } from '../../core/transfer/export-document.js';
import type { AppEnv } from '../app-env.js';
import { named } from '../openapi-schema.js';
import { errorResponses, jsonBody, jsonContent } from './openapi-parts.js';

const ExportQuery = z
  .object({
    format: z
      .enum(['json', 'markdown'], { error: 'expected json or markdown' })
      .optional()
      .openapi({ description: 'json (default: lossless, for import) or markdown (for reading)' }),
  })
  .strict();

const ExportDocumentView = named(ExportDocument, 'ExportDocument');

const Counts = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  keptNewer: z.number().int().openapi({ description: 'kept because the stored one was newer' }),
});

const ImportReport = z
  .object({
    entries: Counts,
    profile: z.enum(['created', 'updated', 'unchanged', 'kept-newer', 'absent']),
    frameworks: Counts,
    people: z.object({
      assessments: Counts,
      conversations: Counts,
      managerChanges: Counts,
      goals: Counts,
      peerFeedback: Counts,
    }),
  })
  .openapi('ImportReport');

const exportRoute = createRoute({
  method: 'get',
  path: '/export',
  summary: 'Download all your data, as an attachment',
  request: { query: ExportQuery },
  responses: {
    200: {
      description: 'the export document (JSON), or the work log (Markdown) with ?format=markdown',
      content: {
        'application/json': { schema: ExportDocumentView },
        'text/markdown': { schema: z.string() },
      },
    },
    ...errorResponses(400),
  },
});

const importRouteDoc = createRoute({
  method: 'post',
  path: '/import',
  summary: 'Import an export document; safe to repeat (entries keep their ids, the newer side wins)',
  description: 'Bodies up to 100 MB. Validated whole before anything is written: all of it or none.',
  request: { body: jsonBody(ExportDocumentView, 'a document from GET /export') },
  responses: {
    200: jsonContent(ImportReport, 'what was created, updated or left alone'),
    ...errorResponses(400, 409, 413, 415),
  },
});

/**
 * What the route itself checks: only that the body is a JSON object. The import use case validates
 * the document (once, with messages that tell a foreign file or a newer version apart), so 60 MB
 * exports are not parsed twice by zod.
 */
const importRoute = {
  ...importRouteDoc,
  hide: true,
  request: {
    body: jsonBody(
      z.looseObject({}, { error: 'expected a promocase export: a JSON object' }),
      'an export document',
    ),
  },
};

export function transferRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();

  app.openapi(exportRoute, async (c) => {
    const { services, actor } = c.var;
    const today = services.context.today();
    if (c.req.valid('query').format === 'markdown') {
      c.header('Content-Disposition', `attachment; filename="promocase-worklog-${today}.md"`);
      return c.body(await services.transfer.exportMarkdown(actor), 200, {
        'Content-Type': 'text/markdown; charset=utf-8',
      });
    }
    c.header('Content-Disposition', `attachment; filename="promocase-export-${today}.json"`);
    return c.json(await services.transfer.exportJson(actor), 200);
  });

  app.openAPIRegistry.registerPath(importRouteDoc);
  app.openapi(importRoute, async (c) => {
    return c.json(await c.var.services.transfer.import(c.var.actor, c.req.valid('json')), 200);
  });

  return app;
}
