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
  return {
    context: ctx,
    ensureLocalOwner: (name?: string) => ensureLocalOwner(ctx, name),
    /** Changes whenever the data may have changed (undefined when the store cannot tell): for read caches. */
    dataVersion: () => ctx.store.dataVersion(),
    profile: {
      get: async (actor: Actor) => (await profile()).getProfile(ctx, actor),
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
