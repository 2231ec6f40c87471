// The gap list for the target level: per competency below it, the latest rating, what the level expects,
// what the manager said it takes and the goals aimed at it; then those never rated and those at target.
import type { Schemas } from '../api/client';
import { useGaps } from '../api/queries';
import { formatDate } from '../lib/dates';
import { Empty, ErrorNotice, Loading } from './states';

type Gap = Schemas['GapList']['gaps'][number];

function GapItem({ gap }: { gap: Gap }) {
  const { rating } = gap;
  return (
    <li className="gap">
      <strong>{gap.competency.name}</strong>{' '}
      {rating ? (
        <span>
          rated {rating.qualifier} {rating.level} by {rating.rater === 'self' ? 'you' : 'your manager'} on{' '}
          {formatDate(rating.date)}
        </span>
      ) : (
        <span>not rated yet</span>
      )}
      {gap.distance !== null && <span className="hint"> ({gap.distance} of a level to go)</span>}
      {gap.whatItTakes.length > 0 && (
        <ul>
          {gap.whatItTakes.map((w) => (
            <li key={`${w.date}-${w.text}`}>
              What it takes ({formatDate(w.date)}): {w.text}
            </li>
          ))}
        </ul>
      )}
      {gap.goals.length > 0 ? (
        <p>Goals: {gap.goals.map((g) => `${g.title} (${g.status})`).join('; ')}</p>
      ) : (
        <p className="hint">No goal aimed at it yet.</p>
      )}
      {gap.expectation && (
        <details>
          <summary>What the target level expects</summary>
          <p>{gap.expectation}</p>
          {gap.signals.length > 0 && (
            <ul>
              {gap.signals.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </details>
      )}
    </li>
  );
}

export function GapList() {
  const gaps = useGaps();
  const g = gaps.data;
  return (
    <section className="card" aria-labelledby="gaps-title">
      <h2 id="gaps-title">Gaps to {g ? g.targetLevel.name : 'the target level'}</h2>
      {gaps.isPending && <Loading what="the gap list" />}
      <ErrorNotice error={gaps.error} title="Could not work out the gaps." />
      {g && g.gaps.length === 0 && g.unrated.length === 0 && (
        <Empty>No gaps: every competency is rated at the target level.</Empty>
      )}
      {g && g.gaps.length > 0 && (
        <ul className="gap-list">
          {g.gaps.map((gap) => (
            <GapItem key={gap.competency.id} gap={gap} />
          ))}
        </ul>
      )}
      {g && g.unrated.length > 0 && (
        <>
          <h3>Not rated yet</h3>
          <p>{g.unrated.map((u) => u.competency.name).join(', ')}. Rate them to see where they stand.</p>
        </>
      )}
      {g && g.atTarget.length > 0 && <p className="hint">At the target already: {g.atTarget.join(', ')}.</p>}
    </section>
  );
}
