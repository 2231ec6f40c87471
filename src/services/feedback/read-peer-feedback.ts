/** Reading peer feedback, each piece judged specific or generic with its reasons. */
import { analyzePeerFeedback, type PeerFeedbackAnalysis } from '../../core/analysis/analyze-feedback.js';
import type { PeerFeedback } from '../../core/people/peer-feedback.js';
import type { Actor, ServiceContext } from '../context.js';
import { findRecord } from '../people/find-record.js';

export interface PeerFeedbackView extends PeerFeedback {
  analysis: PeerFeedbackAnalysis;
}

const withAnalysis = (f: PeerFeedback): PeerFeedbackView => ({ ...f, analysis: analyzePeerFeedback(f.text) });

export async function listPeerFeedback(
  ctx: ServiceContext,
  actor: Actor,
  options: { deleted?: 'exclude' | 'include' } = {},
): Promise<PeerFeedbackView[]> {
  return (await ctx.store.listRecords('peer_feedback', actor.ownerId, options)).map(withAnalysis);
}

export async function getPeerFeedback(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<PeerFeedbackView> {
  return withAnalysis(await findRecord(ctx.store, actor, 'peer_feedback', id));
}
