/** Wire shapes shared by the people-loop routes: records (as exported, without the owner) and their analysis. */
import { createRoute, z } from '@hono/zod-openapi';
import type { RecordMeta } from '../../core/people/people-fields.js';
import { errorResponses, jsonContent } from './openapi-parts.js';

export const IdParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64, 'at most 64 characters')
    .openapi({ param: { name: 'id', in: 'path' }, example: '019a5c2e-7b1f-7c3d-9e2a-4b5c6d7e8f90' }),
});

export const DeletedQuery = z
  .object({
    deleted: z
      .enum(['exclude', 'include'], { error: 'expected exclude or include' })
      .optional()
      .openapi({ description: 'exclude (default) or include deleted records' }),
  })
  .strict();

export function presentRecord<T extends RecordMeta>(record: T): Omit<T, 'ownerId'> {
  const { ownerId: _ownerId, ...view } = record;
  return view;
}

/** DELETE /{path}/{id} and POST /{path}/{id}/restore, documented alike for every record kind. */
export function removeRestoreRoutes<S extends z.ZodType>(path: string, noun: string, view: S) {
  return {
    remove: createRoute({
      method: 'delete',
      path: `${path}/{id}`,
      summary: `Delete a ${noun} (restorable)`,
      request: { params: IdParam },
      responses: {
        200: jsonContent(view, `the ${noun}, now with deletedAt set`),
        ...errorResponses(400, 404, 409),
      },
    }),
    restore: createRoute({
      method: 'post',
      path: `${path}/{id}/restore`,
      summary: `Bring back a deleted ${noun}`,
      request: { params: IdParam },
      responses: { 200: jsonContent(view, `the restored ${noun}`), ...errorResponses(400, 404, 409) },
    }),
  };
}

export const ManagerFeedbackAnalysisView = z
  .object({ actionable: z.boolean(), reasons: z.array(z.string()), followUpQuestions: z.array(z.string()) })
  .openapi('FeedbackStatementAnalysis');

export const PeerFeedbackAnalysisView = z
  .object({
    specific: z.boolean(),
    score: z.number().int(),
    reasons: z.array(z.string()),
    suggestions: z.array(z.string()),
  })
  .openapi('PeerFeedbackAnalysis');
