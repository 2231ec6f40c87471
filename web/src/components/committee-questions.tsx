// The five questions a calibration committee asks of every case, each answered from the log (with the
// entries that answer it) or left open with what would answer it: `promocase objections`, second half.

import type { Schemas } from '../api/client';
import { useEntriesById } from '../api/people-queries';
import { useObjections, usePeerFeedback } from '../api/queries';
import { formatDate } from '../lib/dates';
import { EntryLine } from './entry-line';
import { ErrorNotice, Loading } from './states';

type Question = Schemas['Objections']['questions'][number];
type Feedback = Schemas['PeerFeedbackWithAnalysis'];

const countOf = (n: number, one: string, many: string) => (n === 1 ? one : `${n} ${many}`);

/** The evidence of an answer is log entries or, for what peers say, peer feedback (looked up by id). */
function QuestionItem({
  question: q,
  feedback,
}: {
  question: Question;
  feedback: ReadonlyMap<string, Feedback> | undefined;
}) {
  // Until the feedback is known, no id is taken for an entry (a feedback id asked of /entries is a 404).
  const quoted = q.evidence.flatMap((id) => feedback?.get(id) ?? []);
  const entryIds = feedback ? q.evidence.filter((id) => !feedback.has(id)) : [];
  const evidence = useEntriesById(entryIds);
  const behind = [
    entryIds.length > 0 && countOf(entryIds.length, 'entry', 'entries'),
    quoted.length > 0 && countOf(quoted.length, 'feedback', 'pieces of feedback'),
  ]
    .filter(Boolean)
    .join(' and ');
  return (
    <li className={q.answered ? undefined : 'objection-open'}>
      <strong>{q.question}</strong>{' '}
      <span className={`label label-${q.answered ? 'answered' : 'open'}`}>
        {q.answered ? 'answered' : 'open'}
      </span>
      <p>{q.answer}</p>
      {q.toDo && <p>To answer it: {q.toDo}</p>}
      {behind && (
        <details>
          <summary>The {behind} behind the answer</summary>
          <ul className="entry-list">
            {entryIds.map((id, i) => {
              const entry = evidence[i]?.data;
              return (
                <li key={id} className="entry">
                  {entry ? <EntryLine entry={entry} /> : <span className="hint">Entry {id}</span>}
                </li>
              );
            })}
            {quoted.map((f) => (
              <li key={f.id} className="entry">
                <span className="hint">
                  {f.from} ({f.relationship}), {formatDate(f.date)}
                </span>
                <blockquote>{f.text}</blockquote>
              </li>
            ))}
          </ul>
        </details>
      )}
    </li>
  );
}

export function CommitteeQuestions() {
  const objections = useObjections();
  const peerFeedback = usePeerFeedback();
  // Feedback that cannot be loaded leaves every id to the entries rather than hiding the evidence.
  const feedback = peerFeedback.isError
    ? new Map<string, Feedback>()
    : peerFeedback.data && new Map(peerFeedback.data.map((f) => [f.id, f]));
  const questions = objections.data?.questions ?? [];
  return (
    <section className="card" aria-labelledby="questions-title">
      <h2 id="questions-title">The committee's five questions</h2>
      {objections.isPending && <Loading what="the questions" />}
      <ErrorNotice error={objections.error} title="Could not put the questions together." />
      {questions.length > 0 && (
        <ol className="objection-list">
          {questions.map((q) => (
            <QuestionItem key={q.question} question={q} feedback={feedback} />
          ))}
        </ol>
      )}
    </section>
  );
}
