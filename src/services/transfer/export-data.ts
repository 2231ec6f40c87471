/** Export: everything of the actor as one versioned JSON document, or as Markdown for reading. */
import { renderEntriesMarkdown } from '../../core/entries/entries-markdown.js';
import { buildExportDocument, type ExportDocument } from '../../core/transfer/export-document.js';
import type { Actor, ServiceContext } from '../context.js';

/** The whole data of the actor, deleted entries and records included (they are restorable, so they are data). */
export async function exportData(ctx: ServiceContext, actor: Actor): Promise<ExportDocument> {
  const all = { deleted: 'include' } as const;
  const [profile, frameworks, entries, assessments, conversations, managerChanges, goals, peerFeedback] =
    await Promise.all([
      ctx.store.getProfile(actor.ownerId),
      ctx.store.listFrameworks(actor.ownerId),
      ctx.store.listEntries(actor.ownerId, all),
      ctx.store.listRecords('assessments', actor.ownerId, all),
      ctx.store.listRecords('conversations', actor.ownerId, all),
      ctx.store.listRecords('manager_changes', actor.ownerId, all),
      ctx.store.listRecords('goals', actor.ownerId, all),
      ctx.store.listRecords('peer_feedback', actor.ownerId, all),
    ]);
  return buildExportDocument({
    profile: profile ?? null,
    frameworks,
    entries,
    people: { assessments, conversations, managerChanges, goals, peerFeedback },
    exportedAt: ctx.now().toISOString(),
    generator: ctx.generator,
  });
}

/** A readable Markdown log of the live entries, newest week first. */
export async function exportMarkdown(ctx: ServiceContext, actor: Actor): Promise<string> {
  const [profile, entries] = await Promise.all([
    ctx.store.getProfile(actor.ownerId),
    ctx.store.listEntries(actor.ownerId, {}),
  ]);
  return renderEntriesMarkdown(entries, profile ? `Work log of ${profile.name}` : 'Work log');
}
