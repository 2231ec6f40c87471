/**
 * API read throughput and p99 latency: `promocase serve` answering GET /api/v1/entries?limit=20 on a home
 * of 10,000 entries, against a bare node:http server answering the same JSON body. 50 keep-alive
 * connections on loopback; the load generator (autocannon) runs in this process, each server in its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { seededHome } from './lib/fixtures.mjs';
import { pacedLoad } from './lib/paced-load.mjs';
import { CLI, NODE, ROOT, tempDir } from './lib/processes.mjs';
import { startServer } from './lib/servers.mjs';
import { median, percentile } from './lib/stats.mjs';

export const name = 'api';
export const title =
  'API GET /api/v1/entries?limit=20 on 10,000 entries vs bare node:http, 50 connections on loopback';

const ENTRIES = 10_000;
const CONNECTIONS = 50;
const PATH = '/api/v1/entries?limit=20';
const BUDGET_SHARE = 0.5;
const BUDGET_P99_MS = 10;
/**
 * At full load a closed loop of 50 connections has latency = 50 / throughput (Little's law), so p99 there
 * mostly restates throughput. Latency is also measured at a fixed offered load both servers sustain.
 */
const FIXED_RATE = 500;
const BARE = join(ROOT, 'bench', 'baselines', 'bare-server.mjs');

/**
 * One load run; returns requests/s and latency percentiles (ms), and fails on any error or non-2xx.
 * Latencies are taken from every response (autocannon's own histogram rounds to whole milliseconds).
 */
async function load(url, token, seconds, { uncached = false } = {}) {
  const latencies = [];
  let n = 0;
  const instance = autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    headers: { authorization: `Bearer ${token}` },
    // A different `since` on every request (all before the data, so the same 20 entries come back):
    // each URL is new to the server's read cache, so this measures the uncached path.
    ...(uncached
      ? { requests: [{ setupRequest: (req) => ({ ...req, path: `${PATH}&since=${sinceFor(n++)}` }) }] }
      : {}),
  });
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  const r = await instance;
  const bad = r.errors + r.timeouts + r.non2xx;
  if (bad > 0) {
    throw new Error(
      `${url}: ${r.errors} errors, ${r.timeouts} timeouts, ${r.non2xx} non-2xx of ${r.requests.total} requests`,
    );
  }
  return {
    rps: r.requests.total / r.duration,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    bytesPerResponse: r.throughput.total / Math.max(1, r.requests.total),
  };
}

/** A date in 1990-2013, different for each of 8,000 consecutive requests. */
function sinceFor(n) {
  return new Date(Date.UTC(1990, 0, 1) + (n % 8000) * 86_400_000).toISOString().slice(0, 10);
}

/** Latency at a fixed, evenly paced offered load over the same number of connections. */
async function paced(url, token, seconds) {
  const r = await pacedLoad(url, {
    rate: FIXED_RATE,
    seconds,
    connections: CONNECTIONS,
    headers: { authorization: `Bearer ${token}` },
  });
  if (r.failures > 0) throw new Error(`${url}: ${r.failures} failed requests at ${FIXED_RATE} req/s`);
  return r;
}

