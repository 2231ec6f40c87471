// Fills a gap where it is: the entry a gap belongs to, opened for editing beside the gap list. Saving
// refreshes the preview and the dry run; a failed save keeps what was typed.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, type Entry } from '../api/client';
import { entriesChanged, useProfileCompetencies } from '../api/queries';
import { useDraft } from '../lib/use-draft';
import { competencyHint, draftOf, EntryFields, inputOf } from './entry-form';
import { ErrorNotice, Loading } from './states';

function EditForm({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const client = useQueryClient();
  const competencies = useProfileCompetencies();
  // The same draft key as the Entries page: an edit begun there continues here, and the other way round.
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
          {save.isPending ? 'Saving…' : 'Save and rebuild the document'}
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

export function DocumentEntryEditor({ entryId, onDone }: { entryId: string; onDone: () => void }) {
  const entry = useQuery({
    // Under 'entries', so a save anywhere (here, the Entries page, quick add) refreshes it.
    queryKey: ['entries', 'one', entryId],
    queryFn: () => call(api.GET('/api/v1/entries/{id}', { params: { path: { id: entryId } } })),
  });
  if (entry.isPending) return <Loading what="the entry" />;
  if (entry.error) return <ErrorNotice error={entry.error} title="Could not open the entry." />;
  return <EditForm entry={entry.data} onDone={onDone} />;
}
