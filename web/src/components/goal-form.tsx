// A goal's fields (what it is, the gap it closes, the deliverable, who will see it, the impact, when it is
// due), and the form that adds one; its text is kept as a draft until the server has it.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ApiError } from '../api/api-error';
import { api, call, type Schemas } from '../api/client';
import { analysisChanged } from '../api/queries';
import { createGoalInputStatusValues } from '../api/schema';
import { Field, splitList } from './field';
import { ErrorNotice, Saved } from './states';

export interface GoalDraft {
  title: string;
  competencies: string;
  gap: string;
  deliverable: string;
  vouchers: string;
  impact: string;
  due: string;
  status: NonNullable<Schemas['CreateGoalInput']['status']>;
}

export const blankGoal = (): GoalDraft => ({
  title: '',
  competencies: '',
  gap: '',
  deliverable: '',
  vouchers: '',
  impact: '',
  due: '',
  status: 'planned',
});

/** A suggested goal as a draft to finish (the deliverable, the people and the impact are the person's). */
export const draftOfSuggestion = (goal: Schemas['CreateGoalInput']): GoalDraft => ({
  ...blankGoal(),
  title: goal.title,
  competencies: (goal.competencies ?? []).join(', '),
  gap: goal.gap ?? '',
  deliverable: goal.deliverable ?? '',
  vouchers: (goal.vouchers ?? []).join(', '),
  impact: goal.impact ?? '',
  due: goal.due ?? '',
  status: goal.status ?? 'planned',
});

/** A stored goal as a draft to edit. */
export const draftOfGoal = (goal: Schemas['Goal']): GoalDraft => ({
  title: goal.title,
  competencies: goal.competencies.join(', '),
  gap: goal.gap,
  deliverable: goal.deliverable,
  vouchers: goal.vouchers.join(', '),
  impact: goal.impact,
  due: goal.due ?? '',
  status: goal.status,
});

export const inputOf = (d: GoalDraft): Schemas['CreateGoalInput'] => ({
  title: d.title,
  competencies: splitList(d.competencies),
  gap: d.gap,
  deliverable: d.deliverable,
  vouchers: splitList(d.vouchers),
  impact: d.impact,
  due: d.due.trim() || null,
  status: d.status,
});

interface GoalFormProps {
  draft: GoalDraft;
  onChange: (draft: GoalDraft) => void;
  onSaved: () => void;
  competencyHint?: string | undefined;
}

interface GoalFieldsProps {
  draft: GoalDraft;
  onChange: (draft: GoalDraft) => void;
  error: ApiError | null;
  competencyHint?: string | undefined;
}

/** The fields of a goal, each with the server's problem beside it. */
export function GoalFields({ draft, onChange, error, competencyHint }: GoalFieldsProps) {
  const problem = (field: string) => error?.forField(field);
  const text = (key: Exclude<keyof GoalDraft, 'status'>) => ({
    value: draft[key],
    onChange: (e: { target: { value: string } }) => onChange({ ...draft, [key]: e.target.value }),
  });
  return (
    <div className="form-grid">
      <Field label="Goal" problem={problem('title')}>
        <input {...text('title')} required autoComplete="off" />
      </Field>
      <Field label="Deliverable" hint="What will exist at the end" problem={problem('deliverable')}>
        <input {...text('deliverable')} autoComplete="off" />
      </Field>
      <Field label="Impact" hint="Who gains what" problem={problem('impact')}>
        <input {...text('impact')} autoComplete="off" />
      </Field>
      <Field label="Who will vouch for it" hint="Comma-separated names" problem={problem('vouchers')}>
        <input {...text('vouchers')} autoComplete="off" />
      </Field>
      <Field label="Due" hint="A date (2027-03-31) or a quarter (2027-Q1)" problem={problem('due')}>
        <input {...text('due')} autoComplete="off" />
      </Field>
      <Field
        label="Competencies"
        hint={competencyHint ?? 'Comma-separated ids'}
        problem={problem('competencies')}
      >
        <input {...text('competencies')} autoComplete="off" />
      </Field>
      <Field label="The gap it closes" problem={problem('gap')}>
        <input {...text('gap')} autoComplete="off" />
      </Field>
      <Field label="Status" problem={problem('status')}>
        <select
          value={draft.status}
          onChange={(e) => onChange({ ...draft, status: e.target.value as GoalDraft['status'] })}
        >
          {createGoalInputStatusValues.map((s) => (
            <option key={s}>{s}</option>
          ))}
        </select>
      </Field>
    </div>
  );
}

export function GoalForm({ draft, onChange, onSaved, competencyHint }: GoalFormProps) {
  const client = useQueryClient();
  const save = useMutation({
    mutationFn: () => call(api.POST('/api/v1/goals', { body: inputOf(draft) })),
    onSuccess: async () => {
      onSaved();
      await analysisChanged(client);
    },
  });
  return (
    <form
      className="card"
      aria-labelledby="add-goal-title"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="add-goal-title">Add a goal</h2>
      <p className="hint">
        A goal a committee can check is concrete (a result, not an effort), visible (someone will vouch for
        it), impactful (says what it changes) and time-bound.
      </p>
      {save.isSuccess && (
        <Saved>
          Added “{save.data.title}”: it meets {save.data.quality.score} of 4 checks.
        </Saved>
      )}
      <ErrorNotice error={save.error} title="Not added; what you typed is kept." />
      <GoalFields draft={draft} onChange={onChange} error={save.error} competencyHint={competencyHint} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Add goal'}
        </button>
      </div>
    </form>
  );
}