export async function run({ runs, quick }) {
  const rounds = runs(3, 1);
  const seconds = quick ? 3 : 6;
  const { home } = await seededHome(ENTRIES);

  const promocase = await startServer(
    NODE,
    [CLI, '--home', home, 'serve', '--port', '0'],
    /promocase is serving at (http:\/\/\S+)/,
    { label: 'promocase serve' },
  );
  let bare;
  try {
    const served = new URL(promocase.match[1]);
    const token = served.searchParams.get('token');
    const subjectUrl = `${served.origin}${PATH}`;
    const res = await fetch(subjectUrl, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`GET ${PATH} answered ${res.status}: ${body.slice(0, 500)}`);
    const bodyFile = join(tempDir('api'), 'body.json');
    writeFileSync(bodyFile, body);
    bare = await startServer(NODE, [BARE, bodyFile, token], /listening at (http:\/\/\S+)/, {
      label: 'bare node:http server',
    });
    const bareUrl = `${new URL(bare.match[1]).origin}${PATH}`;

    // Warm both (JIT, SQLite page cache), then alternate which goes first in each round.
    await load(bareUrl, token, 2);
    await load(subjectUrl, token, 2);
    const subject = [];
    const baseline = [];
    const subjectUncached = [];
    const subjectFixed = [];
    const baselineFixed = [];
    for (let i = 0; i < rounds; i++) {
      const steps = [
        async () => baseline.push(await load(bareUrl, token, seconds)),
        async () => subject.push(await load(subjectUrl, token, seconds)),
        async () => baselineFixed.push(await paced(bareUrl, token, seconds)),
        async () => subjectFixed.push(await paced(subjectUrl, token, seconds)),
        async () => subjectUncached.push(await load(subjectUrl, token, seconds, { uncached: true })),
      ];
      const order = i % 2 === 0 ? [0, 1, 2, 3, 4] : [1, 0, 3, 2, 4];
      for (const k of order) await steps[k]();
    }
    const rps = median(subject.map((r) => r.rps));
    const bareRps = median(baseline.map((r) => r.rps));
    const p99 = median(subject.map((r) => r.p99));
    const bareP99 = median(baseline.map((r) => r.p99));
    const share = rps / bareRps;
    const rows = [
      {
        measured: `promocase serve: throughput (${rounds} x ${seconds} s)`,
        value: rps,
        unit: 'req/s',
        baselineName: 'bare node:http',
        baselineValue: bareRps,
        ratio: share,
        ratioAsPercent: true,
        budget: `>= ${BUDGET_SHARE * 100}% of bare`,
        pass: share >= BUDGET_SHARE,
      },
      {
        measured: 'promocase serve: throughput, every request a cache miss',
        value: median(subjectUncached.map((r) => r.rps)),
        unit: 'req/s',
        baselineName: 'bare node:http',
        baselineValue: bareRps,
        ratio: median(subjectUncached.map((r) => r.rps)) / bareRps,
        ratioAsPercent: true,
        pass: null,
      },
      {
        measured: 'promocase serve: p99 latency',
        value: p99,
        unit: 'ms',
        baselineName: 'bare node:http',
        baselineValue: bareP99,
        ratio: p99 / bareP99,
        budget: `< ${BUDGET_P99_MS} ms`,
        pass: p99 < BUDGET_P99_MS,
      },
      {
        measured: 'promocase serve: p50 latency',
        value: median(subject.map((r) => r.p50)),
        unit: 'ms',
        baselineName: 'bare node:http',
        baselineValue: median(baseline.map((r) => r.p50)),
        ratio: median(subject.map((r) => r.p50)) / median(baseline.map((r) => r.p50)),
        pass: null,
      },
      {
        measured: `promocase serve: p99 at a paced ${FIXED_RATE} req/s`,
        value: median(subjectFixed.map((r) => r.p99)),
        unit: 'ms',
        baselineName: 'bare node:http',
        baselineValue: median(baselineFixed.map((r) => r.p99)),
        ratio: median(subjectFixed.map((r) => r.p99)) / median(baselineFixed.map((r) => r.p99)),
        pass: null,
      },
    ];
    const notes = [
      `response: ${body.length.toLocaleString('en-US')} bytes of JSON (~${Math.round(subject[0].bytesPerResponse)} bytes on the wire with headers; bare ~${Math.round(baseline[0].bytesPerResponse)})`,
      `per round req/s: promocase ${subject.map((r) => Math.round(r.rps)).join(', ')}; bare ${baseline.map((r) => Math.round(r.rps)).join(', ')}`,
      `at full load, 50 connections / ${Math.round(bareRps)} req/s (bare) = ${((CONNECTIONS / bareRps) * 1000).toFixed(1)} ms: the mean latency even the bare server has (Little's law), so a p99 < ${BUDGET_P99_MS} ms at saturation needs more than ${Math.round((CONNECTIONS / BUDGET_P99_MS) * 1000)} req/s`,
      `fixed-rate row: ${FIXED_RATE} req/s evenly paced (open loop, timed from the scheduled start) over up to ${CONNECTIONS} keep-alive connections (served: promocase ${Math.round(median(subjectFixed.map((r) => r.rps)))}, bare ${Math.round(median(baselineFixed.map((r) => r.rps)))} req/s)`,
    ];
    return { rows, notes, samples: { subject, baseline, subjectUncached, subjectFixed, baselineFixed } };
  } finally {
    await bare?.stop();
    await promocase.stop();
  }
}
