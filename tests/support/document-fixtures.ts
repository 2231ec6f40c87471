// Entries and document inputs for the document tests: complete values with defaults, overridden per test.

import { analyzePeerFeedback } from '../../src/core/analysis/analyze-feedback.js';
import { entryAnalysisText } from '../../src/core/analysis/analyze-item.js';
import type { DocumentInputs } from '../../src/core/documents/document-inputs.js';
import type { Block, PromoDocument } from '../../src/core/documents/document-model.js';
import type { DocumentRequest } from '../../src/core/documents/document-request.js';
import {
  DOCUMENT_TYPE_SPECS,
  type DocumentType,
  READINESS_DOCUMENT_TYPES,
  readinessCompany,
} from '../../src/core/documents/document-types.js';
import { NO_PEOPLE_LOOP, type PeopleLoop } from '../../src/core/documents/people-loop.js';
import { resolveSelection, selectEvidence } from '../../src/core/documents/select-evidence.js';
import type { Entry } from '../../src/core/entries/entry.js';
import { BUILTIN_FRAMEWORK } from '../../src/core/frameworks/builtin-framework.js';
import type { CompanyId } from '../../src/core/frameworks/company-profile.js';
import { COMPANY_PROFILES } from '../../src/core/frameworks/company-profiles.js';
import type { Assessment } from '../../src/core/people/assessment.js';
import { conversationStatus } from '../../src/core/people/conversation-status.js';
import { feedbackDatedIn } from '../../src/core/people/feedback-providers.js';
import { buildGapList } from '../../src/core/people/gap-list.js';
import type { Goal } from '../../src/core/people/goal.js';
import type { ProfileFields } from '../../src/core/profile/profile.js';
import { analyzeEntryQuality } from '../../src/core/readiness/analyze-entry-quality.js';
import { assessCase, type CaseAssessment } from '../../src/core/readiness/assess-case.js';

export const AS_OF = '2026-11-20';

let counter = 0;

export function makeEntry(fields: Partial<Entry> = {}): Entry {
  counter++;
  const id = fields.id ?? `entry-${String(counter).padStart(4, '0')}`;
  return {
    id,
    ownerId: 'owner-1',
    date: '2026-10-01',
    title: `Entry ${counter}`,
    details: '',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'feature',
    competencies: [],
    scope: 'individual',
    links: [],
    project: null,
    tags: [],
    visibility: 'manager',
    source: 'manual',
    createdAt: '2026-10-01T12:00:00.000Z',
    updatedAt: '2026-10-01T12:00:00.000Z',
    deletedAt: null,
    ...fields,
  };
}

export const PROFILE: ProfileFields = {
  name: 'Alex Doe',
  company: 'generic',
  currentLevel: 'mid',
  targetLevel: 'senior',
  managerName: 'Priya Nair',
  reviewCadence: 'half-yearly',
  nextCalibration: null,
  framework: 'promocase',
};

/** Inputs for a type: the type's default selection (or the request), over these entries. */
export function documentInputs(
  type: DocumentType,
  entries: readonly Entry[],
  request: DocumentRequest = {},
  profile: ProfileFields = PROFILE,
  people: PeopleLoop = NO_PEOPLE_LOOP,
): DocumentInputs {
  const selection = resolveSelection(DOCUMENT_TYPE_SPECS[type], profile, request, AS_OF);
  const inputs: DocumentInputs = {
    profile,
    framework: BUILTIN_FRAMEWORK,
    choice: selectEvidence(entries, selection),
    asOf: AS_OF,
    generator: 'promocase tests',
    levels: { current: profile.currentLevel, target: profile.targetLevel },
    people,
    readiness: null,
  };
  return READINESS_DOCUMENT_TYPES.has(type)
    ? { ...inputs, readiness: readinessOf(inputs, readinessCompany(type, profile.company)) }
    : inputs;
}

/** The readiness analysis of the selected entries, as the service computes it for the types built on it. */
export function readinessOf(
  inputs: DocumentInputs,
  company: CompanyId = inputs.profile.company,
): CaseAssessment {
  const entries = inputs.choice.included;
  const { people, profile } = inputs;
  return assessCase({
    today: AS_OF,
    profile: { ...profile, ownerId: 'owner-1', createdAt: AS_OF, updatedAt: AS_OF },
    framework: inputs.framework,
    targetLevel: inputs.levels.target,
    company: COMPANY_PROFILES[company],
    entries,
    quality: new Map(entries.map((e) => [e.id, analyzeEntryQuality(entryAnalysisText(e))])),
    assessments: [],
    goals: people.goals,
    // As the service does: only the feedback dated in the document's period.
    peerFeedback: feedbackDatedIn(
      people.peerFeedback,
      inputs.choice.selection.since,
      inputs.choice.selection.until,
    ).map((f) => ({ ...f, analysis: analyzePeerFeedback(f.text) })),
    conversations: conversationStatus({
      conversations: people.conversations,
      managerChanges: people.managerChanges,
      targetLevelName: inputs.levels.target,
      today: AS_OF,
    }),
  });
}

