/** Setting a goal that closes a gap. */
import { CreateGoalInput, type Goal, goalWithDefaults } from '../../core/people/goal.js';
import { parseOrThrow } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';
import { loadPlanContext } from '../people/plan-context.js';
import { checkGoalReferences } from './goal-references.js';

export async function createGoal(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Goal> {
  const parsed = parseOrThrow(CreateGoalInput, input);
  const { framework } = await loadPlanContext(ctx, actor);
  const fields = goalWithDefaults(parsed);
  const at = ctx.now().toISOString();
  const goal: Goal = {
    ...fields,
    id: ctx.newId(),
    ownerId: actor.ownerId,
    date: parsed.date ?? ctx.today(),
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  await ctx.store.write(async (tx) => {
    await checkGoalReferences(tx, actor, framework, fields);
    await tx.putRecord('goals', goal);
  });
  return goal;
}
