// Goals: each with its quality check, flags, progress and check-ins; adding one, with goals suggested
// from the gap list ready to fill the form.
import { useGoalSuggestions, useGoals, useProfileCompetencies } from '../api/queries';
import { competencyHint } from '../components/entry-form';
import { blankGoal, draftOfSuggestion, GoalForm } from '../components/goal-form';
import { GoalItem } from '../components/goal-item';
import { Empty, ErrorNotice, Loading } from '../components/states';
import { useDraft } from '../lib/use-draft';

function Suggestions({ onUse }: { onUse: (goal: Parameters<typeof draftOfSuggestion>[0]) => void }) {
  const suggestions = useGoalSuggestions();
  return (
    <section className="card" aria-labelledby="suggestions-title">
      <h2 id="suggestions-title">Suggested from your gaps</h2>
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
              <button type="button" onClick={() => onUse(s.goal)}>
                Use this suggestion<span className="visually-hidden"> for “{s.goal.title}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function GoalsPage() {
  const goals = useGoals();
  const competencies = useProfileCompetencies();
  const [draft, setDraft, clearDraft] = useDraft('goal', blankGoal());
  const live = goals.data?.filter((g) => !g.deletedAt) ?? [];
  const flagged = live.filter((g) => g.flags.length > 0).length;

  return (
    <section aria-labelledby="goals-title" className="page">
      <h1 id="goals-title">Goals</h1>
      <p className="lead">
        Goals aimed at your gaps, each checked for what a committee looks for, with check-ins as they move.
      </p>
      {goals.isPending && <Loading what="your goals" />}
      <ErrorNotice error={goals.error} title="Could not load your goals." />
      {goals.data && live.length === 0 && (
        <Empty>No goals yet: add one below, or start from a suggestion.</Empty>
      )}
      {live.length > 0 && (
        <>
          <p role="status">
            {live.length} {live.length === 1 ? 'goal' : 'goals'}
            {flagged > 0 ? `, ${flagged} flagged` : ''}.
          </p>
          <ul className="goal-cards">
            {live.map((g) => (
              <GoalItem key={g.id} goal={g} />
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
