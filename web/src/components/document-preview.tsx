// A document drawn from its model (the JSON format) with React: headings, paragraphs, lists, tables,
// quotes, citations and the marked gaps, with no HTML from the server and nothing the CSP refuses.
import { useEffect, useMemo } from 'react';
import type { DocumentBlock, DocumentInline, DocumentJson } from '../api/documents';
import { runsOf } from '../lib/document-gap-sources';
import { ShowMore, useShowMore } from './show-more';

/** List items drawn at first: a ten-year brag document has lists of hundreds of entries. */
const FIRST_ITEMS = 25;

/**
 * The number of each run list's first gap, in reading order (the order the gap list uses), worked out
 * from the model: the items a list does not draw yet still hold their numbers.
 */
type GapNumbers = Map<DocumentInline[], number>;

function numberGaps(doc: DocumentJson): GapNumbers {
  const first: GapNumbers = new Map();
  let next = 0;
  for (const section of doc.document.sections) {
    for (const block of section.blocks) {
      for (const runs of runsOf(block)) {
        first.set(runs, next);
        for (const run of runs) if (run.type === 'gap') next++;
      }
    }
  }
  return first;
}

const gapCount = (runs: DocumentInline[]) => runs.filter((run) => run.type === 'gap').length;

function Run({ run, gapId }: { run: DocumentInline; gapId: string }) {
  switch (run.type) {
    case 'text':
      return run.text;
    case 'strong':
      return <strong>{run.text}</strong>;
    case 'emphasis':
      return <em>{run.text}</em>;
    case 'citation':
      return (
        <span className="doc-citation">
          {' '}
          (
          {run.link ? (
            <a href={run.link} target="_blank" rel="noreferrer noopener">
              {run.date}
            </a>
          ) : (
            run.date
          )}
          )
        </span>
      );
    case 'gap':
      return (
        <mark id={gapId} className="doc-gap">
          [TO FILL: {run.what}]<span className="visually-hidden"> ({run.why})</span>
        </mark>
      );
  }
}

function Runs({ runs, gaps }: { runs: DocumentInline[]; gaps: GapNumbers }) {
  let gap = gaps.get(runs) ?? 0;
  return runs.map((run, i) => (
    // Runs never move within a rendered document: their position is their identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: positional runs of one paragraph
    <Run key={i} run={run} gapId={run.type === 'gap' ? `doc-gap-${gap++}` : ''} />
  ));
}

/** A list drawn in part, unless the gap the author asked to see is in an item not drawn yet. */
function List({
  block,
  gaps,
  reveal,
}: {
  block: Extract<DocumentBlock, { type: 'list' }>;
  gaps: GapNumbers;
  reveal: number | null;
}) {
  const holdsReveal =
    reveal !== null &&
    block.items.slice(FIRST_ITEMS).some((item) => {
      const first = gaps.get(item) ?? 0;
      return reveal >= first && reveal < first + gapCount(item);
    });
  const { shown, hidden, showAll } = useShowMore(block.items, FIRST_ITEMS, holdsReveal);
  const Tag = block.ordered ? 'ol' : 'ul';
  return (
    <>
      <Tag>
        {shown.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no id and never reorder in place
          <li key={i}>
            <Runs runs={item} gaps={gaps} />
          </li>
        ))}
      </Tag>
      <ShowMore hidden={hidden} noun="items" onShowAll={showAll} />
    </>
  );
}

function Block({ block, gaps, reveal }: { block: DocumentBlock; gaps: GapNumbers; reveal: number | null }) {
  switch (block.type) {
    case 'heading':
      return <h4>{block.text}</h4>;
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.content} gaps={gaps} />
        </p>
      );
    case 'list':
      return <List block={block} gaps={gaps} reveal={reveal} />;
    case 'table':
      return (
        // A wide table scrolls on its own on a phone; the region takes focus so a keyboard can scroll it.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-scroll" tabIndex={0} aria-label={block.header.join(', ')}>
          <table>
            <thead>
              <tr>
                {block.header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, r) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id and never reorder in place
                <tr key={r}>
                  {row.map((cell, c) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells are positional
                    <td key={c}>
                      <Runs runs={cell} gaps={gaps} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      );
    case 'quote':
      return (
        <figure className="doc-quote">
          <blockquote>
            <Runs runs={block.content} gaps={gaps} />
          </blockquote>
          {block.attribution && <figcaption>{block.attribution}</figcaption>}
        </figure>
      );
  }
}

/** `reveal`: the gap the author asked to see (from the gap list), drawn and scrolled to even in a long list. */
export function DocumentPreview({
  doc,
  updating,
  reveal,
}: {
  doc: DocumentJson;
  updating: boolean;
  reveal: number | null;
}) {
  const gaps = useMemo(() => numberGaps(doc), [doc]);
  const { document } = doc;
  useEffect(() => {
    // The link already scrolled when its gap was drawn; this covers a gap its list has only just drawn.
    if (reveal !== null)
      window.document.getElementById(`doc-gap-${reveal}`)?.scrollIntoView({ block: 'center' });
  }, [reveal]);
  return (
    <article className="card doc-preview" aria-labelledby="doc-title" aria-busy={updating}>
      <h2 id="doc-title">{document.title}</h2>
      <dl className="doc-metadata">
        {document.metadata.map((m) => (
          <div key={m.label}>
            <dt>{m.label}</dt>
            <dd>{m.value}</dd>
          </div>
        ))}
      </dl>
      {document.sections.map((section) => (
        <section key={section.id} aria-labelledby={`doc-section-${section.id}`}>
          <h3 id={`doc-section-${section.id}`}>{section.title}</h3>
          {section.blocks.map((block, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: blocks are positional within a section
            <Block key={i} block={block} gaps={gaps} reveal={reveal} />
          ))}
        </section>
      ))}
    </article>
  );
}
