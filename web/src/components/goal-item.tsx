// One goal: status, progress, due date, flags with their reasons, the quality check (why each criterion
// is met or what it needs), check-ins, linked entries, and editing, checking in, deleting or restoring it.
import { useRef, useState } from 'react';
import type { Schemas } from '../api/client';
import { formatDate } from '../lib/dates';
import { CheckInForm } from './goal-check-in';
import { GoalEditor } from './goal-editor';
import { GoalLinks } from './goal-links';
import { PanelToggle } from './panel-toggle';
import { RecordActions } from './record-actions';
import type { RecordDeletion } from './record-deletion';

type Goal = Schemas['ReviewedGoal'];
type Panel = 'edit' | 'check-in' | 'links' | null;

function QualityCheck({ goal }: { goal: Goal }) {
  const missing = goal.quality.checks.filter((c) => !c.ok);
  const met = goal.quality.checks.filter((c) => c.ok);
  return (
    <>
      <p className={missing.length ? 'quality quality-weak' : 'quality'}>
        Quality: meets {goal.quality.score} of 4 checks
        {missing.length === 0 ? '.' : ':'}
      </p>
      {missing.length > 0 && (
        <ul className="quality-list">
          {missing.map((c) => (
            <li key={c.criterion}>
              <strong>Not {c.criterion}</strong>: {c.reason}
              {c.suggestion && <>; {c.suggestion}</>}.
            </li>
          ))}
        </ul>
      )}
      {met.length > 0 && (
        <details>
          <summary>
            {missing.length === 0
              ? 'Why it meets them'
              : `Why it meets the other ${met.length === 1 ? 'check' : `${met.length} checks`}`}
          </summary>
          <ul className="quality-list">
            {met.map((c) => (
              <li key={c.criterion}>
                <strong>{c.criterion}</strong>: {c.reason}.
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

function CheckIns({ goal }: { goal: Goal }) {
  const last = goal.checkIns.at(-1);
  if (!last) return null;
  return (
    <>
      <p className="hint">
        Last check-in {formatDate(last.date)}: {last.progress}%{last.note ? `, ${last.note}` : ''} (
        {goal.checkIns.length} in all).
      </p>
      {goal.checkIns.length > 1 && (
        <details>
          <summary>Every check-in</summary>
          <ol>
            {goal.checkIns.map((c, i) => (
              // Check-ins have no id and may repeat a date; their order is their identity.
              // biome-ignore lint/suspicious/noArrayIndexKey: append-only history, never reordered
              <li key={i}>
                {formatDate(c.date)}: {c.progress}%{c.note ? `, ${c.note}` : ''}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

export function GoalItem({ goal, deletion }: { goal: Goal; deletion: RecordDeletion<Schemas['Goal']> }) {
  const [panel, setPanel] = useState<Panel>(null);
  const buttons = {
    edit: useRef<HTMLButtonElement>(null),
    'check-in': useRef<HTMLButtonElement>(null),
    links: useRef<HTMLButtonElement>(null),
  };
  const toggle = (p: Panel) => setPanel(panel === p ? null : p);
  // A saved form closes; focus goes back to the button that opened it, not to the top of the page.
  const close = () => {
    if (panel) buttons[panel].current?.focus();
    setPanel(null);
  };
  const deleted = !!goal.deletedAt;
  return (
    <li className={deleted ? 'goal card deleted' : 'goal card'}>
      <h2 className="goal-title">{goal.title}</h2>
      <p>
        {deleted && <span className="label label-deleted">deleted</span>}{' '}
        <span className="label">{goal.status}</span>{' '}
        <span className="labels">
          {goal.flags.map((f) => (
            <span key={f.flag} className="label label-flag">
              {f.flag}
            </span>
          ))}
        </span>{' '}
        {goal.progress}% done{goal.due ? `, due ${goal.due}` : ', no due date'}
        {goal.competencies.length > 0 && ` · ${goal.competencies.join(', ')}`}
        {goal.entryIds.length > 0 &&
          ` · ${goal.entryIds.length} linked ${goal.entryIds.length === 1 ? 'entry' : 'entries'}`}
      </p>
      <progress max={100} value={goal.progress} aria-label={`Progress of “${goal.title}”`} />
      {goal.flags.map((f) => (
        <p key={f.flag} className="problem">
          {f.reason}
        </p>
      ))}
      {goal.deliverable && <p>Deliverable: {goal.deliverable}</p>}
      {goal.impact && <p>Impact: {goal.impact}</p>}
      {goal.vouchers.length > 0 && <p>Will vouch for it: {goal.vouchers.join(', ')}</p>}
      <QualityCheck goal={goal} />
      <CheckIns goal={goal} />
      <RecordActions
        record={goal}
        name={`“${goal.title}”`}
        deletion={deletion}
        editing={panel === 'edit'}
        onToggleEdit={() => toggle('edit')}
        editButton={buttons.edit}
      >
        <PanelToggle
          open={panel === 'check-in'}
          onToggle={() => toggle('check-in')}
          label="Check in"
          closeLabel="Close check-in"
          name={`on “${goal.title}”`}
          buttonRef={buttons['check-in']}
        />
        <PanelToggle
          open={panel === 'links'}
          onToggle={() => toggle('links')}
          label="Link entries"
          closeLabel="Close evidence"
          name={`to “${goal.title}”`}
          buttonRef={buttons.links}
        />
      </RecordActions>
      {!deleted && panel === 'edit' && <GoalEditor goal={goal} onDone={close} />}
      {!deleted && panel === 'check-in' && <CheckInForm goal={goal} onDone={close} />}
      {!deleted && panel === 'links' && <GoalLinks goal={goal} />}
    </li>
  );
}
