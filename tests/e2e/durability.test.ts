// Durability of `promocase serve` (issue 2): every write acknowledged with 201 survives a kill -9 of the
// server in the middle of a stream of writes, and the SQLite file passes integrity_check afterwards.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = resolve(import.meta.dirname, '../../dist/promocase.js');
const BUILT = existsSync(CLI);
const IN_CI = Boolean(process.env.CI);
if (!BUILT && !IN_CI) console.warn(`skipped: durability e2e needs the built CLI (${CLI}); run npm run build`);

const URL_LINE = /^promocase is serving at (http:\/\/127\.0\.0\.1:\d+\/)\?token=(\S+)$/m;

interface Served {
  child: ChildProcess;
  base: string;
  token: string;
  exited: Promise<NodeJS.Signals | number | null>;
}

/** Starts the built CLI as a user would, with nothing from this machine's environment that picks a database. */
async function serve(home: string): Promise<Served> {
  const { DATABASE_URL: _d, PROMOCASE_HOME: _h, PROMOCASE_TEST_PG: _p, ...env } = process.env;
  const child = spawn(process.execPath, [CLI, 'serve', '--home', home, '--port', '0'], {
    env: { ...env, NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | number | null>((done) =>
    child.once('exit', (code, signal) => done(signal ?? code)),
  );
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const line = await new Promise<RegExpExecArray>((found, fail) => {
    const timer = setTimeout(() => fail(new Error(`no URL line within 10 s; stderr: ${stderr}`)), 10_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = URL_LINE.exec(stdout);
      if (match) {
        clearTimeout(timer);
        found(match);
      }
    });
    void exited.then((how) =>
      fail(new Error(`serve exited (${how}) before printing its URL; stderr: ${stderr}`)),
    );
  });
  return { child, base: line[1]!, token: line[2]!, exited };
}

function post(s: Served, path: string, body: unknown): Promise<Response> {
  return fetch(`${s.base}api/v1/${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${s.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

describe.skipIf(!BUILT && !IN_CI)('promocase serve durability (built CLI)', () => {
  let home: string | undefined;
  const started: Served[] = [];
  afterAll(() => {
    for (const s of started) s.child.kill('SIGKILL');
    if (home) rmSync(home, { recursive: true, force: true });
  });

  it('keeps every acknowledged write through a kill -9 mid-stream, with an intact database', async () => {
    expect(BUILT, `${CLI} is missing: run npm run build (CI=true makes this a failure, not a skip)`).toBe(
      true,
    );
    home = mkdtempSync(join(tmpdir(), 'promocase-durability-'));
    const first = await serve(home);
    started.push(first);

    const acknowledged = new Set<string>();
    /** Titles of batches sent, acknowledged or not: each must end up all there or not there at all. */
    const batches: string[] = [];

    // Sequential writes: the simple case, each one acknowledged before the next is sent.
    for (let i = 0; i < 25; i++) {
      const res = await post(first, 'entries', { title: `sequential ${i}`, details: 'x'.repeat(2_000) });
      expect(res.status).toBe(201);
      acknowledged.add(((await res.json()) as { id: string }).id);
    }

    // Then concurrent writers, single entries and batches, until the server is killed under them.
    const KILL_AFTER = 60;
    let concurrentAcks = 0;
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const batch = w % 2 === 1;
        const title = `writer ${w} #${i}`;
        if (batch) batches.push(title);
        try {
          const res = batch
            ? await post(first, 'entries/batch', {
                entries: [1, 2, 3].map((n) => ({ title: `${title} (${n}/3)` })),
              })
            : await post(first, 'entries', { title, impact: 'y'.repeat(500) });
          if (res.status !== 201) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
          const body = (await res.json()) as { id: string } | { entries: { id: string }[] };
          for (const e of 'entries' in body ? body.entries : [body]) acknowledged.add(e.id);
          if (++concurrentAcks === KILL_AFTER) {
            // The others have requests in flight right now: this is the middle of the stream.
            killed = true;
            first.child.kill('SIGKILL');
          }
        } catch (error) {
          if (killed) return; // refused or cut connections once the server is gone: expected
          throw error;
        }
      }
    };
    await Promise.all([0, 1, 2, 3, 4, 5].map(writer));
    expect(await first.exited).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(25 + KILL_AFTER);

    // The file as the crash left it (SQLite replays the WAL on open, as any next run would).
    const db = new BetterSqlite3(join(home, 'promocase.db'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(
        (db.prepare('select id from entries').all() as { id: string }[]).map((r) => r.id),
      );
      const lost = [...acknowledged].filter((id) => !stored.has(id));
      expect(lost, 'acknowledged entries missing after kill -9').toEqual([]);
      const titles = (db.prepare('select title from entries').all() as { title: string }[]).map(
        (r) => r.title,
      );
      for (const batch of batches) {
        const present = titles.filter((t) => t.startsWith(`${batch} (`)).length;
        expect([0, 3], `batch "${batch}" is partly stored`).toContain(present);
      }
    } finally {
      db.close();
    }

    // And promocase itself starts again on that file and serves every acknowledged entry.
    const second = await serve(home);
    started.push(second);
    const res = await fetch(`${second.base}api/v1/entries?deleted=include&limit=100000`, {
      headers: { Authorization: `Bearer ${second.token}` },
    });
    expect(res.status).toBe(200);
    const listed = new Set(((await res.json()) as { entries: { id: string }[] }).entries.map((e) => e.id));
    expect([...acknowledged].filter((id) => !listed.has(id))).toEqual([]);
    expect(second.token).toBe(first.token); // the token is kept in the home, so the printed URL stays valid
    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);
  });
});
