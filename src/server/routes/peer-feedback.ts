/** /peer-feedback: feedback received (specific or generic, and why) and the request kit. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { RecordPeerFeedbackInput, UpdatePeerFeedbackInput } from '../../core/people/peer-feedback.js';
import { ExportedPeerFeedback } from '../../core/transfer/exported-people.js';
import type { AppEnv } from '../app-env.js';
import { named } from '../openapi-schema.js';
import { errorResponses, jsonBody, jsonContent, wholeNumberQuery } from './openapi-parts.js';
import {
  DeletedQuery,
  IdParam,
  PeerFeedbackAnalysisView,
  presentRecord,
  removeRestoreRoutes,
} from './people-schemas.js';

const FeedbackView = named(ExportedPeerFeedback, 'PeerFeedback');
const AnalysedView = ExportedPeerFeedback.extend({ analysis: PeerFeedbackAnalysisView }).openapi(
  'PeerFeedbackWithAnalysis',
);
const Named = z.object({ id: z.string(), name: z.string() });
const KitView = z
  .object({
    focus: z.array(Named),
    requests: z.array(
      z.object({
        peer: z.string(),
        competencies: z.array(Named),
        sharedWork: z.array(
          z.object({ entryId: z.string(), date: z.string(), title: z.string(), links: z.array(z.string()) }),
        ),
        lastFeedback: z.string().nullable(),
        why: z.string(),
        message: z
          .string()
          .openapi({ description: 'ready to send by the engineer; promocase sends nothing' }),
      }),
    ),
    notes: z.array(z.string()),
  })
  .openapi('FeedbackRequestKit');

const KitQuery = z
  .object({
    limit: wholeNumberQuery(20),
  })
  .strict();

const routes = {
  list: createRoute({
    method: 'get',
    path: '/peer-feedback',
    summary: 'Feedback received, oldest first, each judged specific or generic',
    request: { query: DeletedQuery },
    responses: {
      200: jsonContent(z.object({ peerFeedback: z.array(AnalysedView) }), 'the feedback'),
      ...errorResponses(400),
    },
  }),
  record: createRoute({
    method: 'post',
    path: '/peer-feedback',
    summary: 'Record feedback received from a peer',
    request: { body: jsonBody(named(RecordPeerFeedbackInput, 'RecordPeerFeedbackInput'), 'the feedback') },
    responses: {
      201: jsonContent(AnalysedView, 'the saved feedback, analysed'),
      ...errorResponses(400, 413, 415),
    },
  }),
  kit: createRoute({
    method: 'get',
    path: '/peer-feedback/request-kit',
    summary: 'Whom to ask for feedback on the weakest competencies, with a request text for each',
    request: { query: KitQuery },
    responses: { 200: jsonContent(KitView, 'the request kit'), ...errorResponses(400, 409) },
  }),
  get: createRoute({
    method: 'get',
    path: '/peer-feedback/{id}',
    summary: 'One piece of feedback (deleted ones too), analysed',
    request: { params: IdParam },
    responses: { 200: jsonContent(AnalysedView, 'the feedback'), ...errorResponses(400, 404) },
  }),
  update: createRoute({
    method: 'patch',
    path: '/peer-feedback/{id}',
    summary: 'Change some fields of a piece of feedback',
    request: {
      params: IdParam,
      body: jsonBody(named(UpdatePeerFeedbackInput, 'UpdatePeerFeedbackInput'), 'the fields to change'),
    },
    responses: { 200: jsonContent(FeedbackView, 'the feedback'), ...errorResponses(400, 404, 413, 415) },
  }),
  ...removeRestoreRoutes('/peer-feedback', 'piece of peer feedback', FeedbackView),
};

export function peerFeedbackRoutes(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>();
  const s = (c: { var: AppEnv['Variables'] }) => c.var.services.peerFeedback;
  app.openapi(routes.list, async (c) => {
    const list = await s(c).list(c.var.actor, c.req.valid('query'));
    return c.json({ peerFeedback: list.map(presentRecord) }, 200);
  });
  app.openapi(routes.record, async (c) => {
    const saved = await s(c).record(c.var.actor, c.req.valid('json'));
    return c.json(presentRecord(await s(c).get(c.var.actor, saved.id)), 201);
  });
  app.openapi(routes.kit, async (c) => c.json(await s(c).requestKit(c.var.actor, c.req.valid('query')), 200));
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
  return app;
}
