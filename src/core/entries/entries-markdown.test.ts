import { describe, expect, it } from 'vitest';
import { renderEntriesMarkdown, renderEntryMarkdown } from './entries-markdown.js';
import type { Entry } from './entry.js';

/** A bare entry: only what every entry has, so each test adds the part it is about. */
function entry(overrides: Partial<Entry> = {}): Entry {
  return {
    id: 'e1',
    ownerId: 'owner-a',
    date: '2026-11-20',
    title: 'Shipped the invoices API',
    details: '',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'feature',
    competencies: [],
    scope: 'team',
    links: [],
    project: null,
    tags: [],
    visibility: 'private',
    source: 'manual',
    createdAt: '2026-11-20T17:00:00.000Z',
    updatedAt: '2026-11-20T17:00:00.000Z',
    deletedAt: null,
    ...overrides,
  };
}

describe('renderEntryMarkdown', () => {
  it('renders a bare entry as a heading and a line of facts', () => {
    expect(renderEntryMarkdown(entry())).toBe(
      '### 2026-11-20: Shipped the invoices API\n\n*kind: feature · scope: team*\n',
    );
  });

  it('renders every part of a full entry in a fixed order', () => {
    const full = entry({
      details: 'Cut over **40 services**.\n\n- one\n- two',
      impact: 'Invoice errors fell from 2% to 0.1%.',
      peopleHelped: ['Jordan Lee'],
      collaborators: ['Priya Nair', 'Diego Alvarez'],
      competencies: ['ownership', 'impact'],
      links: ['https://docs.example.com/billing', 'https://code.example.com/pull/1'],
      project: 'billing-migration',
      tags: ['billing', 'q4'],
    });
    expect(renderEntryMarkdown(full)).toBe(
      [
        '### 2026-11-20: Shipped the invoices API',
        '',
        '*kind: feature · scope: team · project: billing-migration · competencies: ownership, impact · tags: #billing #q4*',
        '',
        'Cut over **40 services**.',
        '',
        '- one',
        '- two',
        '',
        '**Impact:** Invoice errors fell from 2% to 0.1%.',
        '',
        '**Helped:** Jordan Lee',
        '',
        '**With:** Priya Nair, Diego Alvarez',
        '',
        '- <https://docs.example.com/billing>',
        '- <https://code.example.com/pull/1>',
        '',
      ].join('\n'),
    );
  });

  it("keeps the user's Markdown in the details exactly as written", () => {
    const details = '## My notes\n\n```ts\nconst x = 1;\n```\n\n> quoted *emphasis* and <html>';
    expect(renderEntryMarkdown(entry({ details }))).toContain(`\n${details}\n`);
  });

  it('leaves out the parts an entry does not have', () => {
    const text = renderEntryMarkdown(entry({ impact: 'Faster.' }));
    expect(text).not.toMatch(/project:|competencies:|tags:|Helped|With/);
    expect(text).toContain('**Impact:** Faster.');
  });

  it('uses the heading level it is given', () => {
    expect(renderEntryMarkdown(entry(), 2)).toMatch(/^## 2026-11-20: /);
    expect(renderEntryMarkdown(entry(), 4)).toMatch(/^#### 2026-11-20: /);
  });
});

describe('renderEntriesMarkdown', () => {
  it('says there are no entries when the list is empty', () => {
    expect(renderEntriesMarkdown([])).toBe('# Work log\n\nNo entries.\n');
  });

  it('uses the title it is given', () => {
    expect(renderEntriesMarkdown([], 'Work log of Sam Rivera')).toMatch(/^# Work log of Sam Rivera\n/);
  });

  it('groups entries by ISO week, newest week first, each week under its Monday', () => {
    const text = renderEntriesMarkdown([
      entry({ id: 'a', date: '2026-11-03', title: 'Older week' }),
      entry({ id: 'b', date: '2026-11-20', title: 'This week' }),
      entry({ id: 'c', date: '2026-11-16', title: 'Monday this week' }),
    ]);
    const headings = text.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual([
      '# Work log',
      '## Week of 2026-11-16',
      '### 2026-11-20: This week',
      '### 2026-11-16: Monday this week',
      '## Week of 2026-11-02',
      '### 2026-11-03: Older week',
    ]);
  });

  it('puts a Sunday entry in the week that began on the Monday before it', () => {
    const text = renderEntriesMarkdown([entry({ date: '2026-11-22', title: 'Sunday work' })]);
    expect(text).toContain('## Week of 2026-11-16\n\n### 2026-11-22: Sunday work');
  });

  it('orders entries of the same day by when they were written, latest first', () => {
    const text = renderEntriesMarkdown([
      entry({ id: 'a', title: 'Morning', createdAt: '2026-11-20T09:00:00.000Z' }),
      entry({ id: 'b', title: 'Evening', createdAt: '2026-11-20T18:00:00.000Z' }),
    ]);
    expect(text.indexOf('Evening')).toBeLessThan(text.indexOf('Morning'));
  });

  it('does not reorder the list it is given', () => {
    const list = [entry({ id: 'a', date: '2026-01-01' }), entry({ id: 'b', date: '2026-12-01' })];
    renderEntriesMarkdown(list);
    expect(list.map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('ends with exactly one newline and separates blocks with one blank line', () => {
    const text = renderEntriesMarkdown([
      entry({ id: 'a', details: 'Some details.' }),
      entry({ id: 'b', date: '2026-11-02' }),
    ]);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.endsWith('\n\n')).toBe(false);
    expect(text).not.toContain('\n\n\n');
  });

  it('renders the same text for the same entries given in any order', () => {
    const list = [
      entry({ id: 'a', date: '2026-10-01', title: 'One' }),
      entry({ id: 'b', date: '2026-11-01', title: 'Two' }),
      entry({ id: 'c', date: '2026-11-20', title: 'Three' }),
    ];
    expect(renderEntriesMarkdown([...list].reverse())).toBe(renderEntriesMarkdown(list));
  });
});
