/** Goals suggested from the gap list (see core/people/goal-suggestions.ts). */
import { type GoalSuggestion, suggestGoals } from '../../core/people/goal-suggestions.js';
import { gapList } from '../assessments/read-assessments.js';
import type { Actor, ServiceContext } from '../context.js';

export async function suggestedGoals(ctx: ServiceContext, actor: Actor): Promise<GoalSuggestion[]> {
  return suggestGoals(await gapList(ctx, actor), ctx.today());
}
