import { describe, expect, it } from 'vitest';
import type { FrameworkDocument } from './framework.js';
import { MAX_FRAMEWORK_BYTES, parseFrameworkText, serializeFramework } from './parse-framework.js';

/** A small valid framework; the line numbers in the tests below count from its first line. */
const TINY = [
  'format: promocase-framework', // 1
  'version: 1', // 2
  'id: tiny', // 3
  'name: Tiny ladder', // 4
  'levels:', // 5
  '  - id: mid', // 6
  '    name: Mid', // 7
  '  - id: senior', // 8
  '    name: Senior', // 9
  'seniorLevel: senior', // 10
  'competencies:', // 11
  '  - id: craft', // 12
  '    name: Craft', // 13
  'cells:', // 14
  '  - level: mid', // 15
  '    competency: craft', // 16
  '    expectation: Ships well-tested changes.', // 17
  '    signals: [Writes tests]', // 18
  '  - level: senior', // 19
  '    competency: craft', // 20
  '    expectation: Sets the bar for the team.', // 21
  '    signals: [Reviews designs]', // 22
  '',
].join('\n');

function problemsOf(text: string, fileName = 'ladder.yml') {
  const result = parseFrameworkText(text, fileName);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

describe('parseFrameworkText', () => {
  it('reads a valid YAML framework and fills the optional fields', () => {
    const result = parseFrameworkText(TINY, 'ladder.yml');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.levels).toEqual([
      { id: 'mid', name: 'Mid', summary: '' },
      { id: 'senior', name: 'Senior', summary: '' },
    ]);
    expect(result.value.cells[0]).toMatchObject({ level: 'mid', signals: ['Writes tests'], examples: [] });
    expect(result.value.description).toBe('');
  });

  it('reads the same framework written as JSON', () => {
    const yaml = parseFrameworkText(TINY, 'ladder.yml');
    if (!yaml.ok) throw new Error('fixture must be valid');
    const json = parseFrameworkText(JSON.stringify(yaml.value, null, '\t'), 'ladder.json');
    expect(json).toEqual(yaml);
  });

  it('reports a duplicate level id with its path and line, and where the first one is', () => {
    const problems = problemsOf(
      TINY.replace('  - id: senior\n    name: Senior', '  - id: mid\n    name: Senior'),
    );
    expect(problems).toContainEqual({
      path: 'levels[1].id',
      message: 'line 8: duplicate level id "mid" (first at levels[0], line 6)',
    });
  });

  it('reports a duplicate competency id', () => {
    const text = TINY.replace(
      '  - id: craft\n    name: Craft',
      '  - id: craft\n    name: Craft\n  - id: craft\n    name: Again',
    );
    expect(problemsOf(text)).toContainEqual({
      path: 'competencies[1].id',
      message: 'line 14: duplicate competency id "craft" (first at competencies[0], line 12)',
    });
  });

  it('reports a senior level that is not one of the levels, naming the levels', () => {
    expect(problemsOf(TINY.replace('seniorLevel: senior', 'seniorLevel: staff'))).toEqual([
      { path: 'seniorLevel', message: 'line 10: "staff" is not one of the levels: mid, senior' },
    ]);
  });

  it('reports cells that point at a missing level or competency', () => {
    const text = TINY.replace(
      '  - level: senior\n    competency: craft',
      '  - level: staff\n    competency: crafts',
    );
    expect(problemsOf(text)).toEqual([
      { path: 'cells[1].level', message: 'line 19: unknown level "staff"; the levels are: mid, senior' },
      {
        path: 'cells[1].competency',
        message: 'line 20: unknown competency "crafts"; the competencies are: craft',
      },
    ]);
  });

  it('reports two cells for the same level and competency', () => {
    const text = TINY.replace(
      '  - level: senior\n    competency: craft',
      '  - level: mid\n    competency: craft',
    );
    expect(problemsOf(text)).toEqual([
      {
        path: 'cells[1]',
        message:
          'line 19: duplicate cell for level "mid" and competency "craft" (first at cells[0], line 15)',
      },
    ]);
  });

  it('reports wrong types with their paths and lines', () => {
    const text = TINY.replace('version: 1', 'version: "1"').replace(
      'signals: [Writes tests]',
      'signals: Writes tests',
    );
    expect(problemsOf(text)).toEqual([
      { path: 'version', message: 'line 2: expected 1 (the only version so far)' },
      { path: 'cells[0].signals', message: 'line 18: expected a list of strings' },
    ]);
  });

  it('reports a list where a list of levels should be, and a bad id', () => {
    const text = TINY.replace(/levels:\n(.*\n){4}/, 'levels: three\n').replace('id: tiny', 'id: Tiny Ladder');
    const problems = problemsOf(text);
    expect(problems).toContainEqual({
      path: 'id',
      message: 'line 3: expected a lowercase id like "system-design" (letters, digits, dashes)',
    });
    expect(problems).toContainEqual({ path: 'levels', message: 'line 5: expected a list of levels' });
  });

  it('reports missing levels as required', () => {
    const text = TINY.replace(/levels:\n(.*\n){4}/, '');
    expect(problemsOf(text)).toContainEqual({ path: 'levels', message: 'required' });
  });

  it('reports an unknown field on its own line', () => {
    const text = TINY.replace('    name: Senior\n', '    name: Senior\n    title: Senior Engineer\n');
    expect(problemsOf(text)).toEqual([
      { path: 'levels[1].title', message: 'line 10: unknown field "title"' },
    ]);
  });

  it('reports a YAML syntax error with its line and column', () => {
    const problems = problemsOf(TINY.replace('    signals: [Writes tests]', '    signals: [Writes tests'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.path).toBe('(root)');
    expect(problems[0]!.message).toMatch(/^line 19, column 3: Flow sequence .* end with a \]$/);
  });

  it('reports duplicate YAML keys as a syntax error with the line', () => {
    const problems = problemsOf(TINY.replace('name: Tiny ladder', 'name: Tiny ladder\nname: Again'));
    expect(problems).toEqual([{ path: '(root)', message: 'line 5, column 1: Map keys must be unique' }]);
  });

  it('reads a JSON file that starts with a byte order mark', () => {
    const doc = parseFrameworkText(TINY, 'ladder.yml');
    if (!doc.ok) throw new Error('fixture must be valid');
    expect(parseFrameworkText(`\uFEFF${serializeFramework(doc.value, 'json')}`, 'ladder.json')).toEqual(doc);
  });

  it('reports a JSON syntax error with its line', () => {
    const problems = problemsOf(
      '{\n  "format": "promocase-framework",\n  "version": 1\n  "id": "x"\n}',
      'ladder.json',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^line 4, column 3: invalid JSON: /);
  });

  it('gives lines for problems in JSON files too', () => {
    const doc = parseFrameworkText(TINY, 'ladder.yml');
    if (!doc.ok) throw new Error('fixture must be valid');
    const text = serializeFramework({ ...doc.value, seniorLevel: 'staff' }, 'json');
    expect(problemsOf(text, 'ladder.json')).toEqual([
      { path: 'seniorLevel', message: 'line 20: "staff" is not one of the levels: mid, senior' },
    ]);
  });

  it.each([
    ['an empty file', ''],
    ['a file of blank lines', '\n  \n'],
    ['a file of comments', '# nothing here yet\n'],
  ])('says %s is empty', (_what, text) => {
    expect(problemsOf(text)).toEqual([
      {
        path: '(root)',
        message: 'the file is empty: expected a promocase framework (format: promocase-framework)',
      },
    ]);
  });

  it('refuses a file over 5 MB before parsing it', () => {
    const huge = `${TINY}description: "${'x'.repeat(MAX_FRAMEWORK_BYTES)}"\n`;
    expect(problemsOf(huge)).toEqual([
      { path: '(root)', message: 'the file is too large (5.0 MB); a framework file may be at most 5 MB' },
    ]);
  });

  it('counts the size in bytes, not characters', () => {
    const problems = problemsOf(`# ${'é'.repeat(MAX_FRAMEWORK_BYTES / 2 + 10)}\n${TINY}`);
    expect(problems[0]!.message).toMatch(/too large/);
  });

  it('refuses a JSON array at the top level', () => {
    expect(problemsOf('[{"id": "mid"}]', 'ladder.json')).toEqual([
      {
        path: '(root)',
        message:
          'expected a promocase framework (format: promocase-framework): a mapping of fields, found a list',
      },
    ]);
  });

  it('refuses a bare value at the top level', () => {
    expect(problemsOf('just some words')[0]!.message).toMatch(/found a single string$/);
    expect(problemsOf('null', 'x.json')[0]!.message).toMatch(/found null$/);
  });

  it('names a foreign file once instead of listing every field', () => {
    expect(problemsOf('format: something-else\nlevels: []\n')).toEqual([
      {
        path: 'format',
        message:
          'line 1: not a promocase framework: expected format "promocase-framework", found "something-else"',
      },
    ]);
  });

  it('tells a file from a newer promocase to upgrade', () => {
    expect(problemsOf(TINY.replace('version: 1', 'version: 2'))).toEqual([
      {
        path: 'version',
        message:
          'line 2: made by a newer promocase (framework version 2; this one reads 1): upgrade promocase',
      },
    ]);
  });

  it('lists at most 100 problems and says how many more there are', () => {
    const cells = Array.from(
      { length: 150 },
      (_, i) => `  - level: mid\n    competency: c${i}\n    expectation: x\n    signals: [y]`,
    );
    const text = TINY.replace(/cells:\n[\s\S]*$/, `cells:\n${cells.join('\n')}\n`);
    const problems = problemsOf(text);
    expect(problems).toHaveLength(101);
    expect(problems[100]).toEqual({ path: '(root)', message: 'and 50 more problems not listed' });
  });
});

