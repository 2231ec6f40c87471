// Peer feedback: whom to ask and a request text for each (copied, never sent), recording what came back
// with its specific/generic verdict, and everything received, to edit, delete and restore.
import { useState } from 'react';
import { api, call, type Schemas } from '../api/client';
import { type Deleted, peerFeedbackChanged, usePeerFeedback, useRequestKit } from '../api/queries';
import { CopyText } from '../components/copy-text';
import { Field } from '../components/field';
import { PeerFeedbackForm } from '../components/peer-feedback-form';
import { feedbackName, PeerFeedbackItem } from '../components/peer-feedback-item';
import { UndoDelete, useRecordDeletion } from '../components/record-deletion';
import { ShowDeleted } from '../components/show-deleted';
import { Empty, ErrorNotice, Loading } from '../components/states';

/** How many people the kit may suggest (the CLI's --limit; the server's default is 6). */
const KIT_SIZES = [3, 6, 10, 20] as const;

function RequestKit() {
  const [limit, setLimit] = useState(6);
  const kit = useRequestKit(limit);
  const k = kit.data;
  return (
    <section className="card" aria-labelledby="kit-title">
      <h2 id="kit-title">Whom to ask</h2>
      <Field label="How many people to suggest">
        <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
          {KIT_SIZES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </Field>
      {kit.isPending && <Loading what="the request kit" />}
      <ErrorNotice error={kit.error} title="Could not put the request kit together." />
      {k && (
        <>
          {k.focus.length > 0 && <p>Ask about: {k.focus.map((f) => f.name).join(', ')}.</p>}
          {k.notes.map((n) => (
            <p key={n} className="hint">
              {n}
            </p>
          ))}
          {k.requests.length === 0 && <Empty>Nobody to suggest yet.</Empty>}
          <ul className="request-list">
            {k.requests.map((r) => (
              <li key={r.peer} className="request">
                <h3>{r.peer}</h3>
                <p>{r.why}.</p>
                <CopyText label={`Request to ${r.peer}`} text={r.message} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Received() {
  const [deleted, setDeleted] = useState<Deleted>('exclude');
  const feedback = usePeerFeedback(deleted);
  const deletion = useRecordDeletion<Schemas['PeerFeedback']>({
    remove: (id) => call(api.DELETE('/api/v1/peer-feedback/{id}', { params: { path: { id } } })),
    restore: (id) => call(api.POST('/api/v1/peer-feedback/{id}/restore', { params: { path: { id } } })),
    changed: peerFeedbackChanged,
  });
  const shown = feedback.data ?? [];
  const live = shown.filter((f) => !f.deletedAt);
  const specific = live.filter((f) => f.analysis.specific).length;
  return (
    <section aria-labelledby="received-title">
      <h2 id="received-title">Received</h2>
      <ShowDeleted what="feedback" deleted={deleted} onChange={setDeleted} />
      <UndoDelete deletion={deletion} nameOf={feedbackName} />
      {feedback.isPending && <Loading what="your feedback" />}
      <ErrorNotice error={feedback.error} title="Could not load your feedback." />
      {feedback.data && shown.length === 0 && <Empty>No peer feedback recorded yet.</Empty>}
      {shown.length > 0 && (
        <>
          <p role="status">
            {specific} of {live.length} specific enough for a committee.
          </p>
          <ul className="conversation-list">
            {[...shown]
              .sort((a, b) => b.date.localeCompare(a.date))
              .map((f) => (
                <PeerFeedbackItem key={f.id} feedback={f} deletion={deletion} />
              ))}
          </ul>
        </>
      )}
    </section>
  );
}

export function PeerFeedbackPage() {
  return (
    <section aria-labelledby="peer-title" className="page">
      <h1 id="peer-title">Peer feedback</h1>
      <p className="lead">
        A committee trusts feedback that names a situation, a behaviour and its impact. Ask the people you
        worked with, about that work; promocase writes the request, you send it.
      </p>
      <RequestKit />
      <PeerFeedbackForm />
      <Received />
    </section>
  );
}
