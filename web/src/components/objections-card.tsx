// The committee's objections, open ones first with what would answer them, then those the case answers.
import { useObjections } from '../api/queries';
import { Empty, ErrorNotice, Loading } from './states';

export function ObjectionsCard() {
  const objections = useObjections();
  const all = objections.data?.objections ?? [];
  const open = all.filter((o) => o.status === 'open');
  const answered = all.filter((o) => o.status === 'answered');
  return (
    <section className="card" aria-labelledby="objections-title">
      <h2 id="objections-title">Objections a committee could raise</h2>
      {objections.isPending && <Loading what="the objections" />}
      <ErrorNotice error={objections.error} title="Could not check the objections." />
      {objections.data && all.length === 0 && <Empty>No objections to check yet.</Empty>}
      {objections.data && all.length > 0 && (
        <>
          <p>
            {open.length === 0
              ? `All ${all.length} are answered by your case.`
              : `${open.length} of ${all.length} still open.`}
          </p>
          <ul className="objection-list">
            {[...open, ...answered].map((o) => (
              <li key={o.id} className={`objection objection-${o.status}`}>
                <span className={`label label-${o.status}`}>{o.status}</span> <strong>{o.title}</strong>
                <p>{o.reason}</p>
                {o.toAnswer && (
                  <p>
                    <strong>To answer it:</strong> {o.toAnswer}
                  </p>
                )}
                {o.status === 'answered' && o.answeredBy.length > 0 && (
                  <p className="hint">
                    Answered by {o.answeredBy.length} {o.answeredBy.length === 1 ? 'item' : 'items'} of
                    evidence.
                  </p>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
