/** The one place that turns failures into the wire error shape and its HTTP status. */
import { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type ErrorCode, type FieldProblem, invalidInput } from '../core/errors.js';
import { toProblems } from '../core/validation.js';

/** Every domain error code has a status; adding a code without one fails type checking. */
export const STATUS_BY_ERROR_CODE = {
  invalid_input: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  not_initialized: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  incompatible_database: 503,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

/** Codes on the wire: the domain's, plus the one for failures that are ours, not the caller's. */
export type WireErrorCode = ErrorCode | 'internal_error';

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_input' }),
      message: z.string().openapi({ example: 'title: at most 200 characters' }),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
    }),
  })
  .openapi('Error');
export type ErrorBody = z.infer<typeof ErrorBody>;

export function errorBody(code: WireErrorCode, message: string, details: FieldProblem[] = []): ErrorBody {
  return { error: { code, message, details } };
}

/** Responds with a domain error code, at the status the map gives it. */
export function errorResponse(c: Context, code: ErrorCode, message: string, details: FieldProblem[] = []) {
  return c.json(errorBody(code, message, details), STATUS_BY_ERROR_CODE[code]);
}

/** Hono's own exceptions (malformed JSON, media type) carry a status; give each its code and a field. */
const HTTP_EXCEPTIONS: Partial<
  Record<number, { code: ErrorCode; message: string; details: FieldProblem[] }>
> = {
  400: {
    code: 'invalid_input',
    message: 'the request body is not valid JSON',
    details: [{ path: '(body)', message: 'expected a JSON document' }],
  },
  413: {
    code: 'payload_too_large',
    message: 'the request body is too large',
    details: [{ path: '(body)', message: 'too large' }],
  },
  415: {
    code: 'unsupported_media_type',
    message: 'send the body as JSON, with Content-Type: application/json',
    details: [{ path: 'Content-Type', message: 'expected application/json' }],
  },
};

export type ErrorLogger = (error: unknown, c: Context) => void;

/** `app.onError`: domain errors keep their code; anything unexpected is logged and answered generically. */
export function errorHandler(logUnexpected: ErrorLogger) {
  return (error: unknown, c: Context) => {
    if (error instanceof DomainError) return errorResponse(c, error.code, error.message, error.details);
    if (error instanceof HTTPException) {
      const known = HTTP_EXCEPTIONS[error.status];
      if (known) return errorResponse(c, known.code, known.message, known.details);
    }
    logUnexpected(error, c);
    // Never the error's own message or stack: they can reveal paths, SQL or data.
    return c.json(
      errorBody('internal_error', 'something went wrong on our side; the details are in the server log'),
      500,
    );
  };
}

/** The `defaultHook` of every route: a zod failure becomes invalid_input naming each field. */
export function validationHook(
  result: ({ success: true } | { success: false; error: z.ZodError }) & { target?: string; data?: unknown },
  c: Context,
) {
  if (result.success) return;
  const error = invalidInput(toProblems(result.error).map((p) => repeatedInQuery(p, result)));
  return errorResponse(c, error.code, error.message, error.details);
}

/** `?since=a&since=b` reaches the schema as a list; "expected a date string" alone would puzzle whoever sent two dates. */
function repeatedInQuery(problem: FieldProblem, result: { target?: string; data?: unknown }): FieldProblem {
  if (result.target !== 'query' || typeof result.data !== 'object' || result.data === null) return problem;
  const value = (result.data as Record<string, unknown>)[problem.path];
  if (!Array.isArray(value)) return problem;
  return { path: problem.path, message: `given ${value.length} times; give it once (${problem.message})` };
}

export function notFoundHandler(c: Context) {
  return errorResponse(
    c,
    'not_found',
    `no such endpoint: ${c.req.method} ${c.req.path} (see /api/v1/openapi.json)`,
  );
}