/** A small, fixed case: two projects, mentoring, an incident, a private entry and one outside the period. */
export function sampleEntries(): Entry[] {
  return [
    makeEntry({
      id: 'e-old',
      date: '2026-03-02',
      title: 'Fixed a flaky test before the period',
    }),
    makeEntry({
      id: 'e-design',
      date: '2026-07-06',
      title: 'Wrote the cache design doc',
      details:
        'Product pages took 2 s to render under load. I chose a read-through cache over precomputing pages, because prices change hourly.',
      impact: 'Design approved by two teams.',
      kind: 'design',
      project: 'page-cache',
      scope: 'cross-team',
      competencies: ['system-design', 'communication'],
      collaborators: ['Ravi Patel'],
      links: ['https://docs.example.com/design/page-cache'],
    }),
    makeEntry({
      id: 'e-ship',
      date: '2026-08-12',
      title: 'Shipped the page cache',
      details: 'Rolled out behind a flag, 10% then 100%.',
      impact: 'p95 render time from 2 s to 300 ms.',
      project: 'page-cache',
      scope: 'team',
      competencies: ['craft', 'ownership'],
    }),
    makeEntry({
      id: 'e-mentor',
      date: '2026-09-03',
      title: 'Onboarded Jordan onto the payments service',
      kind: 'mentoring',
      peopleHelped: ['Jordan Lee'],
      competencies: ['multiplier'],
    }),
    makeEntry({
      id: 'e-incident',
      date: '2026-09-20',
      title: 'Led the response to the checkout outage <INC-7>',
      details: 'Rolled back the deploy | paged the owners.',
      kind: 'incident',
      scope: 'team',
    }),
    makeEntry({
      id: 'e-private',
      date: '2026-10-02',
      title: 'Private note about a tough conversation',
      visibility: 'private',
      kind: 'other',
    }),
    makeEntry({
      id: 'e-search',
      date: '2026-10-15',
      title: 'Prototyped search ranking tweaks',
      project: 'search',
      competencies: ['ambiguity'],
    }),
  ];
}

const META = { ownerId: 'owner-1', createdAt: AS_OF, updatedAt: AS_OF, deletedAt: null };

/** A people loop with one of everything: a manager's assessment, criteria, a goal, a manager change, peer feedback. */
export function samplePeopleLoop(): PeopleLoop {
  const assessments: Assessment[] = [
    {
      ...META,
      id: 'a1',
      date: '2026-09-10',
      rater: 'manager',
      framework: 'promocase',
      ratings: [
        {
          competency: 'system-design',
          level: 'mid',
          qualifier: 'exceeds',
          note: '',
          whatItTakes: 'Lead the design of a system another team depends on',
        },
        { competency: 'craft', level: 'senior', qualifier: 'meets', note: '', whatItTakes: '' },
      ],
    },
  ];
  const goals: Goal[] = [
    {
      ...META,
      id: 'g1',
      date: '2026-09-12',
      title: 'Lead the cache design for search',
      competencies: ['system-design'],
      gap: '',
      deliverable: 'An approved design doc for the search cache',
      vouchers: ['Ravi Patel'],
      impact: '',
      due: '2026-12-15',
      status: 'active',
      checkIns: [{ date: '2026-10-01', note: '', progress: 40 }],
      entryIds: [],
    },
  ];
  return {
    gapList: buildGapList({ framework: BUILTIN_FRAMEWORK, targetLevel: 'senior', assessments, goals }),
    goals,
    conversations: [
      {
        ...META,
        id: 'c1',
        date: '2026-09-10',
        with: 'Priya Nair',
        type: 'career',
        notes: 'Private notes that stay out of documents.',
        feedback: [],
        criteria: ['Own a cross-team design end to end', 'Mentor one engineer through a launch'],
        goalStated: true,
        nextCheckIn: null,
      },
    ],
    managerChanges: [
      { ...META, id: 'm1', date: '2026-10-20', name: 'Dana Kim', previous: 'Priya Nair', note: '' },
    ],
    peerFeedback: [
      {
        ...META,
        id: 'f1',
        date: '2026-09-30',
        from: 'Ravi Patel',
        relationship: 'cross-team',
        text: 'The cache design doc answered every question our team had before we asked it.',
        work: 'page cache',
        entryIds: [],
      },
      {
        ...META,
        id: 'f0',
        date: '2025-01-05',
        from: 'Old Colleague',
        relationship: 'teammate',
        text: 'Feedback from long before the period.',
        work: '',
        entryIds: [],
      },
    ],
  };
}

/** The case, the Google packet and the Amazon document over the sample, each under its company's profile. */
export function promotionDocuments(): Array<{ type: 'case' | 'google' | 'amazon'; inputs: DocumentInputs }> {
  return (['case', 'google', 'amazon'] as const).map((type) => {
    const company = type === 'case' ? 'generic' : type;
    return {
      type,
      inputs: documentInputs(type, sampleEntries(), {}, { ...PROFILE, company }, samplePeopleLoop()),
    };
  });
}

/** A document of one section holding `blocks`: what a renderer test about a few blocks needs. */
export function documentOf(blocks: Block[]): PromoDocument {
  return { type: 'brag', title: 'T', metadata: [], sections: [{ id: 's', title: 'S', blocks }] };
}
