/** Listens on a loopback port with the app; resolves once listening, rejects clearly if it cannot. */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Actor, Services } from '../services/services.js';
import { type AppOptions, createApp } from './create-app.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 4321;

export interface StartServerOptions {
  services: Services;
  actor: Actor;
  accessToken: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  webRoot?: AppOptions['webRoot'];
  isDemo?: AppOptions['isDemo'];
  openDemo?: AppOptions['openDemo'];
}

export interface RunningServer {
  /** The base URL, e.g. `http://127.0.0.1:4321/`. */
  url: string;
  port: number;
  /** Stops accepting connections, lets requests in flight finish, then resolves. */
  close(): Promise<void>;
  /**
   * Answers GET requests in-process, the way a browser's would be (token, loopback host), and drops
   * the answers: the first real visit then finds routes, schemas and modules already loaded.
   */
  warm(paths: readonly string[]): Promise<void>;
}

/** How long requests in flight may take to finish once closing starts, before connections are cut. */
const CLOSE_GRACE_MS = 5_000;

/**
 * @example
 * const server = await startServer({ services, actor, accessToken, port: 0 });
 * await fetch(`${server.url}api/v1/health`);
 * await server.close();
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const { services, actor, accessToken, webRoot, isDemo, openDemo } = options;
  const app = createApp(services, { accessToken, actor, webRoot, isDemo, openDemo });
  const server = createAdaptorServer({
    fetch: app.fetch,
    hostname: host,
    // A request without a Host header is refused by rejectForeignHost, with a body that says why.
    serverOptions: { requireHostHeader: false },
  }) as Server;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    port,
    warm: async (paths) => {
      for (const path of paths) {
        const res = await app.request(path, { headers: { Authorization: `Bearer ${accessToken}` } });
        await res.arrayBuffer();
      }
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        const cut = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(cut);
          resolve();
        });
        server.closeIdleConnections();
      });
      return closing;
    },
  };
}
