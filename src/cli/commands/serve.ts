/** `promocase serve`: the HTTP API on this machine, at a Jupyter-style URL that carries the access token. */
import type { Command } from 'commander';
import { ensureAccessToken } from '../../config.js';
import { DomainError } from '../../core/errors.js';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../exit-codes.js';
import { say } from '../output.js';

const DEFAULT_PORT = '4321';
const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];

interface ServeFlags {
  port: string;
  host: string;
}

export function parsePort(text: string): number {
  const port = /^\d{1,5}$/.test(text) ? Number(text) : Number.NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new UsageError(
      `--port: "${text}" is not a port; use a whole number from 0 to 65535 (0 picks a free one)`,
    );
  }
  return port;
}

/** Only loopback for now: the local server has one user and no accounts, so the network must not reach it. */
export function parseHost(text: string): string {
  const host = text
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (!LOOPBACK_HOSTS.includes(host)) {
    throw new UsageError(
      `--host: "${text}" is not allowed; only this machine's loopback addresses (${LOOPBACK_HOSTS.join(', ')}) are, for now: the local server has no accounts, so it must not be reachable from the network`,
    );
  }
  return host;
}

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

export function registerServeCommand(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description('serve the HTTP API on this machine, for you alone (the URL carries your access token)')
    .option('-p, --port <n>', 'port to listen on; 0 picks a free one', DEFAULT_PORT)
    .option('--host <address>', `address to listen on: ${LOOPBACK_HOSTS.join(', ')}`, '127.0.0.1')
    .addHelpText(
      'after',
      `
Prints one line on stdout, the URL to open (keep it private: it holds your access token):
  promocase is serving at http://127.0.0.1:4321/?token=...
The API is under /api/v1 (OpenAPI document at /api/v1/openapi.json); send the token as
Authorization: Bearer <token>. The token is kept in config.json in your promocase home.

Examples:
  promocase serve
  promocase serve --port 0          any free port
  promocase --demo serve            explore the demo data`,
    )
    .action(async (flags: ServeFlags, cmd: Command) => {
      const port = parsePort(flags.port);
      const host = parseHost(flags.host);
      // The session stays open (and the store with it) until the server has stopped.
      await ctx.session(cmd, async ({ config, services, actor, io }) => {
        const accessToken = ensureAccessToken(config.home);
        // Loaded only here, so the commands people run every day do not pay for the server at start-up.
        const { startServer } = await import('../../server/start-server.js');
        const server = await startServer({ services, actor, accessToken, port, host }).catch(
          (error: unknown) => {
            throw listenFailure(error, host, port);
          },
        );
        const stopped = untilStopSignal();
        io.stdout.write(`promocase is serving at ${server.url}?token=${accessToken}\n`);
        say(io, `Your data: ${services.context.store.location}`);
        say(io, 'Ctrl+C to stop.');
        await stopped;
        say(io, 'Stopping (waiting for requests in flight)...');
        await server.close();
        say(io, 'Stopped.');
      });
    });
}
