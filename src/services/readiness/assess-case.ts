/** Readiness, objections, committee questions and next actions for the actor's case (see core/readiness). */
import { analyzePeerFeedback } from '../../core/analysis/analyze-feedback.js';
import { entryAnalysisText } from '../../core/analysis/entry-text.js';
import { lastTwelveMonths } from '../../core/documents/review-period.js';
import { COMPANY_PROFILES } from '../../core/frameworks/company-profiles.js';
import { feedbackDatedIn } from '../../core/people/feedback-providers.js';
import { assessCase, type CaseAssessment } from '../../core/readiness/assess-case.js';
import type { EntryQuality } from '../../core/readiness/case-input.js';
import { ENTRY_QUALITY_VERSION, isCurrent } from '../../core/readiness/entry-quality.js';
import type { StoredEntryQuality } from '../../store/store.js';
import type { Actor, ServiceContext } from '../context.js';
import { promotionConversationStatus } from '../conversations/conversation-status.js';
import { loadPlanContext } from '../people/plan-context.js';

export async function caseAssessment(ctx: ServiceContext, actor: Actor): Promise<CaseAssessment> {
  const plan = await loadPlanContext(ctx, actor);
  const [entries, assessments, goals, feedback, conversations] = await Promise.all([
    ctx.store.listEntries(actor.ownerId, {}),
    ctx.store.listRecords('assessments', actor.ownerId),
    ctx.store.listRecords('goals', actor.ownerId),
    ctx.store.listRecords('peer_feedback', actor.ownerId),
    promotionConversationStatus(ctx, actor),
  ]);
  const quality = await entryQualities(ctx, actor, entries);
  const today = ctx.today();
  // Feedback from the last twelve months, as the brief and the promotion case count it by default: a
  // committee hears this cycle's peers, and the case's "N people gave feedback" matches the documents'.
  const recent = lastTwelveMonths(today);
  return assessCase({
    today,
    profile: plan.profile,
    framework: plan.framework,
    targetLevel: plan.targetLevel,
    company: COMPANY_PROFILES[plan.profile.company],
    entries,
    quality,
    assessments,
    goals,
    peerFeedback: feedbackDatedIn(feedback, recent.since, recent.until).map((f) => ({
      ...f,
      analysis: analyzePeerFeedback(f.text),
    })),
    conversations,
  });
}

/**
 * Entries to analyse from which the wait is worth a word: under a millisecond each, so a first run after
 * importing years of entries takes seconds (4,942 entries: 3.5 s on the development machine).
 */
export const NOTICE_FROM = 500;

/**
 * The text analysis of every entry, from the cache where it is current; the others are analysed now and
 * cached, so the next run reads them instead of parsing years of text again.
 */
export async function entryQualities(
  ctx: ServiceContext,
  actor: Actor,
  entries: ReadonlyArray<{ id: string; updatedAt: string; title: string; details: string; impact: string }>,
): Promise<Map<string, EntryQuality>> {
  const cached = await ctx.store.listEntryQuality(actor.ownerId);
  const known = entries.map((e) => {
    const hit = cached.get(e.id);
    return hit && isCurrent(hit, e.updatedAt) ? hit.quality : undefined;
  });
  const stale = known.filter((quality) => !quality).length;
  if (stale >= NOTICE_FROM) {
    ctx.notice?.(
      `Reading the text of ${stale.toLocaleString('en')} entries not analysed before; this happens once, later runs reuse it.`,
    );
  }
  // The NLP engine takes a while to load: only when some entry is new or edited.
  const analyze = stale
    ? (await import('../../core/readiness/analyze-entry-quality.js')).analyzeEntryQuality
    : undefined;
  const out = new Map<string, EntryQuality>();
  const fresh: StoredEntryQuality[] = [];
  for (const [i, e] of entries.entries()) {
    let quality = known[i];
    if (!quality) {
      quality = analyze!(entryAnalysisText(e));
      fresh.push({
        entryId: e.id,
        ownerId: actor.ownerId,
        version: ENTRY_QUALITY_VERSION,
        entryUpdatedAt: e.updatedAt,
        quality,
      });
    }
    out.set(e.id, quality);
  }
  if (fresh.length) await ctx.store.write((tx) => tx.putEntryQuality(fresh));
  return out;
}
