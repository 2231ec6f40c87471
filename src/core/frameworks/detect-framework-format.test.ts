import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFrameworkFormat, withSeniorLevel } from './detect-framework-format.js';
import type { FrameworkDocument } from './framework.js';
import { importFinancialTimes } from './import-ft.js';
import {
  finishImport,
  guessSeniorLevel,
  splitListItems,
  toFrameworkIds,
  unwrapProse,
} from './import-support.js';
import { serializeFramework } from './parse-framework.js';

const shared = (path: string) =>
  readFileSync(new URL(`../../../../shared/data/frameworks/${path}`, import.meta.url), 'utf8');
const FT = shared('ft-engineering-progression/engineering.yml');
const MONZO = shared('monzo-progression-framework/web.md');

function ftDocument(): FrameworkDocument {
  const result = importFinancialTimes(FT, 'engineering.yml');
  if (!result.ok) throw new Error('the FT sample must import');
  return result.value.document;
}

describe('detectFrameworkFormat', () => {
  it('recognises the two public samples by their content', () => {
    expect(detectFrameworkFormat(FT, 'engineering.yml')).toBe('ft');
    expect(detectFrameworkFormat(MONZO, 'web.md')).toBe('monzo');
    expect(detectFrameworkFormat(FT, 'download')).toBe('ft');
    expect(detectFrameworkFormat(MONZO, 'download')).toBe('monzo');
  });

  it("recognises promocase's own format in YAML and JSON", () => {
    const doc = ftDocument();
    expect(detectFrameworkFormat(serializeFramework(doc, 'yaml'), 'ladder.yaml')).toBe('promocase');
    expect(detectFrameworkFormat(serializeFramework(doc, 'json'), 'ladder.json')).toBe('promocase');
    expect(detectFrameworkFormat(serializeFramework(doc, 'json'), 'ladder.txt')).toBe('promocase');
  });

  it('hands a broken or empty YAML/JSON file to the promocase reader, which can say what is wrong', () => {
    expect(detectFrameworkFormat('levels: [oops\n', 'ladder.yml')).toBe('promocase');
    expect(detectFrameworkFormat('', 'ladder.json')).toBe('promocase');
    expect(detectFrameworkFormat(FT.replace('levels:', 'levels: [\n'), 'engineering.yml')).toBe('ft');
  });

  it('does not claim files it does not know', () => {
    expect(detectFrameworkFormat('name: my notes\nitems: [a, b]\n', 'notes.yml')).toBeUndefined();
    expect(detectFrameworkFormat('format: something-else\n', 'x.yml')).toBeUndefined();
    expect(detectFrameworkFormat('# Just Markdown\n', 'README.md')).toBeUndefined();
    expect(detectFrameworkFormat('---\ntitle: A blog post\n---\nHello\n', 'post.md')).toBeUndefined();
    expect(detectFrameworkFormat('plain words', 'notes.txt')).toBeUndefined();
  });
});

describe('withSeniorLevel', () => {
  const doc = ftDocument();

  it('takes a level id', () => {
    expect(withSeniorLevel(doc, 'senior-2-ic')).toEqual({
      ok: true,
      value: { ...doc, seniorLevel: 'senior-2-ic' },
    });
  });

  const seniorOf = (choice: string) => {
    const result = withSeniorLevel(doc, choice);
    return result.ok ? result.value.seniorLevel : result.problems;
  };

  it('takes a 1-based position, as --senior-level 3', () => {
    expect(seniorOf('4')).toBe('senior-2-ic');
    expect(seniorOf(' 1 ')).toBe('junior');
  });

  it('takes an id in other case, or a level name', () => {
    expect(seniorOf('SENIOR-1')).toBe('senior-1');
    expect(seniorOf('senior engineer 1')).toBe('senior-1');
  });

  it('prefers an id over a position when the ids are numbers', () => {
    const numbered: FrameworkDocument = {
      ...doc,
      levels: [
        { id: '2', name: 'Two', summary: '' },
        { id: '1', name: 'One', summary: '' },
      ],
      seniorLevel: '2',
      cells: [],
    };
    const result = withSeniorLevel(numbered, '1');
    expect(result.ok && result.value.seniorLevel).toBe('1');
  });

  it.each(['0', '9', 'staff', ''])('refuses %j and lists the valid choices', (choice) => {
    const result = withSeniorLevel(doc, choice);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]!.path).toBe('seniorLevel');
    expect(result.problems[0]!.message).toBe(
      `"${choice}" is not a level of Engineering: give a level id or its number from 1 to 8: 1 = junior (Junior Engineer), 2 = engineer (Engineer), 3 = senior-1 (Senior Engineer 1), 4 = senior-2-ic (Senior Engineer 2 (Individual Contributor)), 5 = senior-2-pm (Senior Engineer 2 (People Manager)), 6 = principal-ic (Principal Engineer (Individual Contributor)), 7 = principal-pm (Principal Engineer (People Manager)), 8 = tech-director (Technology Director)`,
    );
  });
});

