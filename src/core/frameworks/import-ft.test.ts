import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { FT_SAMPLE, imported, importProblems } from '../../../tests/support/framework-fixtures.js';
import { FrameworkDocument } from './framework.js';
import { importFinancialTimes } from './import-ft.js';
import { parseFrameworkText, serializeFramework } from './parse-framework.js';

describe('importFinancialTimes on the FT engineering sample', () => {
  const { document, seniorCandidates, guessedSeniorLevel, warnings } = imported(
    importFinancialTimes(FT_SAMPLE, 'engineering.yml'),
  );

  it('produces a valid framework document', () => {
    expect(FrameworkDocument.safeParse(document).success).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('keeps the levels in order, with their ids and names', () => {
    expect(document.levels.map((l) => l.id)).toEqual([
      'junior',
      'engineer',
      'senior-1',
      'senior-2-ic',
      'senior-2-pm',
      'principal-ic',
      'principal-pm',
      'tech-director',
    ]);
    expect(document.levels[2]!.name).toBe('Senior Engineer 1');
  });

  it('turns themes into competencies, with their summaries reflowed into one paragraph', () => {
    expect(document.competencies).toHaveLength(9);
    expect(document.competencies[0]).toEqual({
      id: 'planning-organising',
      name: 'Planning and Organising',
      summary:
        'Effectively manages activities within the available people, resources and keeps to expected or communicated timelines. Includes contributing to task break-down and estimating.',
    });
  });

  it('fills a cell for every level and theme, so every level has its criteria', () => {
    expect(document.cells).toHaveLength(8 * 9);
    for (const level of document.levels) {
      expect(document.cells.filter((c) => c.level === level.id)).toHaveLength(9);
    }
  });

  it('keeps the summary and the expected proficiency in the expectation', () => {
    const cell = document.cells.find((c) => c.level === 'junior' && c.competency === 'planning-organising');
    expect(cell).toEqual({
      level: 'junior',
      competency: 'planning-organising',
      expectation:
        'Aware of how the team delivers and the best practices they use. Plans and delivers own work tasks.\n\nExpected proficiency: Awareness.',
      signals: [
        'Aware of how the team delivers and the best practices they use. Plans and delivers own work tasks.',
      ],
      examples: [],
    });
  });

  it('splits a numbered summary into one signal per item', () => {
    const cell = document.cells.find((c) => c.level === 'engineer' && c.competency === 'technical');
    expect(cell?.signals).toEqual([
      'Writes clear, easy to follow code, tests, and/or performs technical processes consistently and according to guidelines.',
      'Considers non-functional requirements in their work (accessibility, performance, security, reliability, observability etc.)',
      'Contributes to troubleshooting and resolving production incidents in their area.',
      'Knows how to use different diagnostic approaches to debug basic issues.',
    ]);
  });

  it('guesses Senior Engineer 1 as senior and offers every level to choose from', () => {
    expect(guessedSeniorLevel).toBe('senior-1');
    expect(document.seniorLevel).toBe('senior-1');
    expect(seniorCandidates).toEqual(document.levels.map(({ id, name }) => ({ id, name })));
  });

  it('names the framework after the file and says where it came from', () => {
    expect(document).toMatchObject({
      id: 'engineering',
      name: 'Engineering',
      description: 'Competencies for engineers within the CTO organisation at the Financial Times.',
      source: 'Financial Times engineering-progression format (engineering.yml)',
    });
  });

  it.each(['yaml', 'json'] as const)('survives export as %s and import again unchanged', (format) => {
    const text = serializeFramework(document, format);
    expect(parseFrameworkText(text, `engineering.${format}`)).toEqual({ ok: true, value: document });
  });
});

describe('importFinancialTimes on other files in the same format', () => {
  it('imports a changed copy: other ids, an extra level, fewer themes', () => {
    const family = parse(FT_SAMPLE);
    const rename = (id: string) => `FT_${id.toUpperCase()}`;
    family.levels = family.levels.map((l: { id: string; name: string }) => ({ ...l, id: rename(l.id) }));
    family.levels.push({ id: 'FT_FELLOW', name: 'Fellow' });
    family.themes = family.themes.slice(0, 6);
    const kept = new Set(family.themes.map((t: { id: string }) => t.id));
    family.competencies = family.competencies
      .filter((c: { theme: string }) => kept.has(c.theme))
      .map((c: { level: string }) => ({ ...c, level: rename(c.level) }));
    family.competencies.push({
      id: '0b9a3c2e-1111-4aaa-8bbb-123456789abc',
      level: 'FT_FELLOW',
      theme: 'technical-missing-on-purpose',
      summary: 'x',
      proficiency: 'Expert',
    });
    // The last competency names a removed theme: the import must refuse it, then accept the fixed file.
    expect(importProblems(importFinancialTimes(stringify(family), 'copy.yml'))[0]!.path).toBe(
      `competencies[${family.competencies.length - 1}].theme`,
    );
    family.competencies.at(-1).theme = 'communication';

    const { document, guessedSeniorLevel } = imported(importFinancialTimes(stringify(family), 'copy.yml'));
    expect(FrameworkDocument.safeParse(document).success).toBe(true);
    expect(document.levels.map((l) => l.id)).toEqual([
      'ft-junior',
      'ft-engineer',
      'ft-senior-1',
      'ft-senior-2-ic',
      'ft-senior-2-pm',
      'ft-principal-ic',
      'ft-principal-pm',
      'ft-tech-director',
      'ft-fellow',
    ]);
    expect(document.competencies).toHaveLength(6);
    expect(document.cells.filter((c) => c.level === 'ft-fellow')).toEqual([
      expect.objectContaining({ competency: 'communication', signals: ['x'] }),
    ]);
    expect(guessedSeniorLevel).toBe('ft-senior-1');
  });

  it('gathers several competencies of one level and theme into one cell (the legacy layout)', () => {
    const legacy = [
      'name: Engineering (Legacy)',
      'summary: >',
      '  Legacy competencies,',
      '  used until 2025.',
      'googleSheetId: abc',
      'isLegacy: true',
      'levels:',
      '  - { id: junior, name: Junior Engineer }',
      '  - { id: senior, name: Senior Engineer }',
      'themes:',
      '  - { id: technical, name: Technical }',
      'competencies:',
      '  - id: 7ed8deae-2dbb-4830-bca0-9e6cee038bff',
      '    summary: Maintains their local development environment',
      '    examples: [Keeps their local tools up to date]',
      '    supportingUrls: []',
      '    level: junior',
      '    theme: technical',
      '    proficiency: Working knowledge',
      '  - id: 1ab2d281-1a60-4a49-a1d3-87f03bcf510e',
      '    summary: Uses version control for routine work',
      '    examples: ["Git example: clone, branch, commit"]',
      '    supportingUrls:',
      '      - { label: Git book, url: "https://git-scm.com/book" }',
      '    level: junior',
      '    theme: technical',
      '    proficiency: Working knowledge',
      '  - id: 297576d0-c20c-4498-8d53-b00ef9bbe48b',
      '    summary: Debugs complex bugs efficiently',
      '    level: senior',
      '    theme: technical',
      '    proficiency: Practitioner',
    ].join('\n');
    const { document, guessedSeniorLevel } = imported(importFinancialTimes(legacy, 'engineering-v1.yml'));
    expect(document.description).toBe('Legacy competencies, used until 2025.');
    expect(document.cells[0]).toEqual({
      level: 'junior',
      competency: 'technical',
      expectation:
        'Maintains their local development environment\n\nUses version control for routine work\n\nExpected proficiency: Working knowledge.\n\nSupporting links: Git book (https://git-scm.com/book)',
      signals: ['Maintains their local development environment', 'Uses version control for routine work'],
      examples: ['Keeps their local tools up to date', 'Git example: clone, branch, commit'],
    });
    expect(guessedSeniorLevel).toBe('senior');
  });

  it('keeps the first 100 examples of a crowded cell and says so', () => {
    const examples = Array.from({ length: 105 }, (_, i) => `Example ${i + 1}`);
    const text = stringify({
      name: 'Crowded',
      levels: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
      ],
      themes: [{ id: 't', name: 'T' }],
      competencies: [{ id: 'x', level: 'a', theme: 't', summary: 'Does things', examples }],
    });
    const result = imported(importFinancialTimes(text, 'crowded.yml'));
    expect(result.document.cells[0]!.examples).toEqual(examples.slice(0, 100));
    expect(result.warnings).toEqual([
      {
        path: 'cells[0].examples',
        message:
          'kept the first 100 of 105 examples for level "a", competency "t": promocase holds at most 100 per cell',
      },
    ]);
  });
});

describe('importFinancialTimes on broken files', () => {
  it('reports a competency whose level does not exist, with the path and line', () => {
    const text = FT_SAMPLE.replace(
      '    level: engineer\n    theme: planning-organising',
      '    level: enginer\n    theme: planning-organising',
    );
    expect(importProblems(importFinancialTimes(text, 'engineering.yml'))).toEqual([
      {
        path: 'competencies[9].level',
        message:
          'line 155: unknown level "enginer"; the levels are: junior, engineer, senior-1, senior-2-ic, senior-2-pm, principal-ic, principal-pm, tech-director',
      },
    ]);
  });

  it('reports a duplicate level id', () => {
    const text = FT_SAMPLE.replace('  - id: engineer\n', '  - id: junior\n');
    expect(importProblems(importFinancialTimes(text, 'engineering.yml'))).toContainEqual({
      path: 'levels[1].id',
      message: 'line 11: duplicate level id "junior" (first at levels[0])',
    });
  });

  it('reports missing themes once, not once per competency', () => {
    const family = parse(FT_SAMPLE);
    delete family.themes;
    expect(importProblems(importFinancialTimes(stringify(family), 'engineering.yml'))).toEqual([
      { path: 'themes', message: 'required: a list of themes, each with an id and a name' },
    ]);
  });

  it('reports a missing summary and a wrong type of examples', () => {
    const text = [
      'name: X',
      'levels: [{ id: a, name: A }, { id: b, name: B }]',
      'themes: [{ id: t, name: T }]',
      'competencies:',
      '  - { id: "1", level: a, theme: t }',
      '  - { id: "2", level: b, theme: t, summary: ok, examples: "not a list" }',
    ].join('\n');
    expect(importProblems(importFinancialTimes(text, 'x.yml'))).toEqual([
      {
        path: 'competencies[0].summary',
        message: 'line 5: expected a summary: what the competency asks for',
      },
      { path: 'competencies[1].examples', message: 'line 6: expected a list of strings' },
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const text = FT_SAMPLE.replace('  - id: senior-1\n', '  - id: senior-1\n   - oops: [\n');
    const [problem] = importProblems(importFinancialTimes(text, 'engineering.yml'));
    expect(problem?.message).toMatch(/^line 1[45], column \d+: /);
  });

  it('refuses an empty file and a list', () => {
    expect(importProblems(importFinancialTimes('', 'x.yml'))[0]!.message).toMatch(/^the file is empty/);
    expect(importProblems(importFinancialTimes('- a\n- b\n', 'x.yml'))[0]!.message).toMatch(/found a list$/);
  });

  it('refuses a framework with a single level, as promocase needs two to move between', () => {
    const text =
      'name: X\nlevels: [{ id: a, name: A }]\nthemes: [{ id: t, name: T }]\ncompetencies: [{ level: a, theme: t, summary: s }]\n';
    expect(importProblems(importFinancialTimes(text, 'x.yml'))).toEqual([
      { path: 'levels', message: 'at least 2 levels' },
    ]);
  });
});
