// The form an existing record is edited in, in place: named for screen readers, saying when it resumed
// unsaved changes, the server's refusal above the fields, and the Save / Discard changes row.
import type { ReactNode } from 'react';
import type { ApiError } from '../api/api-error';
import { ResumedDraft } from './resumed-draft';
import { ErrorNotice } from './states';

/** The part of a save mutation the form reads. */
export interface EditorSave {
  mutate: () => void;
  isPending: boolean;
  error: ApiError | null;
}

/**
 * Submitting calls `save.mutate()`; the Save button says "Saving…" and is disabled while it runs.
 * With a `draftKey` the form says when it opened on changes left unsaved earlier.
 * @example
 * <EditorForm name={`Edit “${goal.title}”`} save={save} onDiscard={discard} draftKey={draftKey}>
 *   <GoalFields draft={draft} onChange={setDraft} error={save.error} />
 * </EditorForm>
 */
export function EditorForm({
  name,
  save,
  onDiscard,
  draftKey,
  saveLabel = 'Save changes',
  children,
}: {
  name: string;
  save: EditorSave;
  onDiscard: () => void;
  draftKey?: string;
  saveLabel?: string;
  children: ReactNode;
}) {
  return (
    <form
      className="editor"
      aria-label={name}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      {draftKey && <ResumedDraft draftKey={draftKey} />}
      <ErrorNotice error={save.error} title="Not saved; your changes are kept." />
      {children}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : saveLabel}
        </button>
        <button type="button" onClick={onDiscard}>
          Discard changes
        </button>
      </div>
    </form>
  );
}
