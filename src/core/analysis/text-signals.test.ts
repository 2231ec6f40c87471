import { describe, expect, it } from 'vitest';
import { findMeasure, stripNonMetricNumbers } from './text-signals.js';

describe('findMeasure', () => {
  it('finds a before and after, and a quantity with a unit', () => {
    expect(findMeasure('p95 went from 900 ms to 200 ms')).toBe('from 900 ms to 200 ms');
    expect(findMeasure('Cut alert noise by 40%')).toBe('40%');
    expect(findMeasure('2 of 11 consumers off direct table reads')).toBe('11 consumers');
  });

  it('finds "halved" and the like in a text without a single digit', () => {
    expect(findMeasure('Halved the time a deploy takes')).toBe('Halved');
    expect(findMeasure('Took the flaky test count to zero')).toBe('to zero');
  });

  it('finds nothing in versions, dates and counts of tasks', () => {
    expect(findMeasure('Upgraded to Node 20 on 2026-03-14 and closed 14 tickets')).toBeUndefined();
    expect(findMeasure('Shipped the new onboarding flow')).toBeUndefined();
  });
});

describe('stripNonMetricNumbers', () => {
  it('returns a text without digits as it is', () => {
    expect(stripNonMetricNumbers('Led the billing migration')).toBe('Led the billing migration');
  });
});
