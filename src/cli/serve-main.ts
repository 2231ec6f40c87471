/**
 * Runs the HTTP server for `promocase serve`. Built as a bundle of its own (dist/serve.js): the server
 * stack (Hono, the OpenAPI extension of zod) would otherwise land in chunks every command loads.
 */
import { ensureAccessToken } from '../config.js';
import { DomainError } from '../core/errors.js';
import { startServer } from '../server/start-server.js';
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

export async function serveMain(
  io: CliIo,
  global: GlobalOptions,
  listen: { port: number; host: string },
): Promise<void> {
  const { port, host } = listen;
  // The session stays open (and the store with it) until the server has stopped.
  await withSession(io, global, async ({ config, services, actor }) => {
    const accessToken = ensureAccessToken(config.home);
    const server = await startServer({ services, actor, accessToken, port, host }).catch((error: unknown) => {
      throw listenFailure(error, host, port);
    });
    const stopped = untilStopSignal();
    io.stdout.write(`promocase is serving at ${server.url}?token=${accessToken}\n`);
    say(io, `Your data: ${services.context.store.location}`);
    say(io, 'Ctrl+C to stop.');
    await stopped;
    say(io, 'Stopping (waiting for requests in flight)...');
    await server.close();
    say(io, 'Stopped.');
  });
}
