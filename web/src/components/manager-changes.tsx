// Manager history: every recorded change (a new manager may reset the promotion clock), recording one
// (the profile follows), deleting one with Undo, and "Show deleted" to restore one later.
import { useState } from 'react';
import { api, call, type Schemas } from '../api/client';
import { managerChanged, useManagerChanges } from '../api/people-queries';
import type { Deleted } from '../api/queries';
import { formatDate, todayIso } from '../lib/dates';
import { useDraftEditor } from '../lib/use-draft-editor';
import { Field } from './field';
import { DeleteButton, UndoDelete, useRecordDeletion } from './record-deletion';
import { ShowDeleted } from './show-deleted';
import { Empty, ErrorNotice, Loading, Saved } from './states';

type ManagerChange = Schemas['ManagerChange'];

const changeName = (c: ManagerChange) => `the change to ${c.name} on ${formatDate(c.date)}`;

function ManagerChangeForm() {
  const { draft, setDraft, save } = useDraftEditor({
    draftKey: 'manager-change',
    initial: { name: '', date: todayIso(), note: '' },
    send: (d) =>
      call(
        api.POST('/api/v1/manager-changes', {
          // The previous manager is the profile's, read by the server in the same transaction.
          body: { name: d.name, date: d.date, note: d.note },
        }),
      ),
    changed: managerChanged,
  });
  const problem = (field: string) => save.error?.forField(field);
  return (
    <form
      className="editor"
      aria-label="Record a new manager"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h3>Record a new manager</h3>
      {save.isSuccess && <Saved>{save.data.name} is now your manager in your profile.</Saved>}
      <ErrorNotice error={save.error} title="Not recorded; what you typed is kept." />
      <div className="form-grid">
        <Field label="New manager" problem={problem('name')}>
          <input
            value={draft.name}
            onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            autoComplete="off"
            required
          />
        </Field>
        <Field label="Since" problem={problem('date')}>
          <input
            type="date"
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          />
        </Field>
        <Field label="Note" hint="Why it changed, what was handed over" problem={problem('note')}>
          <input
            value={draft.note}
            onChange={(e) => setDraft({ ...draft, note: e.target.value })}
            autoComplete="off"
          />
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Record the change'}
        </button>
      </div>
    </form>
  );
}

export function ManagerChanges({ current }: { current: string }) {
  const [deleted, setDeleted] = useState<Deleted>('exclude');
  const changes = useManagerChanges(deleted);
  const deletion = useRecordDeletion<ManagerChange>({
    remove: (id) => call(api.DELETE('/api/v1/manager-changes/{id}', { params: { path: { id } } })),
    restore: (id) => call(api.POST('/api/v1/manager-changes/{id}/restore', { params: { path: { id } } })),
    changed: managerChanged,
  });
  const list = changes.data ?? [];
  return (
    <section className="card" aria-labelledby="managers-title">
      <h2 id="managers-title">Your managers</h2>
      <p className="hint">
        {current ? `Your manager now: ${current}. ` : 'No manager in your profile yet. '}A new manager starts
        without your history: write down what was agreed and hand over your case.
      </p>
      <ShowDeleted what="manager changes" deleted={deleted} onChange={setDeleted} />
      <UndoDelete deletion={deletion} nameOf={changeName} />
      {changes.isPending && <Loading what="your manager history" />}
      <ErrorNotice error={changes.error} title="Could not load your manager history." />
      {changes.data && list.length === 0 && (
        <Empty>
          {deleted === 'include' ? 'No change of manager, deleted or not.' : 'No change of manager recorded.'}
        </Empty>
      )}
      {list.length > 0 && (
        <ul className="goal-list">
          {[...list].reverse().map((c) => (
            <li key={c.id} className={c.deletedAt ? 'deleted' : undefined}>
              <strong>{c.name}</strong> since {formatDate(c.date)}
              {c.deletedAt && (
                <>
                  {' '}
                  <span className="label label-deleted">deleted</span>
                </>
              )}
              {c.previous && <span className="hint"> (before: {c.previous})</span>}
              {c.note && <p>{c.note}</p>}
              <div className="actions">
                <DeleteButton deletion={deletion} record={c} name={changeName(c)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <ManagerChangeForm />
    </section>
  );
}
