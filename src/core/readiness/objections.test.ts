import { describe, expect, it } from 'vitest';
import { peerFeedback } from '../../../tests/support/people-builders.js';
import type { Entry } from '../entries/entry.js';
import { BUILTIN_FRAMEWORK } from '../frameworks/builtin-framework.js';
import { COMPANY_PROFILES } from '../frameworks/company-profiles.js';
import { conversationStatus } from '../people/conversation-status.js';
import type { Profile } from '../profile/profile.js';
import { assessCase } from './assess-case.js';
import type { CaseInput } from './case-input.js';

const TODAY = '2026-11-20';
const profile: Profile = {
  ownerId: 'owner-a',
  name: 'Sam Rivera',
  company: 'generic',
  currentLevel: 'mid',
  targetLevel: 'senior',
  managerName: 'Priya Nair',
  reviewCadence: 'quarterly',
  nextCalibration: null,
  framework: 'promocase',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

/** Every entry specific, with a metric: only kind, scope and the people in it differ. */
function input(over: Partial<CaseInput> & { entries: Entry[] }): CaseInput {
  const quality = new Map(
    over.entries.map((e) => [
      e.id,
      { specificity: 80, metric: true, competencies: [], ambiguity: false, decision: false },
    ]),
  );
  return {
    today: TODAY,
    profile,
    framework: BUILTIN_FRAMEWORK,
    targetLevel: 'senior',
    company: COMPANY_PROFILES.generic,
    quality,
    assessments: [],
    goals: [],
    peerFeedback: [],
    conversations: conversationStatus({
      conversations: [],
      managerChanges: [],
      targetLevelName: 'Senior',
      today: TODAY,
    }),
    ...over,
  };
}

const objection = (i: CaseInput, id: string) => assessCase(i).objections.find((o) => o.id === id)!;

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
