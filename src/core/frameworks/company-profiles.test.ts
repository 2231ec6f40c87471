import { describe, expect, it } from 'vitest';
import { BUILTIN_COMPETENCY_IDS, BUILTIN_LEVEL_IDS, type BuiltinLevelId } from './builtin-ids.js';
import { COMPANY_IDS, type CompanyFact, type CompanyProfile } from './company-profile.js';
import {
  COMPANY_PROFILES,
  companyLevelName,
  resolveCompanyLevel,
  TERMINAL_LEVELS,
} from './company-profiles.js';

const allFacts = (profile: CompanyProfile): CompanyFact[] => [
  ...profile.decision,
  ...profile.cadence,
  ...profile.evidence.notes,
  ...profile.weighsMost,
];

const normalize = (name: string) => name.toLowerCase().replace(/[\s\-_]+/g, '');

/** Ladder levels each company has a reported level for. Apple has nothing above ICT6. */
const expectedLadder = (company: string): readonly BuiltinLevelId[] =>
  company === 'apple' ? BUILTIN_LEVEL_IDS.filter((id) => id !== 'principal') : BUILTIN_LEVEL_IDS;

describe('COMPANY_PROFILES', () => {
  it('has one profile per company id, keyed by its own id', () => {
    expect(Object.keys(COMPANY_PROFILES).sort()).toEqual([...COMPANY_IDS].sort());
    for (const id of COMPANY_IDS) expect(COMPANY_PROFILES[id].id).toBe(id);
  });

  it.each(COMPANY_IDS)('%s: levels cover the ladder levels it has, lowest first', (company) => {
    const levels = COMPANY_PROFILES[company].levels;
    const covered = new Set(levels.map((l) => l.ladderLevel));
    expect([...covered].sort()).toEqual([...expectedLadder(company)].sort());
    const ranks = levels.map((l) => BUILTIN_LEVEL_IDS.indexOf(l.ladderLevel));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('Apple has no principal level, since nothing above ICT6 is reported', () => {
    expect(COMPANY_PROFILES.apple.levels.some((l) => l.ladderLevel === 'principal')).toBe(false);
    expect(COMPANY_PROFILES.apple.levels.map((l) => l.name)).toEqual([
      'ICT2',
      'ICT3',
      'ICT4',
      'ICT5',
      'ICT6',
    ]);
  });

  it('lists codes that share a ladder level separately', () => {
    const names = (company: keyof typeof COMPANY_PROFILES) =>
      COMPANY_PROFILES[company].levels.filter((l) => l.ladderLevel === 'principal').map((l) => l.name);
    expect(names('google')).toEqual(['L8', 'L9', 'L10']);
    expect(names('meta')).toEqual(['E8', 'E9']);
    expect(names('microsoft')).toEqual(['68', '70']);
    expect(names('amazon')).toEqual(['L10']);
  });

  it.each(COMPANY_IDS)('%s: no level name or alias is claimed by two ladder levels', (company) => {
    const seen = new Map<string, BuiltinLevelId>();
    for (const level of COMPANY_PROFILES[company].levels) {
      for (const name of [level.name, ...level.aliases]) {
        const key = normalize(name);
        const previous = seen.get(key);
        if (previous !== undefined) expect(previous, `${company} "${name}"`).toBe(level.ladderLevel);
        seen.set(key, level.ladderLevel);
      }
    }
    // An alias that spells a ladder id must mean that ladder level, or "--level principal" would surprise.
    for (const id of BUILTIN_LEVEL_IDS) {
      const claimed = seen.get(normalize(id));
      if (claimed !== undefined) expect(claimed, `${company} "${id}"`).toBe(id);
    }
  });

  it.each(COMPANY_IDS)(
    '%s: dimension competencies are built-in ids and dimension ids are unique',
    (company) => {
      const dimensions = COMPANY_PROFILES[company].dimensions;
      for (const dimension of dimensions) {
        expect(dimension.competencies.length).toBeGreaterThanOrEqual(1);
        expect(dimension.competencies.length).toBeLessThanOrEqual(3);
        for (const competency of dimension.competencies) expect(BUILTIN_COMPETENCY_IDS).toContain(competency);
        expect(dimension.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(dimension.summary.trim()).not.toBe('');
      }
      expect(new Set(dimensions.map((d) => d.id)).size).toBe(dimensions.length);
    },
  );

  it('generic dimensions are the eight competencies themselves, not reported', () => {
    const generic = COMPANY_PROFILES.generic.dimensions;
    expect(generic.map((d) => d.id)).toEqual([...BUILTIN_COMPETENCY_IDS]);
    for (const d of generic) {
      expect(d.competencies).toEqual([d.id]);
      expect(d.reported).toBe(false);
    }
    expect(allFacts(COMPANY_PROFILES.generic).every((f) => f.reported === false)).toBe(true);
  });

  it('Amazon has exactly the 16 Leadership Principles', () => {
    expect(COMPANY_PROFILES.amazon.dimensions.map((d) => d.name)).toEqual([
      'Customer Obsession',
      'Ownership',
      'Invent and Simplify',
      'Are Right, A Lot',
      'Learn and Be Curious',
      'Hire and Develop the Best',
      'Insist on the Highest Standards',
      'Think Big',
      'Bias for Action',
      'Frugality',
      'Earn Trust',
      'Dive Deep',
      'Have Backbone; Disagree and Commit',
      'Deliver Results',
      "Strive to be Earth's Best Employer",
      'Success and Scale Bring Broad Responsibility',
    ]);
  });

  it('Meta has exactly its four axes', () => {
    expect(COMPANY_PROFILES.meta.dimensions.map((d) => d.name)).toEqual([
      'Project Impact',
      'Engineering Excellence',
      'Direction',
      'People',
    ]);
  });

  it('Microsoft has exactly three circles of impact', () => {
    expect(COMPANY_PROFILES.microsoft.dimensions).toHaveLength(3);
  });

  it('Google has its four reported dimensions', () => {
    expect(COMPANY_PROFILES.google.dimensions.map((d) => d.id)).toEqual([
      'contribution',
      'challenge',
      'influence',
      'expertise',
    ]);
  });

  it.each(COMPANY_IDS.filter((id) => id !== 'generic'))(
    '%s: labels at least one fact reported, and company dimensions as reported',
    (company) => {
      const profile = COMPANY_PROFILES[company];
      expect(allFacts(profile).some((f) => f.reported === true)).toBe(true);
      for (const d of profile.dimensions) expect(d.reported).toBe(true);
    },
  );

  it('Apple says little is reported instead of guessing', () => {
    const apple = COMPANY_PROFILES.apple;
    expect(apple.dimensions).toEqual([]);
    expect(apple.evidence.minPeerFeedback).toBeUndefined();
    expect(apple.evidence.selfReviewWordLimit).toBeUndefined();
    expect(apple.cadence.every((f) => f.reported === false)).toBe(true);
  });

  it('carries the reported evidence expectations', () => {
    expect(COMPANY_PROFILES.amazon.evidence.minPeerFeedback).toBe(4);
    expect(COMPANY_PROFILES.amazon.evidence.recommendedPeerFeedback).toBe(6);
    expect(COMPANY_PROFILES.meta.evidence.selfReviewWordLimit).toBe(1000);
    const amazonNotes = COMPANY_PROFILES.amazon.evidence.notes.map((n) => n.text).join('\n');
    expect(amazonNotes).toMatch(/5-7 stories/);
    expect(amazonNotes).toMatch(/STAR/);
    expect(amazonNotes).toMatch(/reasons not to promote/);
    expect(amazonNotes).toMatch(/SDE II to SDE III/);
    expect(COMPANY_PROFILES.google.evidence.notes.map((n) => n.text).join('\n')).toMatch(/read cold/);
  });

  it.each(COMPANY_IDS)('%s: no empty facts', (company) => {
    for (const fact of allFacts(COMPANY_PROFILES[company])) expect(fact.text.trim()).not.toBe('');
  });
});

describe('resolveCompanyLevel', () => {
  it.each([
    ['google', 'L3', 'junior'],
    ['google', 'L4', 'mid'],
    ['google', 'L5', 'senior'],
    ['google', 'L6', 'staff'],
    ['google', 'L7', 'senior-staff'],
    ['google', 'L8', 'principal'],
    ['google', 'L9', 'principal'],
    ['google', 'L10', 'principal'],
    ['meta', 'E3', 'junior'],
    ['meta', 'E4', 'mid'],
    ['meta', 'E5', 'senior'],
    ['meta', 'E6', 'staff'],
    ['meta', 'E7', 'senior-staff'],
    ['meta', 'E9', 'principal'],
    ['amazon', 'SDE I', 'junior'],
    ['amazon', 'SDE II', 'mid'],
    ['amazon', 'SDE III', 'senior'],
    ['amazon', 'L7', 'staff'],
    ['amazon', 'L8', 'senior-staff'],
    ['amazon', 'L10', 'principal'],
    ['microsoft', '59', 'junior'],
    ['microsoft', '60', 'junior'],
    ['microsoft', '61', 'mid'],
    ['microsoft', '62', 'mid'],
    ['microsoft', '63', 'senior'],
    ['microsoft', '64', 'senior'],
    ['microsoft', '65', 'staff'],
    ['microsoft', '66', 'staff'],
    ['microsoft', '67', 'senior-staff'],
    ['microsoft', '68', 'principal'],
    ['microsoft', '69', 'principal'],
    ['microsoft', '70+', 'principal'],
    ['apple', 'ICT2', 'junior'],
    ['apple', 'ICT3', 'mid'],
    ['apple', 'ICT4', 'senior'],
    ['apple', 'ICT5', 'staff'],
    ['apple', 'ICT6', 'senior-staff'],
    ['generic', 'senior', 'senior'],
    ['generic', 'Senior Staff', 'senior-staff'],
  ] as const)('%s %s -> %s', (company, input, expected) => {
    expect(resolveCompanyLevel(company, input)).toBe(expected);
  });

  it.each([
    ['amazon', 'SDE3', 'senior'],
    ['amazon', 'SDE 3', 'senior'],
    ['amazon', 'sde-iii', 'senior'],
    ['amazon', 'L6', 'senior'],
    ['amazon', 'sde2', 'mid'],
    ['amazon', 'L5', 'mid'],
    ['amazon', 'Principal SDE', 'staff'],
    ['amazon', 'senior principal', 'senior-staff'],
    ['microsoft', '61-62', 'mid'],
    ['microsoft', '63-64', 'senior'],
    ['microsoft', '63 - 64', 'senior'],
    ['microsoft', 'senior swe', 'senior'],
    ['microsoft', 'Partner', 'principal'],
    ['microsoft', 'technical fellow', 'principal'],
    ['google', 'l5', 'senior'],
    ['google', ' L5 ', 'senior'],
    ['google', 'SWE III', 'mid'],
    ['google', 'Senior SWE', 'senior'],
    ['google', 'fellow', 'principal'],
    ['meta', 'e5', 'senior'],
    ['apple', 'ict 4', 'senior'],
    ['apple', 'Ict-4', 'senior'],
  ] as const)('%s alias %j -> %s', (company, input, expected) => {
    expect(resolveCompanyLevel(company, input)).toBe(expected);
  });

  it.each(COMPANY_IDS)('%s accepts every ladder id, in any case and with spaces for dashes', (company) => {
    for (const id of BUILTIN_LEVEL_IDS) {
      expect(resolveCompanyLevel(company, id)).toBe(id);
      expect(resolveCompanyLevel(company, id.toUpperCase())).toBe(id);
    }
    expect(resolveCompanyLevel(company, 'senior staff')).toBe('senior-staff');
  });

  it('does not give Microsoft\'s 65-66 "Principal" title the principal ladder level', () => {
    expect(resolveCompanyLevel('microsoft', 'principal')).toBe('principal');
    expect(resolveCompanyLevel('microsoft', '65')).toBe('staff');
  });

  it.each([
    ['google', 'L11'],
    ['google', 'E5'],
    ['google', 'L'],
    ['meta', 'L5'],
    ['meta', 'E10'],
    ['amazon', 'SDE IV'],
    ['amazon', 'L9'],
    ['microsoft', '58'],
    ['microsoft', '71'],
    ['apple', 'ICT1'],
    ['apple', 'ICT7'],
    ['generic', 'L5'],
    ['generic', ''],
    ['generic', '   '],
    ['google', 'nonsense'],
  ] as const)('%s %j -> undefined', (company, input) => {
    expect(resolveCompanyLevel(company, input)).toBeUndefined();
  });

  it.each(COMPANY_IDS)('%s: every level name and alias resolves to its ladder level', (company) => {
    for (const level of COMPANY_PROFILES[company].levels) {
      for (const name of [level.name, ...level.aliases]) {
        expect(resolveCompanyLevel(company, name), `${company} "${name}"`).toBe(level.ladderLevel);
      }
    }
  });
});

describe('companyLevelName', () => {
  it.each([
    ['google', 'senior', 'L5'],
    ['google', 'mid', 'L4'],
    ['google', 'principal', 'L8'],
    ['meta', 'senior', 'E5'],
    ['amazon', 'mid', 'SDE II'],
    ['amazon', 'senior', 'SDE III'],
    ['microsoft', 'mid', '61'],
    ['microsoft', 'senior', '63'],
    ['microsoft', 'principal', '68'],
    ['apple', 'senior', 'ICT4'],
    ['generic', 'senior-staff', 'senior-staff'],
  ] as const)('%s %s -> %s', (company, ladderLevel, expected) => {
    expect(companyLevelName(company, ladderLevel)).toBe(expected);
  });

  it('falls back to the ladder id where the company has no reported level', () => {
    expect(companyLevelName('apple', 'principal')).toBe('principal');
  });

  it.each(COMPANY_IDS)('%s: names round-trip through resolveCompanyLevel', (company) => {
    for (const id of BUILTIN_LEVEL_IDS) {
      expect(resolveCompanyLevel(company, companyLevelName(company, id))).toBe(id);
    }
  });
});

describe('TERMINAL_LEVELS', () => {
  it('holds the reported terminal levels, each resolving to its ladder level', () => {
    expect(Object.keys(TERMINAL_LEVELS).sort()).toEqual(['amazon', 'google', 'meta', 'microsoft']);
    for (const [company, terminal] of Object.entries(TERMINAL_LEVELS)) {
      expect(terminal.fact.reported).toBe(true);
      expect(resolveCompanyLevel(company as keyof typeof COMPANY_PROFILES, terminal.name)).toBe(
        terminal.ladderLevel,
      );
      expect(companyLevelName(company as keyof typeof COMPANY_PROFILES, terminal.ladderLevel)).toBe(
        terminal.name,
      );
    }
    expect(TERMINAL_LEVELS.google?.name).toBe('L4');
    expect(TERMINAL_LEVELS.meta?.name).toBe('E5');
    expect(TERMINAL_LEVELS.amazon?.name).toBe('SDE II');
    expect(TERMINAL_LEVELS.microsoft?.name).toBe('63');
  });
});
