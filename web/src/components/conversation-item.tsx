// One recorded conversation: its feedback judged actionable or vague (with follow-up questions), the
// criteria agreed; editing it in place (a draft until saved), deleting and restoring it.
import { api, call, type Schemas } from '../api/client';
import { conversationsChanged } from '../api/queries';
import { formatDate } from '../lib/dates';
import { useDraftEditor } from '../lib/use-draft-editor';
import { useEditorToggle } from '../lib/use-editor-toggle';
import { ConversationFields, conversationInputOf, draftOfConversation } from './conversation-form';
import { EditorForm } from './editor-form';
import { RecordActions } from './record-actions';
import type { RecordDeletion } from './record-deletion';

type Conversation = Schemas['ConversationWithAnalysis'];

function ConversationEditor({ conversation, onDone }: { conversation: Conversation; onDone: () => void }) {
  const draftKey = `edit-conversation-${conversation.id}`;
  const { draft, setDraft, save, discard } = useDraftEditor({
    draftKey,
    initial: draftOfConversation(conversation),
    send: (draft) =>
      call(
        api.PATCH('/api/v1/conversations/{id}', {
          params: { path: { id: conversation.id } },
          body: conversationInputOf(draft),
        }),
      ),
    changed: conversationsChanged,
    onDone,
  });
  return (
    <EditorForm
      name={`Edit the conversation of ${formatDate(conversation.date)} with ${conversation.with}`}
      save={save}
      draftKey={draftKey}
      onDiscard={discard}
    >
      <ConversationFields draft={draft} onChange={setDraft} error={save.error} />
    </EditorForm>
  );
}

function FeedbackList({ conversation: c }: { conversation: Conversation }) {
  return (
    <ul className="feedback-list">
      {c.feedback.map((statement, i) => {
        const analysis = c.feedbackAnalysis[i];
        const actionable = analysis?.actionable ?? true;
        return (
          <li key={statement}>
            {actionable ? <q>{statement}</q> : <mark>“{statement}”</mark>}{' '}
            <span className={`label label-${actionable ? 'actionable' : 'vague'}`}>
              {actionable ? 'actionable' : 'vague'}
            </span>
            {!actionable && analysis && analysis.followUpQuestions.length > 0 && (
              <details>
                <summary>Follow-up questions</summary>
                <ul>
                  {analysis.followUpQuestions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              </details>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** How a conversation is named to screen readers and in the Undo notice. */
export const conversationName = (c: { date: string; with: string }) =>
  `the conversation of ${formatDate(c.date)} with ${c.with}`;

export function ConversationItem({
  conversation: c,
  deletion,
}: {
  conversation: Conversation;
  deletion: RecordDeletion<Schemas['Conversation']>;
}) {
  const { editing, toggle, close, editButton } = useEditorToggle();
  const deleted = !!c.deletedAt;
  return (
    <li className={deleted ? 'card conversation deleted' : 'card conversation'}>
      <h3>
        {formatDate(c.date)}, {c.with} <span className="label">{c.type}</span>
        {deleted && <span className="label label-deleted">deleted</span>}
      </h3>
      {c.notes && <p>{c.notes}</p>}
      {c.feedback.length > 0 && <FeedbackList conversation={c} />}
      {c.criteria.length > 0 && <p>Criteria agreed: {c.criteria.join(' ')}</p>}
      {c.goalStated && <p className="hint">You stated your promotion goal.</p>}
      {c.nextCheckIn && <p className="hint">Next check-in agreed: {formatDate(c.nextCheckIn)}.</p>}
      <RecordActions
        record={c}
        name={conversationName(c)}
        deletion={deletion}
        editing={editing}
        onToggleEdit={toggle}
        editButton={editButton}
      />
      {editing && !deleted && <ConversationEditor conversation={c} onDone={close} />}
    </li>
  );
}
