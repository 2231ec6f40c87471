// The five questions a calibration committee asks of every case, each answered from the log (with the
// entries that answer it) or left open with what would answer it: `promocase objections`, second half.

import type { Schemas } from '../api/client';
import { useEntriesById } from '../api/people-queries';
import { useObjections } from '../api/queries';
import { EntryLine } from './entry-line';
import { ErrorNotice, Loading } from './states';

type Question = Schemas['Objections']['questions'][number];

function QuestionItem({ question: q }: { question: Question }) {
  const evidence = useEntriesById(q.evidence);
  return (
    <li className={q.answered ? undefined : 'objection-open'}>
      <strong>{q.question}</strong>{' '}
      <span className={`label label-${q.answered ? 'answered' : 'open'}`}>
        {q.answered ? 'answered' : 'open'}
      </span>
      <p>{q.answer}</p>
      {q.toDo && <p>To answer it: {q.toDo}</p>}
      {q.evidence.length > 0 && (
        <details>
          <summary>
            The {q.evidence.length === 1 ? 'entry' : `${q.evidence.length} entries`} behind the answer
          </summary>
          <ul className="entry-list">
            {q.evidence.map((id, i) => {
              const entry = evidence[i]?.data;
              return (
                <li key={id} className="entry">
                  {entry ? <EntryLine entry={entry} /> : <span className="hint">Entry {id}</span>}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </li>
  );
}

export function CommitteeQuestions() {
  const objections = useObjections();
  const questions = objections.data?.questions ?? [];
  return (
    <section className="card" aria-labelledby="questions-title">
      <h2 id="questions-title">The committee's five questions</h2>
      {objections.isPending && <Loading what="the questions" />}
      <ErrorNotice error={objections.error} title="Could not put the questions together." />
      {questions.length > 0 && (
        <ol className="objection-list">
          {questions.map((q) => (
            <QuestionItem key={q.question} question={q} />
          ))}
        </ol>
      )}
    </section>
  );
}
