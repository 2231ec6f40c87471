// One piece of peer feedback received: who, on what, the text and its verdict; editing it in place (a
// draft until saved), deleting and restoring it.
import { api, call, type Schemas } from '../api/client';
import { peerFeedbackChanged } from '../api/queries';
import { formatDate } from '../lib/dates';
import { useDraftEditor } from '../lib/use-draft-editor';
import { useEditorToggle } from '../lib/use-editor-toggle';
import { EditorForm } from './editor-form';
import { draftOfPeerFeedback, PeerFeedbackFields, Verdict } from './peer-feedback-form';
import { RecordActions } from './record-actions';
import type { RecordDeletion } from './record-deletion';

type Feedback = Schemas['PeerFeedbackWithAnalysis'];

/** How a piece of feedback is named to screen readers and in the Undo notice. */
export const feedbackName = (f: { from: string; date: string }) =>
  `the feedback from ${f.from} of ${formatDate(f.date)}`;

function PeerFeedbackEditor({ feedback, onDone }: { feedback: Feedback; onDone: () => void }) {
  const draftKey = `edit-peer-feedback-${feedback.id}`;
  const { draft, setDraft, save, discard } = useDraftEditor({
    draftKey,
    initial: draftOfPeerFeedback(feedback),
    send: (draft) =>
      call(api.PATCH('/api/v1/peer-feedback/{id}', { params: { path: { id: feedback.id } }, body: draft })),
    changed: peerFeedbackChanged,
    onDone,
  });
  return (
    <EditorForm name={`Edit ${feedbackName(feedback)}`} save={save} draftKey={draftKey} onDiscard={discard}>
      <PeerFeedbackFields draft={draft} onChange={setDraft} error={save.error} />
    </EditorForm>
  );
}

export function PeerFeedbackItem({
  feedback: f,
  deletion,
}: {
  feedback: Feedback;
  deletion: RecordDeletion<Schemas['PeerFeedback']>;
}) {
  const { editing, toggle, close, editButton } = useEditorToggle();
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
      <RecordActions
        record={f}
        name={feedbackName(f)}
        deletion={deletion}
        editing={editing}
        onToggleEdit={toggle}
        editButton={editButton}
      />
      {editing && !deleted && <PeerFeedbackEditor feedback={f} onDone={close} />}
    </li>
  );
}
