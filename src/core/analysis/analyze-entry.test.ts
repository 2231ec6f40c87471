import { describe, expect, it } from 'vitest';
import { BUILTIN_COMPETENCY_IDS } from '../frameworks/builtin-ids.js';
import { analyzeEntry } from './analyze-entry.js';

describe('analyzeEntry', () => {
  it('reads an outage response as an incident that shows ownership', () => {
    const result = analyzeEntry(
      'Was on call when the orders queue backed up; found the poison message and restored checkout in 35 minutes.',
    );
    expect(result.kind).toBe('incident');
    expect(result.competencies).toContain('ownership');
    expect(result.metric).toBe(true);
  });

  it('does not take version numbers, dates and counts of tickets for metrics', () => {
    expect(
      analyzeEntry('Upgraded the API from Node 18 to Node 22 and released v3.4.1 on 2026-05-02.').metric,
    ).toBe(false);
    expect(analyzeEntry('Closed 31 tickets and merged 12 PRs in sprint 42.').metric).toBe(false);
  });

  it('takes before and after values, money and people reached for metrics', () => {
    expect(analyzeEntry('Cut p95 latency of the search API from 900 ms to 200 ms.').metric).toBe(true);
    expect(analyzeEntry('Moved cold logs to object storage, saving $4,500 a month.').metric).toBe(true);
    expect(analyzeEntry('Ran a testing workshop; 40 engineers attended.').metric).toBe(true);
  });

  it('tells mentoring from a feature when the tool was built to teach someone', () => {
    const result = analyzeEntry(
      'Built a practice repository with Ravi so he could learn our deployment pipeline.',
    );
    expect(result.kind).toBe('mentoring');
    expect(result.competencies[0]).toBe('multiplier');
  });

  it('sees adoption across the company as org scope and several teams as cross-team', () => {
    expect(
      analyzeEntry('Wrote the API versioning guidelines now adopted by every team in the company.').scope,
    ).toBe('org');
    expect(
      analyzeEntry('Coordinated the schema change with the billing, search and mobile teams.').scope,
    ).toBe('cross-team');
  });

  it('asks for your part when the entry speaks only for the team', () => {
    const result = analyzeEntry('We shipped the new onboarding flow.');
    expect(result.suggestions).toContain('Say what you did, not what the team did.');
  });

  it('asks for the before and after number when there is none', () => {
    const result = analyzeEntry('Improved the performance of the dashboard.');
    expect(result.metric).toBe(false);
    expect(result.suggestions.join(' ')).toMatch(/before and after number/);
  });

  it('scores a specific entry above a vague one', () => {
    const vague = analyzeEntry('Worked on stuff.');
    const specific = analyzeEntry(
      'Rewrote the reconciliation query in the ledger service so the nightly job went from 3 hours to 12 minutes, ' +
        'which let finance close the month a day earlier.',
    );
    expect(specific.specificity).toBeGreaterThan(vague.specificity + 40);
    expect(vague.specificity).toBeLessThan(30);
  });

  it('suggests only built-in competency ids, at most three by default and fewer when asked', () => {
    const text = 'Led the design review of the ledger migration with four teams and wrote the RFC.';
    const result = analyzeEntry(text);
    expect(result.competencies.length).toBeGreaterThan(0);
    expect(result.competencies.length).toBeLessThanOrEqual(3);
    for (const id of result.competencies) expect(BUILTIN_COMPETENCY_IDS).toContain(id);
    expect(analyzeEntry(text, { maxCompetencies: 1 }).competencies).toHaveLength(1);
  });

  it('gives the same answer for the same text', () => {
    const text = 'Paired with Lena on the flaky integration tests.';
    expect(analyzeEntry(text)).toEqual(analyzeEntry(text));
  });

  it('calls learning and admin "other"', () => {
    expect(analyzeEntry('Attended the internal conference on observability.').kind).toBe('other');
  });

  it('copes with text that has no words, emoji, Markdown or one enormous token', () => {
    for (const text of [
      '🚀🚀',
      '$$$ -> %%%',
      '## Plan\n- [doc](https://example.com/a?b=1)\n```\ncode\n```',
      'x'.repeat(30_000),
    ]) {
      const result = analyzeEntry(text);
      expect(result.specificity).toBeGreaterThanOrEqual(0);
      expect(result.specificity).toBeLessThanOrEqual(100);
      expect(result.reasons.length + result.suggestions.length).toBeGreaterThan(0);
    }
  });

  it('explains each verdict with the words behind it', () => {
    const { reasons } = analyzeEntry(
      'Ran incident command for the checkout outage with the payments and identity teams; ' +
        'error rates went from 12% to 0.3% within an hour.',
    );
    expect(reasons).toContain('Kind "incident": it speaks of "incident", "outage", "incident command".');
    expect(reasons.find((r) => r.startsWith('Scope "cross-team"'))).toMatch(/"payments and identity teams"/);
    expect(reasons).toContain('States a metric: "from 12% to 0.3%".');
    expect(reasons.find((r) => r.startsWith('Competencies: ownership'))).toBeDefined();
  });

  it('says why nothing counts as a metric when only versions and dates have numbers', () => {
    const { reasons } = analyzeEntry('Upgraded Python 3.11 to 3.12 on 2026-03-01.');
    expect(reasons.join(' ')).toMatch(/no number that measures/);
  });
});
