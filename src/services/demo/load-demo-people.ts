/** Writes the demo sample's people loop (see demo-people.ts), dated relative to today like the entries. */
import { addDays } from '../../core/dates.js';
import type { Entry } from '../../core/entries/entry.js';
import type { Assessment } from '../../core/people/assessment.js';
import type { Conversation } from '../../core/people/conversation.js';
import type { Goal } from '../../core/people/goal.js';
import type { PeerFeedback } from '../../core/people/peer-feedback.js';
import type { RecordMeta } from '../../core/people/people-fields.js';
import type { StoreWriter } from '../../store/store.js';
import {
  type DemoWhen,
  demoAssessments,
  demoConversations,
  demoGoals,
  demoPeerFeedback,
} from './demo-people.js';

export interface DemoPeopleCounts {
  assessments: number;
  conversations: number;
  goals: number;
  peerFeedback: number;
}

/** `2027-Q1` for the quarter `k` quarters away from `today`'s. */
function quarterFrom(today: string, k: number): string {
  const index = Number(today.slice(0, 4)) * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) + k;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

export async function loadDemoPeople(
  tx: StoreWriter,
  input: { ownerId: string; thisWeek: string; today: string; at: string; entries: readonly Entry[] },
): Promise<DemoPeopleCounts> {
  const { ownerId, today, at } = input;
  const dateOf = (w: DemoWhen) => {
    const date = addDays(input.thisWeek, -7 * w.weeksAgo + (w.weekday - 1));
    return date < today ? date : today;
  };
  const meta = (kind: string, i: number): RecordMeta => ({
    id: `demo-${ownerId}-${kind}${String(i + 1).padStart(2, '0')}`,
    ownerId,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  });
  const entryIds = (titles: readonly string[]) =>
    titles
      .map((t) => input.entries.find((e) => e.title === t)?.id)
      .filter((id): id is string => id !== undefined);

  const assessments: Assessment[] = demoAssessments.map((a, i) => ({
    ...meta('a', i),
    date: dateOf(a),
    rater: a.rater,
    framework: 'promocase',
    ratings: a.ratings.map((r) => ({ qualifier: 'meets', note: '', whatItTakes: '', ...r })),
  }));
  const conversations: Conversation[] = demoConversations.map((c, i) => ({
    ...meta('c', i),
    date: dateOf(c),
    with: 'Priya Nair',
    type: c.type,
    notes: c.notes,
    feedback: [...c.feedback],
    criteria: [...c.criteria],
    goalStated: c.goalStated,
    nextCheckIn: addDays(input.thisWeek, -7 * c.nextCheckInWeeksAgo + 1),
  }));
  const goals: Goal[] = demoGoals.map((g, i) => ({
    ...meta('g', i),
    date: dateOf(g),
    title: g.title,
    competencies: [...g.competencies],
    gap: g.gap,
    deliverable: g.deliverable,
    vouchers: [...g.vouchers],
    impact: g.impact,
    due: quarterFrom(today, g.dueQuartersAhead),
    status: g.status,
    checkIns: g.checkIns.map((c) => ({
      date: dateOf({ weeksAgo: c.weeksAgo, weekday: 3 }),
      progress: c.progress,
      note: c.note,
    })),
    entryIds: entryIds(g.linkedTitles),
  }));
  const feedback: PeerFeedback[] = demoPeerFeedback.map((f, i) => ({
    ...meta('f', i),
    date: dateOf(f),
    from: f.from,
    relationship: f.relationship,
    text: f.text,
    work: f.work,
    entryIds: entryIds(f.linkedTitles),
  }));
  for (const a of assessments) await tx.putRecord('assessments', a);
  for (const c of conversations) await tx.putRecord('conversations', c);
  for (const g of goals) await tx.putRecord('goals', g);
  for (const f of feedback) await tx.putRecord('peer_feedback', f);
  return {
    assessments: assessments.length,
    conversations: conversations.length,
    goals: goals.length,
    peerFeedback: feedback.length,
  };
}
