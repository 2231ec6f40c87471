// An entry opened for editing in place; a failed save keeps what was typed (the draft) and says why.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, call, type Entry } from '../api/client';
import { entriesChanged, useProfileCompetencies } from '../api/queries';
import { useDraft } from '../lib/use-draft';
import { competencyHint, draftOf, EntryFields, inputOf } from './entry-form';
import { ErrorNotice } from './states';

/** @param saveLabel what saving does, in the words of the page that opened the editor */
export function EntryEditor({
  entry,
  onDone,
  saveLabel = 'Save changes',
}: {
  entry: Entry;
  onDone: () => void;
  saveLabel?: string;
}) {
  const client = useQueryClient();
  const competencies = useProfileCompetencies();
  // Keyed by the entry: an edit begun on one page (Entries, a document's gap) continues on the other.
  const [draft, setDraft, clearDraft] = useDraft(`edit-${entry.id}`, draftOf(entry));
  const save = useMutation({
    mutationFn: () =>
      call(api.PATCH('/api/v1/entries/{id}', { params: { path: { id: entry.id } }, body: inputOf(draft) })),
    onSuccess: async () => {
      clearDraft();
      await entriesChanged(client);
      onDone();
    },
  });
  return (
    <form
      className="editor"
      aria-label={`Edit “${entry.title}”`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ErrorNotice error={save.error} title="Not saved; your changes are kept." />
      <EntryFields
        draft={draft}
        onChange={setDraft}
        error={save.error}
        full
        competencyHint={competencyHint(competencies)}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : saveLabel}
        </button>
        <button
          type="button"
          onClick={() => {
            clearDraft();
            onDone();
          }}
        >
          Discard changes
        </button>
      </div>
    </form>
  );
}
