/**
 * An open-loop load generator: requests at evenly spaced times (not in per-second bursts, as autocannon's
 * rate limit sends them) over a pool of keep-alive connections, each timed from its scheduled start, so
 * a server that falls behind is charged for the wait too.
 */
import { Agent, request } from 'node:http';
import { percentile } from './stats.mjs';

export async function pacedLoad(url, { rate, seconds, connections, headers = {} }) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  const total = Math.round(rate * seconds);
  const spacing = 1000 / rate;
  const latencies = [];
  let failures = 0;
  let done = 0;
  const start = performance.now();

  const send = (scheduled) =>
    new Promise((resolve) => {
      const req = request(
        {
          host: target.hostname,
          port: target.port,
          path: `${target.pathname}${target.search}`,
          agent,
          headers,
        },
        (res) => {
          res.on('data', () => {});
          res.on('end', () => {
            if (res.statusCode !== 200) failures++;
            latencies.push(performance.now() - scheduled);
            resolve();
          });
        },
      );
      req.on('error', () => {
        failures++;
        resolve();
      });
      req.end();
    });

  const inFlight = [];
  await new Promise((finished) => {
    let sent = 0;
    const tick = () => {
      const now = performance.now();
      while (sent < total && start + sent * spacing <= now) {
        inFlight.push(send(start + sent * spacing).then(() => done++));
        sent++;
      }
      if (sent < total) setTimeout(tick, Math.max(0, start + sent * spacing - performance.now()));
      else finished();
    };
    tick();
  });
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return {
    rps: done / elapsed,
    failures,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
  };
}
