/** Next best actions: a short list for this week, aimed at the weakest parts of the case. */
import type { GoalFlag } from '../people/goal-flags.js';
import type { CompetencyReadiness } from './competency-readiness.js';
import type { Evidence } from './evidence.js';
import type { Objection } from './objections.js';

export interface NextAction {
  action: string;
  why: string;
  /** A command that does it, when there is one. */
  command?: string;
}

const MAX_ACTIONS = 5;

const FLAG_WORDS: Record<GoalFlag, string> = {
  overdue: 'overdue',
  stalled: 'stalled',
  'not-started': 'not started',
};

export function nextActions(input: {
  objections: readonly Objection[];
  competencies: readonly CompetencyReadiness[];
  evidence: readonly Evidence[];
  flaggedGoals: ReadonlyArray<{ id: string; title: string; flags: GoalFlag[] }>;
  loggedThisWeek: boolean;
}): NextAction[] {
  const out: NextAction[] = [];
  const openIds = new Set(input.objections.filter((o) => o.status === 'open').map((o) => o.id));
  if (!input.loggedThisWeek)
    out.push({
      action: "Log this week's work",
      why: 'Weekly entries are what makes the case sustained.',
      command: 'promocase week',
    });
  if (openIds.has('no-promotion-conversation'))
    out.push({
      action: 'Have the career conversation with your manager',
      why: 'Nobody argues for a promotion that was never asked for.',
      command: 'promocase 1on1 add --type career --goal-stated',
    });
  if (openIds.has('vague-manager-feedback'))
    out.push({
      action: 'Ask your manager for written, specific criteria',
      why: 'Your recent career conversations stayed vague.',
      command: 'promocase 1on1 status',
    });
  const stalled = input.flaggedGoals.find((g) => g.flags.length > 0);
  if (stalled)
    out.push({
      action: `Check in on "${stalled.title}"`,
      why: `It is ${stalled.flags.map((f) => FLAG_WORDS[f]).join(' and ')}.`,
      command: `promocase goal check-in ${stalled.id.slice(-8)} --progress N`,
    });
  const gap = [...input.competencies]
    .filter((c) => c.status === 'gap')
    .sort((a, b) => a.strength - b.strength)[0];
  if (gap)
    out.push({
      action: `Find or create a piece of ${gap.competency.name.toLowerCase()} work at the next level`,
      why: `${gap.competency.name} has too little next-level evidence yet.`,
      command: 'promocase goal suggest',
    });
  if (openIds.has('generic-peer-reviews') || openIds.has('too-few-peer-providers'))
    out.push({
      action: 'Ask two peers for specific feedback',
      why: 'The committee reads peer feedback for concrete situations and impact.',
      command: 'promocase feedback request',
    });
  const vague = [...input.evidence]
    .filter((e) => !e.nextLevel && e.quality < 45 && e.entry.scope !== 'individual')
    .sort((a, b) => a.quality - b.quality)[0];
  if (vague)
    out.push({
      action: `Add the numbers to "${vague.entry.title}"`,
      why: 'It is work at the right scope, but too vague to count: say what you did and what it changed, with the before and after.',
      command: `promocase edit ${vague.entry.id.slice(-8)}`,
    });
  // Objections the actions above already address are not repeated in other words.
  const addressed = new Set([
    'no-promotion-conversation',
    'vague-manager-feedback',
    'generic-peer-reviews',
    'too-few-peer-providers',
  ]);
  for (const o of input.objections) {
    if (o.status === 'open' && o.toAnswer && !addressed.has(o.id))
      out.push({ action: o.toAnswer, why: `Open objection: ${o.title}` });
  }
  return out.slice(0, MAX_ACTIONS);
}
