/** /frameworks: list, read, compare levels, export and import career frameworks. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { FrameworkDocument, FrameworkId } from '../../core/frameworks/framework.js';
import { MAX_FRAMEWORK_BYTES, serializeFramework } from '../../core/frameworks/parse-framework.js';
import type { AppEnv } from '../app-env.js';
import { named } from '../openapi-schema.js';
import { errorResponses, jsonBody, jsonContent } from './openapi-parts.js';

const FrameworkView = named(FrameworkDocument, 'Framework');
const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(60)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'promocase' }),
});

const FrameworkSummaryView = z
  .object({
    id: z.string(),
    name: z.string(),
    source: z.string(),
    builtin: z.boolean(),
    levels: z.number().int(),
    competencies: z.number().int(),
    seniorLevel: z.string(),
    importedAt: z.string().nullable(),
  })
  .openapi('FrameworkSummary');

const DiffQuery = z.object({ from: FrameworkId, to: FrameworkId }).strict();
const CellView = z
  .object({
    level: z.string(),
    competency: z.string(),
    expectation: z.string(),
    signals: z.array(z.string()),
    examples: z.array(z.string()),
  })
  .openapi('FrameworkCell');
const DiffView = z
  .object({
    framework: z.object({ id: z.string(), name: z.string() }),
    from: z.string(),
    to: z.string(),
    competencies: z.array(
      z.object({
        competency: z.object({ id: z.string(), name: z.string() }),
        from: CellView.optional(),
        steps: z.array(
          z.object({ level: z.object({ id: z.string(), name: z.string() }), cell: CellView.optional() }),
        ),
      }),
    ),
  })
  .openapi('FrameworkDiff');

const ExportQuery = z
  .object({ format: z.enum(['yaml', 'json'], { error: 'expected yaml or json' }).optional() })
  .strict();

/** The file travels as text, so YAML and Markdown files come through as the person has them. */
const ImportBody = z
  .object({
    text: z
      .string({ error: 'expected the file content as a string' })
      .min(1, 'the file is empty')
      .max(MAX_FRAMEWORK_BYTES, 'at most 5 MB'),
    fileName: z.string().min(1).max(200).openapi({ example: 'engineering.yml' }),
    seniorLevel: z
      .string()
      .min(1)
      .max(60)
      .optional()
      .openapi({ description: 'level id or 1-based number; required for FT and Monzo files' }),
    map: z
      .record(FrameworkId, FrameworkId)
      .optional()
      .openapi({ description: 'removed competency id -> new competency id' }),
  })
  .strict()
  .openapi('FrameworkImport');

const ImportReportView = z
  .object({
    framework: z.object({
      id: z.string(),
      name: z.string(),
      format: z.enum(['promocase', 'ft', 'monzo']),
      seniorLevel: z.string(),
    }),
    status: z.enum(['created', 'updated']),
    levels: z.number().int(),
    competencies: z.number().int(),
    cells: z.number().int(),
    added: z.array(z.string()),
    removed: z.array(z.string()),
    mapped: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        entries: z.number().int(),
        ratings: z.number().int(),
        goals: z.number().int(),
      }),
    ),
    flagged: z.array(
      z.object({
        competency: z.string(),
        entries: z.number().int(),
        ratings: z.number().int(),
        goals: z.number().int(),
        likelyRename: z.string().optional(),
      }),
    ),
  })
  .openapi('FrameworkImportReport');

const listRoute = createRoute({
  method: 'get',
  path: '/frameworks',
  summary: 'The built-in framework and the imported ones',
  responses: {
    200: jsonContent(z.object({ frameworks: z.array(FrameworkSummaryView) }), 'the frameworks'),
    ...errorResponses(),
  },
});

const getRoute = createRoute({
  method: 'get',
  path: '/frameworks/{id}',
  summary: 'A whole framework: levels, competencies and every cell',
  request: { params: IdParam },
  responses: { 200: jsonContent(FrameworkView, 'the framework'), ...errorResponses(404) },
});

const diffRoute = createRoute({
  method: 'get',
  path: '/frameworks/{id}/diff',
  summary: 'Per competency, what changes between two levels',
  request: { params: IdParam, query: DiffQuery },
  responses: { 200: jsonContent(DiffView, 'what each level adds'), ...errorResponses(400, 404) },
});

const exportRoute = createRoute({
  method: 'get',
  path: '/frameworks/{id}/export',
  summary: 'Download a framework in promocase format (YAML by default)',
  request: { params: IdParam, query: ExportQuery },
  responses: {
    200: {
      description: 'the framework file',
      content: { 'application/yaml': { schema: z.string() }, 'application/json': { schema: FrameworkView } },
    },
    ...errorResponses(400, 404),
  },
});

const importRoute = createRoute({
  method: 'post',
  path: '/frameworks/import',
  summary: 'Import a framework file; nothing is stored unless all of it is valid',
  request: {
    body: jsonBody(ImportBody, 'the file content, its name, and for FT/Monzo files which level is Senior'),
  },
  responses: {
    200: jsonContent(ImportReportView, 'what was stored, and entries re-tagged or flagged'),
    ...errorResponses(400, 409, 413, 415),
  },
});

export function frameworkRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(listRoute, async (c) =>
    c.json({ frameworks: await c.var.services.frameworks.list(c.var.actor) }, 200),
  );
  app.openapi(getRoute, async (c) =>
    c.json(await c.var.services.frameworks.get(c.var.actor, c.req.valid('param').id), 200),
  );
  app.openapi(diffRoute, async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json(
      await c.var.services.frameworks.diff(c.var.actor, { framework: c.req.valid('param').id, from, to }),
      200,
    );
  });
  app.openapi(exportRoute, async (c) => {
    const { id } = c.req.valid('param');
    const format = c.req.valid('query').format ?? 'yaml';
    const text = serializeFramework(await c.var.services.frameworks.get(c.var.actor, id), format);
    return c.body(text, 200, {
      'Content-Type':
        format === 'yaml' ? 'application/yaml; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${id}.${format === 'yaml' ? 'yml' : 'json'}"`,
    });
  });
  app.openapi(importRoute, async (c) =>
    c.json(await c.var.services.frameworks.import(c.var.actor, c.req.valid('json')), 200),
  );
  return app;
}
