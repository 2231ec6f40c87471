/** What the people-loop analysis reads first: the profile, its framework and the target level in it. */
import { DomainError } from '../../core/errors.js';
import type { FrameworkDocument } from '../../core/frameworks/framework.js';
import { frameworkLevelFor } from '../../core/people/rating-scale.js';
import type { Profile } from '../../core/profile/profile.js';
import type { Actor, ServiceContext } from '../context.js';
import { getFramework } from '../frameworks/read-frameworks.js';

export interface PlanContext {
  profile: Profile;
  framework: FrameworkDocument;
  /** The profile's levels as levels of its framework. */
  currentLevel: string;
  targetLevel: string;
}

export async function loadPlanContext(ctx: ServiceContext, actor: Actor): Promise<PlanContext> {
  const profile = await ctx.store.getProfile(actor.ownerId);
  if (!profile) throw new DomainError('not_initialized', 'no profile yet: run `promocase init` to set it up');
  const framework = await getFramework(ctx, actor, profile.framework);
  return {
    profile,
    framework,
    currentLevel: frameworkLevelFor(framework, profile.currentLevel),
    targetLevel: frameworkLevelFor(framework, profile.targetLevel),
  };
}