describe('guessSeniorLevel', () => {
  const ladder = (...names: string[]) => names.map((name, i) => ({ id: `l${i + 1}`, name }));

  it('picks the lowest level called Senior and nothing more', () => {
    expect(
      guessSeniorLevel(ladder('Junior', 'Mid', 'Senior Staff', 'Senior Engineer', 'Senior Engineer 2')),
    ).toBe('l4');
    expect(guessSeniorLevel(ladder('Engineer', 'Senior Manager', 'Sr. Engineer'))).toBe('l3');
  });

  it('finds the built-in ladder by its ids', () => {
    const builtin = ['junior', 'mid', 'senior', 'staff', 'senior-staff', 'principal'].map((id) => ({
      id,
      name: id,
    }));
    expect(guessSeniorLevel(builtin)).toBe('senior');
  });

  it('falls back on the middle of a ladder whose names say nothing', () => {
    expect(guessSeniorLevel(ladder('1', '2', '3', '4', '5', '6'))).toBe('l3');
    expect(guessSeniorLevel(ladder('A', 'B'))).toBe('l1');
    expect(guessSeniorLevel([])).toBeUndefined();
  });
});

describe('import helpers', () => {
  it('turns names into unique promocase ids', () => {
    expect(
      toFrameworkIds(
        ['Senior Engineer 2', 'Señor_Dev', 'senior engineer 2', '🛠️', 'x'.repeat(80)],
        (i) => `level-${i + 1}`,
      ),
    ).toEqual(['senior-engineer-2', 'senor-dev', 'senior-engineer-2-2', 'level-4', 'x'.repeat(60)]);
  });

  it('reflows hard-wrapped prose but keeps list items and paragraphs', () => {
    expect(unwrapProse('  One line\n  continues here.\n\n\n  Next paragraph.\n')).toBe(
      'One line continues here.\n\nNext paragraph.',
    );
    expect(unwrapProse('1. First\n   wrapped\n2. Second\n')).toBe('1. First wrapped\n2. Second');
  });

  it('splits a numbered or bulleted summary into items, and leaves other prose whole', () => {
    expect(splitListItems('1. Writes code.\n2. Uses tools.\n')).toEqual(['Writes code.', 'Uses tools.']);
    expect(splitListItems('Does this:\n- one\n- two')).toEqual(['Does this:', 'one', 'two']);
    expect(splitListItems('One sentence. Two sentences.')).toEqual(['One sentence. Two sentences.']);
    expect(splitListItems('2. Only one numbered line')).toEqual(['2. Only one numbered line']);
  });

  it('shortens an over-long expectation at a word and says so', () => {
    const result = finishImport({
      format: 'promocase-framework',
      version: 1,
      id: 'x',
      name: 'X',
      description: '',
      source: '',
      levels: [
        { id: 'a', name: 'A', summary: '' },
        { id: 'b', name: 'B', summary: '' },
      ],
      competencies: [{ id: 'c', name: 'C', summary: '' }],
      cells: [
        { level: 'a', competency: 'c', expectation: 'word '.repeat(1000), signals: ['s'], examples: [] },
      ],
    });
    if (!result.ok) throw new Error('expected an import');
    const { expectation } = result.value.document.cells[0]!;
    expect(expectation.length).toBeLessThanOrEqual(4000);
    expect(expectation).toMatch(/word…$/);
    expect(result.value.warnings).toEqual([
      {
        path: 'cells[0].expectation',
        message: 'the expectation of level "a", competency "c" shortened to 4000 characters (it had 5000)',
      },
    ]);
  });
});
