/** /conversations and /manager-changes: 1:1s with vague feedback pointed out, the promotion talk, manager history. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { CreateConversationInput, UpdateConversationInput } from '../../core/people/conversation.js';
import { RecordManagerChangeInput } from '../../core/people/manager-change.js';
import { ExportedConversation, ExportedManagerChange } from '../../core/transfer/exported-people.js';
import type { AppEnv } from '../app-env.js';
import { named, nullableNamed } from '../openapi-schema.js';
import { errorResponses, jsonBody, jsonContent } from './openapi-parts.js';
import {
  DeletedQuery,
  IdParam,
  ManagerFeedbackAnalysisView,
  presentRecord,
  removeRestoreRoutes,
} from './people-schemas.js';

const ConversationView = named(ExportedConversation, 'Conversation');
const AnalysedConversationView = ExportedConversation.extend({
  feedbackAnalysis: z.array(ManagerFeedbackAnalysisView),
}).openapi('ConversationWithAnalysis');
const ManagerChangeView = named(ExportedManagerChange, 'ManagerChange');

const StatusView = z
  .object({
    goalStated: z.object({ on: z.string() }).nullable(),
    criteria: z.object({ on: z.string(), items: z.array(z.string()) }).nullable(),
    lastConversation: z.object({ on: z.string(), with: z.string(), daysAgo: z.number().int() }).nullable(),
    nextCheckIn: z.string().nullable(),
    careerConversations: z.number().int(),
    vagueFeedback: z.array(
      z.object({
        conversationId: z.string(),
        date: z.string(),
        statement: z.string(),
        reasons: z.array(z.string()),
        followUpQuestions: z.array(z.string()),
      }),
    ),
    vagueStreak: z.number().int(),
    latestManagerChange: nullableNamed(ManagerChangeView, 'ManagerChange'),
    findings: z.array(
      z.object({
        severity: z.enum(['mistake', 'red-flag', 'warning', 'ok']),
        code: z.string(),
        message: z.string(),
        action: z.string().optional(),
      }),
    ),
  })
  .openapi('ConversationStatus');

const routes = {
  list: createRoute({
    method: 'get',
    path: '/conversations',
    summary: 'Conversations, oldest first, each feedback statement judged actionable or vague',
    request: { query: DeletedQuery },
    responses: {
      200: jsonContent(z.object({ conversations: z.array(AnalysedConversationView) }), 'the conversations'),
      ...errorResponses(400),
    },
  }),
  create: createRoute({
    method: 'post',
    path: '/conversations',
    summary: 'Record a 1:1 or career conversation',
    request: {
      body: jsonBody(named(CreateConversationInput, 'CreateConversationInput'), 'the conversation'),
    },
    responses: {
      201: jsonContent(ConversationView, 'the saved conversation'),
      ...errorResponses(400, 413, 415),
    },
  }),
  status: createRoute({
    method: 'get',
    path: '/conversations/status',
    summary: 'The state of the promotion conversation: goal stated, criteria, check-ins, red flags',
    responses: { 200: jsonContent(StatusView, 'the status'), ...errorResponses(409) },
  }),
  get: createRoute({
    method: 'get',
    path: '/conversations/{id}',
    summary: 'One conversation (deleted ones too), with its feedback analysed',
    request: { params: IdParam },
    responses: {
      200: jsonContent(AnalysedConversationView, 'the conversation'),
      ...errorResponses(400, 404),
    },
  }),
  update: createRoute({
    method: 'patch',
    path: '/conversations/{id}',
    summary: 'Change some fields of a conversation',
    request: {
      params: IdParam,
      body: jsonBody(named(UpdateConversationInput, 'UpdateConversationInput'), 'the fields to change'),
    },
    responses: {
      200: jsonContent(ConversationView, 'the conversation'),
      ...errorResponses(400, 404, 413, 415),
    },
  }),
  ...removeRestoreRoutes('/conversations', 'conversation', ConversationView),

  managerHistory: createRoute({
    method: 'get',
    path: '/manager-changes',
    summary: 'Every recorded change of manager, oldest first',
    request: { query: DeletedQuery },
    responses: {
      200: jsonContent(z.object({ managerChanges: z.array(ManagerChangeView) }), 'the changes'),
      ...errorResponses(400),
    },
  }),
  managerChange: createRoute({
    method: 'post',
    path: '/manager-changes',
    summary: "Record a new manager (the profile's manager follows)",
    request: { body: jsonBody(named(RecordManagerChangeInput, 'RecordManagerChangeInput'), 'the change') },
    responses: {
      201: jsonContent(ManagerChangeView, 'the saved change'),
      ...errorResponses(400, 409, 413, 415),
    },
  }),
};

const managerChangeRoutes = removeRestoreRoutes('/manager-changes', 'manager change', ManagerChangeView);

export function conversationRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  const s = (c: { var: AppEnv['Variables'] }) => c.var.services.conversations;
  app.openapi(routes.list, async (c) => {
    const list = await s(c).list(c.var.actor, c.req.valid('query'));
    return c.json({ conversations: list.map(presentRecord) }, 200);
  });
  app.openapi(routes.create, async (c) =>
    c.json(presentRecord(await s(c).create(c.var.actor, c.req.valid('json'))), 201),
  );
  app.openapi(routes.status, async (c) => {
    const status = await s(c).status(c.var.actor);
    const change = status.latestManagerChange;
    return c.json({ ...status, latestManagerChange: change && presentRecord(change) }, 200);
  });
  app.openapi(routes.get, async (c) =>
    c.json(presentRecord(await s(c).get(c.var.actor, c.req.valid('param').id)), 200),
  );
  app.openapi(routes.update, async (c) =>
    c.json(presentRecord(await s(c).update(c.var.actor, c.req.valid('param').id, c.req.valid('json'))), 200),
  );
  app.openapi(routes.remove, async (c) =>
    c.json(presentRecord(await s(c).remove(c.var.actor, c.req.valid('param').id)), 200),
  );
  app.openapi(routes.restore, async (c) =>
    c.json(presentRecord(await s(c).restore(c.var.actor, c.req.valid('param').id)), 200),
  );
  app.openapi(routes.managerHistory, async (c) => {
    const changes = await c.var.services.managers.history(c.var.actor, c.req.valid('query'));
    return c.json({ managerChanges: changes.map(presentRecord) }, 200);
  });
  app.openapi(routes.managerChange, async (c) =>
    c.json(presentRecord(await c.var.services.managers.change(c.var.actor, c.req.valid('json'))), 201),
  );
  app.openapi(managerChangeRoutes.remove, async (c) =>
    c.json(presentRecord(await c.var.services.managers.remove(c.var.actor, c.req.valid('param').id)), 200),
  );
  app.openapi(managerChangeRoutes.restore, async (c) =>
    c.json(presentRecord(await c.var.services.managers.restore(c.var.actor, c.req.valid('param').id)), 200),
  );
  return app;
}
