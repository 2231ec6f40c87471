// Every entry: full-text search and filters, edit in place, delete (restorable) and restore.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDeferredValue, useState } from 'react';
import { useSearchParams } from 'wouter';
import { api, call, type Entry } from '../api/client';
import { type EntryQuery, entriesChanged, useEntries, useProfileCompetencies } from '../api/queries';
import { entryKindValues, pathsApiV1EntriesGetParametersQueryDeletedValues } from '../api/schema';
import { EntryEditor } from '../components/entry-editor';
import { EntryLine } from '../components/entry-line';
import { Field } from '../components/field';
import { PanelToggle } from '../components/panel-toggle';
import { Empty, ErrorNotice, Loading } from '../components/states';

type Deleted = EntryQuery['deleted'];
const DELETED_LABELS: Record<NonNullable<Deleted>, string> = {
  exclude: 'Hide deleted',
  include: 'Show deleted too',
  only: 'Only deleted',
};

function useRestore() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (entry: Entry) =>
      call(api.POST('/api/v1/entries/{id}/restore', { params: { path: { id: entry.id } } })),
    onSuccess: () => entriesChanged(client),
  });
}

function EntryRow({ entry, onDeleted }: { entry: Entry; onDeleted: (entry: Entry) => void }) {
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const toggle = useMutation({
    mutationFn: () =>
      entry.deletedAt
        ? call(api.POST('/api/v1/entries/{id}/restore', { params: { path: { id: entry.id } } }))
        : call(api.DELETE('/api/v1/entries/{id}', { params: { path: { id: entry.id } } })),
    onSuccess: async (changed) => {
      if (changed.deletedAt) onDeleted(changed);
      await entriesChanged(client);
    },
  });
  return (
    <li className={entry.deletedAt ? 'entry deleted' : 'entry'}>
      <EntryLine entry={entry} />
      {entry.deletedAt && <span className="label label-deleted">deleted</span>}
      <div className="actions">
        {!entry.deletedAt && (
          <PanelToggle
            open={editing}
            onToggle={() => setEditing(!editing)}
            label="Edit"
            closeLabel="Close editor"
            name={`“${entry.title}”`}
          />
        )}
        <button type="button" onClick={() => toggle.mutate()} disabled={toggle.isPending}>
          {entry.deletedAt ? 'Restore' : 'Delete'}
          <span className="visually-hidden"> “{entry.title}”</span>
        </button>
      </div>
      <ErrorNotice error={toggle.error} />
      {editing && <EntryEditor entry={entry} onDone={() => setEditing(false)} />}
    </li>
  );
}

export function EntriesPage() {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [competency, setCompetency] = useState('');
  // The Projects page links here with ?project=NAME.
  const [params] = useSearchParams();
  const [projectText, setProject] = useState(() => params.get('project') ?? '');
  const [tagText, setTag] = useState('');
  const [since, setSince] = useState('');
  const [until, setUntil] = useState('');
  const [deleted, setDeleted] = useState<NonNullable<Deleted>>('exclude');
  // Typing stays responsive; the search follows a moment later.
  const q = useDeferredValue(text.trim());
  const project = useDeferredValue(projectText.trim());
  const tag = useDeferredValue(tagText.trim());
  const query: EntryQuery = {
    limit: 500,
    deleted,
    ...(q ? { q } : {}),
    ...(kind ? { kind: kind as Entry['kind'] } : {}),
    ...(competency.trim() ? { competency: competency.trim() } : {}),
    ...(project ? { project } : {}),
    ...(tag ? { tag } : {}),
    ...(since ? { since } : {}),
    ...(until ? { until } : {}),
  };
  const entries = useEntries(query);
  const competencies = useProfileCompetencies();
  const [deletedEntry, setDeletedEntry] = useState<Entry | null>(null);
  const undo = useRestore();

  return (
    <section aria-labelledby="entries-title" className="page">
      <h1 id="entries-title">Entries</h1>
      <search className="card filters" aria-label="Search and filter entries">
        <Field label="Search" hint="Words match by prefix: migrat finds migrated">
          <input type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </Field>
        <Field label="Kind">
          <select value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="">Any kind</option>
            {entryKindValues.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </Field>
        <Field label="Competency">
          <select value={competency} onChange={(e) => setCompetency(e.target.value)}>
            <option value="">Any competency</option>
            {competencies.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Project" hint="The whole name; case does not matter">
          <input value={projectText} onChange={(e) => setProject(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Tag" hint="As you typed it when logging">
          <input value={tagText} onChange={(e) => setTag(e.target.value)} autoComplete="off" />
        </Field>
        <Field label="Since">
          <input type="date" value={since} onChange={(e) => setSince(e.target.value)} />
        </Field>
        <Field label="Until">
          <input type="date" value={until} onChange={(e) => setUntil(e.target.value)} />
        </Field>
        <Field label="Deleted entries">
          <select value={deleted} onChange={(e) => setDeleted(e.target.value as NonNullable<Deleted>)}>
            {pathsApiV1EntriesGetParametersQueryDeletedValues.map((d) => (
              <option key={d} value={d}>
                {DELETED_LABELS[d]}
              </option>
            ))}
          </select>
        </Field>
      </search>
      {deletedEntry && (
        <div className="notice notice-ok" role="status">
          Deleted “{deletedEntry.title}”.{' '}
          <button
            type="button"
            disabled={undo.isPending}
            onClick={() => undo.mutate(deletedEntry, { onSuccess: () => setDeletedEntry(null) })}
          >
            Undo
          </button>
        </div>
      )}
      <ErrorNotice error={undo.error} title="Could not restore it." />
      {entries.isPending && <Loading what="entries" />}
      <ErrorNotice error={entries.error} title="Could not search." />
      {entries.data?.length === 0 && (
        <Empty>
          {q || kind || competency || project || tag || since || until || deleted !== 'exclude'
            ? 'No entry matches these filters.'
            : 'No entries yet: log your week, or press Ctrl+K to add one.'}
        </Empty>
      )}
      {entries.data && entries.data.length > 0 && (
        <>
          <p className="hint" role="status">
            {entries.data.length === 500 ? 'The latest 500 matches' : `${entries.data.length} entries`}
          </p>
          <ul className="entry-list">
            {entries.data.map((e) => (
              <EntryRow key={e.id} entry={e} onDeleted={setDeletedEntry} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
