// A goal's evidence: the log entries linked to it, each unlinked in one click, and a search over the log
// (the latest entries when nothing is typed) to link more.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { api, call, type Schemas } from '../api/client';
import { useEntriesById } from '../api/people-queries';
import { analysisChanged, useEntries } from '../api/queries';
import { EntryLine } from './entry-line';
import { Field } from './field';
import { Empty, ErrorNotice, Loading } from './states';

const PICK_LIMIT = 10;

export function GoalLinks({ goal }: { goal: Schemas['ReviewedGoal'] }) {
  const client = useQueryClient();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const candidates = useEntries({ limit: PICK_LIMIT, ...(q ? { q } : {}) });
  const linked = useEntriesById(goal.entryIds);
  const linkedIds = new Set(goal.entryIds);
  const link = useMutation({
    mutationFn: (change: { add?: string[]; remove?: string[] }) =>
      call(api.POST('/api/v1/goals/{id}/entries', { params: { path: { id: goal.id } }, body: change })),
    onSuccess: () => analysisChanged(client), // the goal's evidence and progress
  });
  const unpicked = candidates.data?.filter((e) => !linkedIds.has(e.id)) ?? [];

  return (
    <section className="editor" aria-label={`Evidence for “${goal.title}”`}>
      <h3>Linked entries</h3>
      <ErrorNotice error={link.error} title="The links did not change." />
      {goal.entryIds.length === 0 && <Empty>No entry linked yet: link the work that moves this goal.</Empty>}
      {goal.entryIds.length > 0 && (
        <ul className="entry-list">
          {goal.entryIds.map((id, i) => {
            const entry = linked[i];
            return (
              <li key={id} className="entry">
                {entry?.data ? (
                  <EntryLine entry={entry.data} />
                ) : entry?.error ? (
                  <span className="problem">
                    Entry {id} cannot be read: {entry.error.message}
                  </span>
                ) : (
                  <Loading what="the entry" />
                )}
                <div className="actions">
                  <button
                    type="button"
                    disabled={link.isPending}
                    onClick={() => link.mutate({ remove: [id] })}
                  >
                    Unlink<span className="visually-hidden"> “{entry?.data?.title ?? id}”</span>
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <h3>Link an entry</h3>
      <Field label="Search the log" hint="Empty: your latest entries">
        <input type="search" value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
      </Field>
      {candidates.isPending && <Loading what="entries" />}
      <ErrorNotice error={candidates.error} title="Could not search the log." />
      {candidates.data && unpicked.length === 0 && (
        <Empty>{q ? 'No other entry matches.' : 'No other entry to link: log some work first.'}</Empty>
      )}
      {unpicked.length > 0 && (
        <ul className="entry-list">
          {unpicked.map((e) => (
            <li key={e.id} className="entry">
              <EntryLine entry={e} />
              <div className="actions">
                <button type="button" disabled={link.isPending} onClick={() => link.mutate({ add: [e.id] })}>
                  Link<span className="visually-hidden"> “{e.title}”</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
