/** Reads the people loop for documents: ratings (as the gap list), goals, conversations, manager changes, peer feedback. */
import type { PeopleLoop } from '../../core/documents/people-loop.js';
import type { FrameworkDocument } from '../../core/frameworks/framework.js';
import { buildGapList } from '../../core/people/gap-list.js';
import type { Actor, ServiceContext } from '../context.js';

export async function loadPeopleLoop(
  ctx: ServiceContext,
  actor: Actor,
  framework: FrameworkDocument,
  targetLevel: string,
): Promise<PeopleLoop> {
  const owner = actor.ownerId;
  const [assessments, goals, conversations, managerChanges, peerFeedback] = await Promise.all([
    ctx.store.listRecords('assessments', owner),
    ctx.store.listRecords('goals', owner),
    ctx.store.listRecords('conversations', owner),
    ctx.store.listRecords('manager_changes', owner),
    ctx.store.listRecords('peer_feedback', owner),
  ]);
  return {
    gapList: buildGapList({ framework, targetLevel, assessments, goals }),
    goals,
    conversations,
    managerChanges,
    peerFeedback,
  };
}
