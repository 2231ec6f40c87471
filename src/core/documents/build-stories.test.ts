import { describe, expect, it } from 'vitest';
import { makeEntry } from '../../../tests/support/document-fixtures.js';
import { buildStory, groupIntoStories } from './build-stories.js';
import { plainText } from './document-model.js';
import { hasMetric, sentences, stripMarkdown } from './entry-text.js';

const nameOf = (id: string) => id.toUpperCase();

describe('groupIntoStories', () => {
  it('tells projects first, largest first, then one theme per kind for entries without a project', () => {
    const stories = groupIntoStories(
      [
        makeEntry({ project: 'search' }),
        makeEntry({ project: 'billing' }),
        makeEntry({ project: 'billing' }),
        makeEntry({ kind: 'mentoring' }),
        makeEntry({ kind: 'feature' }),
      ],
      nameOf,
    );
    expect(stories.map((s) => s.title)).toEqual([
      'billing',
      'search',
      'Features',
      'Mentoring and helping others',
    ]);
    expect(stories.map((s) => s.entries.length)).toEqual([2, 1, 1, 1]);
  });
});

describe('buildStory', () => {
  it('states an outcome logged by several entries once, citing them all, and asks for its number once', () => {
    const launch = (id: string, date: string) =>
      makeEntry({ id, date, project: 'eu', impact: 'unblocked the EU launch two weeks early' });
    const measured = makeEntry({
      id: 'm',
      date: '2026-09-03',
      project: 'eu',
      impact: 'p95 from 2 s to 300 ms',
    });
    const story = buildStory(
      'eu',
      'eu',
      'eu',
      [launch('a', '2026-09-01'), measured, launch('b', '2026-09-08'), launch('c', '2026-09-15')],
      nameOf,
    );
    expect(story.outcomes).toHaveLength(2);
    const [repeated, single] = story.outcomes;
    expect(plainText(repeated!)).toBe('unblocked the EU launch two weeks early');
    expect(
      repeated!.filter((r) => r.type === 'citation').map((r) => (r.type === 'citation' ? r.entryId : '')),
    ).toEqual(['a', 'b', 'c']);
    expect(repeated!.filter((r) => r.type === 'gap')).toEqual([
      {
        type: 'gap',
        what: 'a number for this outcome',
        why: '3 entries state this outcome, none with a measure',
      },
    ]);
    expect(single!.some((r) => r.type === 'gap')).toBe(false);
  });

  it('draws problem, decisions and outcome from the entries, each cited with its date and link', () => {
    const design = makeEntry({
      id: 'd1',
      date: '2026-07-06',
      details: 'Pages took 2 s under load.\n- I chose a read-through cache over precomputing pages.',
      impact: 'p95 from 2 s to 300 ms',
      links: ['https://docs.example.com/cache'],
      scope: 'cross-team',
      collaborators: ['Ravi Patel'],
    });
    const story = buildStory('cache', 'cache', 'cache', [design], nameOf);
    expect(story.problem).toEqual([
      { type: 'text', text: 'Pages took 2 s under load.' },
      { type: 'citation', entryId: 'd1', date: '2026-07-06', link: 'https://docs.example.com/cache' },
    ]);
    expect(plainText(story.decisions[0]!)).toBe('I chose a read-through cache over precomputing pages.');
    expect(story.decisions[0]![1]).toMatchObject({ type: 'citation', entryId: 'd1' });
    expect(story.outcomes).toEqual([
      [
        { type: 'text', text: 'p95 from 2 s to 300 ms' },
        { type: 'citation', entryId: 'd1', date: '2026-07-06', link: 'https://docs.example.com/cache' },
      ],
    ]);
    expect(plainText(story.role)).toContain('Widest scope: cross-team. 1 entry: feature.');
    expect(plainText(story.role)).toContain('Worked with Ravi Patel.');
  });

  it('opens on the situation the work started from, not on the first thing the author did', () => {
    const entries = [
      makeEntry({
        date: '2026-06-09',
        details:
          'Profiled the checkout page load in Tempo. The pricing query was doing a sequential scan on every request.',
      }),
      makeEntry({ date: '2026-06-20', details: 'Jordan needed two days to set up from the old wiki page.' }),
    ];
    const story = buildStory('p', 'p', 'p', entries, nameOf);
    expect(plainText(story.problem)).toBe('The pricing query was doing a sequential scan on every request.');
    const later = buildStory(
      'p',
      'p',
      'p',
      [makeEntry({ date: '2026-06-01', details: 'Picked three starter tasks.' }), entries[1]!],
      nameOf,
    );
    expect(plainText(later.problem)).toBe('Jordan needed two days to set up from the old wiki page.');
    expect(later.problem[1]).toMatchObject({ type: 'citation', entryId: entries[1]!.id });
  });

  it('takes the problem from the start of a project, and else its first sentence that is not a decision', () => {
    const quiet = (date: string) => makeEntry({ date, details: 'Paired with Lena on the contract tests.' });
    const entries = [
      makeEntry({ date: '2026-01-01', details: 'We chose Postgres. Moved the first consumer onto the API.' }),
      ...['02', '03', '04', '05', '06', '07', '08', '09', '10', '11'].map((m) => quiet(`2026-${m}-01`)),
      makeEntry({ date: '2026-12-01', details: 'The nightly export still fails twice a week.' }),
    ];
    const story = buildStory('p', 'p', 'p', entries, nameOf);
    // The failing export comes in the last of twelve entries: a later issue, not where the work began.
    expect(plainText(story.problem)).toBe('Moved the first consumer onto the API.');
  });

  it('lists as decisions what the author decided, not descriptions that mention an alternative', () => {
    const details = [
      'Both consumers now read through the API instead of the tables.',
      'I added a streaming export endpoint instead of making them page through 50 at a time.',
      'First panels for p95 latency against the proposed targets.',
      'Proposed a p95 target under 900 ms.',
      'Recommended option 3, with the fallback.',
    ].join(' ');
    const story = buildStory('p', 'p', 'p', [makeEntry({ details })], nameOf);
    expect(story.decisions.map((d) => plainText(d))).toEqual([
      'I added a streaming export endpoint instead of making them page through 50 at a time.',
      'Proposed a p95 target under 900 ms.',
      'Recommended option 3, with the fallback.',
    ]);
  });

  it('marks a gap instead of inventing a problem, a decision or an outcome the entries do not hold', () => {
    const story = buildStory('x', 'x', 'x', [makeEntry({ title: 'Did a thing' })], nameOf);
    for (const part of [story.problem, story.decisions[0]!, story.outcomes[0]!]) {
      expect(part).toHaveLength(1);
      expect(part[0]!.type).toBe('gap');
    }
  });

  it('marks an outcome without a number as needing one, after citing it', () => {
    const story = buildStory('x', 'x', 'x', [makeEntry({ impact: 'Made checkout faster' })], nameOf);
    expect(story.outcomes[0]!.map((r) => r.type)).toEqual(['text', 'citation', 'gap']);
  });

  it('orders what I did by date whatever order the entries came in', () => {
    const story = buildStory(
      'x',
      'x',
      'x',
      [makeEntry({ date: '2026-09-02', title: 'second' }), makeEntry({ date: '2026-09-01', title: 'first' })],
      nameOf,
    );
    expect(story.actions.map((a) => plainText(a))).toEqual(['first', 'second']);
    expect([story.since, story.until]).toEqual(['2026-09-01', '2026-09-02']);
  });
});

