// Analysis: tags for the entries logged without competencies, applied one at a time or all at once
// (`promocase analyze --untagged --apply`); consistency over review periods and the committee's five
// questions (the parts of `readiness` and `objections` the dashboard leaves out); checking any text,
// or a whole JSONL file of them (`analyze --input`).
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'wouter';
import { api, call, type Entry, type Schemas } from '../api/client';
import { useUntaggedSuggestions } from '../api/people-queries';
import { entriesChanged } from '../api/queries';
import { BatchAnalysis } from '../components/batch-analysis';
import { CommitteeQuestions } from '../components/committee-questions';
import { ConsistencyCard } from '../components/consistency-card';
import { ShowMore, useShowMore } from '../components/show-more';
import { Empty, ErrorNotice, Loading, Saved } from '../components/states';
import { TextCheck } from '../components/text-check';
import { formatDate } from '../lib/dates';

type Suggestion = Schemas['UntaggedSuggestion'];

/** Only what the entry lacks is suggested; the server's strings are its own enums, typed loosely on the wire. */
const changesOf = (s: Suggestion) => ({
  competencies: s.changes.competencies,
  ...(s.changes.kind ? { kind: s.changes.kind as Entry['kind'] } : {}),
  ...(s.changes.scope ? { scope: s.changes.scope as Entry['scope'] } : {}),
});

function SuggestionItem({ suggestion: s }: { suggestion: Suggestion }) {
  const client = useQueryClient();
  const apply = useMutation({
    mutationFn: () =>
      call(api.PATCH('/api/v1/entries/{id}', { params: { path: { id: s.entryId } }, body: changesOf(s) })),
    onSuccess: () => entriesChanged(client),
  });
  const nothing = s.changes.competencies.length === 0 && !s.changes.kind && !s.changes.scope;
  return (
    <li className="entry">
      <h3 className="goal-title">
        <time dateTime={s.date}>{formatDate(s.date)}</time> {s.title}
      </h3>
      {nothing ? (
        <p className="hint">No competency recognised: tag it yourself on the Entries page.</p>
      ) : (
        <ul className="suggested-tags">
          {s.changes.kind && (
            <li>
              Kind: <span className="label">{s.changes.kind}</span>
            </li>
          )}
          {s.changes.competencies.length > 0 && (
            <li>
              Competencies:{' '}
              <span className="labels">
                {s.changes.competencies.map((c) => (
                  <span key={c} className="label label-competency">
                    {c}
                  </span>
                ))}
              </span>
            </li>
          )}
          {s.changes.scope && (
            <li>
              Scope: <span className="label">{s.changes.scope}</span>
            </li>
          )}
        </ul>
      )}
      {s.reasons.length > 0 && (
        <details>
          <summary>
            Why (specificity {s.specificity} of 100)
            <span className="visually-hidden"> for “{s.title}”</span>
          </summary>
          <ul>
            {s.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </details>
      )}
      <ErrorNotice error={apply.error} title="Not applied." />
      {!nothing && (
        <div className="actions">
          <button type="button" disabled={apply.isPending} onClick={() => apply.mutate()}>
            {apply.isPending ? 'Applying…' : 'Apply'}
            <span className="visually-hidden"> to “{s.title}”</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** Suggestions drawn fifty at a time: an imported log can hold thousands of untagged entries. */
const FIRST_SUGGESTIONS = 50;

function UntaggedEntries() {
  const client = useQueryClient();
  const suggestions = useUntaggedSuggestions();
  const applyAll = useMutation({
    mutationFn: () => call(api.POST('/api/v1/analyze/untagged/apply')),
    onSuccess: () => entriesChanged(client),
  });
  const list = suggestions.data ?? [];
  const { shown, hidden, showAll } = useShowMore(list, FIRST_SUGGESTIONS);
  return (
    <section aria-labelledby="untagged-title" className="card">
      <h2 id="untagged-title">Untagged entries</h2>
      <p className="hint">
        An entry without competencies counts for nothing in the readiness analysis. Here is what each one
        reads like; apply what fits, or <Link href="/entries">edit the entry</Link> yourself.
      </p>
      {applyAll.isSuccess && (
        <Saved>
          Applied the suggestions to {applyAll.data.suggestions.length}{' '}
          {applyAll.data.suggestions.length === 1 ? 'entry' : 'entries'}.
        </Saved>
      )}
      <ErrorNotice error={applyAll.error} title="Nothing was applied." />
      {suggestions.isPending && <Loading what="the suggestions" />}
      <ErrorNotice error={suggestions.error} title="Could not analyse your entries." />
      {suggestions.data && list.length === 0 && <Empty>Every entry has competencies: nothing to tag.</Empty>}
      {list.length > 0 && (
        <>
          <p role="status">
            {list.length} untagged {list.length === 1 ? 'entry' : 'entries'}.
          </p>
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={applyAll.isPending}
              onClick={() => applyAll.mutate()}
            >
              {applyAll.isPending ? 'Applying…' : 'Apply every suggestion'}
            </button>
          </div>
          <ul className="entry-list">
            {shown.map((s) => (
              <SuggestionItem key={s.entryId} suggestion={s} />
            ))}
          </ul>
          <ShowMore hidden={hidden} noun="untagged entries" onShowAll={showAll} />
        </>
      )}
    </section>
  );
}

export function AnalysisPage() {
  return (
    <section aria-labelledby="analysis-title" className="page">
      <h1 id="analysis-title">Analysis</h1>
      <p className="lead">
        The analysis behind your readiness, run on this machine: tags for the entries that have none, whether
        your next-level work is sustained, the questions a committee asks of every case, and a check of any
        text before you log or answer it, or of a whole file of texts.
      </p>
      <UntaggedEntries />
      <ConsistencyCard />
      <CommitteeQuestions />
      <TextCheck />
      <BatchAnalysis />
    </section>
  );
}
