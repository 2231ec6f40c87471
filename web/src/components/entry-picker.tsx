// Choosing log entries for a form (the work a piece of feedback speaks to): the chosen ones, each
// removable, and a search over the log (the latest entries when nothing is typed) to add more.
import { useDeferredValue, useId, useState } from 'react';
import { useEntriesById } from '../api/people-queries';
import { useEntries } from '../api/queries';
import { EntryLine } from './entry-line';
import { ErrorNotice } from './states';

const PICK_LIMIT = 6;

interface EntryPickerProps {
  legend: string;
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  problem?: string | undefined;
}

export function EntryPicker({ legend, selected, onChange, problem }: EntryPickerProps) {
  const searchId = useId();
  const problemId = useId();
  const [text, setText] = useState('');
  const q = useDeferredValue(text.trim());
  const candidates = useEntries({ limit: PICK_LIMIT + selected.length, ...(q ? { q } : {}) });
  const chosen = useEntriesById(selected);
  const offered = (candidates.data ?? []).filter((e) => !selected.includes(e.id)).slice(0, PICK_LIMIT);
  return (
    <fieldset
      className={problem ? 'entry-picker field-invalid' : 'entry-picker'}
      aria-describedby={problem ? problemId : undefined}
    >
      <legend>{legend}</legend>
      {problem && (
        <small id={problemId} className="problem">
          {problem}
        </small>
      )}
      {selected.length > 0 && (
        <ul className="entry-list">
          {selected.map((id, i) => {
            const entry = chosen[i]?.data;
            return (
              <li key={id} className="entry">
                {entry ? <EntryLine entry={entry} /> : <span className="hint">Entry {id}</span>}
                <button type="button" onClick={() => onChange(selected.filter((s) => s !== id))}>
                  Remove<span className="visually-hidden"> “{entry?.title ?? id}”</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div className="field">
        <label htmlFor={searchId}>Find an entry</label>
        <input
          id={searchId}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
        />
      </div>
      <ErrorNotice error={candidates.error} title="Could not search the log." />
      {candidates.data && offered.length === 0 && (
        <p className="hint">{q ? 'No other entry matches.' : 'No other entry in the log.'}</p>
      )}
      {offered.length > 0 && (
        <ul className="entry-list">
          {offered.map((e) => (
            <li key={e.id} className="entry">
              <EntryLine entry={e} />
              <button type="button" onClick={() => onChange([...selected, e.id])}>
                Add<span className="visually-hidden"> “{e.title}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
