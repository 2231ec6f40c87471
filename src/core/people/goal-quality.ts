/** The quality check of a goal: concrete, visible, impactful, time-bound; each with its reason and a fix. */
import { daysBetween } from '../dates.js';
import { dueDateOf, type GoalFields } from './goal.js';

export type GoalCriterion = 'concrete' | 'visible' | 'impactful' | 'time-bound';

export interface GoalCheck {
  criterion: GoalCriterion;
  ok: boolean;
  reason: string;
  /** How to fix it; absent when the criterion is met. */
  suggestion?: string;
}

export interface GoalQuality {
  /** How many of the four criteria are met. */
  score: number;
  checks: GoalCheck[];
}

/** Words that name something that will exist when the goal is done. */
const ARTIFACT =
  /\b(doc(ument)?s?|design|rfc|adr|proposal|spec|service|api|library|sdk|tool(ing)?|migration|launch(ed)?|release|feature|dashboard|runbook|playbook|guide|postmortem|talk|workshop|course|training|onboarding|pipeline|framework|prototype|benchmark|report|plan|roadmap|process|policy|checklist|alert(s|ing)?|slo|sla|test suite|system|platform|integration|module|component|page|endpoint|schema|index|cache|queue)\b/i;
/** Verbs that describe trying rather than a result. */
const VAGUE_ONLY =
  /^\s*(be|get|become)\s+(more|better)\b|^\s*(improve|work on|focus on|learn( about)?|try to|show( more)?|grow|develop|continue|keep)\b/i;
/** Signs of value for the team or the business. */
const VALUE =
  /(\d|%|\b(users?|customers?|revenue|cost|latency|uptime|reliab|incident|outage|pages?|on-?call|time|hours?|days?|weeks?|minutes?|throughput|conversion|adoption|teams?|engineers?|developers?|onboard|velocity|deploy|release|quality|security|compliance|risk|churn|retention|support|tickets?)\b)/i;

/** Six months: a goal should fit about one review cycle; longer ones are better split. */
const MAX_HORIZON_DAYS = 190;

export function checkGoalQuality(
  goal: Pick<GoalFields, 'title' | 'deliverable' | 'vouchers' | 'impact' | 'due'>,
  setOn: string,
): GoalQuality {
  const checks: GoalCheck[] = [concrete(goal), visible(goal), impactful(goal), timeBound(goal, setOn)];
  return { score: checks.filter((c) => c.ok).length, checks };
}

function concrete(goal: Pick<GoalFields, 'title' | 'deliverable'>): GoalCheck {
  const deliverable = goal.deliverable.trim();
  if (deliverable === '') {
    return {
      criterion: 'concrete',
      ok: false,
      reason: 'no deliverable: nothing says what will exist when the goal is done',
      suggestion:
        'name the deliverable, e.g. "a design doc for the retry queue, reviewed by the platform team"',
    };
  }
  const words = deliverable.split(/\s+/).length;
  if (VAGUE_ONLY.test(deliverable) && !ARTIFACT.test(deliverable)) {
    return {
      criterion: 'concrete',
      ok: false,
      reason: `"${clip(deliverable)}" describes an effort, not a result someone could point at`,
      suggestion: 'say what will exist at the end: a document, a launch, a migrated system, a talk given',
    };
  }
  if (words < 3 && !ARTIFACT.test(deliverable)) {
    return {
      criterion: 'concrete',
      ok: false,
      reason: `"${clip(deliverable)}" is too short to tell what will be delivered`,
      suggestion: 'describe the deliverable in a sentence: what, for whom, in which system',
    };
  }
  return { criterion: 'concrete', ok: true, reason: `names a deliverable: "${clip(deliverable)}"` };
}

function visible(goal: Pick<GoalFields, 'vouchers'>): GoalCheck {
  if (goal.vouchers.length === 0) {
    return {
      criterion: 'visible',
      ok: false,
      reason: 'nobody is named who will see the result and could vouch for it',
      suggestion: 'name one or two people who will see it: a reviewer, the partner team lead, a stakeholder',
    };
  }
  return { criterion: 'visible', ok: true, reason: `can be vouched for by ${goal.vouchers.join(', ')}` };
}

function impactful(goal: Pick<GoalFields, 'impact'>): GoalCheck {
  const impact = goal.impact.trim();
  if (impact === '') {
    return {
      criterion: 'impactful',
      ok: false,
      reason: 'no impact: it does not say what the team or the business gains',
      suggestion: 'say who benefits and how you will know, e.g. "on-call pages down from 12 to 4 a month"',
    };
  }
  if (!VALUE.test(impact)) {
    return {
      criterion: 'impactful',
      ok: false,
      reason: `"${clip(impact)}" does not name who benefits or a measure of it`,
      suggestion: 'tie it to users, the team, cost, reliability or speed, with a number if there is one',
    };
  }
  return { criterion: 'impactful', ok: true, reason: `states its value: "${clip(impact)}"` };
}

function timeBound(goal: Pick<GoalFields, 'due'>, setOn: string): GoalCheck {
  if (!goal.due) {
    return {
      criterion: 'time-bound',
      ok: false,
      reason: 'no due date: it can slip from one cycle to the next unnoticed',
      suggestion: 'give it a due date or a quarter (about one goal per quarter)',
    };
  }
  const days = daysBetween(setOn, dueDateOf(goal.due));
  if (days > MAX_HORIZON_DAYS) {
    return {
      criterion: 'time-bound',
      ok: false,
      reason: `due ${goal.due}, ${Math.round(days / 30)} months after it was set: longer than a review cycle`,
      suggestion: 'split it into a first milestone you can finish this quarter',
    };
  }
  return { criterion: 'time-bound', ok: true, reason: `due ${goal.due}` };
}

function clip(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}
