/** /assessments and /gaps: ratings per competency, their history, self vs manager, the gap list. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { invalidInput } from '../../core/errors.js';
import { RecordAssessmentInput } from '../../core/people/assessment.js';
import { ExportedAssessment } from '../../core/transfer/exported-people.js';
import type { AppEnv } from '../app-env.js';
import { named, nullableNamed } from '../openapi-schema.js';
import { errorResponses, jsonBody, jsonContent } from './openapi-parts.js';
import { DeletedQuery, presentRecord, removeRestoreRoutes } from './people-schemas.js';

const AssessmentView = named(ExportedAssessment, 'Assessment');
const DatedRatingView = z
  .object({
    competency: z.string(),
    level: z.string(),
    qualifier: z.string(),
    note: z.string(),
    whatItTakes: z.string(),
    date: z.string(),
    rater: z.enum(['self', 'manager']),
    assessmentId: z.string(),
  })
  .openapi('DatedRating');
const Named = z.object({ id: z.string(), name: z.string() });

const HistoryView = z
  .object({
    framework: Named,
    competencies: z.array(
      z.object({
        competency: Named,
        ratings: z.array(DatedRatingView.extend({ position: z.number() })),
        trajectory: z.object({ self: z.string(), manager: z.string() }),
      }),
    ),
  })
  .openapi('RatingHistory');

const CompareView = z
  .object({
    framework: Named,
    competencies: z.array(
      z.object({
        competency: Named,
        self: nullableNamed(DatedRatingView, 'DatedRating'),
        manager: nullableNamed(DatedRatingView, 'DatedRating'),
        difference: z.number().nullable().openapi({ description: 'self minus manager, in levels' }),
      }),
    ),
  })
  .openapi('RatingComparison');

const GapView = z.object({
  competency: Named,
  rating: nullableNamed(DatedRatingView, 'DatedRating'),
  distance: z.number().nullable(),
  expectation: z.string().nullable(),
  signals: z.array(z.string()),
  whatItTakes: z.array(z.object({ date: z.string(), text: z.string() })),
  goals: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
});
const GapListView = z
  .object({
    framework: Named,
    targetLevel: Named,
    gaps: z.array(GapView),
    unrated: z.array(GapView),
    atTarget: z.array(z.string()),
  })
  .openapi('GapList');

const routes = {
  list: createRoute({
    method: 'get',
    path: '/assessments',
    summary: 'Every assessment, oldest first',
    request: { query: DeletedQuery },
    responses: {
      200: jsonContent(z.object({ assessments: z.array(AssessmentView) }), 'the assessments'),
      ...errorResponses(400, 409),
    },
  }),
  record: createRoute({
    method: 'post',
    path: '/assessments',
    summary: "Record ratings: the engineer's own, or the manager's",
    request: { body: jsonBody(named(RecordAssessmentInput, 'RecordAssessmentInput'), 'the ratings') },
    responses: {
      201: jsonContent(AssessmentView, 'the saved assessment'),
      ...errorResponses(400, 404, 409, 413, 415),
    },
  }),
  history: createRoute({
    method: 'get',
    path: '/assessments/history',
    summary: "Every rating per competency over time, with each rater's trajectory",
    request: {
      query: z
        .object({
          competency: z.string().min(1, 'must not be empty').max(60, 'at most 60 characters').optional(),
        })
        .strict(),
    },
    responses: { 200: jsonContent(HistoryView, 'the history'), ...errorResponses(400, 409) },
  }),
  compare: createRoute({
    method: 'get',
    path: '/assessments/compare',
    summary: 'Self against manager per competency, largest disagreements first',
    responses: { 200: jsonContent(CompareView, 'the comparison'), ...errorResponses(409) },
  }),
  gaps: createRoute({
    method: 'get',
    path: '/gaps',
    summary: "Competencies below the target level, furthest first, with the target level's signals",
    responses: { 200: jsonContent(GapListView, 'the gap list'), ...errorResponses(409) },
  }),
  ...removeRestoreRoutes('/assessments', 'assessment', AssessmentView),
};

export function assessmentRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  app.openapi(routes.list, async (c) => {
    const list = await c.var.services.assessments.list(c.var.actor, c.req.valid('query'));
    return c.json({ assessments: list.map(presentRecord) }, 200);
  });
  app.openapi(routes.record, async (c) =>
    c.json(presentRecord(await c.var.services.assessments.record(c.var.actor, c.req.valid('json'))), 201),
  );
  app.openapi(routes.history, async (c) => {
    const { competency } = c.req.valid('query');
    const history = await c.var.services.assessments.history(c.var.actor, competency);
    // An unknown competency is a mistake in the request, not an empty history.
    if (competency !== undefined && history.competencies.length === 0) {
      const all = await c.var.services.assessments.history(c.var.actor);
      throw invalidInput([
        {
          path: 'competency',
          message: `"${competency}" is not a competency of ${history.framework.name}; use one of: ${all.competencies.map((x) => x.competency.id).join(', ')}`,
        },
      ]);
    }
    return c.json(history, 200);
  });
  app.openapi(routes.compare, async (c) =>
    c.json(await c.var.services.assessments.compare(c.var.actor), 200),
  );
  app.openapi(routes.gaps, async (c) => c.json(await c.var.services.assessments.gaps(c.var.actor), 200));
  app.openapi(routes.remove, async (c) =>
    c.json(presentRecord(await c.var.services.assessments.remove(c.var.actor, c.req.valid('param').id)), 200),
  );
  app.openapi(routes.restore, async (c) =>
    c.json(
      presentRecord(await c.var.services.assessments.restore(c.var.actor, c.req.valid('param').id)),
      200,
    ),
  );
  return app;
}
