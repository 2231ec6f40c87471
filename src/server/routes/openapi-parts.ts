/** Pieces that route definitions repeat: JSON bodies, whole numbers in query strings, the documented error responses. */
import { z } from '@hono/zod-openapi';
import { ErrorBody, type STATUS_BY_ERROR_CODE } from '../error-response.js';

type ErrorStatus = (typeof STATUS_BY_ERROR_CODE)[keyof typeof STATUS_BY_ERROR_CODE];

const WHEN: Record<ErrorStatus, string> = {
  400: 'invalid input: `details` names each field and what it accepts',
  401: 'missing or wrong access token',
  403: 'forbidden: a Host header that is not loopback, or a request from a page of another origin',
  404: 'no such entry (or it belongs to someone else)',
  409: 'conflict with the current state (already deleted, profile not set up yet)',
  413: 'request body too large',
  415: 'the body is not sent as application/json',
  503: 'the database cannot be used by this version',
};

export function jsonContent<S extends z.ZodType>(schema: S, description: string) {
  return { content: { 'application/json': { schema } }, description };
}

/** A required JSON request body. */
export function jsonBody<S extends z.ZodType>(schema: S, description: string) {
  return { content: { 'application/json': { schema } }, description, required: true };
}

/** The error responses of a route, all in the one error shape; 401 and 403 apply to every route. */
export function errorResponses(...statuses: ErrorStatus[]) {
  const all = [...new Set<ErrorStatus>([...statuses, 401, 403])].sort();
  return Object.fromEntries(all.map((status) => [status, jsonContent(ErrorBody, WHEN[status])])) as Record<
    ErrorStatus,
    ReturnType<typeof jsonContent<typeof ErrorBody>>
  >;
}

/**
 * An optional whole number from 1 to `max` in a query string (`?limit=20`). Only digits are read as a
 * number: z.coerce.number() would also take "1e3", "0x10", " 12" and an empty value (as 0).
 */
export function wholeNumberQuery(max: number) {
  return z
    .preprocess(
      (value) => (typeof value === 'string' && /^[0-9]{1,15}$/.test(value) ? Number(value) : value),
      z
        .number({ error: 'expected a whole number' })
        .int('expected a whole number')
        .min(1, 'at least 1')
        .max(max, `at most ${max}`),
    )
    .optional();
}
