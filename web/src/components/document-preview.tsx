// A document drawn from its model (the JSON format) with React: headings, paragraphs, lists, tables,
// quotes, citations and the marked gaps, with no HTML from the server and nothing the CSP refuses.
import type { DocumentBlock, DocumentInline, DocumentJson } from '../api/documents';

/** Numbers the gaps in reading order as they are drawn, so the gap list can point at each one. */
type NextGapId = () => string;

function Run({ run, nextGapId }: { run: DocumentInline; nextGapId: NextGapId }) {
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
        <mark id={nextGapId()} className="doc-gap">
          [TO FILL: {run.what}]<span className="visually-hidden"> ({run.why})</span>
        </mark>
      );
  }
}

function Runs({ runs, nextGapId }: { runs: DocumentInline[]; nextGapId: NextGapId }) {
  // Runs never move within a rendered document: their position is their identity.
  // biome-ignore lint/suspicious/noArrayIndexKey: positional runs of one paragraph
  return runs.map((run, i) => <Run key={i} run={run} nextGapId={nextGapId} />);
}

function Block({ block, nextGapId }: { block: DocumentBlock; nextGapId: NextGapId }) {
  switch (block.type) {
    case 'heading':
      return <h4>{block.text}</h4>;
    case 'paragraph':
      return (
        <p>
          <Runs runs={block.content} nextGapId={nextGapId} />
        </p>
      );
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List>
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: list items have no id and never reorder in place
            <li key={i}>
              <Runs runs={item} nextGapId={nextGapId} />
            </li>
          ))}
        </List>
      );
    }
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
                      <Runs runs={cell} nextGapId={nextGapId} />
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
            <Runs runs={block.content} nextGapId={nextGapId} />
          </blockquote>
          {block.attribution && <figcaption>{block.attribution}</figcaption>}
        </figure>
      );
  }
}

export function DocumentPreview({ doc, updating }: { doc: DocumentJson; updating: boolean }) {
  let gaps = 0;
  const nextGapId = () => `doc-gap-${gaps++}`;
  const { document } = doc;
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
            <Block key={i} block={block} nextGapId={nextGapId} />
          ))}
        </section>
      ))}
    </article>
  );
}
