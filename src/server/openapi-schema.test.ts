// How nullable references to named components come out in the OpenAPI document the web app's types are generated from.
import { z } from '@hono/zod-openapi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nullableNamed } from './openapi-schema.js';
import { openTestApi, type TestApi } from './test-api.js';

type Schema = { nullable?: boolean; allOf?: unknown[]; properties?: Record<string, Schema> };

describe('nullableNamed', () => {
  const Thing = z.object({ name: z.string() });
  const MaybeThing = nullableNamed(Thing, 'Thing');

  it('accepts the named shape or null and refuses anything else', () => {
    expect(MaybeThing.safeParse({ name: 'x' }).success).toBe(true);
    expect(MaybeThing.safeParse(null).success).toBe(true);
    expect(MaybeThing.safeParse({ name: 3 }).success).toBe(false);
    expect(MaybeThing.safeParse(undefined).success).toBe(false);
  });
});

describe('the OpenAPI document', () => {
  let api: TestApi;
  let schemas: Record<string, Schema>;
  beforeEach(async () => {
    api = await openTestApi('sqlite');
    const doc = (await (await api.get('/api/v1/openapi.json')).json()) as {
      components: { schemas: Record<string, Schema> };
    };
    schemas = doc.components.schemas;
  });
  afterEach(async () => {
    await api.cleanup();
  });

  it('keeps ManagerChange itself non-nullable although the status may have none', () => {
    expect(schemas.ManagerChange?.nullable).toBeUndefined();
    expect(schemas.ConversationStatus?.properties?.latestManagerChange).toEqual({
      allOf: [{ $ref: '#/components/schemas/ManagerChange' }],
      nullable: true,
    });
  });

  it('says a comparison side or a gap rating may be null, in the form OpenAPI 3.0 means', () => {
    const comparison = schemas.RatingComparison?.properties?.competencies as { items: Schema } | undefined;
    const row = comparison?.items;
    const dated = { allOf: [{ $ref: '#/components/schemas/DatedRating' }], nullable: true };
    expect(row?.properties?.self).toEqual(dated);
    expect(row?.properties?.manager).toEqual(dated);
    const gaps = schemas.GapList?.properties?.gaps as { items: Schema } | undefined;
    expect(gaps?.items.properties?.rating).toEqual(dated);
  });

  it("gives the batch analysis's manager-feedback result its own name, apart from a 1:1 statement's", () => {
    expect(Object.keys(schemas.ManagerFeedbackAnalysis?.properties ?? {})).toEqual(
      expect.arrayContaining(['id', 'type', 'actionable']),
    );
    expect(Object.keys(schemas.FeedbackStatementAnalysis?.properties ?? {}).sort()).toEqual([
      'actionable',
      'followUpQuestions',
      'reasons',
    ]);
  });
});
