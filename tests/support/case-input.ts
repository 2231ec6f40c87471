/** Inputs for the readiness rules (assessCase): the built-in framework, the generic company, no people-loop records unless given. */
import { BUILTIN_FRAMEWORK } from '../../src/core/frameworks/builtin-framework.js';
import { COMPANY_PROFILES } from '../../src/core/frameworks/company-profiles.js';
import { conversationStatus } from '../../src/core/people/conversation-status.js';
import type { Profile } from '../../src/core/profile/profile.js';
import type { CaseInput } from '../../src/core/readiness/case-input.js';

export const CASE_TODAY = '2026-11-20';

export function caseProfile(over: Partial<Profile> = {}): Profile {
  return {
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
    ...over,
  };
}

/** A mid-level engineer aiming at Senior on CASE_TODAY; `over` gives the entries, their analysis and anything else. */
export function caseInput(over: Partial<CaseInput> & Pick<CaseInput, 'entries' | 'quality'>): CaseInput {
  return {
    today: CASE_TODAY,
    profile: caseProfile(),
    framework: BUILTIN_FRAMEWORK,
    targetLevel: 'senior',
    company: COMPANY_PROFILES.generic,
    assessments: [],
    goals: [],
    peerFeedback: [],
    conversations: conversationStatus({
      conversations: [],
      managerChanges: [],
      targetLevelName: 'Senior',
      today: CASE_TODAY,
    }),
    ...over,
  };
}
