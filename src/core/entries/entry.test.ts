import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import type { FieldProblem } from '../errors.js';
import { parseOrThrow, toProblems } from '../validation.js';
import { CreateEntryInput, EntryFields, entryFieldsWithDefaults, UpdateEntryInput, unique } from './entry.js';
import { ENTRY_LIMITS } from './entry-vocabulary.js';

/** The problems a schema finds in a value, as services report them; [] when it is valid. */
function problemsOf(schema: z.ZodType, value: unknown): FieldProblem[] {
  const result = schema.safeParse(value);
  return result.success ? [] : toProblems(result.error);
}

/** A complete, valid set of entry fields to vary one field at a time. */
function fields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    date: '2026-11-20',
    title: 'Led the billing migration cutover',
    details: 'Moved 40 services to the new ledger.',
    impact: 'Invoice errors fell from 2% to 0.1%.',
    peopleHelped: ['Jordan Lee'],
    collaborators: ['Priya Nair'],
    kind: 'feature',
    competencies: ['ownership', 'system-design'],
    scope: 'cross-team',
    links: ['https://docs.example.com/billing?rev=2#rollout'],
    project: 'billing-migration',
    tags: ['billing', 'q4'],
    visibility: 'manager',
    ...overrides,
  };
}

describe('CreateEntryInput', () => {
  it('accepts a title alone', () => {
    expect(CreateEntryInput.parse({ title: 'Shipped the invoices API' })).toEqual({
      title: 'Shipped the invoices API',
    });
  });

  it('accepts every field at once, and a source', () => {
    const input = { ...fields(), source: 'import:log.json' };
    expect(problemsOf(CreateEntryInput, input)).toEqual([]);
  });

  it('trims the title', () => {
    expect(CreateEntryInput.parse({ title: '  Shipped it  ' }).title).toBe('Shipped it');
  });

  it('rejects an entry without a title, saying a title is required', () => {
    const problems = problemsOf(CreateEntryInput, { details: 'no title here' });
    expect(problems).toEqual([{ path: 'title', message: expect.stringMatching(/required/i) }]);
    // The message is for people: no validator jargon.
    expect(problems[0]?.message).not.toMatch(/nonoptional/);
  });

  it('rejects a title that is only spaces', () => {
    expect(problemsOf(CreateEntryInput, { title: '   ' })).toEqual([
      { path: 'title', message: 'must not be empty' },
    ]);
  });

  it('rejects a title that spans two lines', () => {
    expect(problemsOf(CreateEntryInput, { title: 'Shipped it\nand then more' })).toEqual([
      { path: 'title', message: 'must be one line (put the rest in details)' },
    ]);
    expect(problemsOf(CreateEntryInput, { title: 'Shipped it\r\nand then more' })).toEqual([
      { path: 'title', message: 'must be one line (put the rest in details)' },
    ]);
  });

  it('rejects a title broken by a lone carriage return (a line ending in Markdown too)', () => {
    expect(problemsOf(CreateEntryInput, { title: 'Shipped it\rand then more' })).toEqual([
      { path: 'title', message: 'must be one line (put the rest in details)' },
    ]);
  });

  it('accepts a title of exactly the limit and rejects one character more', () => {
    expect(problemsOf(CreateEntryInput, { title: 'x'.repeat(ENTRY_LIMITS.title) })).toEqual([]);
    expect(problemsOf(CreateEntryInput, { title: 'x'.repeat(ENTRY_LIMITS.title + 1) })).toEqual([
      { path: 'title', message: 'at most 200 characters' },
    ]);
  });

  it('rejects over-long details and impact, naming the limit', () => {
    const input = {
      title: 'x',
      details: 'd'.repeat(ENTRY_LIMITS.details + 1),
      impact: 'i'.repeat(ENTRY_LIMITS.impact + 1),
    };
    expect(problemsOf(CreateEntryInput, input)).toEqual([
      { path: 'details', message: 'at most 20000 characters' },
      { path: 'impact', message: 'at most 5000 characters' },
    ]);
  });

  it('accepts details of exactly the limit, Markdown and line breaks included', () => {
    const details = '# Notes\n\n- one\n- two\n'.padEnd(ENTRY_LIMITS.details, 'x');
    expect(CreateEntryInput.parse({ title: 'x', details }).details).toBe(details);
  });

  it.each([
    ['title', 42, 'expected a string'],
    ['title', null, 'expected a string'],
    ['details', 5, 'expected a string'],
    ['impact', ['a'], 'expected a string'],
    ['date', 20261120, 'expected a date string like 2026-11-20'],
    ['peopleHelped', 'Jordan Lee', 'expected a list of strings'],
    ['collaborators', { name: 'Priya' }, 'expected a list of strings'],
    ['competencies', 'ownership', 'expected a list of competency ids'],
    ['links', 'https://docs.example.com', 'expected a list of URLs'],
    ['tags', null, 'expected a list of tags'],
    ['project', 7, 'expected a string or null'],
  ])('rejects %s of the wrong type (%j)', (field, value, message) => {
    expect(problemsOf(CreateEntryInput, { title: 'x', [field]: value })).toEqual([{ path: field, message }]);
  });

  it('rejects a value that is not an object', () => {
    for (const value of [null, 'Shipped it', 42, ['Shipped it']]) {
      expect(problemsOf(CreateEntryInput, value)).toEqual([
        { path: '(root)', message: expect.stringContaining('expected object') },
      ]);
    }
  });

  it.each(['2026-02-30', '2026-13-01', 'today', '20-11-2026', '2026-11-20T10:00:00Z'])(
    'rejects the date %j (services take ISO dates; the CLI resolves "today")',
    (date) => {
      expect(problemsOf(CreateEntryInput, { title: 'x', date })).toEqual([
        { path: 'date', message: 'expected a calendar date like 2026-11-20' },
      ]);
    },
  );

  // PostgreSQL text and jsonb cannot hold U+0000: one got as far as the write and failed there.
  it('rejects the NUL character in every text field, naming each field', () => {
    const nul = 'a\u0000b';
    const input = {
      title: nul,
      details: nul,
      impact: nul,
      peopleHelped: [nul],
      collaborators: [nul],
      project: nul,
      links: [`https://example.com/${nul}`],
    };
    const problems = problemsOf(CreateEntryInput, input);
    expect(problems.map((p) => p.path).sort()).toEqual(
      ['collaborators[0]', 'details', 'impact', 'links[0]', 'peopleHelped[0]', 'project', 'title'].sort(),
    );
    expect(new Set(problems.map((p) => p.message))).toEqual(
      new Set(['must not contain the NUL character (U+0000)', 'expected an http(s) URL']),
    );
  });

  it('keeps other characters as written: tabs, emoji, accents', () => {
    expect(problemsOf(CreateEntryInput, { title: 'Café 🚀', details: 'a\tb' })).toEqual([]);
  });

  // Week arithmetic past year 0 or 9999 leaves the YYYY-MM-DD form (and once looped forever in `week`).
  it.each(['0000-01-01', '1899-12-31', '3000-01-01'])('rejects the date %j, naming the range', (date) => {
    expect(problemsOf(CreateEntryInput, { title: 'x', date })).toEqual([
      { path: 'date', message: 'expected a date from 1900-01-01 to 2999-12-31' },
    ]);
  });

  it('rejects a kind it does not know, listing the accepted kinds', () => {
    expect(problemsOf(CreateEntryInput, { title: 'x', kind: 'win' })).toEqual([
      {
        path: 'kind',
        message: 'expected one of: feature, incident, design, mentoring, tech-debt, process, other',
      },
    ]);
  });

  it('rejects a scope it does not know, listing the accepted scopes', () => {
    expect(problemsOf(CreateEntryInput, { title: 'x', scope: 'company' })).toEqual([
      { path: 'scope', message: 'expected one of: individual, team, cross-team, org' },
    ]);
  });

  it('rejects a visibility it does not know, listing the accepted values', () => {
    expect(problemsOf(CreateEntryInput, { title: 'x', visibility: 'public' })).toEqual([
      { path: 'visibility', message: 'expected one of: private, manager' },
    ]);
  });

  it('accepts http and https links with paths, queries and fragments', () => {
    const links = ['http://wiki.local/page', 'https://docs.example.com/a/b?x=1&y=2#h', 'HTTPS://EXAMPLE.COM'];
    expect(problemsOf(CreateEntryInput, { title: 'x', links })).toEqual([]);
  });

  it('rejects links that are not http(s) URLs, naming each by position', () => {
    const links = [
      'https://ok.example.com',
      'ftp://files.example.com/a',
      'javascript:alert(1)',
      'https://',
      'docs.example.com/page',
      'https://docs.example.com/a b',
    ];
    expect(problemsOf(CreateEntryInput, { title: 'x', links })).toEqual(
      [1, 2, 3, 4, 5].map((i) => ({ path: `links[${i}]`, message: 'expected an http(s) URL' })),
    );
  });

  it('rejects a link over the length limit', () => {
    const link = `https://example.com/${'a'.repeat(ENTRY_LIMITS.link)}`;
    expect(problemsOf(CreateEntryInput, { title: 'x', links: [link] })).toEqual([
      { path: 'links[0]', message: 'at most 2000 characters' },
    ]);
  });

  it('accepts lowercase competency ids with digits and single dashes', () => {
    const competencies = ['craft', 'system-design', 'l5-scope', 'a1'];
    expect(problemsOf(CreateEntryInput, { title: 'x', competencies })).toEqual([]);
  });

  it.each(['System-Design', 'system_design', 'system design', '-craft', 'craft-', 'a--b', '', 'é'])(
    'rejects the competency id %j, showing what an id looks like',
    (id) => {
      expect(problemsOf(CreateEntryInput, { title: 'x', competencies: [id] })).toEqual([
        {
          path: 'competencies[0]',
          message: 'expected a lowercase id like "system-design" (letters, digits, dashes)',
        },
      ]);
    },
  );

  it('rejects a competency id over 60 characters and more than 20 competencies', () => {
    expect(problemsOf(CreateEntryInput, { title: 'x', competencies: ['a'.repeat(61)] })).toEqual([
      { path: 'competencies[0]', message: 'at most 60 characters' },
    ]);
    const many = Array.from({ length: 21 }, (_, i) => `c${i}`);
    expect(problemsOf(CreateEntryInput, { title: 'x', competencies: many })).toEqual([
      { path: 'competencies', message: 'at most 20 items' },
    ]);
  });

  it('rejects tags that are not letters, digits and dashes, and over-long ones', () => {
    for (const bad of ['#billing', '-perf', 'perf--work', 'a/b', '', ' '])
      expect(problemsOf(CreateEntryInput, { title: 'x', tags: ['ok', bad] }), bad).toEqual([
        {
          path: 'tags[1]',
          message: 'expected a tag of letters, digits and single dashes, like "perf-work" or "café"',
        },
      ]);
    expect(problemsOf(CreateEntryInput, { title: 'x', tags: ['é'.repeat(61)] })).toEqual([
      { path: 'tags[0]', message: 'at most 60 characters' },
    ]);
  });

  it('keeps a tag as one label however it is typed, in any script', () => {
    const parsed = CreateEntryInput.parse({
      title: 'x',
      tags: ['Perf Work', ' Café ', 'on_call', '计费', 'cafe\u0301', 'q3-2026'],
    });
    expect(parsed.tags).toEqual(['perf-work', 'café', 'on-call', '计费', 'café', 'q3-2026']);
  });

  it('rejects empty names, over-long names and over-long lists of people', () => {
    expect(problemsOf(CreateEntryInput, { title: 'x', peopleHelped: ['Jordan', '  '] })).toEqual([
      { path: 'peopleHelped[1]', message: 'must not be empty' },
    ]);
    expect(problemsOf(CreateEntryInput, { title: 'x', collaborators: ['n'.repeat(201)] })).toEqual([
      { path: 'collaborators[0]', message: 'at most 200 characters' },
    ]);
    const crowd = Array.from({ length: 51 }, (_, i) => `Person ${i}`);
    expect(problemsOf(CreateEntryInput, { title: 'x', peopleHelped: crowd })).toEqual([
      { path: 'peopleHelped', message: 'at most 50 items' },
    ]);
  });

  it('accepts no project as null and rejects an empty project string', () => {
    expect(problemsOf(CreateEntryInput, { title: 'x', project: null })).toEqual([]);
    expect(problemsOf(CreateEntryInput, { title: 'x', project: '  ' })).toEqual([
      { path: 'project', message: 'must not be empty (use null for none)' },
    ]);
  });

  it('rejects fields the system sets, naming the unknown key', () => {
    for (const key of ['id', 'ownerId', 'createdAt', 'deletedAt', 'colour']) {
      expect(problemsOf(CreateEntryInput, { title: 'x', [key]: 'v' })).toEqual([
        { path: key, message: `unknown field "${key}"` },
      ]);
    }
  });

  it('reports every problem at once', () => {
    const problems = problemsOf(CreateEntryInput, { title: '', kind: 'win', date: 'soon' });
    expect(problems.map((p) => p.path).sort()).toEqual(['date', 'kind', 'title']);
  });
});

