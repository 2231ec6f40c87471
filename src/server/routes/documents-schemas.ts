/** Query and response schemas of /documents: the selection options as query parameters, the dry run and the check. */
import { z } from '@hono/zod-openapi';
import { DOCUMENT_FORMATS, DOCUMENT_TYPES } from '../../core/documents/document-types.js';
import { VISIBILITIES } from '../../core/entries/entry-vocabulary.js';

export const DocumentTypeParam = z.object({
  type: z
    .string()
    .min(1)
    .max(40)
    .openapi({
      param: { name: 'type', in: 'path' },
      example: 'brag',
      description: `one of: ${DOCUMENT_TYPES.join(', ')}`,
    }),
});

const isoDate = z.string().openapi({ format: 'date', example: '2026-07-01' });

/** Query strings are text: the use case validates the values (dates, visibility) with the same schema as the CLI. */
export const SelectionQuery = z
  .object({
    visibility: z
      .string()
      .optional()
      .openapi({
        description: `${VISIBILITIES.join(' | ')}: private includes every entry (default per type)`,
      }),
    since: isoDate
      .optional()
      .openapi({ description: 'first day of evidence (default: the current review period)' }),
    until: isoDate.optional().openapi({ description: 'last day of evidence' }),
    project: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .openapi({ description: 'only entries of these projects (repeat the parameter)' }),
    wordLimit: z.string().optional().openapi({ description: 'meta only: the most words (default 1000)' }),
  })
  .strict();

export const DocumentQuery = SelectionQuery.extend({
  format: z
    .string()
    .optional()
    .openapi({ description: `${DOCUMENT_FORMATS.join(' | ')} (default md)` }),
}).strict();

/** The selection query as the request the use cases take. */
export function requestOfQuery(query: z.infer<typeof SelectionQuery>): Record<string, unknown> {
  const request: Record<string, unknown> = {};
  if (query.visibility !== undefined) request.visibility = query.visibility;
  if (query.since !== undefined) request.since = query.since;
  if (query.until !== undefined) request.until = query.until;
  if (query.project !== undefined)
    request.projects = Array.isArray(query.project) ? query.project : [query.project];
  if (query.wordLimit !== undefined)
    request.wordLimit = /^\d{1,6}$/.test(query.wordLimit) ? Number(query.wordLimit) : query.wordLimit;
  return request;
}

const Selection = z.object({
  visibility: z.enum(VISIBILITIES),
  since: z.string(),
  until: z.string(),
  projects: z.array(z.string()),
  basis: z.string(),
});

export const EvidencePreviewView = z
  .object({
    type: z.enum(DOCUMENT_TYPES),
    selection: Selection,
    included: z.number().int(),
    excluded: z.number().int(),
    entries: z.array(
      z.object({
        id: z.string(),
        date: z.string(),
        title: z.string(),
        project: z.string().nullable(),
        visibility: z.enum(VISIBILITIES),
        included: z.boolean(),
        reasons: z.array(z.string()),
      }),
    ),
  })
  .openapi('DocumentEvidencePreview');

const GapView = z.object({
  section: z.string(),
  under: z.string().nullable(),
  what: z.string(),
  why: z.string(),
  claim: z.string().nullable(),
});

const WordLimitView = z.object({
  limit: z.number().int(),
  wordsBefore: z.number().int(),
  wordsAfter: z.number().int(),
  cut: z.array(
    z.object({
      section: z.string(),
      under: z.string().nullable(),
      words: z.number().int(),
      excerpt: z.string(),
    }),
  ),
});

export const DocumentCheckView = z
  .object({
    type: z.enum(DOCUMENT_TYPES),
    selection: Selection,
    included: z.number().int(),
    gaps: z.array(GapView),
    wordLimit: WordLimitView.optional(),
  })
  .openapi('DocumentCheck');

// The document model (src/core/documents/document-model.ts) as the JSON format sends it, so the web
// app's preview is typed from the same OpenAPI document as every other read.
const InlineView = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('text'), text: z.string() }),
    z.object({ type: z.literal('strong'), text: z.string() }),
    z.object({ type: z.literal('emphasis'), text: z.string() }),
    z.object({
      type: z.literal('citation'),
      entryId: z.string(),
      date: z.string(),
      link: z.string().nullable(),
    }),
    z.object({ type: z.literal('gap'), what: z.string(), why: z.string() }),
  ])
  .openapi('DocumentInline');

const BlockView = z
  .discriminatedUnion('type', [
    z.object({ type: z.literal('heading'), text: z.string() }),
    z.object({ type: z.literal('paragraph'), content: z.array(InlineView) }),
    z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.array(InlineView)) }),
    z.object({
      type: z.literal('table'),
      header: z.array(z.string()),
      rows: z.array(z.array(z.array(InlineView))),
    }),
    z.object({ type: z.literal('quote'), content: z.array(InlineView), attribution: z.string().nullable() }),
  ])
  .openapi('DocumentBlock');

export const DocumentJsonView = z
  .object({
    format: z.literal('promocase-document'),
    version: z.literal(1),
    document: z.object({
      type: z.enum(DOCUMENT_TYPES),
      title: z.string(),
      metadata: z.array(z.object({ label: z.string(), value: z.string() })),
      sections: z.array(z.object({ id: z.string(), title: z.string(), blocks: z.array(BlockView) })),
    }),
    gaps: z.array(GapView),
    wordLimit: WordLimitView.optional(),
  })
  .strict()
  .openapi('DocumentJson');
