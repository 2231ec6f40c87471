// Checking a text before it goes anywhere (`promocase analyze` for one item): an entry's kind,
// competencies, scope and specificity; a peer review's specificity; manager feedback's actionability.
import { useMutation } from '@tanstack/react-query';
import { api, call, type Schemas } from '../api/client';
import { analysisItemTypeValues } from '../api/schema';
import { useDraft } from '../lib/use-draft';
import { Field } from './field';
import { ErrorNotice } from './states';

type ItemType = Schemas['AnalysisItem']['type'];
type Result = Schemas['EntryAnalysis'] | Schemas['PeerReviewAnalysis'] | Schemas['ManagerFeedbackAnalysis'];

const TYPE_LABELS: Record<ItemType, string> = {
  entry: 'A log entry of mine',
  'peer-review': 'Feedback from a peer',
  'manager-feedback': 'Feedback from my manager',
};

function Verdict({ result }: { result: Result }) {
  const advice =
    'suggestions' in result
      ? result.suggestions
      : 'followUpQuestions' in result
        ? result.followUpQuestions
        : [];
  return (
    <div className="verdict-box" role="status">
      {'kind' in result && (
        <p>
          Reads as <span className="label">{result.kind}</span> at{' '}
          <span className="label">{result.scope}</span> scope
          {result.competencies.length > 0
            ? `, showing ${result.competencies.join(', ')}`
            : ', no competency recognised'}
          ; specificity {result.specificity} of 100{result.metric ? ', with a metric' : ', no metric'}.
        </p>
      )}
      {'specific' in result && (
        <p>
          <span className={`label label-${result.specific ? 'specific' : 'generic'}`}>
            {result.specific ? 'specific' : 'generic'}
          </span>{' '}
          specificity {result.score} of 100
        </p>
      )}
      {'actionable' in result && (
        <p>
          <span className={`label label-${result.actionable ? 'actionable' : 'vague'}`}>
            {result.actionable ? 'actionable' : 'vague'}
          </span>
        </p>
      )}
      <ul>
        {result.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {advice.length > 0 && (
        <>
          <p>{'followUpQuestions' in result ? 'Ask next time:' : 'To make it stronger:'}</p>
          <ul>
            {advice.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

export function TextCheck() {
  const [draft, setDraft] = useDraft('text-check', { type: 'entry' as ItemType, text: '' });
  const check = useMutation({
    mutationFn: async () =>
      (
        await call(
          api.POST('/api/v1/analyze', { body: [{ id: 'text', type: draft.type, text: draft.text }] }),
        )
      )[0] as Result | undefined,
  });
  // The API validates a list: its problems name `[0].text`; beside the box they belong to the text.
  const problem = (field: string) => check.error?.forField(`[0].${field}`);
  return (
    <form
      className="card"
      aria-labelledby="text-check-title"
      onSubmit={(e) => {
        e.preventDefault();
        check.mutate();
      }}
    >
      <h2 id="text-check-title">Check a text</h2>
      <p className="hint">
        Paste an entry before you log it, or feedback you were given: see how a committee would read it.
        Nothing is saved.
      </p>
      <ErrorNotice error={check.error} title="Could not check it; your text is kept." />
      <Field label="What it is" problem={problem('type')}>
        <select value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value as ItemType })}>
          {analysisItemTypeValues.map((t) => (
            <option key={t} value={t}>
              {TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Text to check" problem={problem('text')}>
        <textarea
          rows={3}
          value={draft.text}
          onChange={(e) => setDraft({ ...draft, text: e.target.value })}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={check.isPending}>
          {check.isPending ? 'Checking…' : 'Check'}
        </button>
      </div>
      {check.data && <Verdict result={check.data} />}
    </form>
  );
}
