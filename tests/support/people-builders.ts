// Builders for people-loop records in core tests: whole records with defaults, overridable per test.
import type { Entry } from '../../src/core/entries/entry.js';
import type { Assessment, Rating } from '../../src/core/people/assessment.js';
import type { Conversation } from '../../src/core/people/conversation.js';
import type { Goal } from '../../src/core/people/goal.js';
import type { ManagerChange } from '../../src/core/people/manager-change.js';
import type { PeerFeedback } from '../../src/core/people/peer-feedback.js';

let seq = 0;
const meta = () => {
  seq++;
  return {
    id: `rec-${String(seq).padStart(4, '0')}`,
    ownerId: 'owner-a',
    createdAt: `2026-01-01T00:00:${String(seq % 60).padStart(2, '0')}.000Z`,
    updatedAt: '2026-01-01T00:00:00.000Z',
    deletedAt: null,
  };
};

export function rating(competency: string, level: string, overrides: Partial<Rating> = {}): Rating {
  return { competency, level, qualifier: 'meets', note: '', whatItTakes: '', ...overrides };
}

export function assessment(overrides: Partial<Assessment> & Pick<Assessment, 'ratings'>): Assessment {
  return { ...meta(), date: '2026-06-01', rater: 'manager', framework: 'promocase', ...overrides };
}

export function conversation(overrides: Partial<Conversation> = {}): Conversation {
  return {
    ...meta(),
    date: '2026-06-01',
    with: 'Priya Nair',
    type: 'career',
    notes: '',
    feedback: [],
    criteria: [],
    goalStated: false,
    nextCheckIn: null,
    ...overrides,
  };
}

export function managerChange(overrides: Partial<ManagerChange> = {}): ManagerChange {
  return { ...meta(), date: '2026-09-01', name: 'Alex Kim', previous: 'Priya Nair', note: '', ...overrides };
}

export function goal(overrides: Partial<Goal> = {}): Goal {
  return {
    ...meta(),
    date: '2026-06-01',
    title: 'Design the ledger service',
    competencies: ['system-design'],
    gap: '',
    deliverable: 'A design doc for the ledger service, approved by payments and risk',
    vouchers: ['Dana Lee'],
    impact: 'Unblocks the Q3 launch for three teams',
    due: '2026-09-30',
    status: 'active',
    checkIns: [],
    entryIds: [],
    ...overrides,
  };
}

export function peerFeedback(overrides: Partial<PeerFeedback> = {}): PeerFeedback {
  return {
    ...meta(),
    date: '2026-06-01',
    from: 'Dana Lee',
    relationship: 'teammate',
    text: 'Great to work with.',
    work: '',
    entryIds: [],
    ...overrides,
  };
}

export function entry(overrides: Partial<Entry> = {}): Entry {
  const m = meta();
  return {
    ...m,
    date: '2026-06-01',
    title: 'Shipped the thing',
    details: '',
    impact: '',
    peopleHelped: [],
    collaborators: [],
    kind: 'feature',
    competencies: [],
    scope: 'team',
    links: [],
    project: null,
    tags: [],
    visibility: 'private',
    source: 'manual',
    ...overrides,
  };
}
