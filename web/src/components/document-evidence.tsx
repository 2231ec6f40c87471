// The dry run: which entries the document would be built from, why those, and why the rest stay out.
import { type ReactNode, useState } from 'react';
import type { DocumentEvidence as Evidence } from '../api/documents';
import { ShowMore, useShowMore } from './show-more';

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
    const group = groups.get(reason);
    if (group) group.push(entry);
    else groups.set(reason, [entry]);
  }
  return [...groups].sort((a, b) => b[1].length - a[1].length);
}

/** Entries listed a hundred at a time: a ten-year brag document goes in with thousands. */
const FIRST_ENTRIES = 100;

function EntryItems({ entries }: { entries: EvidenceEntry[] }) {
  const { shown, hidden, showAll } = useShowMore(entries, FIRST_ENTRIES);
  return (
    <>
      <ul className="doc-evidence-entries">
        {shown.map((e) => (
          <li key={e.id}>
            <time dateTime={e.date}>{e.date}</time> {e.title}
            {e.project && <span className="label">{e.project}</span>}
          </li>
        ))}
      </ul>
      <ShowMore hidden={hidden} noun="entries" onShowAll={showAll} />
    </>
  );
}

/** A folded group whose list is drawn once it is first opened, not with the page. */
function Group({ summary, children }: { summary: ReactNode; children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{summary}</summary>
      {opened && children}
    </details>
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
      <Group summary={`In (${included.length}): ${why}`}>
        {included.length ? <EntryItems entries={included} /> : <p className="hint">None.</p>}
      </Group>
      {groupByReason(excluded).map(([reason, entries]) => (
        <Group key={reason} summary={`Out (${entries.length}): ${reason}`}>
          <EntryItems entries={entries} />
        </Group>
      ))}
    </section>
  );
}
