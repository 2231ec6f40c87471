// The "Show deleted …" checkbox above a people-loop list: ticked, the list also shows the deleted records,
// each with Restore.
import type { Deleted } from '../api/queries';

/** @example <ShowDeleted what="goals" deleted={deleted} onChange={setDeleted} /> */
export function ShowDeleted({
  what,
  deleted,
  onChange,
}: {
  what: string;
  deleted: Deleted;
  onChange: (deleted: Deleted) => void;
}) {
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={deleted === 'include'}
        onChange={(e) => onChange(e.target.checked ? 'include' : 'exclude')}
      />{' '}
      Show deleted {what}
    </label>
  );
}
