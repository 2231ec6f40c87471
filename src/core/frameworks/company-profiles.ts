/**
 * The built-in company profiles: level names mapped onto the ladder, how promotions are decided,
 * the review cadence, evaluation dimensions mapped onto the built-in competencies, evidence
 * expectations and what the deciders weigh most.
 *
 * Everything about a named company comes from second-hand public accounts unless a fact says
 * otherwise, so company facts carry `reported: true`. Where those accounts say nothing (much of
 * Apple, Amazon's cadence), the profile says so instead of guessing. The generic profile is
 * promocase's own method and is not reported.
 *
 * Pure data and pure functions: no I/O.
 */
import { BUILTIN_LEVEL_IDS, type BuiltinCompetencyId, type BuiltinLevelId } from './builtin-ids.js';
import type {
  CompanyFact,
  CompanyId,
  CompanyLevel,
  CompanyProfile,
  EvaluationDimension,
} from './company-profile.js';

const reported = (text: string): CompanyFact => ({ text, reported: true });
const ours = (text: string): CompanyFact => ({ text, reported: false });

const level = (
  name: string,
  ladderLevel: BuiltinLevelId,
  aliases: string[] = [],
  title?: string,
): CompanyLevel =>
  title === undefined ? { name, aliases, ladderLevel } : { name, aliases, ladderLevel, title };

const dimension = (
  id: string,
  name: string,
  summary: string,
  competencies: BuiltinCompetencyId[],
  isReported = true,
): EvaluationDimension => ({ id, name, summary, competencies, reported: isReported });

// ---------------------------------------------------------------------------------------------
// generic: promocase's own ladder and method
// ---------------------------------------------------------------------------------------------

const GENERIC: CompanyProfile = {
  id: 'generic',
  name: 'Generic (promocase ladder)',
  levels: [
    level('junior', 'junior', ['Junior', 'Entry', 'Entry level'], 'Junior'),
    level('mid', 'mid', ['Mid', 'Mid-level', 'Midlevel'], 'Mid-level'),
    level('senior', 'senior', ['Senior'], 'Senior'),
    level('staff', 'staff', ['Staff'], 'Staff'),
    level('senior-staff', 'senior-staff', ['Senior Staff'], 'Senior Staff'),
    level('principal', 'principal', ['Principal'], 'Principal'),
  ],
  decision: [
    ours(
      'The decision happens in a meeting you do not attend: your manager has a few minutes to pitch your case to a skeptical calibration group that can only promote so many people.',
    ),
    ours(
      'Your manager can only argue with the evidence you handed over, so the case is only as strong as your record.',
    ),
  ],
  cadence: [
    ours(
      'Review cycles vary by company; aim for roughly one concrete, visible goal per quarter or review cycle.',
    ),
    ours('Keep a short weekly log (five minutes on a Friday) instead of rebuilding the year from memory.'),
    ours(
      'Expect a promotion after six to twelve months of consistently working at the next level: it recognises work already done.',
    ),
  ],
  dimensions: [
    dimension(
      'craft',
      'Craft',
      'Quality of your own technical work. Necessary at every level, but at senior it is the floor, not the bar.',
      ['craft'],
      false,
    ),
    dimension(
      'system-design',
      'System design',
      'Designing systems and making architectural trade-offs others can build on.',
      ['system-design'],
      false,
    ),
    dimension(
      'ownership',
      'Ownership',
      'Owning systems and problem areas end to end, not just the tasks handed to you.',
      ['ownership'],
      false,
    ),
    dimension(
      'ambiguity',
      'Ambiguity',
      'Turning vague problems into plans with milestones and seeing them through.',
      ['ambiguity'],
      false,
    ),
    dimension(
      'impact',
      'Impact',
      'Results tied to team or business value, measured where possible.',
      ['impact'],
      false,
    ),
    dimension(
      'multiplier',
      'Multiplier',
      'Making the team better: mentoring, unblocking, work that others adopt.',
      ['multiplier'],
      false,
    ),
    dimension(
      'technical-leadership',
      'Technical leadership',
      'Guiding technical direction beyond your own code: design docs, architectural decisions, reviews.',
      ['technical-leadership'],
      false,
    ),
    dimension(
      'communication',
      'Communication',
      'Explaining trade-offs to product and stakeholders, pushing back with data, writing documents that persuade.',
      ['communication'],
      false,
    ),
  ],
  evidence: {
    notes: [
      ours(
        'Keep a portfolio of impact: features led, incidents resolved, design docs written, people mentored, tech debt removed.',
      ),
      ours(
        'Peer feedback has to be specific; feedback that only says "smart, good engineer" weakens the case.',
      ),
      ours(
        'Write accomplishments with a measured result (XYZ) or as situation, task, action, result (STAR).',
      ),
    ],
  },
  weighsMost: [
    ours(
      'Work that is clearly at the next level, which a strong engineer at the current level could not have done.',
    ),
    ours('Technical leadership and impact on the team beyond your own output.'),
    ours('Sustained performance over several cycles rather than one strong half.'),
    ours('What peers say about you, in concrete terms.'),
  ],
};

