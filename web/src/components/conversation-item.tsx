// One recorded conversation: its feedback judged actionable or vague (with follow-up questions), the
// criteria agreed; editing it in place (a draft until saved), deleting and restoring it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { api, call, type Schemas } from '../api/client';
import { conversationsChanged } from '../api/queries';
import { formatDate } from '../lib/dates';
import { useDraft } from '../lib/use-draft';
import { ConversationFields, conversationInputOf, draftOfConversation } from './conversation-form';
import { DeleteButton, type RecordDeletion } from './record-deletion';
import { ResumedDraft } from './resumed-draft';
import { ErrorNotice } from './states';

type Conversation = Schemas['ConversationWithAnalysis'];

function ConversationEditor({ conversation, onDone }: { conversation: Conversation; onDone: () => void }) {
  const client = useQueryClient();
  const draftKey = `edit-conversation-${conversation.id}`;
  const [draft, setDraft, clearDraft] = useDraft(draftKey, draftOfConversation(conversation));
  const save = useMutation({
    mutationFn: () =>
      call(
        api.PATCH('/api/v1/conversations/{id}', {
          params: { path: { id: conversation.id } },
          body: conversationInputOf(draft),
        }),
      ),
    onSuccess: async () => {
      clearDraft();
      await conversationsChanged(client);
      onDone();
    },
  });
  return (
    <form
      className="editor"
      aria-label={`Edit the conversation of ${formatDate(conversation.date)} with ${conversation.with}`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ResumedDraft draftKey={draftKey} />
      <ErrorNotice error={save.error} title="Not saved; your changes are kept." />
      <ConversationFields draft={draft} onChange={setDraft} error={save.error} />
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
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // A saved edit closes; focus goes back to the Edit button, not to the top of the page.
  const close = () => {
    editButton.current?.focus();
    setEditing(false);
  };
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
      <div className="actions">
        {!deleted && (
          <button type="button" ref={editButton} onClick={() => setEditing(!editing)} aria-expanded={editing}>
            {editing ? 'Close editor' : 'Edit'}
            <span className="visually-hidden"> {conversationName(c)}</span>
          </button>
        )}
        <DeleteButton deletion={deletion} record={c} name={conversationName(c)} />
      </div>
      {editing && !deleted && <ConversationEditor conversation={c} onDone={close} />}
    </li>
  );
}
