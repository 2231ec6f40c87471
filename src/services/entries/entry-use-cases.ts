/** The work log: capture, read, edit, soft-delete and restore entries of the actor. */

import {
  CreateEntryInput,
  type Entry,
  EntryFields,
  entryFieldsWithDefaults,
  UpdateEntryInput,
  unique,
} from '../../core/entries/entry.js';
import { EntryFilter } from '../../core/entries/entry-filter.js';
import { computeWeekStreak, type WeekStreak } from '../../core/entries/week-streak.js';
import { DomainError, invalidInput } from '../../core/errors.js';
import { parseOrThrow, toProblems } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';

function buildEntry(ctx: ServiceContext, actor: Actor, input: CreateEntryInput, at: string): Entry {
  return {
    ...entryFieldsWithDefaults(input, ctx.today()),
    id: ctx.newId(),
    ownerId: actor.ownerId,
    source: input.source ?? 'manual',
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

export async function createEntry(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Entry> {
  const [entry] = await insertNew(ctx, actor, [input], '');
  return entry!;
}

/** Creates several entries at once (the Friday ritual): all of them, or none if any is invalid. */
export async function createEntries(
  ctx: ServiceContext,
  actor: Actor,
  inputs: readonly unknown[],
): Promise<Entry[]> {
  return insertNew(ctx, actor, inputs, 'entries');
}

/** Validates every input first (problems under `<prefix>[i]`), then writes them in one transaction. */
async function insertNew(
  ctx: ServiceContext,
  actor: Actor,
  inputs: readonly unknown[],
  prefix: string,
): Promise<Entry[]> {
  const at = ctx.now().toISOString();
  const problems = [];
  const entries: Entry[] = [];
  for (const [i, input] of inputs.entries()) {
    const result = CreateEntryInput.safeParse(input);
    if (result.success) entries.push(buildEntry(ctx, actor, result.data, at));
    else problems.push(...toProblems(result.error, prefix && `${prefix}[${i}]`));
  }
  if (problems.length) throw invalidInput(problems);
  await ctx.store.write((tx) => tx.insertEntries(entries));
  return entries;
}

export async function getEntry(ctx: ServiceContext, actor: Actor, id: string): Promise<Entry> {
  const entry = await ctx.store.getEntry(actor.ownerId, id);
  if (!entry) throw notFound(id);
  return entry;
}

export async function listEntries(ctx: ServiceContext, actor: Actor, filter: unknown = {}): Promise<Entry[]> {
  return ctx.store.listEntries(actor.ownerId, parseOrThrow(EntryFilter, filter));
}

export async function updateEntry(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Entry> {
  const changes = parseOrThrow(UpdateEntryInput, input);
  return ctx.store.write(async (tx) => {
    const existing = await tx.getEntry(actor.ownerId, id);
    if (!existing) throw notFound(id);
    if (existing.deletedAt)
      throw new DomainError('conflict', `entry ${id} is deleted: restore it before editing`);
    const { id: _id, ownerId, source, createdAt, updatedAt: _u, deletedAt, ...current } = existing;
    const fields = parseOrThrow(EntryFields, { ...current, ...changes });
    const entry: Entry = {
      ...fields,
      peopleHelped: unique(fields.peopleHelped),
      collaborators: unique(fields.collaborators),
      competencies: unique(fields.competencies),
      links: unique(fields.links),
      tags: unique(fields.tags),
      id,
      ownerId,
      source,
      createdAt,
      updatedAt: ctx.now().toISOString(),
      deletedAt,
    };
    await tx.replaceEntry(entry);
    return entry;
  });
}

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
    if (!existing) throw notFound(id);
    if (Boolean(existing.deletedAt) === deleted) {
      throw new DomainError('conflict', `entry ${id} is ${deleted ? 'already deleted' : 'not deleted'}`);
    }
    const at = ctx.now().toISOString();
    const entry: Entry = { ...existing, deletedAt: deleted ? at : null, updatedAt: at };
    await tx.replaceEntry(entry);
    return entry;
  });
}

/** The streak of weeks with at least one entry, and the weeks missed. */
export async function weekStreak(ctx: ServiceContext, actor: Actor): Promise<WeekStreak> {
  return computeWeekStreak(await ctx.store.entryDates(actor.ownerId), ctx.today());
}

function notFound(id: string): DomainError {
  // Another owner's entry reads as absent: its existence is not ours to reveal.
  return new DomainError('not_found', `no entry with id "${id}"`, [{ path: 'id', message: 'no such entry' }]);
}
