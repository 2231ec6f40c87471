/**
 * Runs the HTTP server for `promocase serve`. Built as a bundle of its own (dist/serve.mjs): the server
 * stack (Hono, the OpenAPI extension of zod) would otherwise land in chunks every command loads.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openStore, servicesFor } from '../compose.js';
import { type Config, ensureAccessToken, loadConfig } from '../config.js';
import { DomainError } from '../core/errors.js';
import { startServer } from '../server/start-server.js';
import type { Actor, Services } from '../services/services.js';
import type { Store } from '../store/store.js';
import type { CliIo } from './io.js';
import { say } from './output.js';
import { type GlobalOptions, withSession } from './session.js';

/** Turns the errors of `listen` into messages that say what to do. */
function listenFailure(error: unknown, host: string, port: number): unknown {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') {
    return new DomainError(
      'conflict',
      `port ${port} is already in use (another promocase serve?): choose another with --port N, or --port 0 for any free port`,
    );
  }
  if (code === 'EACCES') {
    return new DomainError(
      'forbidden',
      `not allowed to listen on port ${port} (ports below 1024 need privileges): choose another with --port N`,
    );
  }
  if (code === 'EADDRNOTAVAIL')
    return new DomainError('conflict', `cannot listen on ${host}: this machine has no such address`);
  return error;
}

/** Resolves on the first Ctrl+C or SIGTERM; a second one (while closing) ends the process the default way. */
function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** The web app built beside this bundle (dist/web); absent when serving from an unbuilt tree. */
function builtWebRoot(): string | undefined {
  const root = fileURLToPath(new URL('./web/', import.meta.url));
  return existsSync(root) ? root : undefined;
}

/**
 * The demo home, opened on first visit of /demo/ and loaded with the sample if it is empty; closed
 * with the server. Not offered when the server already serves the demo.
 */
function demoOpener(io: CliIo, global: GlobalOptions, config: Config) {
  type Opened = { store: Store; services: Services; actor: Actor };
  let opening: Promise<Opened> | undefined;
  const openOnce = async (): Promise<Opened> => {
    const store = await openStore(loadConfig({ ...global, demo: true, env: io.env }));
    try {
      const services = servicesFor(store);
      const actor = await services.ensureLocalOwner();
      await services.demo.load(actor);
      return { store, services, actor };
    } catch (error) {
      await store.close();
      throw error;
    }
  };
  // Two first visits at once share one opening; a failed one is tried again on the next visit.
  const open = () => {
    opening ??= openOnce().catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  return {
    open: config.demo ? undefined : open,
    close: async () => {
      const opened = await opening?.catch(() => undefined);
      await opened?.store.close();
    },
  };
}

export async function serveMain(
  io: CliIo,
  global: GlobalOptions,
  listen: { port: number; host: string },
): Promise<void> {
  const { port, host } = listen;
  // The session stays open (and the store with it) until the server has stopped.
  await withSession(io, { ...global, loadsDemo: true }, async ({ config, services, actor }) => {
    // Serving the demo loads the sample on first use, as /demo/ beside your own data does.
    if (config.demo) await services.demo.load(actor);
    const accessToken = ensureAccessToken(config.home);
    const demo = demoOpener(io, global, config);
    const server = await startServer({
      services,
      actor,
      accessToken,
      port,
      host,
      webRoot: builtWebRoot(),
      isDemo: config.demo,
      openDemo: demo.open,
    }).catch((error: unknown) => {
      throw listenFailure(error, host, port);
    });
    // The dashboard's first view is the slowest a person sees: its reads are made once now, while the
    // person opens the printed URL (DESIGN.md section 7: first load under 1 s).
    void warmUp(server);
    const stopped = untilStopSignal();
    io.stdout.write(`promocase is serving at ${server.url}?token=${accessToken}\n`);
    say(io, `Your data: ${services.context.store.location}`);
    say(io, 'Ctrl+C to stop.');
    await stopped;
    say(io, 'Stopping (waiting for requests in flight)...');
    await server.close();
    await demo.close();
    say(io, 'Stopped.');
  });
}

/** What the dashboard reads on its first view (web/src/pages/dashboard-page.tsx), in that order. */
const DASHBOARD_READS = [
  '/',
  '/api/v1/about',
  '/api/v1/profile',
  '/api/v1/streak',
  '/api/v1/entries?limit=5',
  '/api/v1/readiness',
  '/api/v1/objections',
  '/api/v1/next-actions',
  '/api/v1/goals',
];

/** Makes the dashboard's reads once in the background; a failure here is the first real request's to report. */
async function warmUp(server: { warm(paths: readonly string[]): Promise<void> }): Promise<void> {
  try {
    await server.warm(DASHBOARD_READS);
  } catch {
    // Nothing to do: the same error reaches the person through the request that needs it.
  }
}
