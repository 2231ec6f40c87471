/** Soft delete and restore: a deleted entry leaves lists and documents but is never lost. */
import type { Entry } from '../../core/entries/entry.js';
import { DomainError } from '../../core/errors.js';
import type { Actor, ServiceContext } from '../context.js';
import { entryNotFound } from './entry-not-found.js';

/** Soft delete: the entry disappears from lists and documents but can be restored. */
export async function deleteEntry(ctx: ServiceContext, actor: Actor, id: string): Promise<Entry> {
  return setDeleted(ctx, actor, id, true);
}

export async function restoreEntry(ctx: ServiceContext, actor: Actor, id: string): Promise<Entry> {
  return setDeleted(ctx, actor, id, false);
}

async function setDeleted(ctx: ServiceContext, actor: Actor, id: string, deleted: boolean): Promise<Entry> {
  return ctx.store.write(async (tx) => {
    const existing = await tx.getEntry(actor.ownerId, id);
    if (!existing) throw entryNotFound(id);
    if (Boolean(existing.deletedAt) === deleted) {
      throw new DomainError('conflict', `entry ${id} is ${deleted ? 'already deleted' : 'not deleted'}`);
    }
    const at = ctx.now().toISOString();
    const entry: Entry = { ...existing, deletedAt: deleted ? at : null, updatedAt: at };
    await tx.replaceEntry(entry);
    return entry;
  });
}
