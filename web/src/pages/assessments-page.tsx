// Assessments: rate each competency (self or manager), self against manager, each competency's ratings
// over time, the recorded assessments (to delete or restore) and the gap list.
import { useState } from 'react';
import { useFramework, useProfile, useRatingHistory } from '../api/queries';
import { RatingHistoryChart } from '../charts/rating-history-chart';
import { AssessmentForm } from '../components/assessment-form';
import { AssessmentList } from '../components/assessment-list';
import { Field } from '../components/field';
import { GapList } from '../components/gap-list';
import { RatingCompare } from '../components/rating-compare';
import { Empty, ErrorNotice, Loading } from '../components/states';

function HistoryCard() {
  const history = useRatingHistory();
  const framework = useFramework(history.data?.framework.id);
  const [chosen, setChosen] = useState('');
  const all = history.data?.competencies ?? [];
  const shown =
    all.find((c) => c.competency.id === chosen) ?? all.find((c) => c.ratings.length > 0) ?? all[0];
  const levelNames = framework.data?.levels.map((l) => l.name);
  return (
    <section className="card" aria-labelledby="history-title">
      <h2 id="history-title">Ratings over time</h2>
      {(history.isPending || framework.isPending) && <Loading what="the rating history" />}
      <ErrorNotice error={history.error ?? framework.error} title="Could not load the rating history." />
      {history.data && all.every((c) => c.ratings.length === 0) && (
        <Empty>No ratings yet: record a self-assessment above, and your manager's when you have it.</Empty>
      )}
      {shown && levelNames && all.some((c) => c.ratings.length > 0) && (
        <>
          <Field label="Competency">
            <select value={shown.competency.id} onChange={(e) => setChosen(e.target.value)}>
              {all.map((c) => (
                <option key={c.competency.id} value={c.competency.id}>
                  {c.competency.name} ({c.ratings.length} {c.ratings.length === 1 ? 'rating' : 'ratings'})
                </option>
              ))}
            </select>
          </Field>
          <RatingHistoryChart history={shown} levelNames={levelNames} />
        </>
      )}
    </section>
  );
}

export function AssessmentsPage() {
  const profile = useProfile();
  const framework = useFramework(profile.data?.framework);
  return (
    <section aria-labelledby="assessments-title" className="page">
      <h1 id="assessments-title">Assessments</h1>
      <p className="lead">
        Where you and your manager place you on each competency, how that moved, and what stands between you
        and the target level.
      </p>
      {framework.isPending && <Loading what="your framework" />}
      <ErrorNotice error={framework.error} title="Could not load your framework." />
      {framework.data && <AssessmentForm framework={framework.data} />}
      <RatingCompare />
      <HistoryCard />
      <AssessmentList levelName={(id) => framework.data?.levels.find((l) => l.id === id)?.name ?? id} />
      <GapList />
    </section>
  );
}
