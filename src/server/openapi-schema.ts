/** Documents core zod schemas in the OpenAPI output without depending on the order modules load in. */
import { type z, z as zod } from '@hono/zod-openapi';

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

/**
 * A named component or null, written `{allOf: [$ref], nullable: true}`: the form OpenAPI 3.0 means.
 * `.nullable()` on a named schema would carry the name (so whichever route is documented first can
 * make the component itself nullable), and zod-to-openapi writes a nullable reference as
 * `allOf: [$ref, {nullable: true}]`, which tools read as "the component", losing the null.
 * The component must be documented elsewhere under `refId` (a route that returns it). It validates
 * like `schema.nullable()`; the generator sees an opaque value and writes exactly the reference.
 * @example latestManagerChange: nullableNamed(ManagerChangeView, 'ManagerChange')
 */
export function nullableNamed<S extends z.ZodType>(schema: S, refId: string): z.ZodNullable<S> {
  const documented = zod
    .any()
    .refine((value) => value === null || schema.safeParse(value).success, `expected ${refId} or null`)
    // `nullable` is OpenAPI 3.0's; the metadata type follows 3.1, hence the assertion.
    .openapi({ allOf: [{ $ref: `#/components/schemas/${refId}` }], nullable: true } as {
      allOf: Array<{ $ref: string }>;
    });
  return documented as unknown as z.ZodNullable<S>;
}