// ---------------------------------------------------------------------------------------------
// Google
// ---------------------------------------------------------------------------------------------

const GOOGLE: CompanyProfile = {
  id: 'google',
  name: 'Google',
  levels: [
    level('L3', 'junior'),
    level('L4', 'mid', ['SWE III', 'SWE 3', 'SWE3'], 'SWE III'),
    level('L5', 'senior', ['Senior SWE'], 'Senior SWE'),
    level('L6', 'staff', ['Staff'], 'Staff'),
    level('L7', 'senior-staff', ['Senior Staff'], 'Senior Staff'),
    level('L8', 'principal', ['Principal'], 'Principal'),
    level('L9', 'principal', ['Distinguished'], 'Distinguished'),
    level('L10', 'principal', ['Fellow'], 'Fellow'),
  ],
  decision: [
    reported(
      'A promotion packet is read by a committee of senior engineers who may never have met the candidate.',
    ),
    reported(
      'The packet holds a self-assessment mapped to the ladder, artifacts (design docs, code, launches with metrics), peer feedback and the manager’s assessment.',
    ),
    reported(
      'Since 2022 reviews run under GRAD, with a larger role for the manager; self-nominating only works with the manager on board.',
    ),
  ],
  cadence: [reported('Promotion windows are reported in March and September.')],
  dimensions: [
    dimension(
      'contribution',
      'Contribution',
      'Impact, with the expected reach growing by level: the team at L5, the organisation at L6.',
      ['impact', 'ownership'],
    ),
    dimension(
      'challenge',
      'Challenge',
      'How ambiguous and hard the problems were, and the judgement shown in the design.',
      ['ambiguity', 'system-design'],
    ),
    dimension('influence', 'Influence', 'How far your work and opinions shaped what others did.', [
      'technical-leadership',
      'communication',
      'multiplier',
    ]),
    dimension('expertise', 'Expertise', 'Depth of technical skill and knowledge.', [
      'craft',
      'system-design',
    ]),
  ],
  evidence: {
    notes: [
      reported(
        'The packet must read cold to strangers: tell a story of ownership and impact, not a list of tasks.',
      ),
      reported(
        'Back artifacts with metrics, such as launch results, and map each contribution to the ladder.',
      ),
    ],
  },
  weighsMost: [
    reported('Ownership and impact at the scope of the target level (team for L5, organisation for L6).'),
    reported('Evidence a reader who does not know you can check: design docs, code, launches with metrics.'),
  ],
};

// ---------------------------------------------------------------------------------------------
// Meta
// ---------------------------------------------------------------------------------------------

