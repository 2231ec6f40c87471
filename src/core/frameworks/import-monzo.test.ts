import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { imported, importProblems, MONZO_SAMPLE } from '../../../tests/support/framework-fixtures.js';
import { splitFrontMatter } from './detect-framework-format.js';
import { FrameworkDocument } from './framework.js';
import { importMonzo } from './import-monzo.js';
import { parseFrameworkText, serializeFramework } from './parse-framework.js';

/** Rewrites the sample's front matter, keeping its Markdown body. */
function editSample(edit: (front: Record<string, unknown>) => void): string {
  const parts = splitFrontMatter(MONZO_SAMPLE)!;
  const front = parse(parts.yaml);
  edit(front);
  return `---\n${stringify(front)}---\n${parts.body}`;
}

describe('importMonzo on the Monzo web sample', () => {
  const { document, seniorCandidates, guessedSeniorLevel, warnings } = imported(
    importMonzo(MONZO_SAMPLE, 'web.md'),
  );

  it('produces a valid framework document', () => {
    expect(FrameworkDocument.safeParse(document).success).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('makes levels 1 to N from `levels: 6`', () => {
    expect(document.levels).toEqual(
      [1, 2, 3, 4, 5, 6].map((n) => ({ id: `level-${n}`, name: `Level ${n}`, summary: '' })),
    );
  });

  it('turns topics into competencies, named by their titles without the emoji', () => {
    expect(document.competencies.map(({ id, name }) => ({ id, name }))).toEqual([
      { id: 'communication', name: 'Communication' },
      { id: 'impact', name: 'Impact' },
      { id: 'leadership', name: 'Leadership' },
      { id: 'influence', name: 'Influence' },
      { id: 'mastery', name: 'Mastery' },
    ]);
  });

  it('has criteria at every level', () => {
    for (const level of document.levels) {
      const cells = document.cells.filter((c) => c.level === level.id);
      expect(cells.length).toBeGreaterThan(0);
      for (const cell of cells) expect(cell.signals.length).toBeGreaterThan(0);
    }
  });

  it('makes no cell where a topic says nothing at a level (leadership starts at level 3)', () => {
    const leadership = document.cells.filter((c) => c.competency === 'leadership').map((c) => c.level);
    expect(leadership).toEqual(['level-3', 'level-4', 'level-5', 'level-6']);
  });

  it('keeps criteria as signals, example criteria too, and their examples as examples', () => {
    const cell = document.cells.find((c) => c.level === 'level-2' && c.competency === 'communication');
    expect(cell).toEqual({
      level: 'level-2',
      competency: 'communication',
      expectation:
        "Proactively communicates to their team what they are working on, why, how it's going and what help they need. Accepts feedback graciously. Gives feedback to peers when asked. Provides helpful and actionable feedback in code reviews in an empathetic manner. Writes PR descriptions that provide context and provide rationale for significant decisions.",
      signals: [
        "Proactively communicates to their team what they are working on, why, how it's going and what help they need",
        'Accepts feedback graciously',
        'Gives feedback to peers when asked',
        'Provides helpful and actionable feedback in code reviews in an empathetic manner',
        'Writes PR descriptions that provide context and provide rationale for significant decisions',
      ],
      examples: [
        'Take a look at the levelling up your code reviews talk for some ideas',
        'I decided to X instead of Y here, I also considered Z but for these reasons I went with X',
      ],
    });
  });

  it('puts example criteria after the plain criteria, with their examples (mastery, level 1)', () => {
    const cell = document.cells.find((c) => c.level === 'level-1' && c.competency === 'mastery');
    expect(cell?.signals).toHaveLength(7);
    expect(cell?.signals.at(-1)).toBe('Uses git to manage the development workflow effectively');
    expect(cell?.examples).toEqual(['Checkout, Push, Pull, Branch, Diff, Merge, Stash, Rebase, etc.']);
  });

  it("keeps the file's own words on how to read it, including that it is not a checklist", () => {
    expect(document.name).toBe('Web Engineering Framework');
    expect(document.description).toMatch(/^### About our engineering progression frameworks/);
    expect(document.description).toContain('This isn’t a checklist');
  });

  it('guesses the middle level as senior, since the file names none, and offers all six', () => {
    expect(guessedSeniorLevel).toBe('level-3');
    expect(seniorCandidates.map((c) => c.id)).toEqual(document.levels.map((l) => l.id));
  });

  it.each(['yaml', 'json'] as const)('survives export as %s and import again unchanged', (format) => {
    const text = serializeFramework(document, format);
    expect(parseFrameworkText(text, `web.${format}`)).toEqual({ ok: true, value: document });
  });
});

describe('importMonzo on other files in the same format', () => {
  it('imports a changed copy: an extra level, a renamed topic, fewer topics', () => {
    const text = editSample((front) => {
      const topics = front.topics as Array<{ name: string; title: unknown; content: unknown[] }>;
      front.levels = 7;
      front.topics = topics.slice(0, 3);
      topics[0]!.name = 'comms-and-feedback';
      topics[0]!.title = null;
      topics[0]!.content.push({ level: 7, criteria: ['Sets the feedback culture of the company'] });
    });
    const { document } = imported(importMonzo(text, 'backend.md'));
    expect(FrameworkDocument.safeParse(document).success).toBe(true);
    expect(document.levels).toHaveLength(7);
    expect(document.competencies.map((c) => [c.id, c.name])).toEqual([
      ['comms-and-feedback', 'Comms and feedback'],
      ['impact', 'Impact'],
      ['leadership', 'Leadership'],
    ]);
    expect(document.cells.find((c) => c.level === 'level-7')).toMatchObject({
      competency: 'comms-and-feedback',
      signals: ['Sets the feedback culture of the company'],
    });
  });

  it('takes level names where a file lists them, and matches content to them by number or name', () => {
    const text = [
      '---',
      'title: "📄 Generic Framework"',
      'levels: [Associate, Engineer, Senior Engineer, Staff Engineer]',
      'topics:',
      '  - name: delivery',
      '    content:',
      '      - level: 1',
      '        criteria: [Finishes small tasks]',
      '      - level: Senior Engineer',
      '        criteria: [Owns a project end to end]',
      '---',
    ].join('\n');
    const { document, guessedSeniorLevel } = imported(importMonzo(text, 'generic.md'));
    expect(document.levels.map((l) => l.id)).toEqual([
      'associate',
      'engineer',
      'senior-engineer',
      'staff-engineer',
    ]);
    expect(document.cells.map((c) => c.level)).toEqual(['associate', 'senior-engineer']);
    expect(guessedSeniorLevel).toBe('senior-engineer');
    expect(document.description).toBe('');
  });

  it('counts the levels from the topics when the file does not say, and says so', () => {
    const text = editSample((front) => {
      delete front.levels;
    });
    const { document, warnings } = imported(importMonzo(text, 'web.md'));
    expect(document.levels).toHaveLength(6);
    expect(warnings).toEqual([
      {
        path: 'levels',
        message: 'the file does not say how many levels; used 6, the highest level in its topics',
      },
    ]);
  });

  it('reads front matter saved as a plain YAML file', () => {
    const { yaml } = splitFrontMatter(MONZO_SAMPLE)!;
    const { document } = imported(importMonzo(yaml, 'web.yml'));
    expect(document.cells).toHaveLength(28);
  });
});

describe('importMonzo on broken files', () => {
  it('reports content for a level the file does not have, with the line in the whole file', () => {
    const lines = MONZO_SAMPLE.split('\n');
    expect(lines[47]).toBe('      - level: 6');
    lines[47] = '      - level: 9';
    expect(importProblems(importMonzo(lines.join('\n'), 'web.md'))).toEqual([
      { path: 'topics[0].content[5].level', message: 'line 48: unknown level "9"; the levels are 1 to 6' },
    ]);
  });

  it('reports a YAML syntax error with its line in the whole file', () => {
    const lines = MONZO_SAMPLE.split('\n');
    lines[12] = '      - level: [1';
    const problems = importProblems(importMonzo(lines.join('\n'), 'web.md'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^line 1[3-4], column \d+: /);
  });

  it('reports criteria that are not a list, and a bad number of levels', () => {
    const text = editSample((front) => {
      front.levels = 0;
    });
    const absurd = MONZO_SAMPLE.replace('levels: 6', 'levels: 1000000000');
    expect(importProblems(importMonzo(absurd, 'web.md'))[0]!.message).toMatch(
      /from 1 to 30\), found 1000000000$/,
    );
    expect(importProblems(importMonzo(text, 'web.md'))).toEqual([
      {
        path: 'levels',
        message: 'line 7: expected the number of levels (a whole number from 1 to 30), found 0',
      },
    ]);
    const lines = MONZO_SAMPLE.split('\n');
    expect(lines[13]).toBe('        criteria:');
    lines.splice(13, 5, '        criteria: "Provides regular status updates to their mentor/buddy"');
    const broken = lines.join('\n');
    expect(importProblems(importMonzo(broken, 'web.md'))).toContainEqual({
      path: 'topics[0].content[0].criteria',
      message: 'line 14: expected a list of strings',
    });
  });

  it('refuses Markdown without front matter, and front matter that is never closed', () => {
    const expected = [
      {
        path: '(root)',
        message:
          'expected Markdown that opens with YAML front matter between two "---" lines (levels, topics)',
      },
    ];
    expect(importProblems(importMonzo('# Web Engineering\n\nSome words.\n', 'web.md'))).toEqual(expected);
    expect(importProblems(importMonzo('---\nlevels: 6\ntopics: []\n', 'web.md'))).toEqual(expected);
  });

  it('refuses front matter without topics', () => {
    expect(importProblems(importMonzo('---\nlevels: 6\n---\nbody\n', 'web.md'))).toEqual([
      { path: 'topics', message: 'expected a list of topics, each with a name and content per level' },
    ]);
  });

  it('refuses an empty file and a huge one', () => {
    expect(importProblems(importMonzo('', 'web.md'))[0]!.path).toBe('(root)');
    const huge = `${MONZO_SAMPLE}\n${'x'.repeat(6 * 1024 * 1024)}`;
    expect(importProblems(importMonzo(huge, 'web.md'))[0]!.message).toMatch(/^the file is too large/);
  });
});
