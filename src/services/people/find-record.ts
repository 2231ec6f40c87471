/** Finds one of the actor's people-loop records by id or by the end of its id (what the CLI shows). */
import { DomainError } from '../../core/errors.js';
import type { PeopleRecords, PeopleTable, StoreReader } from '../../store/store.js';
import type { Actor } from '../context.js';

/** For messages: "no goal with id ...". */
export const RECORD_NOUN: Record<PeopleTable, string> = {
  assessments: 'assessment',
  conversations: 'conversation',
  manager_changes: 'manager change',
  goals: 'goal',
  peer_feedback: 'peer feedback',
};

export function recordNotFound(table: PeopleTable, id: string): DomainError {
  // Another owner's record reads as absent: its existence is not ours to reveal.
  return new DomainError('not_found', `no ${RECORD_NOUN[table]} with id "${id}"`, [
    { path: 'id', message: `no such ${RECORD_NOUN[table]}` },
  ]);
}

/** The record whose id is `given` or ends with it (at least 4 characters), deleted ones included. */
export async function findRecord<K extends PeopleTable>(
  store: StoreReader,
  actor: Actor,
  table: K,
  given: string,
): Promise<PeopleRecords[K]> {
  const exact = await store.getRecord(table, actor.ownerId, given);
  if (exact) return exact;
  if (given.length >= 4) {
    const all = await store.listRecords(table, actor.ownerId, { deleted: 'include' });
    const matches = all.filter((r) => r.id.endsWith(given));
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      throw new DomainError(
        'invalid_input',
        `id "${given}" matches ${matches.length} ${RECORD_NOUN[table]} records; give more of it`,
        [{ path: 'id', message: 'ambiguous' }],
      );
    }
  }
  throw recordNotFound(table, given);
}
