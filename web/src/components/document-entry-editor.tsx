// Fills a gap where it is: the entry a gap belongs to, opened for editing beside the gap list. Saving
// refreshes the preview and the dry run; a failed save keeps what was typed.
import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import { EntryEditor } from './entry-editor';
import { ErrorNotice, Loading } from './states';

export function DocumentEntryEditor({ entryId, onDone }: { entryId: string; onDone: () => void }) {
  const entry = useQuery({
    // Under 'entries', so a save anywhere (here, the Entries page, quick add) refreshes it.
    queryKey: ['entries', 'one', entryId],
    queryFn: () => call(api.GET('/api/v1/entries/{id}', { params: { path: { id: entryId } } })),
  });
  if (entry.isPending) return <Loading what="the entry" />;
  if (entry.error) return <ErrorNotice error={entry.error} title="Could not open the entry." />;
  return <EntryEditor entry={entry.data} onDone={onDone} saveLabel="Save and rebuild the document" />;
}
