// An entry opened for editing in place; a failed save keeps what was typed (the draft) and says why.
import { api, call, type Entry } from '../api/client';
import { entriesChanged, useProfileCompetencies } from '../api/queries';
import { useDraftEditor } from '../lib/use-draft-editor';
import { EditorForm } from './editor-form';
import { competencyHint, draftOf, EntryFields, inputOf } from './entry-form';

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
  const competencies = useProfileCompetencies();
  // Keyed by the entry: an edit begun on one page (Entries, a document's gap) continues on the other.
  const { draft, setDraft, save, discard } = useDraftEditor({
    draftKey: `edit-${entry.id}`,
    initial: draftOf(entry),
    send: (draft) =>
      call(api.PATCH('/api/v1/entries/{id}', { params: { path: { id: entry.id } }, body: inputOf(draft) })),
    changed: entriesChanged,
    onDone,
  });
  return (
    <EditorForm name={`Edit “${entry.title}”`} save={save} saveLabel={saveLabel} onDiscard={discard}>
      <EntryFields
        draft={draft}
        onChange={setDraft}
        error={save.error}
        full
        competencyHint={competencyHint(competencies)}
      />
    </EditorForm>
  );
}
