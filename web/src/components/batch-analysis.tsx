// Batch analysis of a JSONL file (`promocase analyze --input FILE.jsonl`): every line is checked before
// anything is sent; a bad line is named with its field and nothing is analysed; the results show as a
// table and download as JSON lines, the way `analyze --out` writes them.
import { useMutation } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { api, call, type Schemas } from '../api/client';
import {
  BATCH_LIMITS,
  describeProblem,
  type LineProblem,
  type ParsedBatch,
  parseAnalysisJsonl,
  problemOnLine,
  toJsonl,
} from '../lib/analysis-batch';
import { Field } from './field';
import { ErrorNotice } from './states';

type Result = Schemas['EntryAnalysis'] | Schemas['PeerReviewAnalysis'] | Schemas['ManagerFeedbackAnalysis'];

function verdictOf(r: Result): string {
  if (r.type === 'entry') {
    const shows = r.competencies.length ? r.competencies.join(', ') : 'no competency recognised';
    return `${r.kind}, ${r.scope} scope; ${shows}; specificity ${r.specificity}/100${r.metric ? ', metric' : ''}`;
  }
  if (r.type === 'peer-review') return `${r.specific ? 'specific' : 'generic'} (${r.score}/100)`;
  return r.actionable ? 'actionable' : 'vague';
}

const adviceOf = (r: Result) => ('suggestions' in r ? r.suggestions : r.followUpQuestions);

/** A Blob URL for the results, revoked when they change or the page closes. */
function useJsonlDownload(results: readonly Result[] | undefined): string | undefined {
  const url = useMemo(
    () =>
      results
        ? URL.createObjectURL(new Blob([toJsonl(results)], { type: 'application/x-ndjson' }))
        : undefined,
    [results],
  );
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);
  return url;
}

function ResultsTable({ results, lines }: { results: readonly Result[]; lines: readonly number[] }) {
  return (
    <div className="table-scroll">
      <table>
        <caption>Results, one per line of the file</caption>
        <thead>
          <tr>
            <th scope="col">Line</th>
            <th scope="col">Id</th>
            <th scope="col">Type</th>
            <th scope="col">Verdict</th>
            <th scope="col">Why, and what to add</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r, i) => (
            <tr key={lines[i] ?? r.id}>
              <td>{lines[i]}</td>
              <th scope="row">{r.id}</th>
              <td>{r.type}</td>
              <td>{verdictOf(r)}</td>
              <td>
                <ul>
                  {[...r.reasons, ...adviceOf(r)].map((t) => (
                    <li key={t}>{t}</li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function BatchAnalysis() {
  const [file, setFile] = useState<{ name: string; batch: ParsedBatch } | null>(null);
  const analyse = useMutation({
    // The values go as the file has them: the server checks each item and names the bad one.
    mutationFn: (items: ParsedBatch['items']) =>
      call(api.POST('/api/v1/analyze', { body: items as Schemas['AnalysisItem'][] })),
  });
  const download = useJsonlDownload(analyse.data);
  const refused: LineProblem[] = file
    ? file.batch.problems.length
      ? file.batch.problems
      : (analyse.error?.details.map((d) => problemOnLine(d, file.batch.lines)) ?? [])
    : [];
  const resultName = file ? `${file.name.replace(/\.(jsonl|ndjson|json|txt)$/i, '')}.analysis.jsonl` : '';

  return (
    <section className="card" aria-labelledby="batch-title">
      <h2 id="batch-title">Analyse a file</h2>
      <p className="hint">
        JSONL, one <code>{'{"id", "type", "text"}'}</code> a line, as <code>promocase analyze --input</code>{' '}
        takes it; <code>type</code> is entry, peer-review or manager-feedback. Up to{' '}
        {BATCH_LIMITS.items.toLocaleString('en')} lines and 1 MB at a time; larger files go through the CLI.
        Nothing is stored.
      </p>
      <Field label="JSONL file">
        <input
          type="file"
          accept=".jsonl,.ndjson,.json,.txt,application/x-ndjson"
          onChange={async (e) => {
            const input = e.target;
            const chosen = input.files?.[0];
            analyse.reset();
            if (!chosen) return setFile(null);
            const batch = parseAnalysisJsonl(await chosen.text());
            // Cleared, so choosing the same file again once it is fixed reads it again.
            input.value = '';
            setFile({ name: chosen.name, batch });
            if (batch.problems.length === 0) analyse.mutate(batch.items);
          }}
        />
      </Field>
      {refused.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{file?.name} was not analysed: fix these lines and choose it again.</p>
          <ul>
            {refused.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the same problem can be reported twice
              <li key={i}>{describeProblem(p)}</li>
            ))}
          </ul>
        </div>
      )}
      {refused.length === 0 && <ErrorNotice error={analyse.error} title="Not analysed." />}
      {analyse.isPending && <p role="status">Analysing {file?.batch.items.length} items…</p>}
      {analyse.data && file && (
        <>
          <p role="status">
            Analysed {analyse.data.length} {analyse.data.length === 1 ? 'item' : 'items'} from {file.name}.
          </p>
          {download && (
            <p>
              <a className="button" href={download} download={resultName}>
                Download the results (JSONL)
              </a>
            </p>
          )}
          <ResultsTable results={analyse.data} lines={file.batch.lines} />
        </>
      )}
    </section>
  );
}
