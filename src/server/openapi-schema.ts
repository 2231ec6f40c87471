/** Documents core zod schemas in the OpenAPI output without depending on the order modules load in. */
import type { z } from '@hono/zod-openapi';

// zod binds `.openapi()` onto each schema when it is constructed, and only after @hono/zod-openapi has
// extended zod. The core's schemas are built first (the CLI loads the server lazily), so they lack it;
// a clone is constructed now and has it. The clone validates exactly like the original.
function fresh<S extends z.ZodType>(schema: S): S {
  return schema.clone() as S;
}

/**
 * The schema as a named component (`#/components/schemas/<refId>`).
 * @example const EntryView = named(ExportedEntry, 'Entry');
 */
export function named<S extends z.ZodType>(schema: S, refId: string): S {
  return fresh(schema).openapi(refId) as S;
}

/** The schema with a description in the document. */
export function described<S extends z.ZodType>(schema: S, description: string): S {
  return fresh(schema).openapi({ description }) as S;
}
