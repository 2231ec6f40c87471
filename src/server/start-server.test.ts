// The real listener: a free port, the loopback URL, requests over TCP, a graceful close, a busy port.
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestStore, testServices } from '../../tests/support/test-store.js';
import type { Actor, Services } from '../services/services.js';
import { type RunningServer, startServer } from './start-server.js';

describe('startServer', () => {
  let services: Services;
  let actor: Actor;
  let cleanup: () => Promise<void>;
  const running: RunningServer[] = [];

  beforeEach(async () => {
    const opened = await openTestStore('sqlite');
    cleanup = opened.cleanup;
    services = testServices(opened.store);
    actor = await services.ensureLocalOwner();
  });
  afterEach(async () => {
    await Promise.all(running.splice(0).map((s) => s.close()));
    await cleanup();
  });

  async function start(port = 0): Promise<RunningServer> {
    const server = await startServer({ services, actor, accessToken: 'a'.repeat(48), port });
    running.push(server);
    return server;
  }

  it('listens on 127.0.0.1 on a free port when given port 0', async () => {
    const server = await start();
    expect(server.port).toBeGreaterThan(0);
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const res = await fetch(`${server.url}api/v1/health`);
    expect(await res.json()).toMatchObject({ status: 'ok' });
  });

  it('answers an HTTP/1.1 request without a Host header with the API error shape, not a bare 400', async () => {
    const server = await start();
    const raw = await rawRequest(server.port, 'GET /api/v1/health HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(raw).toMatch(/^HTTP\/1\.1 400 /);
    expect(JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))).toEqual({
      error: {
        code: 'invalid_input',
        message: 'an HTTP/1.1 request needs a Host header (localhost, 127.0.0.1 or [::1])',
        details: [{ path: 'Host', message: 'required' }],
      },
    });
  });

  it('still answers an HTTP/1.0 request, which may come without a Host header', async () => {
    const server = await start();
    const raw = await rawRequest(server.port, 'GET /api/v1/health HTTP/1.0\r\n\r\n');
    expect(raw).toMatch(/^HTTP\/1\.1 200 /);
  });

  it('serves authenticated writes over TCP', async () => {
    const server = await start();
    const res = await fetch(`${server.url}api/v1/entries`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${'a'.repeat(48)}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Over the wire' }),
    });
    expect(res.status).toBe(201);
    expect((await services.entries.list(actor)).map((e) => e.title)).toEqual(['Over the wire']);
  });

  it('warms reads in-process so the first request over TCP is answered from the read cache', async () => {
    await services.entries.create(actor, { title: 'Warmed' });
    const server = await start();
    await server.warm(['/api/v1/entries?limit=5']);
    let listed = 0;
    const list = services.entries.list;
    services.entries.list = (...args) => {
      listed++;
      return list(...args);
    };
    const res = await fetch(`${server.url}api/v1/entries?limit=5`, {
      headers: { Authorization: `Bearer ${'a'.repeat(48)}` },
    });
    expect(((await res.json()) as { entries: { title: string }[] }).entries[0]?.title).toBe('Warmed');
    expect(listed).toBe(0);
  });

  it('refuses a port that is already taken with EADDRINUSE', async () => {
    const first = await start();
    await expect(start(first.port)).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('stops accepting connections once closed', async () => {
    const server = await start();
    await server.close();
    await expect(fetch(`${server.url}api/v1/health`)).rejects.toThrow();
  });
});

/** Sends bytes as they are (fetch always adds a Host header) and returns the whole answer. */
function rawRequest(port: number, request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      answer += chunk;
    });
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}
