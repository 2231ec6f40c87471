/**
 * The state of the promotion conversation: goal stated, criteria in writing, last check-in, vague feedback
 * (two vague career conversations in a row is a red flag) and a recent change of manager.
 */
import { analyzeManagerFeedback } from '../analysis/analyze-feedback.js';
import { daysBetween } from '../dates.js';
import type { Conversation } from './conversation.js';
import type { ManagerChange } from './manager-change.js';

export type FindingSeverity = 'mistake' | 'red-flag' | 'warning' | 'ok';

export interface Finding {
  severity: FindingSeverity;
  code:
    | 'no-conversation'
    | 'goal-not-stated'
    | 'no-written-criteria'
    | 'check-in-overdue'
    | 'no-recent-check-in'
    | 'vague-feedback-streak'
    | 'manager-changed'
    | 'goal-stated'
    | 'criteria-written'
    | 'recent-check-in';
  message: string;
  /** What to do about it; absent for findings that are fine. */
  action?: string;
}

export interface VagueStatement {
  conversationId: string;
  date: string;
  statement: string;
  reasons: string[];
  followUpQuestions: string[];
}

export interface ConversationStatus {
  goalStated: { on: string } | null;
  /** The criteria of the latest conversation that recorded any. */
  criteria: { on: string; items: string[] } | null;
  lastConversation: { on: string; with: string; daysAgo: number } | null;
  nextCheckIn: string | null;
  careerConversations: number;
  vagueFeedback: VagueStatement[];
  /** The longest run of consecutive career conversations with nothing actionable, ending at the latest. */
  vagueStreak: number;
  latestManagerChange: ManagerChange | null;
  findings: Finding[];
}

/** A quarter without talking about growth is how "you're close" turns into another year. */
const CHECK_IN_GAP_DAYS = 90;
/** A new manager within a year may not have seen enough of the work to argue the case. */
const MANAGER_CHANGE_WINDOW_DAYS = 365;

export function conversationStatus(input: {
  conversations: readonly Conversation[];
  managerChanges: readonly ManagerChange[];
  targetLevelName: string;
  today: string;
}): ConversationStatus {
  const talks = input.conversations
    .filter((c) => c.deletedAt === null)
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const career = talks.filter((c) => c.type === 'career');
  const stated = talks.find((c) => c.goalStated);
  const withCriteria = [...talks].reverse().find((c) => c.criteria.length > 0);
  const last = talks.at(-1);

  const vagueFeedback: VagueStatement[] = [];
  const careerIsVague = new Map<string, boolean>();
  for (const c of talks) {
    let actionable = 0;
    for (const statement of c.feedback) {
      const verdict = analyzeManagerFeedback(statement);
      if (verdict.actionable) actionable++;
      else
        vagueFeedback.push({
          conversationId: c.id,
          date: c.date,
          statement,
          reasons: verdict.reasons,
          followUpQuestions: verdict.followUpQuestions,
        });
    }
    // Written criteria are what vague feedback lacks; a career talk with them is not a vague one.
    if (c.type === 'career') careerIsVague.set(c.id, actionable === 0 && c.criteria.length === 0);
  }
  let vagueStreak = 0;
  for (const c of [...career].reverse()) {
    if (!careerIsVague.get(c.id)) break;
    vagueStreak++;
  }

  const latestChange =
    input.managerChanges
      .filter((m) => m.deletedAt === null)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1) ?? null;
  const nextCheckIn = last?.nextCheckIn ?? null;

  const findings: Finding[] = [];
  if (career.length === 0) {
    findings.push({
      severity: 'mistake',
      code: 'no-conversation',
      message:
        'You have not recorded a career conversation with your manager: the promotion has not been asked for yet.',
      action: `Book one: say that you are aiming for ${input.targetLevelName}, walk the framework together and ask for a rating per competency.`,
    });
  }
  if (stated) {
    findings.push({
      severity: 'ok',
      code: 'goal-stated',
      message: `You stated your goal on ${stated.date}.`,
    });
  } else if (career.length > 0) {
    findings.push({
      severity: 'mistake',
      code: 'goal-not-stated',
      message: `None of your conversations records you saying that you are aiming for ${input.targetLevelName}.`,
      action: `Say it plainly in the next 1:1 ("I want to reach ${input.targetLevelName}; what would it take?") and record it with --goal-stated.`,
    });
  }
  if (withCriteria) {
    findings.push({
      severity: 'ok',
      code: 'criteria-written',
      message: `${withCriteria.criteria.length} written criteri${withCriteria.criteria.length === 1 ? 'on' : 'a'} agreed on ${withCriteria.date}.`,
    });
  } else if (career.length > 0) {
    findings.push({
      severity: 'warning',
      code: 'no-written-criteria',
      message:
        'There are no written criteria: nothing says what specifically needs to be true for the promotion.',
      action:
        'Ask your manager to write down, per gap, what needs to be true and by when; record each as a criterion.',
    });
  }
  if (last) {
    const daysAgo = daysBetween(last.date, input.today);
    if (nextCheckIn && nextCheckIn < input.today) {
      findings.push({
        severity: 'warning',
        code: 'check-in-overdue',
        message: `The check-in planned for ${nextCheckIn} has not been recorded.`,
        action: 'Book it, or record it if it happened.',
      });
    } else if (daysAgo > CHECK_IN_GAP_DAYS) {
      findings.push({
        severity: 'warning',
        code: 'no-recent-check-in',
        message: `Your last recorded conversation was ${daysAgo} days ago (${last.date}).`,
        action: 'Check in on your goals with your manager at least once a quarter.',
      });
    } else {
      findings.push({
        severity: 'ok',
        code: 'recent-check-in',
        message: `Last conversation ${daysAgo === 0 ? 'today' : `${daysAgo} day${daysAgo === 1 ? '' : 's'} ago`} with ${last.with}.`,
      });
    }
  }
  if (vagueStreak >= 2) {
    findings.push({
      severity: 'red-flag',
      code: 'vague-feedback-streak',
      message: `Your last ${vagueStreak} career conversations gave no specific feedback and no written criteria: "you're close" without specifics is a pattern, not progress.`,
      action:
        'Ask the follow-up questions below, and ask your manager to put the criteria in writing; if it stays vague, ask for a skip-level conversation.',
    });
  }
  if (latestChange && daysBetween(latestChange.date, input.today) <= MANAGER_CHANGE_WINDOW_DAYS) {
    const spokeSince = talks.some((c) => c.date >= latestChange.date && sameName(c.with, latestChange.name));
    findings.push({
      severity: 'warning',
      code: 'manager-changed',
      message: `Your manager changed on ${latestChange.date} (${latestChange.previous ?? 'previous manager'} -> ${latestChange.name}): the promotion clock may reset, because ${latestChange.name} has not seen your earlier work.`,
      action: spokeSince
        ? `Make sure ${latestChange.name} has your handoff document and has agreed the criteria in writing.`
        : `Give ${latestChange.name} a handoff (your case so far, ratings, goals, evidence) and have the career conversation again.`,
    });
  }
  return {
    goalStated: stated ? { on: stated.date } : null,
    criteria: withCriteria ? { on: withCriteria.date, items: withCriteria.criteria } : null,
    lastConversation: last
      ? { on: last.date, with: last.with, daysAgo: daysBetween(last.date, input.today) }
      : null,
    nextCheckIn,
    careerConversations: career.length,
    vagueFeedback,
    vagueStreak,
    latestManagerChange: latestChange,
    findings,
  };
}

function sameName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
