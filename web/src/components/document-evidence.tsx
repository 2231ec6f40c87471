// The dry run: which entries the document would be built from, why those, and why the rest stay out.
import type { DocumentEvidence as Evidence } from '../api/documents';

type EvidenceEntry = Evidence['entries'][number];

const VISIBILITY_REASON = {
  manager: 'shared with your manager',
  private: 'private or shared (every entry counts)',
} as const;

/** The entries left out, grouped by their reasons ("private", "dated before 2026-07-28"), largest group first. */
function groupByReason(entries: EvidenceEntry[]): [string, EvidenceEntry[]][] {
  const groups = new Map<string, EvidenceEntry[]>();
  for (const entry of entries) {
    const reason = entry.reasons.join('; ');
    groups.set(reason, [...(groups.get(reason) ?? []), entry]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

function EntryItems({ entries }: { entries: EvidenceEntry[] }) {
  return (
    <ul className="doc-evidence-entries">
      {entries.map((e) => (
        <li key={e.id}>
          <time dateTime={e.date}>{e.date}</time> {e.title}
          {e.project && <span className="label">{e.project}</span>}
        </li>
      ))}
    </ul>
  );
}

export function DocumentEvidence({ evidence }: { evidence: Evidence }) {
  const { selection } = evidence;
  const included = evidence.entries.filter((e) => e.included);
  const excluded = evidence.entries.filter((e) => !e.included);
  const why = [
    VISIBILITY_REASON[selection.visibility],
    `dated ${selection.since} to ${selection.until}`,
    ...(selection.projects.length ? [`in ${selection.projects.join(', ')}`] : []),
  ].join(', ');

  return (
    <section className="card" aria-labelledby="doc-evidence-title">
      <h2 id="doc-evidence-title">Dry run</h2>
      <p role="status" className="doc-evidence-count">
        {evidence.included} {evidence.included === 1 ? 'entry goes in' : 'entries go in'}, {evidence.excluded}{' '}
        left out.
      </p>
      <details>
        <summary>
          In ({included.length}): {why}
        </summary>
        {included.length ? <EntryItems entries={included} /> : <p className="hint">None.</p>}
      </details>
      {groupByReason(excluded).map(([reason, entries]) => (
        <details key={reason}>
          <summary>
            Out ({entries.length}): {reason}
          </summary>
          <EntryItems entries={entries} />
        </details>
      ))}
    </section>
  );
}
