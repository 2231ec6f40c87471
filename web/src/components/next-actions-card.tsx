// The next best actions for this week, each with why and the CLI command that does it.
import { useNextActions } from '../api/queries';
import { Empty, ErrorNotice, Loading } from './states';

export function NextActionsCard() {
  const actions = useNextActions();
  return (
    <section className="card" aria-labelledby="next-actions-title">
      <h2 id="next-actions-title">Next best actions</h2>
      {actions.isPending && <Loading what="the next actions" />}
      <ErrorNotice error={actions.error} title="Could not work out the next actions." />
      {actions.data?.length === 0 && <Empty>Nothing pressing this week: keep logging.</Empty>}
      {actions.data && actions.data.length > 0 && (
        <ol className="action-list">
          {actions.data.map((a) => (
            <li key={a.action}>
              <strong>{a.action}</strong>
              <p>{a.why}</p>
              {a.command && (
                <p className="hint">
                  From the terminal: <code>{a.command}</code>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
