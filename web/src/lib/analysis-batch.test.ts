// Reading a JSONL file for the batch analysis in the browser, and naming the server's problems by line.
import { describe, expect, it } from 'vitest';
import { BATCH_LIMITS, describeProblem, parseAnalysisJsonl, problemOnLine, toJsonl } from './analysis-batch';

const line = (o: unknown) => JSON.stringify(o);

describe('parseAnalysisJsonl', () => {
  it('reads one item a line, skips blank lines and keeps each item’s line', () => {
    const text = [
      line({ id: 'a', type: 'entry', text: 'Cut p99 latency by 40%', label: 'strong' }),
      '',
      line({ id: 'b', type: 'peer-review', text: 'Great teammate' }),
      '',
    ].join('\n');
    const parsed = parseAnalysisJsonl(text);
    expect(parsed.problems).toEqual([]);
    expect(parsed.items).toEqual([
      { id: 'a', type: 'entry', text: 'Cut p99 latency by 40%' },
      { id: 'b', type: 'peer-review', text: 'Great teammate' },
    ]);
    expect(parsed.lines).toEqual([1, 3]);
  });

  it('names each line that is not JSON or not an object', () => {
    const parsed = parseAnalysisJsonl(
      [line({ id: 'a', type: 'entry', text: 'x' }), '{"id":', '[1,2]', '"text"'].join('\n'),
    );
    expect(parsed.problems.map((p) => [p.line, p.message.split(' (')[0]])).toEqual([
      [2, 'not JSON'],
      [3, 'expected an object {"id", "type", "text"}'],
      [4, 'expected an object {"id", "type", "text"}'],
    ]);
  });

  it('refuses an empty file', () => {
    expect(parseAnalysisJsonl('\n  \n').problems).toEqual([
      { line: 0, field: '', message: 'the file holds no items' },
    ]);
  });

  it('refuses more items than one request takes, pointing to the CLI', () => {
    const text = Array.from({ length: BATCH_LIMITS.items + 1 }, (_, i) =>
      line({ id: `e${i}`, type: 'entry', text: 'Shipped it' }),
    ).join('\n');
    const [problem] = parseAnalysisJsonl(text).problems;
    expect(problem?.message).toMatch(/^1001 items: at most 1,000 per request.*promocase analyze --input/);
  });

  it('refuses items that come to more than 1 MB', () => {
    const text = Array.from({ length: 40 }, (_, i) =>
      line({ id: `e${i}`, type: 'entry', text: 'é'.repeat(15_000) }),
    ).join('\n');
    expect(parseAnalysisJsonl(text).problems[0]?.message).toMatch(/more than 1 MB/);
  });
});

describe('problemOnLine', () => {
  it('names the file line and the field of an item the server refused', () => {
    expect(problemOnLine({ path: '[1].text', message: 'must not be empty' }, [2, 5])).toEqual({
      line: 5,
      field: 'text',
      message: 'must not be empty',
    });
    expect(describeProblem({ line: 5, field: 'text', message: 'must not be empty' })).toBe(
      'line 5, text: must not be empty',
    );
  });

  it('keeps a problem that is not about one item as it is', () => {
    expect(problemOnLine({ path: '', message: 'send at least one item' }, [1])).toEqual({
      line: 0,
      field: '',
      message: 'send at least one item',
    });
    expect(describeProblem({ line: 0, field: '', message: 'send at least one item' })).toBe(
      'send at least one item',
    );
  });
});

describe('toJsonl', () => {
  it('writes one result a line, ending with a newline', () => {
    expect(toJsonl([{ id: 'a' }, { id: 'b' }])).toBe('{"id":"a"}\n{"id":"b"}\n');
  });
});
