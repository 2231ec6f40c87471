// A piece of peer feedback's fields (who, how you work together, on what, the text) and the form that
// records one; the answer shows whether it is specific (situation, behaviour, impact) or generic.
import { useState } from 'react';
import type { ApiError } from '../api/api-error';
import { api, call, type Schemas } from '../api/client';
import { peerFeedbackChanged } from '../api/queries';
import { recordPeerFeedbackInputRelationshipValues } from '../api/schema';
import { todayIso } from '../lib/dates';
import { useDraftEditor } from '../lib/use-draft-editor';
import { EntryPicker } from './entry-picker';
import { Field } from './field';
import { ErrorNotice } from './states';

type Relationship = NonNullable<Schemas['RecordPeerFeedbackInput']['relationship']>;

export interface PeerFeedbackDraft {
  from: string;
  relationship: Relationship;
  date: string;
  work: string;
  text: string;
  entryIds: string[];
}

/** Stored feedback as a draft to edit. */
export const draftOfPeerFeedback = (f: Schemas['PeerFeedback']): PeerFeedbackDraft => ({
  from: f.from,
  relationship: f.relationship,
  date: f.date,
  work: f.work,
  text: f.text,
  entryIds: f.entryIds,
});

/** The verdict on one piece of feedback, shown after saving and in the list. */
export function Verdict({ analysis }: { analysis: Schemas['PeerFeedbackAnalysis'] }) {
  return (
    <div className="verdict-box">
      <p>
        <span className={`label label-${analysis.specific ? 'specific' : 'generic'}`}>
          {analysis.specific ? 'specific' : 'generic'}
        </span>{' '}
        specificity {analysis.score} of 100
      </p>
      <ul>
        {analysis.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {analysis.suggestions.length > 0 && (
        <>
          <p>To make it stronger, ask them:</p>
          <ul>
            {analysis.suggestions.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

interface PeerFeedbackFieldsProps {
  draft: PeerFeedbackDraft;
  onChange: (draft: PeerFeedbackDraft) => void;
  error: ApiError | null;
}

export function PeerFeedbackFields({ draft, onChange: setDraft, error }: PeerFeedbackFieldsProps) {
  const problem = (field: string) => error?.forField(field);
  // Open when entries are already chosen; after that it stays as the person leaves it.
  const [showEntries, setShowEntries] = useState(draft.entryIds.length > 0);
  return (
    <>
      <div className="form-grid">
        <Field label="From" problem={problem('from')}>
          <input value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} required />
        </Field>
        <Field label="They are your" problem={problem('relationship')}>
          <select
            value={draft.relationship}
            onChange={(e) => setDraft({ ...draft, relationship: e.target.value as Relationship })}
          >
            {recordPeerFeedbackInputRelationshipValues.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </Field>
        <Field label="Date" problem={problem('date')}>
          <input
            type="date"
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          />
        </Field>
        <Field
          label="On which work"
          hint="The project or piece of work it is about"
          problem={problem('work')}
        >
          <input value={draft.work} onChange={(e) => setDraft({ ...draft, work: e.target.value })} />
        </Field>
      </div>
      <Field label="What they wrote" problem={problem('text')}>
        <textarea
          rows={4}
          value={draft.text}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
        />
      </Field>
      <details open={showEntries} onToggle={(e) => setShowEntries(e.currentTarget.open)}>
        <summary>
          Log entries it speaks to
          {draft.entryIds.length > 0 && ` (${draft.entryIds.length})`}
        </summary>
        <EntryPicker
          legend="Entries this feedback is evidence for"
          selected={draft.entryIds}
          onChange={(entryIds) => setDraft({ ...draft, entryIds })}
          problem={problem('entryIds')}
        />
      </details>
    </>
  );
}

export function PeerFeedbackForm() {
  const initial: PeerFeedbackDraft = {
    from: '',
    relationship: 'teammate',
    date: todayIso(),
    work: '',
    text: '',
    entryIds: [],
  };
  const { draft, setDraft, save } = useDraftEditor({
    draftKey: 'peer-feedback',
    initial,
    send: (d) => call(api.POST('/api/v1/peer-feedback', { body: d })),
    changed: peerFeedbackChanged,
  });
  return (
    <form
      className="card"
      aria-labelledby="add-feedback-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="add-feedback-title">Record feedback</h2>
      {save.isSuccess && (
        <div className="notice notice-ok" role="status">
          <p>Recorded the feedback from {save.data.from}.</p>
          <Verdict analysis={save.data.analysis} />
        </div>
      )}
      <ErrorNotice error={save.error} title="Not recorded; what you typed is kept." />
      <PeerFeedbackFields draft={draft} onChange={setDraft} error={save.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Record feedback'}
        </button>
      </div>
    </form>
  );
}