describe('serializeFramework', () => {
  const tricky: FrameworkDocument = {
    format: 'promocase-framework',
    version: 1,
    id: 'tricky',
    name: 'Tricky: "quotes", colons # and hashes',
    description: 'Line one\n\nLine two\n  indented',
    source: 'https://example.com/ladder?x=1',
    levels: [
      { id: '2024', name: '2024', summary: 'yes' },
      { id: 'senior', name: '- looks like a list', summary: '  leading and trailing  \n' },
    ],
    seniorLevel: 'senior',
    competencies: [{ id: 'craft', name: '🛠️ Craft', summary: `${'long '.repeat(100)}end` }],
    cells: [
      {
        level: 'senior',
        competency: 'craft',
        expectation: 'null',
        signals: ['true', '1.0', '@at', '[not a list]'],
        examples: [],
      },
    ],
  };

  it.each(['yaml', 'json'] as const)('writes %s that reads back identical', (format) => {
    const text = serializeFramework(tricky, format);
    expect(parseFrameworkText(text, `tricky.${format}`)).toEqual({ ok: true, value: tricky });
  });

  it.each(['yaml', 'json'] as const)('writes the same %s bytes again after a round trip', (format) => {
    const first = serializeFramework(tricky, format);
    const again = parseFrameworkText(first, `tricky.${format}`);
    if (!again.ok) throw new Error('round trip failed');
    expect(serializeFramework(again.value, format)).toBe(first);
  });

  it('never folds long prose across lines', () => {
    const line = serializeFramework(tricky, 'yaml')
      .split('\n')
      .find((l) => l.includes('long long'));
    expect(line).toMatch(/end$/);
  });
});
