/** /goals: goals with their quality check and flags, check-ins, linked entries, suggestions from the gap list. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { AddCheckInInput, CreateGoalInput, UpdateGoalInput } from '../../core/people/goal.js';
import { ExportedGoal } from '../../core/transfer/exported-people.js';
import type { AppEnv } from '../app-env.js';
import { named } from '../openapi-schema.js';
import { errorResponses, jsonBody, jsonContent } from './openapi-parts.js';
import { DeletedQuery, IdParam, presentRecord, removeRestoreRoutes } from './people-schemas.js';

const GoalView = named(ExportedGoal, 'Goal');
const ReviewedGoalView = ExportedGoal.extend({
  quality: z.object({
    score: z.number().int().openapi({ description: 'how many of the four criteria are met' }),
    checks: z.array(
      z.object({
        criterion: z.enum(['concrete', 'visible', 'impactful', 'time-bound']),
        ok: z.boolean(),
        reason: z.string(),
        suggestion: z.string().optional(),
      }),
    ),
  }),
  flags: z.array(z.object({ flag: z.enum(['overdue', 'stalled', 'not-started']), reason: z.string() })),
  progress: z.number().int(),
}).openapi('ReviewedGoal');

const LinkBody = z
  .object({
    add: z.array(z.string().min(1).max(64)).max(500, 'at most 500 ids').optional(),
    remove: z.array(z.string().min(1).max(64)).max(500, 'at most 500 ids').optional(),
  })
  .strict()
  .refine((v) => (v.add?.length ?? 0) + (v.remove?.length ?? 0) > 0, {
    message: 'give entry ids to add or remove',
  })
  .openapi('LinkGoalEntries');

const SuggestionView = z
  .object({ goal: named(CreateGoalInput, 'CreateGoalInput'), why: z.string() })
  .openapi('GoalSuggestion');

const routes = {
  list: createRoute({
    method: 'get',
    path: '/goals',
    summary: 'Goals with quality check, progress and flags (overdue, stalled, not started)',
    request: { query: DeletedQuery },
    responses: {
      200: jsonContent(z.object({ goals: z.array(ReviewedGoalView) }), 'the goals'),
      ...errorResponses(400),
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/goals',
    summary: 'Set a goal',
    request: { body: jsonBody(named(CreateGoalInput, 'CreateGoalInput'), 'the goal') },
    responses: {
      201: jsonContent(ReviewedGoalView, 'the goal, reviewed'),
      ...errorResponses(400, 409, 413, 415),
    },
  }),
  suggest: createRoute({
    method: 'get',
    path: '/goals/suggestions',
    summary: 'Goals suggested from the gap list, about one per quarter',
    responses: {
      200: jsonContent(z.object({ suggestions: z.array(SuggestionView) }), 'suggestions'),
      ...errorResponses(409),
    },
  }),
  get: createRoute({
    method: 'get',
    path: '/goals/{id}',
    summary: 'One goal (deleted ones too), reviewed',
    request: { params: IdParam },
    responses: { 200: jsonContent(ReviewedGoalView, 'the goal'), ...errorResponses(400, 404) },
  }),
  update: createRoute({
    method: 'patch',
    path: '/goals/{id}',
    summary: 'Change some fields of a goal',
    request: {
      params: IdParam,
      body: jsonBody(named(UpdateGoalInput, 'UpdateGoalInput'), 'the fields to change'),
    },
    responses: { 200: jsonContent(GoalView, 'the goal'), ...errorResponses(400, 404, 409, 413, 415) },
  }),
  checkIn: createRoute({
    method: 'post',
    path: '/goals/{id}/check-ins',
    summary: 'Record progress on a goal (a first check-in makes a planned goal active)',
    request: { params: IdParam, body: jsonBody(named(AddCheckInInput, 'AddCheckInInput'), 'the check-in') },
    responses: { 201: jsonContent(GoalView, 'the goal'), ...errorResponses(400, 404, 409, 413, 415) },
  }),
  link: createRoute({
    method: 'post',
    path: '/goals/{id}/entries',
    summary: 'Link log entries to a goal as its evidence, or unlink them',
    request: { params: IdParam, body: jsonBody(LinkBody, 'entry ids') },
    responses: { 200: jsonContent(GoalView, 'the goal'), ...errorResponses(400, 404, 409, 413, 415) },
  }),
  ...removeRestoreRoutes('/goals', 'goal', GoalView),
};

export function goalRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  const s = (c: { var: AppEnv['Variables'] }) => c.var.services.goals;
  app.openapi(routes.list, async (c) => {
    const goals = await s(c).list(c.var.actor, c.req.valid('query'));
    return c.json({ goals: goals.map(presentRecord) }, 200);
  });
  app.openapi(routes.create, async (c) => {
    const goal = await s(c).create(c.var.actor, c.req.valid('json'));
    return c.json(presentRecord(await s(c).get(c.var.actor, goal.id)), 201);
  });
  app.openapi(routes.suggest, async (c) => c.json({ suggestions: await s(c).suggest(c.var.actor) }, 200));
  app.openapi(routes.get, async (c) =>
    c.json(presentRecord(await s(c).get(c.var.actor, c.req.valid('param').id)), 200),
  );
  app.openapi(routes.update, async (c) =>
    c.json(presentRecord(await s(c).update(c.var.actor, c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  app.openapi(routes.checkIn, async (c) =>
    c.json(presentRecord(await s(c).checkIn(c.var.actor, c.req.valid('param').id, c.req.valid('json'))), 201),
  );
  app.openapi(routes.link, async (c) =>
    c.json(presentRecord(await s(c).link(c.var.actor, c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  app.openapi(routes.remove, async (c) =>
    c.json(presentRecord(await s(c).remove(c.var.actor, c.req.valid('param').id)), 200),
  );
  app.openapi(routes.restore, async (c) =>
    c.json(presentRecord(await s(c).restore(c.var.actor, c.req.valid('param').id)), 200),
  );
  return app;
}
