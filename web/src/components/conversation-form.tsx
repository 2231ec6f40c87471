// A conversation's fields (who, when, the kind, the notes, each piece of feedback on a line of its own so
// each is judged, the criteria agreed in writing), and the form that records one; the text is a draft
// until saved.
import type { ApiError } from '../api/api-error';
import { api, call, type Schemas } from '../api/client';
import { conversationsChanged } from '../api/queries';
import { createConversationInputTypeValues } from '../api/schema';
import { todayIso } from '../lib/dates';
import { useDraftEditor } from '../lib/use-draft-editor';
import { Field } from './field';
import { ErrorNotice, Saved } from './states';

type ConversationType = NonNullable<Schemas['CreateConversationInput']['type']>;
export const TYPE_LABELS: Record<ConversationType, string> = {
  career: 'Career conversation',
  'check-in': 'Regular 1:1',
  feedback: 'Feedback',
};

export interface ConversationDraft {
  with: string;
  date: string;
  type: ConversationType;
  notes: string;
  feedback: string;
  criteria: string;
  goalStated: boolean;
  nextCheckIn: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** A stored conversation as a draft to edit: lists become one item per line again. */
export const draftOfConversation = (c: Schemas['Conversation']): ConversationDraft => ({
  with: c.with,
  date: c.date,
  type: c.type,
  notes: c.notes,
  feedback: c.feedback.join('\n'),
  criteria: c.criteria.join('\n'),
  goalStated: c.goalStated,
  nextCheckIn: c.nextCheckIn ?? '',
});

export const conversationInputOf = (d: ConversationDraft) => ({
  with: d.with,
  date: d.date,
  type: d.type,
  notes: d.notes,
  feedback: lines(d.feedback),
  criteria: lines(d.criteria),
  goalStated: d.goalStated,
  nextCheckIn: d.nextCheckIn || null,
});

interface ConversationFieldsProps {
  draft: ConversationDraft;
  onChange: (draft: ConversationDraft) => void;
  error: ApiError | null;
}

export function ConversationFields({ draft, onChange: setDraft, error }: ConversationFieldsProps) {
  const problem = (field: string) => error?.forField(field);
  return (
    <>
      <div className="form-grid">
        <Field label="With" problem={problem('with')}>
          <input value={draft.with} onChange={(e) => setDraft({ ...draft, with: e.target.value })} required />
        </Field>
        <Field label="Date" problem={problem('date')}>
          <input
            type="date"
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          />
        </Field>
        <Field label="Kind of conversation" problem={problem('type')}>
          <select
            value={draft.type}
            onChange={(e) => setDraft({ ...draft, type: e.target.value as ConversationType })}
          >
            {createConversationInputTypeValues.map((t) => (
              <option key={t} value={t}>
                {TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Next check-in" problem={problem('nextCheckIn')}>
          <input
            type="date"
            value={draft.nextCheckIn}
            onChange={(e) => setDraft({ ...draft, nextCheckIn: e.target.value })}
          />
        </Field>
      </div>
      <Field label="Notes" problem={problem('notes')}>
        <textarea
          rows={3}
          value={draft.notes}
          onChange={(e) => setDraft({ ...draft, notes: e.target.value })}
        />
      </Field>
      <Field
        label="Feedback you were given"
        hint="One statement per line, in your manager's words; each is checked for whether you can act on it"
        problem={problem('feedback')}
      >
        <textarea
          rows={3}
          value={draft.feedback}
          onChange={(e) => setDraft({ ...draft, feedback: e.target.value })}
        />
      </Field>
      <Field
        label="Criteria agreed in writing"
        hint="One per line: what you must show for the promotion"
        problem={problem('criteria')}
      >
        <textarea
          rows={2}
          value={draft.criteria}
          onChange={(e) => setDraft({ ...draft, criteria: e.target.value })}
        />
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.goalStated}
          onChange={(e) => setDraft({ ...draft, goalStated: e.target.checked })}
        />{' '}
        I said I am aiming for the next level in this conversation
      </label>
    </>
  );
}

export function ConversationForm({ manager }: { manager: string }) {
  const initial: ConversationDraft = {
    with: manager,
    date: todayIso(),
    type: 'check-in',
    notes: '',
    feedback: '',
    criteria: '',
    goalStated: false,
    nextCheckIn: '',
  };
  const { draft, setDraft, save } = useDraftEditor({
    draftKey: 'conversation',
    initial,
    send: (d) => call(api.POST('/api/v1/conversations', { body: conversationInputOf(d) })),
    changed: conversationsChanged,
  });
  return (
    <form
      className="card"
      aria-labelledby="add-conversation-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="add-conversation-title">Record a conversation</h2>
      {save.isSuccess && (
        <Saved>
          Recorded the conversation with {save.data.with}
          {save.data.feedback.length > 0 && '; its feedback is checked in the list below'}.
        </Saved>
      )}
      <ErrorNotice error={save.error} title="Not recorded; what you typed is kept." />
      <ConversationFields draft={draft} onChange={setDraft} error={save.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Record conversation'}
        </button>
      </div>
    </form>
  );
}
