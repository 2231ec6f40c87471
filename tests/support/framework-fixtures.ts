// Frameworks for tests: the shared public samples, a small one in promocase's format, result unwrapping.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { FrameworkImport, ImportResult } from '../../src/core/frameworks/import-support.js';

const sample = (path: string) =>
  fileURLToPath(new URL(`../../../shared/data/frameworks/${path}`, import.meta.url));
/** The Financial Times engineering-progression file (../shared, MIT licensed). */
export const FT_SAMPLE_FILE = sample('ft-engineering-progression/engineering.yml');
/** The Monzo progression-framework file (../shared, MIT licensed). */
export const MONZO_SAMPLE_FILE = sample('monzo-progression-framework/web.md');
export const FT_SAMPLE = readFileSync(FT_SAMPLE_FILE, 'utf8');
export const MONZO_SAMPLE = readFileSync(MONZO_SAMPLE_FILE, 'utf8');

/** The import, or a failed test that shows the problems. */
export function imported(result: ImportResult): FrameworkImport {
  if (!result.ok) throw new Error(`expected an import, got ${JSON.stringify(result.problems)}`);
  return result.value;
}

/** The problems of an import that must fail. */
export function importProblems(result: ImportResult) {
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

/** A small framework in promocase's format: levels mid and senior, one cell per level and competency. */
export function ladder(competencies: Array<[id: string, name: string]>, extra: Record<string, unknown> = {}) {
  const levels = [
    { id: 'mid', name: 'Mid', summary: '' },
    { id: 'senior', name: 'Senior', summary: '' },
  ];
  return {
    format: 'promocase-framework',
    version: 1,
    id: 'acme',
    name: 'Acme ladder',
    description: '',
    source: 'tests',
    levels,
    seniorLevel: 'senior',
    competencies: competencies.map(([id, name]) => ({ id, name, summary: '' })),
    cells: levels.flatMap((l) =>
      competencies.map(([id, name]) => ({
        level: l.id,
        competency: id,
        expectation: `${name} at ${l.name}.`,
        signals: [`Shows ${name.toLowerCase()}`],
        examples: [],
      })),
    ),
    ...extra,
  };
}
