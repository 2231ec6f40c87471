// The gaps the author has to fill before handing the document over: where each is, what it needs, and
// the entry to edit (opened in place) when the gap belongs to one.
import { useState } from 'react';
import type { DocumentJson } from '../api/documents';
import { gapSources } from '../lib/document-gap-sources';
import { DocumentEntryEditor } from './document-entry-editor';
import { ShowMore, useShowMore } from './show-more';

/** Gaps listed fifty at a time: a ten-year brag document has a thousand. */
const FIRST_GAPS = 50;

/** Beside the preview (a wide window) the list is open; on a phone it folds, so the preview is not 30 gaps away. */
const besideThePreview = () => window.matchMedia('(min-width: 64rem)').matches;

/**
 * `onShow` is told which gap the author wants to see in the preview, so that a list drawn in part can
 * draw the item that holds it.
 */
export function DocumentGaps({ doc, onShow }: { doc: DocumentJson; onShow: (gap: number) => void }) {
  const [editing, setEditing] = useState<number | null>(null);
  const [openAtFirst] = useState(besideThePreview);
  const sources = gapSources(doc);
  const { shown, hidden, showAll } = useShowMore(sources, FIRST_GAPS);
  return (
    <section className="card" aria-labelledby="doc-gaps-title">
      <h2 id="doc-gaps-title">Gaps to fill ({sources.length})</h2>
      {sources.length === 0 ? (
        <p>No gaps: every claim has its outcome and every outcome its number.</p>
      ) : (
        <details open={openAtFirst}>
          <summary>
            The document never makes these up. Add them to the entry, or write them into the downloaded file.
          </summary>
          <ol className="doc-gap-list">
            {shown.map(({ gap, index, entryId, date }) => (
              <li key={index}>
                <p>
                  <strong>{gap.what}</strong>: {gap.why}.{' '}
                  <span className="hint">
                    {gap.section}
                    {gap.under && ` › ${gap.under}`}
                    {gap.claim && ` › “${gap.claim}”`}
                  </span>
                </p>
                <div className="actions">
                  <a href={`#doc-gap-${index}`} onClick={() => onShow(index)}>
                    Show in the preview<span className="visually-hidden"> (gap {index + 1})</span>
                  </a>
                  {entryId && (
                    <button
                      type="button"
                      aria-expanded={editing === index}
                      onClick={() => setEditing(editing === index ? null : index)}
                    >
                      {editing === index ? 'Close the entry' : `Edit the entry of ${date}`}
                      <span className="visually-hidden"> (gap {index + 1})</span>
                    </button>
                  )}
                </div>
                {editing === index && entryId && (
                  <DocumentEntryEditor entryId={entryId} onDone={() => setEditing(null)} />
                )}
              </li>
            ))}
          </ol>
          <ShowMore hidden={hidden} noun="gaps" onShowAll={showAll} />
        </details>
      )}
    </section>
  );
}
