// Goals: each with its quality check, flags, progress, check-ins and linked entries; editing, deleting
// and restoring them; adding one, or creating a goal suggested from the gap list in one click.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, call, type Schemas } from '../api/client';
import {
  analysisChanged,
  type Deleted,
  useGoalSuggestions,
  useGoals,
  useProfileCompetencies,
} from '../api/queries';
import { competencyHint } from '../components/entry-form';
import { blankGoal, draftOfSuggestion, GoalForm } from '../components/goal-form';
import { GoalItem } from '../components/goal-item';
import { UndoDelete, useRecordDeletion } from '../components/record-deletion';
import { ShowDeleted } from '../components/show-deleted';
import { Empty, ErrorNotice, Loading, Saved } from '../components/states';
import { useDraft } from '../lib/use-draft';

type Suggested = Schemas['CreateGoalInput'];

function Suggestions({ onUse }: { onUse: (goal: Suggested) => void }) {
  const client = useQueryClient();
  const suggestions = useGoalSuggestions();
  const create = useMutation({
    mutationFn: (goal: Suggested) => call(api.POST('/api/v1/goals', { body: goal })),
    onSuccess: () => analysisChanged(client),
  });
  return (
    <section className="card" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Suggested from your gaps</h2>
      <p className="hint">
        Create one as it is, or use it to fill the form below and add the deliverable, the people who will
        vouch for it and its impact first.
      </p>
      {create.isSuccess && (
        <Saved>
          Created “{create.data.title}”: it meets {create.data.quality.score} of 4 checks.
        </Saved>
      )}
      <ErrorNotice error={create.error} title="The suggested goal was not created." />
      {suggestions.isPending && <Loading what="suggestions" />}
      <ErrorNotice error={suggestions.error} title="Could not suggest goals." />
      {suggestions.data?.length === 0 && (
        <Empty>No suggestion: every competency is rated at the target level.</Empty>
      )}
      {suggestions.data && suggestions.data.length > 0 && (
        <ul className="goal-list">
          {suggestions.data.map((s) => (
            <li key={s.goal.title}>
              <strong>{s.goal.title}</strong>
              <p>{s.why}</p>
              <div className="actions">
                <button type="button" disabled={create.isPending} onClick={() => create.mutate(s.goal)}>
                  Create this goal<span className="visually-hidden"> “{s.goal.title}”</span>
                </button>
                <button type="button" onClick={() => onUse(s.goal)}>
                  Use this suggestion<span className="visually-hidden"> for “{s.goal.title}”</span>
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function GoalsPage() {
  const [deleted, setDeleted] = useState<Deleted>('exclude');
  const goals = useGoals(deleted);
  const competencies = useProfileCompetencies();
  const [draft, setDraft, clearDraft] = useDraft('goal', blankGoal());
  const deletion = useRecordDeletion<Schemas['Goal']>({
    remove: (id) => call(api.DELETE('/api/v1/goals/{id}', { params: { path: { id } } })),
    restore: (id) => call(api.POST('/api/v1/goals/{id}/restore', { params: { path: { id } } })),
    changed: analysisChanged,
  });
  const shown = goals.data ?? [];
  const live = shown.filter((g) => !g.deletedAt);
  const flagged = live.filter((g) => g.flags.length > 0).length;
  const deletedCount = shown.length - live.length;

  return (
    <section aria-labelledby="goals-title" className="page">
      <h1 id="goals-title">Goals</h1>
      <p className="lead">
        Goals aimed at your gaps, each checked for what a committee looks for, with check-ins as they move.
      </p>
      <ShowDeleted what="goals" deleted={deleted} onChange={setDeleted} />
      <UndoDelete deletion={deletion} nameOf={(g) => `“${g.title}”`} />
      {goals.isPending && <Loading what="your goals" />}
      <ErrorNotice error={goals.error} title="Could not load your goals." />
      {goals.data && shown.length === 0 && (
        <Empty>
          {deleted === 'include'
            ? 'No goals, deleted or not: add one below, or start from a suggestion.'
            : 'No goals yet: add one below, or start from a suggestion.'}
        </Empty>
      )}
      {shown.length > 0 && (
        <>
          <p role="status">
            {live.length} {live.length === 1 ? 'goal' : 'goals'}
            {flagged > 0 ? `, ${flagged} flagged` : ''}
            {deletedCount > 0 ? `, ${deletedCount} deleted` : ''}.
          </p>
          <ul className="goal-cards">
            {shown.map((g) => (
              <GoalItem key={g.id} goal={g} deletion={deletion} />
            ))}
          </ul>
        </>
      )}
      <Suggestions
        onUse={(goal) => {
          setDraft(draftOfSuggestion(goal));
          document.getElementById('add-goal-title')?.scrollIntoView({ block: 'start' });
        }}
      />
      <GoalForm
        draft={draft}
        onChange={setDraft}
        onSaved={() => clearDraft()}
        competencyHint={competencyHint(competencies)}
      />
    </section>
  );
}
