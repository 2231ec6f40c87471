/** The peer feedback request kit for the weakest competencies (see core/people/request-kit.ts). */
import { buildRequestKit, type RequestKit } from '../../core/people/request-kit.js';
import { gapList } from '../assessments/read-assessments.js';
import type { Actor, ServiceContext } from '../context.js';
import { loadPlanContext } from '../people/plan-context.js';

export async function feedbackRequestKit(
  ctx: ServiceContext,
  actor: Actor,
  options: { limit?: number } = {},
): Promise<RequestKit> {
  const { profile } = await loadPlanContext(ctx, actor);
  const [gaps, entries, feedback] = await Promise.all([
    gapList(ctx, actor),
    ctx.store.listEntries(actor.ownerId, {}),
    ctx.store.listRecords('peer_feedback', actor.ownerId),
  ]);
  return buildRequestKit({
    gapList: gaps,
    entries,
    feedback,
    today: ctx.today(),
    engineerName: profile.name,
    managerName: profile.managerName,
    limit: options.limit,
  });
}
