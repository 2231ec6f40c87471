/** /documents: download a promotion document in any format, its dry run, and its gaps. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import {
  DocumentCheckView,
  DocumentJsonView,
  DocumentQuery,
  DocumentTypeParam,
  EvidencePreviewView,
  requestOfQuery,
  SelectionQuery,
} from './documents-schemas.js';
import { errorResponses, jsonContent } from './openapi-parts.js';

const downloadRoute = createRoute({
  method: 'get',
  path: '/documents/{type}',
  summary: 'Download a document built from the allowed entries, as an attachment',
  description:
    'Every claim cites its entry; missing outcomes and numbers are marked gaps, never invented. The same options as `promocase doc`.',
  request: { params: DocumentTypeParam, query: DocumentQuery },
  responses: {
    200: {
      description: 'the document; Content-Disposition names the file (promocase-<type>-<date>.<ext>)',
      content: {
        'text/markdown': { schema: z.string() },
        'text/html': { schema: z.string() },
        'application/pdf': { schema: z.string().openapi({ format: 'binary' }) },
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
          schema: z.string().openapi({ format: 'binary' }),
        },
        'application/json': { schema: DocumentJsonView },
      },
    },
    ...errorResponses(400, 409),
  },
});

const previewRoute = createRoute({
  method: 'get',
  path: '/documents/{type}/evidence',
  summary: 'The dry run: every entry, in or out of the document, and why',
  request: { params: DocumentTypeParam, query: SelectionQuery },
  responses: { 200: jsonContent(EvidencePreviewView, 'every entry decided'), ...errorResponses(400, 409) },
});

const checkRoute = createRoute({
  method: 'get',
  path: '/documents/{type}/gaps',
  summary: 'The gaps the document would show, for the author to fill',
  request: { params: DocumentTypeParam, query: SelectionQuery },
  responses: {
    200: jsonContent(DocumentCheckView, 'the gaps (empty when none)'),
    ...errorResponses(400, 409),
  },
});

export function documentRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(downloadRoute, async (c) => {
    const { format, ...selection } = c.req.valid('query');
    const file = await c.var.services.documents.build(
      c.var.actor,
      c.req.valid('param').type,
      format ?? 'md',
      requestOfQuery(selection),
    );
    const body = typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes);
    return c.body(body as never, 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
    });
  });
  app.openapi(previewRoute, async (c) =>
    c.json(
      await c.var.services.documents.preview(
        c.var.actor,
        c.req.valid('param').type,
        requestOfQuery(c.req.valid('query')),
      ),
      200,
    ),
  );
  app.openapi(checkRoute, async (c) =>
    c.json(
      await c.var.services.documents.check(
        c.var.actor,
        c.req.valid('param').type,
        requestOfQuery(c.req.valid('query')),
      ),
      200,
    ),
  );
  return app;
}
