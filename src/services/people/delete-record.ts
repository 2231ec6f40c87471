/** Soft delete and restore of people-loop records: a deleted record leaves lists and analysis, never the data. */
import { DomainError } from '../../core/errors.js';
import type { PeopleRecords, PeopleTable } from '../../store/store.js';
import type { Actor, ServiceContext } from '../context.js';
import { findRecord, RECORD_NOUN } from './find-record.js';

export async function setRecordDeleted<K extends PeopleTable>(
  ctx: ServiceContext,
  actor: Actor,
  table: K,
  id: string,
  deleted: boolean,
): Promise<PeopleRecords[K]> {
  return ctx.store.write(async (tx) => {
    const existing = await findRecord(tx, actor, table, id);
    if ((existing.deletedAt !== null) === deleted) {
      throw new DomainError(
        'conflict',
        `${RECORD_NOUN[table]} ${id} is ${deleted ? 'already deleted' : 'not deleted'}`,
      );
    }
    const at = ctx.now().toISOString();
    const record = { ...existing, deletedAt: deleted ? at : null, updatedAt: at };
    await tx.putRecord(table, record);
    return record;
  });
}