describe('reading entry text', () => {
  it('reduces Markdown to the words as written', () => {
    expect(stripMarkdown('Added **idempotency** to `POST /payments`, see [the doc](https://x.example)')).toBe(
      'Added idempotency to POST /payments, see the doc',
    );
  });

  it('collapses whitespace of plain text and keeps clean text as written', () => {
    expect(stripMarkdown('  Cut  p95\tfrom 800 ms\nto 300 ms ')).toBe('Cut p95 from 800 ms to 300 ms');
    expect(stripMarkdown('Cut\u00a0p95 by half')).toBe('Cut p95 by half');
    expect(stripMarkdown('Cut p95 by half')).toBe('Cut p95 by half');
    expect(stripMarkdown('')).toBe('');
  });

  it('splits sentences within lines and never across list items', () => {
    expect(sentences('First one. Second one.\n- third item\n- 2 more')).toEqual([
      'First one.',
      'Second one.',
      'third item',
      '2 more',
    ]);
  });

  it('keeps a list with the line that introduces it, so a sentence never ends on a bare colon', () => {
    expect(
      sentences(
        'Proposed a strangler approach with two milestones:\n- **M1** a read API\n- **M2** dual-write\n\nEach has a rollback path.',
      ),
    ).toEqual([
      'Proposed a strangler approach with two milestones: M1 a read API; M2 dual-write',
      'Each has a rollback path.',
    ]);
  });

  it('tells a decision whose options are listed with the options it lists', () => {
    const story = buildStory(
      'p',
      'p',
      'p',
      [makeEntry({ project: 'p', details: 'We chose between:\n\n1. a queue;\n2. a cron job.' })],
      nameOf,
    );
    expect(story.decisions.map((d) => plainText(d))).toEqual(['We chose between: a queue; a cron job']);
  });

  it('counts a claim with a measure as measured, and versions, years or task counts as not', () => {
    expect(hasMetric('p95 from 800 ms to 300 ms')).toBe(true);
    expect(hasMetric('made it much faster')).toBe(false);
    expect(hasMetric('shipped v2 in 2026, closed 14 tickets')).toBe(false);
  });
});
