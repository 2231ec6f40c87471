// Goals still open, flagged ones first (overdue, stalled, not started), with progress and due date.
import type { Schemas } from '../api/client';
import { useGoals } from '../api/queries';
import { Empty, ErrorNotice, Loading } from './states';

type Goal = Schemas['ReviewedGoal'];

/** Open goals, those needing attention first, then by due date (undated last). */
export const goalsDue = (goals: readonly Goal[]): Goal[] =>
  goals
    .filter((g) => !g.deletedAt && (g.status === 'planned' || g.status === 'active'))
    .sort(
      (a, b) =>
        Number(b.flags.length > 0) - Number(a.flags.length > 0) ||
        (a.due ?? '\uffff').localeCompare(b.due ?? '\uffff'),
    );

export function GoalsDueCard() {
  const goals = useGoals();
  const due = goals.data ? goalsDue(goals.data) : [];
  return (
    <section className="card" aria-labelledby="goals-due-title">
      <h2 id="goals-due-title">Goals due</h2>
      {goals.isPending && <Loading what="your goals" />}
      <ErrorNotice error={goals.error} title="Could not load your goals." />
      {goals.data && due.length === 0 && (
        <Empty>No open goals. A goal tied to a gap gives the committee something to point at.</Empty>
      )}
      {due.length > 0 && (
        <ul className="goal-list">
          {due.slice(0, 5).map((g) => (
            <li key={g.id}>
              <strong>{g.title}</strong>{' '}
              <span className="labels">
                {g.flags.map((f) => (
                  <span key={f.flag} className="label label-flag">
                    {f.flag}
                  </span>
                ))}
              </span>
              <p>
                {g.progress}% done{g.due ? `, due ${g.due}` : ', no due date'}
                {g.flags.length > 0 && `: ${g.flags.map((f) => f.reason).join('; ')}`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
