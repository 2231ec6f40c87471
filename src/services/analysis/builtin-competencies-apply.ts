/** Whether the analysis's competency ids (the built-in framework's) are the ones this person's entries use. */
import { BUILTIN_FRAMEWORK_ID } from '../../core/frameworks/builtin-ids.js';
import type { Actor, ServiceContext } from '../context.js';

/**
 * The engine suggests built-in competency ids. Someone whose profile follows an imported framework
 * tags entries with that framework's ids, so built-in ids must not be written into their entries.
 */
export async function builtinCompetenciesApply(ctx: ServiceContext, actor: Actor): Promise<boolean> {
  const profile = await ctx.store.getProfile(actor.ownerId);
  return (profile?.framework ?? BUILTIN_FRAMEWORK_ID) === BUILTIN_FRAMEWORK_ID;
}
