/** The use cases bound to one context: the single object that server and CLI call. */
import type { Actor, ServiceContext } from './context.js';
import * as entries from './entries/entry-use-cases.js';
import { ensureLocalOwner } from './owners.js';
import * as profile from './profile/profile-use-cases.js';
import { exportData, exportMarkdown } from './transfer/export-data.js';
import { importData } from './transfer/import-data.js';

export function createServices(ctx: ServiceContext) {
  return {
    context: ctx,
    ensureLocalOwner: (name?: string) => ensureLocalOwner(ctx, name),
    profile: {
      get: (actor: Actor) => profile.getProfile(ctx, actor),
      save: (actor: Actor, input: unknown) => profile.saveProfile(ctx, actor, input),
      update: (actor: Actor, input: unknown) => profile.updateProfile(ctx, actor, input),
    },
    entries: {
      create: (actor: Actor, input: unknown) => entries.createEntry(ctx, actor, input),
      createMany: (actor: Actor, inputs: readonly unknown[]) => entries.createEntries(ctx, actor, inputs),
      get: (actor: Actor, id: string) => entries.getEntry(ctx, actor, id),
      list: (actor: Actor, filter?: unknown) => entries.listEntries(ctx, actor, filter),
      update: (actor: Actor, id: string, input: unknown) => entries.updateEntry(ctx, actor, id, input),
      remove: (actor: Actor, id: string) => entries.deleteEntry(ctx, actor, id),
      restore: (actor: Actor, id: string) => entries.restoreEntry(ctx, actor, id),
      streak: (actor: Actor) => entries.weekStreak(ctx, actor),
    },
    transfer: {
      exportJson: (actor: Actor) => exportData(ctx, actor),
      exportMarkdown: (actor: Actor) => exportMarkdown(ctx, actor),
      import: (actor: Actor, document: unknown) => importData(ctx, actor, document),
    },
    // The sample's text is large; load it only when someone asks for the demo (start-up is a budget).
    demo: { load: async (actor: Actor) => (await import('./demo/load-demo.js')).loadDemo(ctx, actor) },
  };
}

export type Services = ReturnType<typeof createServices>;
export type { Actor, ServiceContext } from './context.js';
