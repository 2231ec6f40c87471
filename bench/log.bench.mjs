/**
 * `promocase log "..."` wall time against the start-up of `node -e 0` (DESIGN.md section 7: at most 1.6x).
 * Both start Node without NODE_EXTRA_CA_CERTS, as the promocase command does for the local database; where
 * the machine sets it, `node -e 0` as the machine starts it is shown beside them, as information.
 */
import { initialisedHome, interleave, NODE, nodeE0, promocase, runOk } from './lib/processes.mjs';
import { median, relativeSpread } from './lib/stats.mjs';

export const name = 'log';
export const title = 'promocase log "..." wall time vs node -e 0 (spawned, piped stdio, median)';

const BUDGET_RATIO = 1.6;

export async function run({ runs }) {
  const n = runs(20);
  const home = await initialisedHome('log');
  const log = (i) =>
    promocase(['--home', home, 'log', `Led the billing migration cutover, step ${i}`, '--kind', 'feature']);
  // Start-up without opening the store: tells bundle evaluation apart from store and write costs.
  const version = () => promocase(['--version']);

  const logRun = await interleave({ runs: n, subject: log, baseline: nodeE0 });
  const versionRun = await interleave({ runs: n, subject: version, baseline: nodeE0 });

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
    `noise (median absolute deviation): log ${pct(rows[0].spread)}, node -e 0 ${pct(relativeSpread(logRun.baseline))}`,
  ];
  return { rows, notes, samples: { log: logRun, version: versionRun } };
}

function pct(x) {
  return `${(x * 100).toFixed(1)}%`;
}
