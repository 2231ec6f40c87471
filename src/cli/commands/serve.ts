/** `promocase serve`: the web app and the HTTP API on this machine, at a Jupyter-style URL that carries the access token. */
import type { Command } from 'commander';
import type { CommandContext } from '../command-context.js';
import { UsageError } from '../exit-codes.js';
import type { GlobalOptions } from '../session.js';

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

export function registerServeCommand(program: Command, ctx: CommandContext): void {
  program
    .command('serve')
    .description(
      'serve the web app and the HTTP API on this machine, for you alone (the URL carries your access token)',
    )
    .option('-p, --port <n>', 'port to listen on; 0 picks a free one', DEFAULT_PORT)
    .option('--host <address>', `address to listen on: ${LOOPBACK_HOSTS.join(', ')}`, '127.0.0.1')
    .addHelpText(
      'after',
      `
Prints one line on stdout, the URL to open (keep it private: it holds your access token):
  promocase is serving at http://127.0.0.1:4321/?token=...
Open it in a browser for the web app (the demo sample is at /demo/). The API is under /api/v1 (OpenAPI document at /api/v1/openapi.json); send the token as
Authorization: Bearer <token>. The token is kept in config.json in your promocase home.

Examples:
  promocase serve
  promocase serve --port 0          any free port
  promocase --demo serve            explore the demo data`,
    )
    .action(async (flags: ServeFlags, cmd: Command) => {
      const port = parsePort(flags.port);
      const host = parseHost(flags.host);
      // The server is a bundle of its own, loaded only here: everyday commands do not pay for it.
      const { serveMain } = await import('../serve-main.js');
      await serveMain(ctx.io, cmd.optsWithGlobals<GlobalOptions>(), { port, host });
    });
}
