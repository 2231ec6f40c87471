/** The state of the promotion conversation (see core/people/conversation-status.ts). */
import { type ConversationStatus, conversationStatus } from '../../core/people/conversation-status.js';
import type { Actor, ServiceContext } from '../context.js';
import { loadPlanContext } from '../people/plan-context.js';

export async function promotionConversationStatus(
  ctx: ServiceContext,
  actor: Actor,
): Promise<ConversationStatus> {
  const plan = await loadPlanContext(ctx, actor);
  const [conversations, managerChanges] = await Promise.all([
    ctx.store.listRecords('conversations', actor.ownerId),
    ctx.store.listRecords('manager_changes', actor.ownerId),
  ]);
  const target = plan.framework.levels.find((l) => l.id === plan.targetLevel)?.name ?? plan.targetLevel;
  return conversationStatus({ conversations, managerChanges, targetLevelName: target, today: ctx.today() });
}