describe('UpdateEntryInput', () => {
  it('accepts any one field', () => {
    expect(UpdateEntryInput.parse({ kind: 'design' })).toEqual({ kind: 'design' });
    expect(UpdateEntryInput.parse({ project: null })).toEqual({ project: null });
  });

  it('rejects an empty change', () => {
    expect(problemsOf(UpdateEntryInput, {})).toEqual([
      { path: '(root)', message: 'give at least one field to change' },
    ]);
  });

  it('validates the fields it is given like a new entry', () => {
    expect(problemsOf(UpdateEntryInput, { title: 'a\nb', date: '2026-02-30', scope: 'galaxy' })).toEqual([
      { path: 'date', message: 'expected a calendar date like 2026-11-20' },
      { path: 'title', message: 'must be one line (put the rest in details)' },
      { path: 'scope', message: 'expected one of: individual, team, cross-team, org' },
    ]);
  });

  it('rejects an empty title', () => {
    expect(problemsOf(UpdateEntryInput, { title: '' })).toEqual([
      { path: 'title', message: 'must not be empty' },
    ]);
  });

  it('refuses to change what the system owns: id, owner, source and timestamps', () => {
    for (const key of ['id', 'ownerId', 'source', 'createdAt', 'updatedAt', 'deletedAt']) {
      expect(problemsOf(UpdateEntryInput, { title: 'x', [key]: 'v' })).toContainEqual({
        path: key,
        message: `unknown field "${key}"`,
      });
    }
  });
});

