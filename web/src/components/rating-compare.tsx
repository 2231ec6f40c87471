// Self against manager per competency, largest disagreement first: where the two of you see it
// differently is what to talk about next, before a committee notices.
import type { Schemas } from '../api/client';
import { useRatingComparison } from '../api/people-queries';
import { formatDate } from '../lib/dates';
import { Empty, ErrorNotice, Loading } from './states';

type Row = Schemas['RatingComparison']['competencies'][number];
type Rating = Row['self'];

function RatingCell({ rating }: { rating: Rating }) {
  if (!rating) return <td className="hint">not rated</td>;
  return (
    <td>
      {rating.qualifier} {rating.level} <span className="hint">({formatDate(rating.date)})</span>
    </td>
  );
}

/** What the difference means, in words (self minus manager, in levels). */
function verdictOf(row: Row): string {
  const d = row.difference;
  if (d === null) return row.self ? 'no manager rating yet' : 'no self rating yet';
  if (d === 0) return 'you agree';
  const amount = Math.abs(d) === 1 ? 'a level' : `${Math.abs(d)} levels`;
  return d > 0 ? `you rate yourself ${amount} higher` : `your manager rates you ${amount} higher`;
}

export function RatingCompare() {
  const compare = useRatingComparison();
  // A competency neither of you rated has nothing to compare; the gap list names those.
  const rows = (compare.data?.competencies ?? []).filter((r) => r.self || r.manager);
  const both = rows.filter((r) => r.difference !== null);
  return (
    <section className="card" aria-labelledby="compare-title">
      <h2 id="compare-title">You and your manager</h2>
      {compare.isPending && <Loading what="the comparison" />}
      <ErrorNotice error={compare.error} title="Could not compare the ratings." />
      {compare.data && both.length === 0 && (
        <Empty>
          Nothing to compare yet: it takes a self-assessment and your manager's rating of the same competency.
        </Empty>
      )}
      {both.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Latest ratings, largest disagreement first</caption>
            <thead>
              <tr>
                <th scope="col">Competency</th>
                <th scope="col">You</th>
                <th scope="col">Manager</th>
                <th scope="col">Difference</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.competency.id} className={r.difference ? 'disagree' : undefined}>
                  <th scope="row">{r.competency.name}</th>
                  <RatingCell rating={r.self} />
                  <RatingCell rating={r.manager} />
                  <td>{verdictOf(r)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
