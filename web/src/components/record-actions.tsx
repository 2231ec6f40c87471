// The row under a people-loop record: Edit (Close editor while open) and any other panels while the record
// is live, then Delete, or Restore once it is deleted.
import type { ReactNode, Ref } from 'react';
import { PanelToggle } from './panel-toggle';
import { type Deletable, DeleteButton, type RecordDeletion } from './record-deletion';

/**
 * `name` names the record for screen readers on every button (e.g. `“Write the RFC”`); `children` are
 * further toggles, shown after Edit while the record is live.
 * @example
 * <RecordActions record={c} name={conversationName(c)} deletion={deletion} editing={editing} onToggleEdit={toggle} />
 */
export function RecordActions<T extends Deletable>({
  record,
  name,
  deletion,
  editing,
  onToggleEdit,
  editButton,
  children,
}: {
  record: Deletable;
  name: string;
  deletion: RecordDeletion<T>;
  editing: boolean;
  onToggleEdit: () => void;
  editButton?: Ref<HTMLButtonElement>;
  children?: ReactNode;
}) {
  return (
    <div className="actions">
      {!record.deletedAt && (
        <>
          <PanelToggle
            open={editing}
            onToggle={onToggleEdit}
            label="Edit"
            closeLabel="Close editor"
            name={name}
            buttonRef={editButton}
          />
          {children}
        </>
      )}
      <DeleteButton deletion={deletion} record={record} name={name} />
    </div>
  );
}
