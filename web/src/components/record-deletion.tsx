// Deleting and restoring a people-loop record (goal, 1:1, feedback, assessment, manager change): one
// button per record, and an "Undo" notice after a delete, since some lists cannot show deleted records.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ErrorNotice } from './states';

export interface Deletable {
  id: string;
  deletedAt?: string | null;
}

export interface DeletionOps<T extends Deletable> {
  remove: (id: string) => Promise<T>;
  restore: (id: string) => Promise<T>;
  /** Invalidates what reads these records once one is deleted or restored. */
  changed: (client: QueryClient) => Promise<void>;
}

/**
 * One mutation for the whole list: deleting a record keeps what the server answered as `lastDeleted`
 * (for Undo); restoring clears that. A record that is deleted is restored by the same call.
 * @example const deletion = useRecordDeletion({ remove, restore, changed: analysisChanged });
 */
export function useRecordDeletion<T extends Deletable>(ops: DeletionOps<T>) {
  const client = useQueryClient();
  const [lastDeleted, setLastDeleted] = useState<T | null>(null);
  const toggle = useMutation({
    mutationFn: (record: Deletable) => (record.deletedAt ? ops.restore(record.id) : ops.remove(record.id)),
    onSuccess: async (changed) => {
      setLastDeleted(changed.deletedAt ? changed : null);
      await ops.changed(client);
    },
  });
  return { toggle, lastDeleted };
}

export type RecordDeletion<T extends Deletable> = ReturnType<typeof useRecordDeletion<T>>;

/** Delete (or Restore, for a deleted record), named after the record for screen readers (`“title”`). */
export function DeleteButton<T extends Deletable>({
  deletion,
  record,
  name,
}: {
  deletion: RecordDeletion<T>;
  record: Deletable;
  name: string;
}) {
  return (
    <button type="button" onClick={() => deletion.toggle.mutate(record)} disabled={deletion.toggle.isPending}>
      {record.deletedAt ? 'Restore' : 'Delete'}
      <span className="visually-hidden"> {name}</span>
    </button>
  );
}

/** "Deleted X. Undo", and any failure to delete or restore, shown above the list. */
export function UndoDelete<T extends Deletable>({
  deletion,
  nameOf,
}: {
  deletion: RecordDeletion<T>;
  nameOf: (record: T) => string;
}) {
  const { toggle, lastDeleted } = deletion;
  return (
    <>
      {lastDeleted && (
        <div className="notice notice-ok" role="status">
          Deleted {nameOf(lastDeleted)}.{' '}
          <button type="button" disabled={toggle.isPending} onClick={() => toggle.mutate(lastDeleted)}>
            Undo
          </button>
        </div>
      )}
      <ErrorNotice error={toggle.error} title="Could not delete or restore it." />
    </>
  );
}
