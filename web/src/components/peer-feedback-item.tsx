// One piece of peer feedback received: who, on what, the text and its verdict; editing it in place (a
// draft until saved), deleting and restoring it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, call, type Schemas } from '../api/client';
import { peerFeedbackChanged } from '../api/queries';
import { formatDate } from '../lib/dates';
import { useDraft } from '../lib/use-draft';
import { draftOfPeerFeedback, PeerFeedbackFields, Verdict } from './peer-feedback-form';
import { DeleteButton, type RecordDeletion } from './record-deletion';
import { ResumedDraft } from './resumed-draft';
import { ErrorNotice } from './states';

type Feedback = Schemas['PeerFeedbackWithAnalysis'];

/** How a piece of feedback is named to screen readers and in the Undo notice. */
export const feedbackName = (f: { from: string; date: string }) =>
  `the feedback from ${f.from} of ${formatDate(f.date)}`;

function PeerFeedbackEditor({ feedback, onDone }: { feedback: Feedback; onDone: () => void }) {
  const client = useQueryClient();
  const draftKey = `edit-peer-feedback-${feedback.id}`;
  const [draft, setDraft, clearDraft] = useDraft(draftKey, draftOfPeerFeedback(feedback));
  const save = useMutation({
    mutationFn: () =>
      call(api.PATCH('/api/v1/peer-feedback/{id}', { params: { path: { id: feedback.id } }, body: draft })),
    onSuccess: async () => {
      clearDraft();
      await peerFeedbackChanged(client);
      onDone();
    },
  });
  return (
    <form
      className="editor"
      aria-label={`Edit ${feedbackName(feedback)}`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ResumedDraft draftKey={draftKey} />
      <ErrorNotice error={save.error} title="Not saved; your changes are kept." />
      <PeerFeedbackFields draft={draft} onChange={setDraft} error={save.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save changes'}
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

export function PeerFeedbackItem({
  feedback: f,
  deletion,
}: {
  feedback: Feedback;
  deletion: RecordDeletion<Schemas['PeerFeedback']>;
}) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // A saved edit closes; focus goes back to the Edit button, not to the top of the page.
  const close = () => {
    editButton.current?.focus();
    setEditing(false);
  };
  const deleted = !!f.deletedAt;
  return (
    <li className={deleted ? 'card deleted' : 'card'}>
      <h3>
        {f.from} ({f.relationship}), {formatDate(f.date)}
        {f.work && `, on ${f.work}`}
        {deleted && <span className="label label-deleted">deleted</span>}
      </h3>
      <blockquote>{f.text}</blockquote>
      <Verdict analysis={f.analysis} />
      {f.entryIds.length > 0 && (
        <p className="hint">
          Evidence for {f.entryIds.length} log {f.entryIds.length === 1 ? 'entry' : 'entries'}.
        </p>
      )}
      <div className="actions">
        {!deleted && (
          <button type="button" ref={editButton} onClick={() => setEditing(!editing)} aria-expanded={editing}>
            {editing ? 'Close editor' : 'Edit'}
            <span className="visually-hidden"> {feedbackName(f)}</span>
          </button>
        )}
        <DeleteButton deletion={deletion} record={f} name={feedbackName(f)} />
      </div>
      {editing && !deleted && <PeerFeedbackEditor feedback={f} onDone={close} />}
    </li>
  );
}
