/** Reading the log: one entry by id, or a filtered, searched list. */
import type { Entry, EntrySummary } from '../../core/entries/entry.js';
import { EntryFilter } from '../../core/entries/entry-filter.js';
import { parseOrThrow } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';
import { entryNotFound } from './entry-not-found.js';

export async function getEntry(ctx: ServiceContext, actor: Actor, id: string): Promise<Entry> {
  const entry = await ctx.store.getEntry(actor.ownerId, id);
  if (!entry) throw entryNotFound(id);
  return entry;
}

export async function listEntries(ctx: ServiceContext, actor: Actor, filter: unknown = {}): Promise<Entry[]> {
  return ctx.store.listEntries(actor.ownerId, parseOrThrow(EntryFilter, filter));
}

export async function listEntrySummaries(
  ctx: ServiceContext,
  actor: Actor,
  filter: unknown = {},
): Promise<EntrySummary[]> {
  return ctx.store.listEntrySummaries(actor.ownerId, parseOrThrow(EntryFilter, filter));
}
