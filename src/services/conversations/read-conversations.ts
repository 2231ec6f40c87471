/** Reading conversations, each with its vague feedback statements pointed out. */
import {
  analyzeManagerFeedback,
  type ManagerFeedbackAnalysis,
} from '../../core/analysis/analyze-feedback.js';
import type { Conversation } from '../../core/people/conversation.js';
import type { Actor, ServiceContext } from '../context.js';
import { findRecord } from '../people/find-record.js';

export interface ConversationView extends Conversation {
  /** Per feedback statement, in order: actionable or vague, why, and what to ask next. */
  feedbackAnalysis: ManagerFeedbackAnalysis[];
}

function withAnalysis(c: Conversation): ConversationView {
  return { ...c, feedbackAnalysis: c.feedback.map((f) => analyzeManagerFeedback(f)) };
}

export async function listConversations(
  ctx: ServiceContext,
  actor: Actor,
  options: { deleted?: 'exclude' | 'include' } = {},
): Promise<ConversationView[]> {
  return (await ctx.store.listRecords('conversations', actor.ownerId, options)).map(withAnalysis);
}

export async function getConversation(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<ConversationView> {
  return withAnalysis(await findRecord(ctx.store, actor, 'conversations', id));
}
