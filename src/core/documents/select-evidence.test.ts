import { describe, expect, it } from 'vitest';
import { AS_OF, makeEntry, PROFILE, sampleEntries } from '../../../tests/support/document-fixtures.js';
import { DOCUMENT_TYPE_SPECS } from './document-types.js';
import { currentReviewPeriod, lastTwelveMonths } from './review-period.js';
import { resolveSelection, selectEvidence } from './select-evidence.js';

describe('the review period', () => {
  it('is the calendar half that contains today when no calibration date is set', () => {
    expect(currentReviewPeriod('half-yearly', null, '2026-11-21')).toMatchObject({
      since: '2026-07-01',
      until: '2026-12-31',
    });
    expect(currentReviewPeriod('quarterly', null, '2026-02-10')).toMatchObject({
      since: '2026-01-01',
      until: '2026-03-31',
    });
    expect(currentReviewPeriod('yearly', null, '2026-02-10')).toMatchObject({
      since: '2026-01-01',
      until: '2026-12-31',
    });
  });

  it('ends at the next calibration and spans the cadence when that date is ahead', () => {
    expect(currentReviewPeriod('half-yearly', '2027-01-31', '2026-11-21')).toMatchObject({
      since: '2026-08-01',
      until: '2027-01-31',
    });
  });

  it('reaches back a whole period at a time to today when the calibration is more than one period away', () => {
    // Nothing is judged between today and that calibration, so today's work belongs to its period.
    expect(currentReviewPeriod('quarterly', '2027-03-01', '2026-11-21')).toEqual({
      since: '2026-09-02',
      until: '2027-03-01',
      basis: 'the 2 quarterly review periods up to the next calibration on 2027-03-01, today included',
    });
    expect(currentReviewPeriod('quarterly', '2027-03-01', '2026-12-02').since).toBe('2026-12-02');
    expect(currentReviewPeriod('yearly', '2029-06-30', '2026-11-21').since).toBe('2026-07-01');
  });

  it('ignores a calibration date that has passed', () => {
    expect(currentReviewPeriod('quarterly', '2026-09-30', '2026-11-21').since).toBe('2026-10-01');
  });

  it('clamps month arithmetic to the end of shorter months', () => {
    expect(currentReviewPeriod('half-yearly', '2026-08-31', '2026-08-01').since).toBe('2026-03-01');
    expect(lastTwelveMonths('2024-02-29').since).toBe('2023-03-01');
  });
});

describe('resolveSelection', () => {
  it('takes visibility and dates from the type when nothing is asked', () => {
    const brag = resolveSelection(DOCUMENT_TYPE_SPECS.brag, PROFILE, {}, AS_OF);
    expect(brag).toMatchObject({
      visibility: 'private',
      since: '2026-07-01',
      until: '2026-12-31',
      projects: [],
    });
    const handoff = resolveSelection(DOCUMENT_TYPE_SPECS.handoff, PROFILE, {}, AS_OF);
    expect(handoff).toMatchObject({ visibility: 'manager', since: '2025-11-21', until: AS_OF });
  });

  it('lets the request override each default and says where the dates came from', () => {
    const s = resolveSelection(
      DOCUMENT_TYPE_SPECS.summary,
      PROFILE,
      { visibility: 'private', since: '2026-01-01', projects: ['search', 'search'] },
      AS_OF,
    );
    expect(s).toMatchObject({
      visibility: 'private',
      since: '2026-01-01',
      until: '2026-12-31',
      projects: ['search'],
    });
    expect(s.basis).toContain('--since');
  });

  it('refuses one date given past the other end of the default period, naming it, instead of turning the period around', () => {
    const late = () => resolveSelection(DOCUMENT_TYPE_SPECS.brag, PROFILE, { since: '2999-01-01' }, AS_OF);
    expect(late).toThrow(
      /^since: 2999-01-01 is after 2026-12-31, the end of this document's default period; give until as well$/,
    );
    const early = () => resolveSelection(DOCUMENT_TYPE_SPECS.brag, PROFILE, { until: '1999-01-01' }, AS_OF);
    expect(early).toThrow(
      /^until: 1999-01-01 is before 2026-07-01, the start of this document's default period/,
    );
  });
});

describe('selectEvidence', () => {
  const selection = resolveSelection(DOCUMENT_TYPE_SPECS.summary, PROFILE, {}, AS_OF);

  it('keeps private entries out of documents for the manager, and says why', () => {
    const choice = selectEvidence(sampleEntries(), selection);
    expect(choice.included.map((e) => e.id)).not.toContain('e-private');
    const why = choice.decisions.find((d) => d.id === 'e-private')!;
    expect(why.included).toBe(false);
    expect(why.reasons[0]).toMatch(/^private/);
  });

  it('leaves out entries outside the dates, deleted entries, and projects not named', () => {
    const entries = [
      ...sampleEntries(),
      makeEntry({ id: 'e-deleted', date: '2026-10-03', deletedAt: '2026-10-04T00:00:00.000Z' }),
    ];
    const choice = selectEvidence(entries, { ...selection, projects: ['Page-Cache'] });
    expect(choice.included.map((e) => e.id)).toEqual(['e-design', 'e-ship']);
    const reasons = Object.fromEntries(choice.decisions.map((d) => [d.id, d.reasons.join('; ')]));
    expect(reasons['e-old']).toContain('dated before 2026-07-01');
    expect(reasons['e-deleted']).toContain('deleted');
    expect(reasons['e-search']).toBe('project "search" is not one you named');
    expect(reasons['e-mentor']).toBe('has no project (only the projects you named go in)');
  });

  it('decides every entry exactly once, in the order given', () => {
    const entries = sampleEntries();
    expect(selectEvidence(entries, selection).decisions.map((d) => d.id)).toEqual(entries.map((e) => e.id));
  });
});