const META: CompanyProfile = {
  id: 'meta',
  name: 'Meta',
  levels: [
    level('E3', 'junior'),
    level('E4', 'mid'),
    level('E5', 'senior'),
    level('E6', 'staff', ['Staff'], 'Staff'),
    level('E7', 'senior-staff'),
    level('E8', 'principal', ['Principal'], 'Principal'),
    level('E9', 'principal', ['Distinguished'], 'Distinguished'),
  ],
  decision: [
    reported('The PSC review combines a self-review, peer feedback and calibration among managers.'),
  ],
  cadence: [
    reported(
      'An annual review with a mid-year check-in; accounts disagree, and some describe it as every half year.',
    ),
  ],
  dimensions: [
    dimension('project-impact', 'Project Impact', 'What your projects changed and how much you drove them.', [
      'impact',
      'ownership',
      'ambiguity',
    ]),
    dimension(
      'engineering-excellence',
      'Engineering Excellence',
      'The quality of the engineering itself: code, design, reliability.',
      ['craft', 'system-design'],
    ),
    dimension('direction', 'Direction', 'Setting or shaping where the work goes and why.', [
      'technical-leadership',
      'ambiguity',
      'communication',
    ]),
    dimension(
      'people',
      'People',
      'Helping others grow and work well together: mentoring and collaboration.',
      ['multiplier', 'communication'],
    ),
  ],
  evidence: {
    selfReviewWordLimit: 1000,
    notes: [
      reported(
        'The tool caps the self-review at about 1,000 words, so every sentence has to carry evidence.',
      ),
      reported('Peer feedback is part of the review.'),
    ],
  },
  weighsMost: [
    reported(
      'For E5: impact sustained across several halves, end-to-end ownership, and mentoring that others can see.',
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// Amazon
// ---------------------------------------------------------------------------------------------

const AMAZON: CompanyProfile = {
  id: 'amazon',
  name: 'Amazon',
  levels: [
    level('SDE I', 'junior', ['SDE1', 'SDE 1', 'L4'], 'SDE I'),
    level('SDE II', 'mid', ['SDE2', 'SDE 2', 'L5'], 'SDE II'),
    level('SDE III', 'senior', ['SDE3', 'SDE 3', 'L6'], 'SDE III'),
    level('L7', 'staff', ['Principal SDE'], 'Principal SDE'),
    level('L8', 'senior-staff', ['Senior Principal', 'Senior Principal SDE'], 'Senior Principal'),
    level('L10', 'principal', ['Distinguished'], 'Distinguished'),
  ],
  decision: [
    reported('The manager writes the promotion document, not the candidate.'),
    reported(
      'The document is read in silence at an organisation-level review (OLR), where directors compare candidates from different teams.',
    ),
    reported('Cases name their sponsors.'),
  ],
  cadence: [ours('The public accounts promocase draws on do not describe how often Amazon promotes.')],
  dimensions: [
    dimension(
      'customer-obsession',
      'Customer Obsession',
      'Work that started from, and was judged by, what customers needed.',
      ['impact', 'ownership'],
    ),
    dimension('ownership', 'Ownership', 'Taking responsibility beyond your own task and for the long term.', [
      'ownership',
    ]),
    dimension('invent-and-simplify', 'Invent and Simplify', 'New or simpler solutions you brought in.', [
      'system-design',
      'craft',
    ]),
    dimension(
      'are-right-a-lot',
      'Are Right, A Lot',
      'Calls you made that held up, especially under uncertainty.',
      ['technical-leadership', 'ambiguity'],
    ),
    dimension('learn-and-be-curious', 'Learn and Be Curious', 'New areas you learned and put to use.', [
      'craft',
    ]),
    dimension(
      'hire-and-develop-the-best',
      'Hire and Develop the Best',
      'People you hired, mentored or helped grow.',
      ['multiplier'],
    ),
    dimension(
      'insist-on-the-highest-standards',
      'Insist on the Highest Standards',
      'Quality bars you set or raised for yourself and others.',
      ['craft', 'technical-leadership'],
    ),
    dimension('think-big', 'Think Big', 'Direction you proposed beyond the immediate task.', [
      'technical-leadership',
      'impact',
    ]),
    dimension('bias-for-action', 'Bias for Action', 'Moving forward without waiting for every answer.', [
      'ambiguity',
      'ownership',
    ]),
    dimension('frugality', 'Frugality', 'Doing more with less: cost, time or people saved.', [
      'impact',
      'system-design',
    ]),
    dimension('earn-trust', 'Earn Trust', 'Relationships and credibility with peers and partners.', [
      'communication',
      'multiplier',
    ]),
    dimension('dive-deep', 'Dive Deep', 'Getting to the root of hard problems through the details.', [
      'craft',
      'system-design',
    ]),
    dimension(
      'have-backbone-disagree-and-commit',
      'Have Backbone; Disagree and Commit',
      'Disagreeing with evidence, then committing once a decision is made.',
      ['communication', 'technical-leadership'],
    ),
    dimension('deliver-results', 'Deliver Results', 'What shipped and what it changed, measured.', [
      'impact',
      'ownership',
    ]),
    dimension(
      'strive-to-be-earths-best-employer',
      "Strive to be Earth's Best Employer",
      'How you made the team a better place to work and grow.',
      ['multiplier'],
    ),
    dimension(
      'success-and-scale-bring-broad-responsibility',
      'Success and Scale Bring Broad Responsibility',
      'Considering the wider effects of your work beyond the team.',
      ['impact', 'ownership'],
    ),
  ],
  evidence: {
    minPeerFeedback: 4,
    recommendedPeerFeedback: 6,
    notes: [
      reported('At least 4 peer feedback providers; 6 or more is recommended.'),
      reported('5-7 stories, often written in STAR form.'),
      reported('A "reasons not to promote" section, with each reason answered by evidence.'),
      reported(
        'Reported sections: scope and influence, ambiguity, technical complexity, execution, impact, Leadership Principles.',
      ),
      reported('Documents for SDE II to SDE III run long; 15 pages or more is reported.'),
    ],
  },
  weighsMost: [
    reported('Working at roughly 80% of the next level already.'),
    reported('Reach beyond the team: work that touched nothing outside it starts at a disadvantage.'),
    reported('Stories that show the Leadership Principles.'),
  ],
};

// ---------------------------------------------------------------------------------------------
// Microsoft
// ---------------------------------------------------------------------------------------------

const MICROSOFT: CompanyProfile = {
  id: 'microsoft',
  name: 'Microsoft',
  levels: [
    level('59', 'junior', ['60', '59-60', 'L59', 'L60', 'SWE'], 'SWE'),
    level('61', 'mid', ['62', '61-62', 'L61', 'L62', 'SWE II', 'SWE 2', 'SWE2'], 'SWE II'),
    level('63', 'senior', ['64', '63-64', 'L63', 'L64', 'Senior SWE'], 'Senior SWE'),
    // Reported as "Principal" in title, yet staff on the ladder: no "Principal" alias on purpose.
    level('65', 'staff', ['66', '65-66', 'L65', 'L66'], 'Principal'),
    level('67', 'senior-staff', ['L67']),
    level('68', 'principal', ['69', '68-69', 'L68', 'L69', 'Partner'], 'Partner'),
    level(
      '70',
      'principal',
      ['70+', 'L70', 'Distinguished', 'Technical Fellow'],
      'Distinguished / Technical Fellow',
    ),
  ],
  decision: [
    reported('The employee writes a Connect and the manager responds to it.'),
    reported('Rewards are decided once a year, with calibration at the skip level.'),
  ],
  cadence: [reported('Connects happen at least twice a year; rewards are decided annually.')],
  dimensions: [
    dimension(
      'individual-accomplishments',
      'Your individual accomplishments',
      'What you delivered yourself.',
      ['craft', 'ownership', 'impact'],
    ),
    dimension(
      'building-on-others',
      'Results that build on the work and ideas of others',
      'Results you reached by using and extending what others made.',
      ['communication', 'impact'],
    ),
    dimension(
      'contributing-to-others',
      'Your contributions to the success of others',
      'Results delivered through others: people and teams you made more successful.',
      ['multiplier', 'technical-leadership'],
    ),
  ],
  evidence: {
    notes: [
      reported(
        'Each Connect covers accomplishments since the previous one, setbacks and what was learned, and goals for the next period.',
      ),
    ],
  },
  weighsMost: [
    reported(
      'Impact in all three circles, including delivering results through others, not only individual accomplishments.',
    ),
  ],
};

// ---------------------------------------------------------------------------------------------
// Apple: only the level names are reported
// ---------------------------------------------------------------------------------------------

const APPLE: CompanyProfile = {
  id: 'apple',
  name: 'Apple',
  // Nothing above ICT6 is reported, so no level maps to principal.
  levels: [
    level('ICT2', 'junior'),
    level('ICT3', 'mid'),
    level('ICT4', 'senior'),
    level('ICT5', 'staff'),
    level('ICT6', 'senior-staff'),
  ],
  decision: [
    reported('Engineering levels are reported as ICT2 through ICT6, with ICT4 as senior.'),
    ours(
      'Little is publicly reported about who decides Apple promotions or how; promocase has no process details to offer.',
    ),
  ],
  cadence: [ours('The public accounts promocase draws on do not describe Apple’s review cadence.')],
  dimensions: [],
  evidence: {
    notes: [
      ours('No Apple-specific evidence expectations are publicly reported; the general method applies.'),
    ],
  },
  weighsMost: [],
};

export const COMPANY_PROFILES: Record<CompanyId, CompanyProfile> = {
  generic: GENERIC,
  google: GOOGLE,
  meta: META,
  amazon: AMAZON,
  microsoft: MICROSOFT,
  apple: APPLE,
};

/** A level where engineers may stay indefinitely, with no expectation to move up. */
export interface TerminalLevel {
  /** The company's level name, as in its profile. */
  name: string;
  ladderLevel: BuiltinLevelId;
  fact: CompanyFact;
}

/** Terminal levels (no up-or-out beyond them), as reported. Companies without a report are absent. */
export const TERMINAL_LEVELS: Partial<Record<CompanyId, TerminalLevel>> = {
  google: {
    name: 'L4',
    ladderLevel: 'mid',
    fact: reported('L4 is reported as the terminal level: no pressure to be promoted beyond it.'),
  },
  meta: {
    name: 'E5',
    ladderLevel: 'senior',
    fact: reported('E5 is reported as the terminal level: no pressure to be promoted beyond it.'),
  },
  amazon: {
    name: 'SDE II',
    ladderLevel: 'mid',
    fact: reported('SDE II is reported as the terminal level: no pressure to be promoted beyond it.'),
  },
  microsoft: {
    name: '63',
    ladderLevel: 'senior',
    fact: reported('63 is reported as the terminal level: no pressure to be promoted beyond it.'),
  },
};

/** Lowercase and drop spaces, dashes and underscores: "SDE-III", "sde iii" and "SDE_III" compare equal. */
function normalizeLevelName(input: string): string {
  return input.toLowerCase().replace(/[\s\-_]+/g, '');
}

function buildLevelIndex(profile: CompanyProfile): Map<string, BuiltinLevelId> {
  const index = new Map<string, BuiltinLevelId>();
  for (const entry of profile.levels) {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = normalizeLevelName(name);
      if (!index.has(key)) index.set(key, entry.ladderLevel);
    }
  }
  // Ladder ids work for every company; a company's own names take precedence.
  for (const id of BUILTIN_LEVEL_IDS) {
    const key = normalizeLevelName(id);
    if (!index.has(key)) index.set(key, id);
  }
  return index;
}

const LEVEL_INDEX = new Map<CompanyId, Map<string, BuiltinLevelId>>(
  Object.values(COMPANY_PROFILES).map((profile) => [profile.id, buildLevelIndex(profile)]),
);

/**
 * The ladder level for a level name in the company's own terms ("L5", "SDE III", "63-64", "ict4"),
 * or a ladder id ("senior"). Case, spaces, dashes and underscores do not matter. Unknown names give
 * undefined.
 */
export function resolveCompanyLevel(company: CompanyId, input: string): BuiltinLevelId | undefined {
  const key = normalizeLevelName(input.trim());
  if (key === '') return undefined;
  return LEVEL_INDEX.get(company)?.get(key);
}

/**
 * The company's name for a ladder level: the first (lowest) of its levels mapped there, e.g.
 * google + senior -> "L5". Where the company has no level reported for it (Apple principal), the
 * ladder id itself, which resolveCompanyLevel accepts too.
 */
export function companyLevelName(company: CompanyId, ladderLevel: BuiltinLevelId): string {
  const match = COMPANY_PROFILES[company].levels.find((entry) => entry.ladderLevel === ladderLevel);
  return match ? match.name : ladderLevel;
}
