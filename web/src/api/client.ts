// The typed API client: paths and bodies come from the server's OpenAPI document (schema.ts).
import createClient from 'openapi-fetch';
import { ApiError, toApiError, UNREACHABLE } from './api-error';
import type { components, paths } from './schema';

export type Schemas = components['schemas'];
export type Entry = Schemas['Entry'];
export type Profile = Schemas['Profile'];

/**
 * The demo sample is the same app under /demo/ (its API at /demo/api/v1), so the app works out from
 * its own address which data it shows.
 */
export const APP_BASE = /^\/demo(\/|$)/.test(window.location.pathname) ? '/demo' : '';

export const api = createClient<paths>({ baseUrl: `${window.location.origin}${APP_BASE}` });

/** Where a download of the API lives (an export), for a plain link. */
export const apiUrl = (path: `/api/v1/${string}`) => `${APP_BASE}${path}`;

/**
 * Awaits an openapi-fetch call and returns its data, or throws an ApiError: the server's, or
 * "unreachable" when the request never got an answer.
 * @example const profile = await call(api.GET('/api/v1/profile'));
 */
export async function call<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw UNREACHABLE;
  }
  if (!result.response.ok) throw toApiError(result.response.status, result.error);
  if (result.data === undefined)
    throw new ApiError(result.response.status, 'empty', 'the server sent no data');
  return result.data;
}
