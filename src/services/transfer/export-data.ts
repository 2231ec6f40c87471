/** Export: everything of the actor as one versioned JSON document, or as Markdown for reading. */
import { renderEntriesMarkdown } from '../../core/entries/entries-markdown.js';
import { buildExportDocument, type ExportDocument } from '../../core/transfer/export-document.js';
import type { Actor, ServiceContext } from '../context.js';

/** The whole data of the actor, deleted entries included (they are restorable, so they are data). */
export async function exportData(ctx: ServiceContext, actor: Actor): Promise<ExportDocument> {
  const [profile, frameworks, entries] = await Promise.all([
    ctx.store.getProfile(actor.ownerId),
    ctx.store.listFrameworks(actor.ownerId),
    ctx.store.listEntries(actor.ownerId, { deleted: 'include' }),
  ]);
  return buildExportDocument({
    profile: profile ?? null,
    frameworks,
    entries,
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
