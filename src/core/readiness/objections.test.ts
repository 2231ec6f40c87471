import { describe, expect, it } from 'vitest';
import { CASE_TODAY, caseInput } from '../../../tests/support/case-input.js';
import { entry, peerFeedback } from '../../../tests/support/people-builders.js';
import type { Entry } from '../entries/entry.js';
import { assessCase } from './assess-case.js';
import type { CaseInput } from './case-input.js';

const TODAY = CASE_TODAY;

/** Every entry specific, with a metric: only kind, scope and the people in it differ. */
function input(over: Partial<CaseInput> & { entries: Entry[] }): CaseInput {
  const quality = new Map(
    over.entries.map((e) => [
      e.id,
      { specificity: 80, metric: true, competencies: [], ambiguity: false, decision: false },
    ]),
  );
  return caseInput({ quality, ...over });
}

const objection = (i: CaseInput, id: string) => assessCase(i).objections.find((o) => o.id === id)!;

/** One entry a week, going back from today. */
const weekly = (n: number, over: Partial<Entry>) =>
  Array.from({ length: n }, (_, i) =>
    entry({
      date: new Date(Date.parse(`${TODAY}T00:00:00Z`) - i * 7 * 86_400_000).toISOString().slice(0, 10),
      ...over,
    }),
  );

const judged = (specific: boolean, from: string) =>
  Object.assign(peerFeedback({ from }), {
    analysis: { specific, score: specific ? 80 : 10, reasons: [], suggestions: [] },
  });

describe('the generic peer reviews objection', () => {
  it('does not call a single specific review generic: it asks for more of them', () => {
    const o = objection(input({ entries: [], peerFeedback: [judged(true, 'Dana')] }), 'generic-peer-reviews');
    expect(o.status).toBe('open');
    expect(o.reason).not.toMatch(/generic/);
    expect(o.reason).toBe(
      'Only one piece of peer feedback is recorded; it is specific, but one review is not yet a pattern.',
    );
  });

  it('counts the generic ones in the singular and the plural', () => {
    const one = objection(
      input({
        entries: [],
        peerFeedback: [judged(false, 'Dana'), judged(true, 'Lee'), judged(false, 'Kim')],
      }),
      'generic-peer-reviews',
    );
    expect(one.reason).toBe(
      '2 of 3 pieces of peer feedback are generic ("smart, helpful") with no example; only one is specific.',
    );
    const single = objection(
      input({ entries: [], peerFeedback: [judged(false, 'Dana')] }),
      'generic-peer-reviews',
    );
    expect(single.reason).toBe(
      'The only piece of peer feedback is generic ("smart, helpful") with no example.',
    );
  });
});

describe('the maintenance-only objection', () => {
  it('stays open when two small features sit among fifty bug fixes', () => {
    const entries = [
      ...weekly(50, { kind: 'tech-debt', title: 'Fixed the flaky retry bug' }),
      entry({ date: '2026-11-01', kind: 'feature' }),
      entry({ date: '2026-07-01', kind: 'feature' }),
    ];
    const o = objection(input({ entries }), 'maintenance-only');
    expect(o.status).toBe('open');
    expect(o.reason).toBe('50 of 52 entries are upkeep; few build or design something new.');
  });

  it('answers it with the share of upkeep when the work is new but at individual scope', () => {
    const o = objection(
      input({ entries: weekly(10, { kind: 'feature', scope: 'individual' }) }),
      'maintenance-only',
    );
    expect(o.status).toBe('answered');
    expect(o.reason).toBe('None of the 10 entries is upkeep or bug fixing.');
  });

  it('names the building work when there is enough of it', () => {
    const entries = [
      ...weekly(6, { kind: 'tech-debt' }),
      ...weekly(4, { kind: 'design', title: 'Wrote the ledger design doc' }),
    ];
    const o = objection(input({ entries }), 'maintenance-only');
    expect(o.status).toBe('answered');
    expect(o.reason).toBe('4 entries build or design something at team scope or wider.');
  });
});
