// The overall verdict with its explanation, and readiness per competency as a radar with its table.
import { useFramework, useReadiness } from '../api/queries';
import { ReadinessRadar } from '../charts/readiness-radar';
import { ErrorNotice, Loading } from './states';

const VERDICT = { ready: 'Ready', close: 'Close', 'not-yet': 'Not yet' } as const;

export function ReadinessCard() {
  const readiness = useReadiness();
  const framework = useFramework(readiness.data?.target.framework.id);
  const r = readiness.data;
  return (
    <section className="card" aria-labelledby="readiness-title">
      <h2 id="readiness-title">Readiness for {r ? r.target.level.name : 'the target level'}</h2>
      {readiness.isPending && <Loading what="your readiness" />}
      <ErrorNotice error={readiness.error} title="Could not work out your readiness." />
      {r && (
        <>
          <p className="verdict">
            <span className={`label label-${r.overall.status}`}>{VERDICT[r.overall.status]}</span>{' '}
            <span className="big-number">{r.overall.score}</span> of 100 ({r.overall.counts.strong} strong,{' '}
            {r.overall.counts.emerging} emerging, {r.overall.counts.gap} gap)
          </p>
          <ul className="explanation">
            {r.overall.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {framework.isPending && <Loading what="the framework's levels" />}
          <ErrorNotice error={framework.error} title="Could not load the framework to place the ratings." />
          {framework.data && <ReadinessRadar readiness={r} levels={framework.data.levels.map((l) => l.id)} />}
        </>
      )}
    </section>
  );
}
