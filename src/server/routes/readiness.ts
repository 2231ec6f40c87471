/** /readiness, /objections, /next-actions, /projects: the case as a committee would see it. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { AppEnv } from '../app-env.js';
import { errorResponses, jsonContent } from './openapi-parts.js';

const Named = z.object({ id: z.string(), name: z.string() });
const Rating = z.object({
  competency: z.string(),
  level: z.string(),
  qualifier: z.string(),
  date: z.string(),
  rater: z.string(),
});
const Period = z.object({
  label: z.string(),
  start: z.string(),
  end: z.string(),
  entries: z.number().int(),
  nextLevel: z.number().int(),
  competencies: z.array(z.string()),
  verdict: z.enum(['next-level', 'some', 'none']),
});

const ReadinessView = z
  .object({
    asOf: z.string(),
    target: z.object({ ladderLevel: z.string(), level: Named, framework: Named }),
    overall: z.object({
      status: z.enum(['ready', 'close', 'not-yet']),
      score: z.number().int(),
      sustainedMonths: z.number().int(),
      counts: z.object({ strong: z.number().int(), emerging: z.number().int(), gap: z.number().int() }),
      explanation: z.array(z.string()),
    }),
    competencies: z.array(
      z.object({
        competency: Named,
        status: z.enum(['strong', 'emerging', 'gap']),
        strength: z.number().int(),
        entries: z.number().int(),
        nextLevelEntries: z.number().int(),
        periodsCovered: z.array(z.string()),
        self: Rating.nullable(),
        manager: Rating.nullable(),
        goals: z.array(z.object({ id: z.string(), title: z.string(), status: z.string() })),
        reasons: z.array(z.string()),
        supporting: z.array(z.string()).openapi({ description: 'entry ids, strongest first' }),
      }),
    ),
    consistency: z.object({
      periods: z.array(Period),
      sustainedMonths: z.number().int(),
      oneStrongPeriod: Period.nullable(),
      summary: z.string(),
    }),
  })
  .openapi('Readiness');

const ObjectionsView = z
  .object({
    asOf: z.string(),
    objections: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        status: z.enum(['answered', 'open']),
        reason: z.string(),
        answeredBy: z.array(z.string()),
        toAnswer: z.string().optional(),
      }),
    ),
    questions: z.array(
      z.object({
        question: z.string(),
        answered: z.boolean(),
        answer: z.string(),
        evidence: z.array(z.string()),
        toDo: z.string().optional(),
        listsEntries: z
          .literal(true)
          .optional()
          .openapi({ description: 'The answer is the titles of the evidence entries, in their order' }),
      }),
    ),
  })
  .openapi('Objections');

const NextActionsView = z
  .object({
    asOf: z.string(),
    nextActions: z.array(z.object({ action: z.string(), why: z.string(), command: z.string().optional() })),
  })
  .openapi('NextActions');

const Attribute = z.object({ present: z.boolean(), detail: z.string(), entries: z.array(z.string()) });
const ProjectsView = z
  .object({
    asOf: z.string(),
    projects: z.array(
      z.object({
        name: z.string(),
        from: z.string(),
        to: z.string(),
        entries: z.array(z.string()),
        attributes: z.object({
          ambiguity: Attribute,
          teams: Attribute,
          decisions: Attribute,
          outcomes: Attribute,
          peopleLed: Attribute,
        }),
        nextLevel: z.boolean(),
        reasons: z.array(z.string()),
      }),
    ),
  })
  .openapi('Projects');

const route = (path: string, summary: string, view: z.ZodType) =>
  createRoute({
    method: 'get',
    path,
    summary,
    responses: { 200: jsonContent(view, summary), ...errorResponses(409) },
  });

const routes = {
  readiness: route(
    '/readiness',
    'Readiness per competency for the target level, overall, and consistency over review periods',
    ReadinessView,
  ),
  objections: route(
    '/objections',
    "The committee's objections (answered or open) and its five questions",
    ObjectionsView,
  ),
  next: route('/next-actions', 'Next best actions for this week', NextActionsView),
  projects: route(
    '/projects',
    'Projects with their scope attributes and whether they are next-level',
    ProjectsView,
  ),
};

export function readinessRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  const assess = (c: { var: AppEnv['Variables'] }) => c.var.services.readiness.assess(c.var.actor);
  app.openapi(routes.readiness, async (c) => {
    const { asOf, target, overall, competencies, consistency } = await assess(c);
    return c.json({ asOf, target, overall, competencies, consistency }, 200);
  });
  app.openapi(routes.objections, async (c) => {
    const { asOf, objections, questions } = await assess(c);
    return c.json({ asOf, objections, questions }, 200);
  });
  app.openapi(routes.next, async (c) => {
    const { asOf, nextActions } = await assess(c);
    return c.json({ asOf, nextActions }, 200);
  });
  app.openapi(routes.projects, async (c) => {
    const { asOf, projects } = await assess(c);
    return c.json({ asOf, projects }, 200);
  });
  return app;
}
