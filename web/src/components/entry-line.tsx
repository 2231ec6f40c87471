// One entry in a list: date, title, impact and labels, compact enough for a phone.
import type { Entry } from '../api/client';
import { formatDate } from '../lib/dates';

export function EntryLine({ entry }: { entry: Entry }) {
  return (
    <div className="entry-line">
      <time dateTime={entry.date}>{formatDate(entry.date)}</time>
      <span className="entry-title">{entry.title}</span>
      {entry.impact && <span className="entry-impact">{entry.impact}</span>}
      <span className="labels">
        <span className="label">{entry.kind}</span>
        {entry.competencies.map((c) => (
          <span key={c} className="label label-competency">
            {c}
          </span>
        ))}
      </span>
    </div>
  );
}
