/**
 * The analysis engine through `promocase analyze --input`: accuracy per label on the development and the
 * holdout sets (targets of issue 5 apply to the holdout, text the engine was not tuned on), and throughput.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { competencyF1, share } from './lib/accuracy.mjs';
import { initialisedHome, nodeE0, promocase, ROOT, tempDir } from './lib/processes.mjs';
import { median } from './lib/stats.mjs';

export const name = 'analysis';
export const title = 'promocase analyze: accuracy per label (dev and holdout sets) and throughput';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'analysis');
const TARGETS = { kind: 0.8, scope: 0.75, metric: 0.9, competencies: 0.7, specific: 0.9, actionable: 0.9 };

const readJsonl = (text) =>
  text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));

async function analyze(file) {
  const r = await promocase(['analyze', '--input', file], { keepOutput: true });
  return { results: readJsonl(r.stdout), ms: r.ms };
}

function accuracyRow(set, label, value, detail) {
  const target = TARGETS[label];
  const holdout = set === 'holdout';
  return {
    measured: `${set}: ${label === 'competencies' ? 'competency F1 (micro)' : `${label} accuracy`} (${detail})`,
    value: label === 'competencies' ? Math.round(value * 1000) / 1000 : Math.round(value * 1000) / 10,
    unit: label === 'competencies' ? 'F1' : '%',
    budget: `>= ${label === 'competencies' ? target : `${target * 100}%`}${holdout ? '' : ' (on holdout)'}`,
    pass: holdout ? value >= target : null,
  };
}

async function measureSet(set) {
  const entriesFile = join(FIXTURES, `${set}-entries.jsonl`);
  const feedbackFile = join(FIXTURES, `${set}-feedback.jsonl`);
  const entries = readJsonl(readFileSync(entriesFile, 'utf8'));
  const feedback = readJsonl(readFileSync(feedbackFile, 'utf8'));
  const { results: entryResults } = await analyze(entriesFile);
  const { results: feedbackResults } = await analyze(feedbackFile);
  const rows = [];
  for (const label of ['kind', 'scope', 'metric']) {
    const s = share(entries, entryResults, label);
    rows.push(accuracyRow(set, label, s.accuracy, `${s.right}/${s.count}`));
  }
  const f1 = competencyF1(entries, entryResults);
  rows.push(
    accuracyRow(
      set,
      'competencies',
      f1.f1,
      `P ${f1.precision.toFixed(2)} R ${f1.recall.toFixed(2)}, ${entries.length} entries`,
    ),
  );
  for (const label of ['specific', 'actionable']) {
    const s = share(feedback, feedbackResults, label);
    rows.push(accuracyRow(set, label, s.accuracy, `${s.right}/${s.count}`));
  }
  return rows;
}

export async function run({ runs }) {
  const rows = [...(await measureSet('dev')), ...(await measureSet('holdout'))];

  // Throughput: a large batch against a one-item batch, so start-up and the model load cancel out.
  const dir = tempDir('analysis');
  const all = ['dev', 'holdout'].flatMap((set) =>
    ['entries', 'feedback'].flatMap((kind) =>
      readJsonl(readFileSync(join(FIXTURES, `${set}-${kind}.jsonl`), 'utf8')),
    ),
  );
  const size = 5000;
  const big = Array.from({ length: size }, (_, i) => {
    const item = all[i % all.length];
    return JSON.stringify({ id: `b${i}`, type: item.type, text: item.text });
  });
  const bigFile = join(dir, 'big.jsonl');
  const oneFile = join(dir, 'one.jsonl');
  writeFileSync(bigFile, `${big.join('\n')}\n`);
  writeFileSync(oneFile, `${big[0]}\n`);
  const n = runs(5, 2);
  const bigMs = [];
  const oneMs = [];
  const nodeMs = [];
  for (let i = 0; i < n; i++) {
    nodeMs.push((await nodeE0()).ms);
    oneMs.push((await analyze(oneFile)).ms);
    bigMs.push((await analyze(bigFile)).ms);
  }
  const perItemMs = (median(bigMs) - median(oneMs)) / (size - 1);
  rows.push({
    measured: `analyze --input, one item: start-up with the model load (${n} runs)`,
    value: median(oneMs),
    unit: 'ms',
    baselineName: 'node -e 0',
    baselineValue: median(nodeMs),
    ratio: median(oneMs) / median(nodeMs),
    pass: null,
  });
  rows.push({
    measured: `analyze --input, ${size} items (${n} runs)`,
    value: median(bigMs),
    unit: 'ms',
    pass: null,
  });
  // Capture: the engine loads only when suggestions are asked for; a plain `log` must not pay for it.
  const home = await initialisedHome('analysis-log');
  const plainMs = [];
  const suggestMs = [];
  for (let i = 0; i < n; i++) {
    plainMs.push(
      (await promocase(['--home', home, 'log', `Paired with Lena on the flaky tests, step ${i}`])).ms,
    );
    suggestMs.push(
      (
        await promocase([
          '--home',
          home,
          'log',
          `Paired with Lena on the flaky tests, step ${i}`,
          '--suggest',
        ])
      ).ms,
    );
  }
  rows.push({
    measured: `promocase log "..." --suggest (${n} runs)`,
    value: median(suggestMs),
    unit: 'ms',
    baselineName: 'log without --suggest',
    baselineValue: median(plainMs),
    ratio: median(suggestMs) / median(plainMs),
    pass: null,
  });
  const notes = [
    `throughput after start-up: ${Math.round(1000 / perItemMs).toLocaleString('en-US')} items/s (${(perItemMs * 1000).toFixed(0)} µs per item, a mix of entries and feedback)`,
    'the holdout set was written before any tuning and is never tuned against item by item; the targets apply to it',
  ];
  return { rows, notes, samples: { bigMs, oneMs, nodeMs, plainMs, suggestMs } };
}
