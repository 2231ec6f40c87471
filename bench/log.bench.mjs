/**
 * `promocase log "..."` wall time against the start-up of `node -e 0` (DESIGN.md section 7: at most 1.6x).
 * Both start Node without NODE_EXTRA_CA_CERTS, as the promocase command does for the local database; where
 * the machine sets it, `node -e 0` as the machine starts it is shown beside them, as information.
 */
import { join } from 'node:path';
import {
  initialisedHome,
  interleave,
  localNodeEnv,
  NODE,
  nodeE0,
  promocase,
  runOk,
} from './lib/processes.mjs';
import { median, relativeSpread } from './lib/stats.mjs';

export const name = 'log';
export const title = 'promocase log "..." wall time vs node -e 0 (spawned, piped stdio, median)';

const BUDGET_RATIO = 1.6;
const FLOOR = join(import.meta.dirname, 'lib', 'log-floor.cjs');

export async function run({ runs }) {
  const n = runs(20);
  const home = await initialisedHome('log');
  const log = (i) =>
    promocase(['--home', home, 'log', `Led the billing migration cutover, step ${i}`, '--kind', 'feature']);
  // Start-up without opening the store: tells bundle evaluation apart from store and write costs.
  const version = () => promocase(['--version']);

  // What any program must do to keep an entry durably (lib/log-floor.cjs), in a home of its own.
  const floorHome = await initialisedHome('log-floor');
  const floor = (i) =>
    runOk(NODE, [FLOOR, join(floorHome, 'promocase.db'), `Led the billing migration cutover, step ${i}`], {
      env: localNodeEnv(),
    });

  const logRun = await interleave({ runs: n, subject: log, baseline: nodeE0 });
  const versionRun = await interleave({ runs: n, subject: version, baseline: nodeE0 });
  const floorRun = await interleave({ runs: n, subject: floor, baseline: nodeE0 });

  const base = median(logRun.baseline);
  const logMs = median(logRun.subject);
  const baseV = median(versionRun.baseline);
  const versionMs = median(versionRun.subject);
  const rows = [
    {
      measured: `promocase log "..." (${n} runs)`,
      value: logMs,
      unit: 'ms',
      baselineName: 'node -e 0',
      baselineValue: base,
      ratio: logMs / base,
      budget: `<= ${BUDGET_RATIO}x node -e 0`,
      pass: logMs / base <= BUDGET_RATIO,
      spread: relativeSpread(logRun.subject),
    },
    {
      measured: `promocase --version, no store (${n} runs)`,
      value: versionMs,
      unit: 'ms',
      baselineName: 'node -e 0',
      baselineValue: baseV,
      ratio: versionMs / baseV,
      pass: null,
      spread: relativeSpread(versionRun.subject),
    },
    {
      measured: `floor: one entry kept durably by 25 lines of better-sqlite3, no promocase (${n} runs)`,
      value: median(floorRun.subject),
      unit: 'ms',
      baselineName: 'node -e 0',
      baselineValue: median(floorRun.baseline),
      ratio: median(floorRun.subject) / median(floorRun.baseline),
      pass: null,
      spread: relativeSpread(floorRun.subject),
    },
  ];
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const machineRun = await interleave({
      runs: n,
      subject: () => runOk(NODE, ['-e', '0']),
      baseline: nodeE0,
    });
    const machineMs = median(machineRun.subject);
    rows.push({
      measured: `node -e 0 as this machine starts it: NODE_EXTRA_CA_CERTS is set (${n} runs)`,
      value: machineMs,
      unit: 'ms',
      baselineName: 'node -e 0',
      baselineValue: median(machineRun.baseline),
      ratio: machineMs / median(machineRun.baseline),
      pass: null,
      spread: relativeSpread(machineRun.subject),
    });
  }
  const notes = [
    `over node -e 0: log +${(logMs - base).toFixed(1)} ms, of which start-up without the store (--version) +${(versionMs - baseV).toFixed(1)} ms`,
    `the floor alone is ${rows[2].ratio.toFixed(2)}x node -e 0: the ${BUDGET_RATIO}x budget leaves ${(BUDGET_RATIO * median(floorRun.baseline) - median(floorRun.subject)).toFixed(1)} ms for everything promocase does beyond it`,
    `noise (median absolute deviation): log ${pct(rows[0].spread)}, node -e 0 ${pct(relativeSpread(logRun.baseline))}`,
  ];
  return { rows, notes, samples: { log: logRun, version: versionRun } };
}

function pct(x) {
  return `${(x * 100).toFixed(1)}%`;
}
