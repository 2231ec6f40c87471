/** Reading assessments: the list, the history per competency, self against manager, and the gap list. */
import type { Assessment } from '../../core/people/assessment.js';
import { buildGapList, type GapList } from '../../core/people/gap-list.js';
import {
  type CompetencyHistory,
  compareRaters,
  competencyHistories,
  type RaterComparison,
} from '../../core/people/rating-history.js';
import type { Actor, ServiceContext } from '../context.js';
import { loadPlanContext } from '../people/plan-context.js';

/** Live assessments only unless asked: history, comparison and gaps never count a deleted one. */
export async function listAssessments(
  ctx: ServiceContext,
  actor: Actor,
  options: { deleted?: 'exclude' | 'include' } = {},
): Promise<Assessment[]> {
  return ctx.store.listRecords('assessments', actor.ownerId, options);
}

export interface RatingHistory {
  framework: { id: string; name: string };
  competencies: CompetencyHistory[];
}

/** Every rating of the profile's framework, per competency, with each rater's trajectory. */
export async function ratingHistory(
  ctx: ServiceContext,
  actor: Actor,
  competency?: string,
): Promise<RatingHistory> {
  const { framework } = await loadPlanContext(ctx, actor);
  const all = competencyHistories(framework, await listAssessments(ctx, actor));
  return {
    framework: { id: framework.id, name: framework.name },
    competencies: competency ? all.filter((h) => h.competency.id === competency) : all,
  };
}

export interface RatingComparison {
  framework: { id: string; name: string };
  competencies: RaterComparison[];
}

export async function compareRatings(ctx: ServiceContext, actor: Actor): Promise<RatingComparison> {
  const { framework } = await loadPlanContext(ctx, actor);
  return {
    framework: { id: framework.id, name: framework.name },
    competencies: compareRaters(framework, await listAssessments(ctx, actor)),
  };
}

export async function gapList(ctx: ServiceContext, actor: Actor): Promise<GapList> {
  const plan = await loadPlanContext(ctx, actor);
  const [assessments, goals] = await Promise.all([
    listAssessments(ctx, actor),
    ctx.store.listRecords('goals', actor.ownerId),
  ]);
  return buildGapList({ framework: plan.framework, targetLevel: plan.targetLevel, assessments, goals });
}
