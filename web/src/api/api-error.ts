// The one error the web app shows: the server's error shape, or a failure to reach the server at all.

export interface FieldProblem {
  path: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: FieldProblem[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The problems reported for one field and what is inside it (`links` takes `links[0]`), to show beside it. */
  forField(path: string): string | undefined {
    const inside = (p: string) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`);
    const found = this.details.filter((d) => inside(d.path));
    return found.length ? found.map((d) => d.message).join('; ') : undefined;
  }
}

/** Builds an ApiError from whatever an error response held; never trusts it to have the shape. */
export function toApiError(status: number, body: unknown): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | undefined)
    ?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const details = Array.isArray(error.details) ? (error.details as FieldProblem[]) : [];
    return new ApiError(status, error.code, error.message, details);
  }
  return new ApiError(status, 'internal_error', `the server answered ${status} without an explanation`);
}

export const UNREACHABLE = new ApiError(
  0,
  'unreachable',
  'promocase cannot be reached: is `promocase serve` still running? Nothing you typed is lost.',
);

export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, 'unexpected', error instanceof Error ? error.message : String(error));
}
