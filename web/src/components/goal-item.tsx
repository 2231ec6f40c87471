// One goal: status, progress, due date, flags, the quality check (what each missing criterion needs),
// its check-ins, and a check-in form whose text is kept until saved.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call, type Schemas } from '../api/client';
import { analysisChanged } from '../api/queries';
import { addCheckInInputStatusValues } from '../api/schema';
import { formatDate, todayIso } from '../lib/dates';
import { useDraft } from '../lib/use-draft';
import { Field } from './field';
import { ErrorNotice } from './states';

type Goal = Schemas['ReviewedGoal'];
type Status = Goal['status'];

function CheckInForm({ goal, onDone }: { goal: Goal; onDone: () => void }) {
  const client = useQueryClient();
  const [draft, setDraft, clearDraft] = useDraft(`check-in-${goal.id}`, {
    progress: String(goal.progress),
    note: '',
    status: '' as Status | '',
  });
  const save = useMutation({
    mutationFn: () =>
      call(
        api.POST('/api/v1/goals/{id}/check-ins', {
          params: { path: { id: goal.id } },
          body: {
            date: todayIso(),
            progress: Number(draft.progress),
            note: draft.note,
            ...(draft.status ? { status: draft.status } : {}),
          },
        }),
      ),
    onSuccess: async () => {
      clearDraft();
      await analysisChanged(client);
      onDone();
    },
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

export function GoalItem({ goal }: { goal: Goal }) {
  const [checkingIn, setCheckingIn] = useState(false);
  const missing = goal.quality.checks.filter((c) => !c.ok);
  const last = goal.checkIns.at(-1);
  return (
    <li className="goal card">
      <h2 className="goal-title">{goal.title}</h2>
      <p>
        <span className="label">{goal.status}</span>{' '}
        <span className="labels">
          {goal.flags.map((f) => (
            <span key={f.flag} className="label label-flag">
              {f.flag}
            </span>
          ))}
        </span>{' '}
        {goal.progress}% done{goal.due ? `, due ${goal.due}` : ', no due date'}
        {goal.competencies.length > 0 && ` · ${goal.competencies.join(', ')}`}
      </p>
      <progress max={100} value={goal.progress} aria-label={`Progress of “${goal.title}”`} />
      {goal.flags.map((f) => (
        <p key={f.flag} className="problem">
          {f.reason}
        </p>
      ))}
      {goal.deliverable && <p>Deliverable: {goal.deliverable}</p>}
      <p className={missing.length ? 'quality quality-weak' : 'quality'}>
        Quality: meets {goal.quality.score} of 4 checks
        {missing.length === 0 ? '.' : ':'}
      </p>
      {missing.length > 0 && (
        <ul className="quality-list">
          {missing.map((c) => (
            <li key={c.criterion}>
              <strong>Not {c.criterion}</strong>: {c.reason}
              {c.suggestion && <>; {c.suggestion}</>}.
            </li>
          ))}
        </ul>
      )}
      {last && (
        <p className="hint">
          Last check-in {formatDate(last.date)}: {last.progress}%{last.note ? `, ${last.note}` : ''} (
          {goal.checkIns.length} in all).
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={() => setCheckingIn(!checkingIn)} aria-expanded={checkingIn}>
          {checkingIn ? 'Close check-in' : 'Check in'}
          <span className="visually-hidden"> on “{goal.title}”</span>
        </button>
      </div>
      {checkingIn && <CheckInForm goal={goal} onDone={() => setCheckingIn(false)} />}
    </li>
  );
}
