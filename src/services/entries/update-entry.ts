/** Editing an entry: the changed fields are merged and the whole result validated before it is written. */
import { type Entry, EntryFields, UpdateEntryInput, unique } from '../../core/entries/entry.js';
import { DomainError, invalidInput } from '../../core/errors.js';
import { parseOrThrow } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';
import { checkEntryCompetencies } from './check-entry-competencies.js';
import { entryNotFound } from './entry-not-found.js';

export async function updateEntry(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Entry> {
  const changes = parseOrThrow(UpdateEntryInput, input);
  // Only a changed list is checked: tags of a framework since removed stay editable around.
  const problems = await checkEntryCompetencies(ctx.store, actor, [
    { competencies: changes.competencies, prefix: '' },
  ]);
  if (problems.length) throw invalidInput(problems);
  return ctx.store.write(async (tx) => {
    const existing = await tx.getEntry(actor.ownerId, id);
    if (!existing) throw entryNotFound(id);
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
