// Every recorded assessment, newest first, with its ratings; deleting one (Undo brings it back at once,
// and "Show deleted" lists the deleted ones with Restore, after a reload too).
import { useState } from 'react';
import type { Schemas } from '../api/client';
import { api, call } from '../api/client';
import { assessmentsChanged, useAssessments } from '../api/people-queries';
import type { Deleted } from '../api/queries';
import { formatDate } from '../lib/dates';
import { DeleteButton, UndoDelete, useRecordDeletion } from './record-deletion';
import { ShowDeleted } from './show-deleted';
import { Empty, ErrorNotice, Loading } from './states';

type Assessment = Schemas['Assessment'];

const assessmentName = (a: Assessment) =>
  `the ${a.rater === 'self' ? 'self-assessment' : "manager's rating"} of ${formatDate(a.date)}`;

export function AssessmentList({ levelName }: { levelName: (id: string) => string }) {
  const [deleted, setDeleted] = useState<Deleted>('exclude');
  const assessments = useAssessments(deleted);
  const deletion = useRecordDeletion<Assessment>({
    remove: (id) => call(api.DELETE('/api/v1/assessments/{id}', { params: { path: { id } } })),
    restore: (id) => call(api.POST('/api/v1/assessments/{id}/restore', { params: { path: { id } } })),
    changed: assessmentsChanged,
  });
  const list = [...(assessments.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  const deletedCount = list.filter((a) => a.deletedAt).length;
  return (
    <section className="card" aria-labelledby="assessment-list-title">
      <h2 id="assessment-list-title">Recorded assessments</h2>
      <ShowDeleted what="assessments" deleted={deleted} onChange={setDeleted} />
      <UndoDelete deletion={deletion} nameOf={assessmentName} />
      {assessments.isPending && <Loading what="your assessments" />}
      <ErrorNotice error={assessments.error} title="Could not load your assessments." />
      {assessments.data && list.length === 0 && (
        <Empty>
          {deleted === 'include' ? 'No assessment, deleted or not.' : 'No assessment recorded yet.'}
        </Empty>
      )}
      {deleted === 'include' && assessments.data && list.length > 0 && (
        <p role="status">
          {deletedCount === 0
            ? 'None deleted.'
            : `${deletedCount} deleted: Restore brings one back into your history and gaps.`}
        </p>
      )}
      {list.length > 0 && (
        <ul className="goal-list">
          {list.map((a) => (
            <li key={a.id} className={a.deletedAt ? 'deleted' : undefined}>
              <strong>
                {a.rater === 'self' ? 'Self-assessment' : "Manager's rating"}, {formatDate(a.date)}
              </strong>{' '}
              {a.deletedAt && <span className="label label-deleted">deleted</span>}{' '}
              <span className="hint">
                ({a.ratings.length} {a.ratings.length === 1 ? 'competency' : 'competencies'})
              </span>
              <details>
                <summary>
                  Ratings<span className="visually-hidden"> of {assessmentName(a)}</span>
                </summary>
                <ul>
                  {a.ratings.map((r) => (
                    <li key={r.competency}>
                      {r.competency}: {r.qualifier} {levelName(r.level)}
                      {r.note && ` (${r.note})`}
                      {r.whatItTakes && <p>What it takes: {r.whatItTakes}</p>}
                    </li>
                  ))}
                </ul>
              </details>
              <div className="actions">
                <DeleteButton deletion={deletion} record={a} name={assessmentName(a)} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
