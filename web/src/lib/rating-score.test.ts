// Ratings on the evidence scale: the target level's "meets" is 100, each qualifier a sixth of a level.
import { describe, expect, it } from 'vitest';
import { ratingScore } from './rating-score';

const LADDER = ['junior', 'mid', 'senior', 'staff'];

describe('ratingScore', () => {
  it('scores meeting the target level as 100 and working towards it just below', () => {
    expect(ratingScore({ level: 'senior', qualifier: 'meets' }, LADDER, 'senior')).toBe(100);
    expect(ratingScore({ level: 'senior', qualifier: 'working-towards' }, LADDER, 'senior')).toBe(83);
    expect(ratingScore({ level: 'senior', qualifier: 'exceeds' }, LADDER, 'senior')).toBe(117);
  });

  it('scores a level below the target as half and clamps far-off ratings to the scale', () => {
    expect(ratingScore({ level: 'mid', qualifier: 'meets' }, LADDER, 'senior')).toBe(50);
    expect(ratingScore({ level: 'junior', qualifier: 'working-towards' }, LADDER, 'staff')).toBe(0);
    expect(ratingScore({ level: 'staff', qualifier: 'exceeds' }, LADDER, 'senior')).toBe(120);
  });

  it('has no score for a missing rating or a level outside the ladder', () => {
    expect(ratingScore(null, LADDER, 'senior')).toBeNull();
    expect(ratingScore({ level: 'L5', qualifier: 'meets' }, LADDER, 'senior')).toBeNull();
    expect(ratingScore({ level: 'mid', qualifier: 'meets' }, LADDER, 'L6')).toBeNull();
  });
});
