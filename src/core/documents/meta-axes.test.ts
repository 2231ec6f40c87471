import { describe, expect, it } from 'vitest';
import { makeEntry } from '../../../tests/support/document-fixtures.js';
import { axisOf } from './meta-axes.js';

describe('axisOf', () => {
  it('files an entry by its kind first', () => {
    expect(axisOf(makeEntry({ kind: 'design', competencies: ['multiplier'] }))).toBe('direction');
    expect(axisOf(makeEntry({ kind: 'mentoring' }))).toBe('people');
    expect(axisOf(makeEntry({ kind: 'tech-debt' }))).toBe('engineering-excellence');
    expect(axisOf(makeEntry({ kind: 'incident' }))).toBe('engineering-excellence');
    expect(axisOf(makeEntry({ kind: 'feature', peopleHelped: ['Ana'] }))).toBe('project-impact');
  });

  it('reads people helped and competencies when the kind says nothing', () => {
    expect(axisOf(makeEntry({ kind: 'other', peopleHelped: ['Ana'] }))).toBe('people');
    expect(axisOf(makeEntry({ kind: 'other', competencies: ['technical-leadership'] }))).toBe('direction');
    expect(axisOf(makeEntry({ kind: 'other', competencies: ['craft'] }))).toBe('engineering-excellence');
    expect(axisOf(makeEntry({ kind: 'other', competencies: ['ownership'] }))).toBe('project-impact');
  });

  it('counts communicating as direction only beyond the team', () => {
    const talk = (scope: 'team' | 'cross-team') =>
      axisOf(makeEntry({ kind: 'other', scope, competencies: ['communication'] }));
    expect(talk('cross-team')).toBe('direction');
    expect(talk('team')).toBe('project-impact');
  });
});
