// Recording progress on a goal: the percentage, when, what moved and a new status; the text is kept until saved.
import { api, call, type Schemas } from '../api/client';
import { analysisChanged } from '../api/queries';
import { addCheckInInputStatusValues } from '../api/schema';
import { todayIso } from '../lib/dates';
import { useDraftEditor } from '../lib/use-draft-editor';
import { Field } from './field';
import { ErrorNotice } from './states';

type Goal = Schemas['ReviewedGoal'];
type Status = Goal['status'];

export function CheckInForm({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const { draft, setDraft, save } = useDraftEditor({
    draftKey: `check-in-${goal.id}`,
    initial: {
      progress: String(goal.progress),
      date: todayIso(),
      note: '',
      status: '' as Status | '',
    },
    send: (d) =>
      call(
        api.POST('/api/v1/goals/{id}/check-ins', {
          params: { path: { id: goal.id } },
          body: {
            date: d.date,
            progress: Number(d.progress),
            note: d.note,
            ...(d.status ? { status: d.status } : {}),
          },
        }),
      ),
    changed: analysisChanged,
    onDone,
  });
  return (
    <form
      className="editor"
      aria-label={`Check in on “${goal.title}”`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <ErrorNotice error={save.error} title="Not saved; your check-in is kept." />
      <div className="form-grid">
        <Field label="Progress (%)" problem={save.error?.forField('progress')}>
          <input
            type="number"
            min={0}
            max={100}
            step={5}
            value={draft.progress}
            onChange={(e) => setDraft({ ...draft, progress: e.target.value })}
          />
        </Field>
        <Field label="Date" problem={save.error?.forField('date')}>
          <input
            type="date"
            value={draft.date}
            onChange={(e) => setDraft({ ...draft, date: e.target.value })}
          />
        </Field>
        <Field label="What moved" problem={save.error?.forField('note')}>
          <input value={draft.note} onChange={(e) => setDraft({ ...draft, note: e.target.value })} />
        </Field>
        <Field label="New status" problem={save.error?.forField('status')}>
          <select
            value={draft.status}
            onChange={(e) => setDraft({ ...draft, status: e.target.value as Status })}
          >
            <option value="">unchanged ({goal.status})</option>
            {addCheckInInputStatusValues.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </Field>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save check-in'}
        </button>
      </div>
    </form>
  );
}