describe('EntryFields', () => {
  it('accepts a complete set of fields', () => {
    expect(problemsOf(EntryFields, fields())).toEqual([]);
  });

  it('requires every field', () => {
    const { impact: _impact, tags: _tags, ...rest } = fields();
    expect(problemsOf(EntryFields, rest).map((p) => p.path)).toEqual(['impact', 'tags']);
  });

  it('drops keys it does not know (callers merge whole entries into it)', () => {
    expect(EntryFields.parse(fields({ id: 'e1' }))).not.toHaveProperty('id');
  });
});

describe('entryFieldsWithDefaults', () => {
  it('fills every default: today, kind other, individual, private, empty text and lists', () => {
    expect(entryFieldsWithDefaults({ title: 'Shipped it' }, '2026-11-20')).toEqual({
      date: '2026-11-20',
      title: 'Shipped it',
      details: '',
      impact: '',
      peopleHelped: [],
      collaborators: [],
      kind: 'other',
      competencies: [],
      scope: 'individual',
      links: [],
      project: null,
      tags: [],
      visibility: 'private',
    });
  });

  it('keeps every value it is given', () => {
    const input = CreateEntryInput.parse(fields());
    expect(entryFieldsWithDefaults(input, '2030-01-01')).toEqual(fields());
  });

  it('removes repeated names, links, competencies and tags, keeping first-seen order', () => {
    const input = CreateEntryInput.parse({
      title: 'x',
      peopleHelped: [' Jordan Lee', 'Priya', 'Jordan Lee '],
      collaborators: ['Sam', 'Sam'],
      competencies: ['craft', 'ownership', 'craft'],
      links: ['https://a.example.com', 'https://b.example.com', 'https://a.example.com'],
      tags: ['q4', 'billing', 'q4'],
    });
    expect(entryFieldsWithDefaults(input, '2026-11-20')).toMatchObject({
      peopleHelped: ['Jordan Lee', 'Priya'],
      collaborators: ['Sam'],
      competencies: ['craft', 'ownership'],
      links: ['https://a.example.com', 'https://b.example.com'],
      tags: ['q4', 'billing'],
    });
  });

  it('produces fields that pass EntryFields', () => {
    const filled = entryFieldsWithDefaults(parseOrThrow(CreateEntryInput, { title: 'x' }), '2026-11-20');
    expect(problemsOf(EntryFields, filled)).toEqual([]);
  });
});

describe('unique', () => {
  it('keeps the first of each value in order', () => {
    expect(unique(['b', 'a', 'b', 'c', 'a'])).toEqual(['b', 'a', 'c']);
    expect(unique([])).toEqual([]);
  });
});
