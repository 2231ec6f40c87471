/** The readiness analysis of the entries a document may use (not of every entry): what the brief is built from. */
import { analyzePeerFeedback } from '../../core/analysis/analyze-feedback.js';
import type { PeopleLoop } from '../../core/documents/people-loop.js';
import type { Entry } from '../../core/entries/entry.js';
import type { CompanyId } from '../../core/frameworks/company-profile.js';
import { COMPANY_PROFILES } from '../../core/frameworks/company-profiles.js';
import { conversationStatus } from '../../core/people/conversation-status.js';
import { assessCase, type CaseAssessment } from '../../core/readiness/assess-case.js';
import type { Actor, ServiceContext } from '../context.js';
import type { PlanContext } from '../people/plan-context.js';
import { entryQualities } from '../readiness/assess-case.js';

export async function loadReadiness(
  ctx: ServiceContext,
  actor: Actor,
  plan: PlanContext,
  entries: readonly Entry[],
  people: PeopleLoop,
  company: CompanyId = plan.profile.company,
): Promise<CaseAssessment> {
  const today = ctx.today();
  const [quality, assessments] = await Promise.all([
    entryQualities(ctx, actor, entries),
    ctx.store.listRecords('assessments', actor.ownerId),
  ]);
  const target = plan.framework.levels.find((l) => l.id === plan.targetLevel)?.name ?? plan.targetLevel;
  return assessCase({
    today,
    profile: plan.profile,
    framework: plan.framework,
    targetLevel: plan.targetLevel,
    company: COMPANY_PROFILES[company],
    entries,
    quality,
    assessments,
    goals: people.goals,
    peerFeedback: people.peerFeedback.map((f) => ({ ...f, analysis: analyzePeerFeedback(f.text) })),
    conversations: conversationStatus({
      conversations: people.conversations,
      managerChanges: people.managerChanges,
      targetLevelName: target,
      today,
    }),
  });
}
