/** Data the benchmarks share within one run, made once: export documents and a home holding 10,000 entries. */
import { join } from 'node:path';
import { initialisedHome, promocase, tempDir } from './processes.mjs';
import { writeExportDocument } from './seed.mjs';

const cache = new Map();

function once(key, make) {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key);
}

/** An export document of `count` generated entries (ten years of logging). */
export function exportDocument(count) {
  return once(`doc:${count}`, async () => {
    const file = join(tempDir(`doc-${count}`), `export-${count}.json`);
    return writeExportDocument(file, count);
  });
}

/** A home (already initialised) into which `count` entries were imported with `promocase import`. */
export function seededHome(count) {
  return once(`home:${count}`, async () => {
    const doc = await exportDocument(count);
    const home = await initialisedHome(`home-${count}`);
    const r = await promocase(['--home', home, 'import', '--json', doc.file], { keepOutput: true });
    const report = JSON.parse(r.stdout);
    if (report.entries.created !== doc.count) {
      throw new Error(`seeding imported ${report.entries.created} of ${doc.count} entries`);
    }
    return { home, entries: doc.count, live: doc.count - doc.deleted, seedMs: r.ms };
  });
}
