/**
 * `promocase import` of 100,000 entries into a fresh home, against the floor: raw better-sqlite3 inserting
 * the same rows with prepared statements in one transaction. No budget in DESIGN.md: reported.
 */
import { join } from 'node:path';
import { exportDocument } from './lib/fixtures.mjs';
import { initialisedHome, NODE, promocase, ROOT, runOk } from './lib/processes.mjs';
import { median } from './lib/stats.mjs';

export const name = 'import';
export const title = 'promocase import of 100,000 entries into a fresh home vs raw better-sqlite3 (median)';

const ENTRIES = 100_000;
const FLOOR = join(ROOT, 'bench', 'baselines', 'sqlite-insert.mjs');

export async function run({ runs }) {
  const n = runs(3, 1);
  const doc = await exportDocument(ENTRIES);
  const subject = [];
  const floor = [];
  const floorPhases = [];
  const withoutFts = [];
  for (let i = 0; i < n; i++) {
    // Fresh homes for both, made untimed; the order alternates so that drift falls on both.
    const subjectHome = await initialisedHome('import');
    const floorHome = await initialisedHome('import-floor');
    const bareHome = await initialisedHome('import-no-fts');
    const runSubject = async () => {
      const r = await promocase(['--home', subjectHome, 'import', '--json', doc.file], { keepOutput: true });
      const created = JSON.parse(r.stdout).entries.created;
      if (created !== doc.count) throw new Error(`import created ${created} of ${doc.count} entries`);
      subject.push(r.ms / 1000);
    };
    const runFloor = async () => {
      const r = await runOk(NODE, [FLOOR, join(floorHome, 'promocase.db'), doc.file], { keepOutput: true });
      floorPhases.push(JSON.parse(r.stdout));
      floor.push(r.ms / 1000);
    };
    const runWithoutFts = async () => {
      const db = join(bareHome, 'promocase.db');
      const r = await runOk(NODE, [FLOOR, db, doc.file, '--without-fts'], { keepOutput: true });
      withoutFts.push(r.ms / 1000);
    };
    const order = i % 2 === 0 ? [runFloor, runSubject, runWithoutFts] : [runWithoutFts, runSubject, runFloor];
    for (const step of order) await step();
  }
  const value = median(subject);
  const base = median(floor);
  const rows = [
    {
      measured: `promocase import (${ENTRIES.toLocaleString('en-US')} entries, ${n} runs)`,
      value,
      unit: 's',
      baselineName: 'raw better-sqlite3',
      baselineValue: base,
      ratio: value / base,
      budget: 'none (reported)',
      pass: null,
    },
    {
      measured: 'raw better-sqlite3 without the full-text index',
      value: median(withoutFts),
      unit: 's',
      baselineName: 'raw better-sqlite3',
      baselineValue: base,
      ratio: median(withoutFts) / base,
      pass: null,
    },
  ];
  const parse = median(floorPhases.map((p) => p.parseMs)) / 1000;
  const insert = median(floorPhases.map((p) => p.insertMs)) / 1000;
  const notes = [
    `floor phases: read + JSON.parse ${parse.toFixed(2)} s, inserts (entries, labels, FTS5 index by ${floorPhases[0]?.fts}) ${insert.toFixed(2)} s; both sides are whole processes, spawn to exit`,
    `all runs (s): promocase ${subject.map((s) => s.toFixed(2)).join(', ')}; floor ${floor.map((s) => s.toFixed(2)).join(', ')}; without the index ${withoutFts.map((s) => s.toFixed(2)).join(', ')}`,
  ];
  return { rows, notes, samples: { subject, floor, floorPhases, withoutFts } };
}
