/** Changing some fields of a people-loop record: the merged record must still be whole; deleted ones are left alone. */
import type * as z from 'zod';
import { DomainError } from '../../core/errors.js';
import { parseOrThrow } from '../../core/validation.js';
import type { PeopleRecords, PeopleTable, StoreWriter } from '../../store/store.js';
import type { Actor, ServiceContext } from '../context.js';
import { findRecord, RECORD_NOUN } from './find-record.js';

/**
 * @param fields the schema of the record's own fields: the merge of the stored ones and `changes` must pass it
 * @param changes the changes, or a function of the stored record (and the transaction) that returns them;
 *   it may also check what they refer to
 */
export async function editRecord<K extends PeopleTable>(
  ctx: ServiceContext,
  actor: Actor,
  table: K,
  id: string,
  fields: z.ZodType<object>,
  changes: object | ((existing: PeopleRecords[K], tx: StoreWriter) => Promise<object>),
): Promise<PeopleRecords[K]> {
  return ctx.store.write(async (tx) => {
    const existing = await findRecord(tx, actor, table, id);
    if (existing.deletedAt !== null)
      throw new DomainError('conflict', `${RECORD_NOUN[table]} ${id} is deleted; restore it first`);
    const wanted = typeof changes === 'function' ? await changes(existing, tx) : changes;
    const { id: _id, ownerId: _o, createdAt: _c, updatedAt: _u, deletedAt: _d, ...own } = existing;
    const merged = parseOrThrow(fields, { ...own, ...wanted });
    // The stored record first: it keeps what the schema does not cover (the id, times, a goal's date).
    const record = { ...existing, ...merged, updatedAt: ctx.now().toISOString() } as PeopleRecords[K];
    await tx.putRecord(table, record);
    return record;
  });
}
