/** Reading goals, each with its quality check and what needs attention (overdue, stalled). */
import type { Goal } from '../../core/people/goal.js';
import { type FlaggedGoal, goalFlags } from '../../core/people/goal-flags.js';
import { checkGoalQuality, type GoalQuality } from '../../core/people/goal-quality.js';
import type { Actor, ServiceContext } from '../context.js';
import { findRecord } from '../people/find-record.js';

export interface GoalView extends Goal {
  quality: GoalQuality;
  flags: FlaggedGoal[];
  /** Progress of the latest check-in, 0 without one (100 once done). */
  progress: number;
}

async function withReview(ctx: ServiceContext, actor: Actor, goals: readonly Goal[]): Promise<GoalView[]> {
  const linked = new Set(goals.flatMap((g) => g.entryIds));
  const dates = new Map<string, string>();
  if (linked.size) {
    for (const e of await ctx.store.listEntrySummaries(actor.ownerId, {}))
      if (linked.has(e.id)) dates.set(e.id, e.date);
  }
  const today = ctx.today();
  return goals.map((g) => ({
    ...g,
    quality: checkGoalQuality(g, g.date),
    flags: goalFlags(
      g,
      today,
      g.entryIds.flatMap((id) => dates.get(id) ?? []),
    ),
    progress: g.status === 'done' ? 100 : (g.checkIns.at(-1)?.progress ?? 0),
  }));
}

export async function listGoals(
  ctx: ServiceContext,
  actor: Actor,
  options: { deleted?: 'exclude' | 'include' } = {},
): Promise<GoalView[]> {
  return withReview(ctx, actor, await ctx.store.listRecords('goals', actor.ownerId, options));
}

export async function getGoal(ctx: ServiceContext, actor: Actor, id: string): Promise<GoalView> {
  const [goal] = await withReview(ctx, actor, [await findRecord(ctx.store, actor, 'goals', id)]);
  return goal!;
}
