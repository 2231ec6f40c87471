/** The use cases bound to one context: the single object that server and CLI call. */
import type { Actor, ServiceContext } from './context.js';
import type { FrameworkImportInput } from './frameworks/import-framework.js';
import { ensureLocalOwner } from './owners.js';

/**
 * Each use case module is imported on first use: a command then pays start-up time only for the
 * schemas and code it needs (`promocase log` has a budget of 1.6x `node -e 0`, DESIGN.md section 7).
 */
export function createServices(ctx: ServiceContext) {
  const profile = () => import('./profile/profile-use-cases.js');
  const create = () => import('./entries/create-entries.js');
  const read = () => import('./entries/read-entries.js');
  const update = () => import('./entries/update-entry.js');
  const remove = () => import('./entries/delete-entry.js');
  const frameworksRead = () => import('./frameworks/read-frameworks.js');
  const frameworksImport = () => import('./frameworks/import-framework.js');
  const records = () => import('./people/delete-record.js');
  const assessmentsRead = () => import('./assessments/read-assessments.js');
  const conversationsWrite = () => import('./conversations/record-conversation.js');
  const conversationsRead = () => import('./conversations/read-conversations.js');
  const managerChanges = () => import('./conversations/record-manager-change.js');
  const goalsWrite = () => import('./goals/update-goal.js');
  const goalsRead = () => import('./goals/read-goals.js');
  const feedbackWrite = () => import('./feedback/record-peer-feedback.js');
  const feedbackRead = () => import('./feedback/read-peer-feedback.js');
  return {
    context: ctx,
    ensureLocalOwner: (name?: string) => ensureLocalOwner(ctx, name),
    /** Changes whenever the data may have changed (undefined when the store cannot tell): for read caches. */
    dataVersion: () => ctx.store.dataVersion(),
    profile: {
      get: async (actor: Actor) => (await profile()).getProfile(ctx, actor),
      /** The profile, or undefined before `init`. */
      find: async (actor: Actor) => ctx.store.getProfile(actor.ownerId),
      save: async (actor: Actor, input: unknown) => (await profile()).saveProfile(ctx, actor, input),
      update: async (actor: Actor, input: unknown) => (await profile()).updateProfile(ctx, actor, input),
    },
    entries: {
      create: async (actor: Actor, input: unknown) => (await create()).createEntry(ctx, actor, input),
      createMany: async (actor: Actor, inputs: readonly unknown[]) =>
        (await create()).createEntries(ctx, actor, inputs),
      get: async (actor: Actor, id: string) => (await read()).getEntry(ctx, actor, id),
      list: async (actor: Actor, filter?: unknown) => (await read()).listEntries(ctx, actor, filter),
      listSummaries: async (actor: Actor, filter?: unknown) =>
        (await read()).listEntrySummaries(ctx, actor, filter),
      update: async (actor: Actor, id: string, input: unknown) =>
        (await update()).updateEntry(ctx, actor, id, input),
      remove: async (actor: Actor, id: string) => (await remove()).deleteEntry(ctx, actor, id),
      restore: async (actor: Actor, id: string) => (await remove()).restoreEntry(ctx, actor, id),
      streak: async (actor: Actor) => (await import('./entries/week-streak.js')).weekStreak(ctx, actor),
    },
    transfer: {
      exportJson: async (actor: Actor) => (await import('./transfer/export-data.js')).exportData(ctx, actor),
      exportMarkdown: async (actor: Actor) =>
        (await import('./transfer/export-data.js')).exportMarkdown(ctx, actor),
      import: async (actor: Actor, document: unknown) =>
        (await import('./transfer/import-data.js')).importData(ctx, actor, document),
    },
    frameworks: {
      list: async (actor: Actor) => (await frameworksRead()).listFrameworks(ctx, actor),
      get: async (actor: Actor, id: string) => (await frameworksRead()).getFramework(ctx, actor, id),
      diff: async (actor: Actor, input: { framework: string; from: string; to: string }) =>
        (await frameworksRead()).diffFrameworkLevels(ctx, actor, input),
      preview: async (text: string, fileName: string) =>
        (await frameworksImport()).previewFrameworkImport(text, fileName),
      import: async (actor: Actor, input: FrameworkImportInput) =>
        (await frameworksImport()).importFramework(ctx, actor, input),
    },
    assessments: {
      record: async (actor: Actor, input: unknown) =>
        (await import('./assessments/record-assessment.js')).recordAssessment(ctx, actor, input),
      list: async (actor: Actor, options?: { deleted?: 'exclude' | 'include' }) =>
        (await assessmentsRead()).listAssessments(ctx, actor, options),
      history: async (actor: Actor, competency?: string) =>
        (await assessmentsRead()).ratingHistory(ctx, actor, competency),
      compare: async (actor: Actor) => (await assessmentsRead()).compareRatings(ctx, actor),
      gaps: async (actor: Actor) => (await assessmentsRead()).gapList(ctx, actor),
      remove: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'assessments', id, true),
      restore: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'assessments', id, false),
    },
    conversations: {
      create: async (actor: Actor, input: unknown) =>
        (await conversationsWrite()).createConversation(ctx, actor, input),
      update: async (actor: Actor, id: string, input: unknown) =>
        (await conversationsWrite()).updateConversation(ctx, actor, id, input),
      list: async (actor: Actor, options?: { deleted?: 'exclude' | 'include' }) =>
        (await conversationsRead()).listConversations(ctx, actor, options),
      get: async (actor: Actor, id: string) => (await conversationsRead()).getConversation(ctx, actor, id),
      status: async (actor: Actor) =>
        (await import('./conversations/conversation-status.js')).promotionConversationStatus(ctx, actor),
      remove: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'conversations', id, true),
      restore: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'conversations', id, false),
    },
    managers: {
      change: async (actor: Actor, input: unknown) =>
        (await managerChanges()).recordManagerChange(ctx, actor, input),
      history: async (actor: Actor, options?: { deleted?: 'exclude' | 'include' }) =>
        (await managerChanges()).listManagerChanges(ctx, actor, options),
      /** A mistaken change; the profile keeps its manager (change it with the profile). */
      remove: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'manager_changes', id, true),
      restore: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'manager_changes', id, false),
    },
    goals: {
      create: async (actor: Actor, input: unknown) =>
        (await import('./goals/create-goal.js')).createGoal(ctx, actor, input),
      update: async (actor: Actor, id: string, input: unknown) =>
        (await goalsWrite()).updateGoal(ctx, actor, id, input),
      checkIn: async (actor: Actor, id: string, input: unknown) =>
        (await goalsWrite()).addGoalCheckIn(ctx, actor, id, input),
      link: async (
        actor: Actor,
        id: string,
        input: { add?: readonly string[]; remove?: readonly string[] },
      ) => (await goalsWrite()).linkGoalEntries(ctx, actor, id, input),
      list: async (actor: Actor, options?: { deleted?: 'exclude' | 'include' }) =>
        (await goalsRead()).listGoals(ctx, actor, options),
      get: async (actor: Actor, id: string) => (await goalsRead()).getGoal(ctx, actor, id),
      suggest: async (actor: Actor) => (await import('./goals/suggest-goals.js')).suggestedGoals(ctx, actor),
      remove: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'goals', id, true),
      restore: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'goals', id, false),
    },
    peerFeedback: {
      record: async (actor: Actor, input: unknown) =>
        (await feedbackWrite()).recordPeerFeedback(ctx, actor, input),
      update: async (actor: Actor, id: string, input: unknown) =>
        (await feedbackWrite()).updatePeerFeedback(ctx, actor, id, input),
      list: async (actor: Actor, options?: { deleted?: 'exclude' | 'include' }) =>
        (await feedbackRead()).listPeerFeedback(ctx, actor, options),
      get: async (actor: Actor, id: string) => (await feedbackRead()).getPeerFeedback(ctx, actor, id),
      requestKit: async (actor: Actor, options?: { limit?: number }) =>
        (await import('./feedback/feedback-request-kit.js')).feedbackRequestKit(ctx, actor, options),
      remove: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'peer_feedback', id, true),
      restore: async (actor: Actor, id: string) =>
        (await records()).setRecordDeleted(ctx, actor, 'peer_feedback', id, false),
    },
    analysis: {
      analyze: async (items: unknown, limit?: number) =>
        (await import('./analysis/analyze-texts.js')).analyzeTexts(items, limit),
      suggestEntry: async (actor: Actor, input: { title?: unknown; details?: unknown; impact?: unknown }) =>
        (await import('./analysis/suggest-entry.js')).suggestEntry(ctx, actor, input),
      untagged: async (actor: Actor) =>
        (await import('./analysis/suggest-untagged.js')).suggestUntagged(ctx, actor),
      applyUntagged: async (actor: Actor) =>
        (await import('./analysis/apply-untagged-suggestions.js')).applyUntaggedSuggestions(ctx, actor),
    },
    readiness: {
      assess: async (actor: Actor) => (await import('./readiness/assess-case.js')).caseAssessment(ctx, actor),
    },
    documents: {
      build: async (actor: Actor, type: string, format: string, request?: unknown) =>
        (await import('./documents/build-document-file.js')).buildDocumentFile(
          ctx,
          actor,
          type,
          format,
          request,
        ),
      check: async (actor: Actor, type: string, request?: unknown) =>
        (await import('./documents/check-document.js')).checkDocument(ctx, actor, type, request),
      preview: async (actor: Actor, type: string, request?: unknown) =>
        (await import('./documents/preview-document-evidence.js')).previewDocumentEvidence(
          ctx,
          actor,
          type,
          request,
        ),
    },
    demo: { load: async (actor: Actor) => (await import('./demo/load-demo.js')).loadDemo(ctx, actor) },
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Actor, ServiceContext } from './context.js';
