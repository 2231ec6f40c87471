// Test support for the HTTP API: an app over a fresh test store, and a client that sends the token.

import { openTestStore, testClock, testServices } from '../../tests/support/test-store.js';
import type { Entry } from '../core/entries/entry.js';
import type { Actor, Services } from '../services/services.js';
import type { Dialect, Store } from '../store/store.js';
import { createApp } from './create-app.js';

export const TEST_TOKEN = 'test-token-0123456789abcdef0123456789abcdef';

export interface SendOptions {
  /** Sent as JSON unless it is already a string (then sent as is, for malformed bodies). */
  body?: unknown;
  headers?: Record<string, string>;
  /** Leave out the Authorization header. */
  anonymous?: boolean;
}

export interface TestApi {
  app: ReturnType<typeof createApp>;
  store: Store;
  services: Services;
  actor: Actor;
  clock: ReturnType<typeof testClock>;
  /** Unexpected errors the app reported (tests of the 500 path read them). */
  logged: unknown[];
  send(method: string, path: string, options?: SendOptions): Promise<Response>;
  get(path: string, options?: SendOptions): Promise<Response>;
  post(path: string, body?: unknown, options?: SendOptions): Promise<Response>;
  put(path: string, body?: unknown, options?: SendOptions): Promise<Response>;
  patch(path: string, body?: unknown, options?: SendOptions): Promise<Response>;
  delete(path: string, options?: SendOptions): Promise<Response>;
  /** A second account with one entry, to check that its data stays out of reach. */
  otherOwnersEntry(): Promise<Entry>;
  /** Everything stored for the actor, to check that a failed request wrote nothing. */
  snapshot(): Promise<string>;
  cleanup(): Promise<void>;
}

export async function openTestApi(
  dialect: Dialect,
  services?: (real: Services) => Services,
): Promise<TestApi> {
  const { store, cleanup } = await openTestStore(dialect);
  const clock = testClock();
  const real = testServices(store, clock);
  const actor = await real.ensureLocalOwner();
  const logged: unknown[] = [];
  const app = createApp(services ? services(real) : real, {
    accessToken: TEST_TOKEN,
    actor,
    logError: (error) => logged.push(error),
  });

  const send = async (method: string, path: string, options: SendOptions = {}): Promise<Response> => {
    const headers: Record<string, string> = {};
    if (!options.anonymous) headers.Authorization = `Bearer ${TEST_TOKEN}`;
    let body: string | undefined;
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    return app.request(path, { method, body, headers: { ...headers, ...options.headers } });
  };

  return {
    app,
    store,
    services: real,
    actor,
    clock,
    logged,
    send,
    get: (path, options) => send('GET', path, options),
    post: (path, body, options) => send('POST', path, { ...options, body }),
    put: (path, body, options) => send('PUT', path, { ...options, body }),
    patch: (path, body, options) => send('PATCH', path, { ...options, body }),
    delete: (path, options) => send('DELETE', path, options),
    otherOwnersEntry: async () => {
      const other = { id: 'other-owner', name: 'someone else', createdAt: clock.now().toISOString() };
      await store.write((tx) => tx.insertOwner(other));
      return real.entries.create({ ownerId: other.id }, { title: 'Not yours to see' });
    },
    snapshot: async () => JSON.stringify(await real.transfer.exportJson(actor)),
    cleanup,
  };
}

/** The error of an error response, checked to have the one error shape. */
export async function errorOf(
  res: Response,
): Promise<{ code: string; message: string; details: { path: string; message: string }[] }> {
  const body = (await res.json()) as {
    error: { code: string; message: string; details: { path: string; message: string }[] };
  };
  if (
    typeof body.error?.code !== 'string' ||
    typeof body.error.message !== 'string' ||
    !Array.isArray(body.error.details)
  ) {
    throw new Error(`not the error shape: ${JSON.stringify(body)}`);
  }
  return body.error;
}
