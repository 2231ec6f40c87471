// Consistency over review periods: a committee wants next-level work sustained, not one strong half; per
// period, how much of the logged work was next-level (`promocase readiness`, "By review period").
import { useReadiness } from '../api/queries';
import { formatDate } from '../lib/dates';
import { Empty, ErrorNotice, Loading } from './states';

const VERDICTS = {
  'next-level': 'next-level',
  some: 'some next-level work',
  none: 'none at the next level',
} as const;
const LABEL_CLASS = { 'next-level': 'label-strong', some: '', none: 'label-gap' } as const;

export function ConsistencyCard() {
  const readiness = useReadiness();
  const c = readiness.data?.consistency;
  return (
    <section className="card" aria-labelledby="consistency-title">
      <h2 id="consistency-title">Consistency over review periods</h2>
      {readiness.isPending && <Loading what="the review periods" />}
      <ErrorNotice error={readiness.error} title="Could not analyse the review periods." />
      {c && <p>{c.summary}</p>}
      {c && c.periods.length === 0 && <Empty>No period with logged work yet.</Empty>}
      {c && c.periods.length > 0 && (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">Next-level work per review period</caption>
            <thead>
              <tr>
                <th scope="col">Period</th>
                <th scope="col">Verdict</th>
                <th scope="col">Next-level entries</th>
                <th scope="col">Competencies</th>
              </tr>
            </thead>
            <tbody>
              {c.periods.map((p) => (
                <tr key={p.label}>
                  <th scope="row">
                    {p.label}{' '}
                    <span className="hint">
                      ({formatDate(p.start)} to {formatDate(p.end)})
                    </span>
                  </th>
                  <td>
                    <span className={`label ${LABEL_CLASS[p.verdict]}`}>{VERDICTS[p.verdict]}</span>
                  </td>
                  <td>
                    {p.nextLevel} of {p.entries}
                  </td>
                  <td>{p.competencies.join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
