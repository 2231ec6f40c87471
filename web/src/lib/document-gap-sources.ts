// Which entry each gap of a document belongs to, so the page can open that entry for the author to fill.
import type { DocumentBlock, DocumentInline, DocumentJson } from '../api/documents';

export type DocumentGapListed = DocumentJson['gaps'][number];

export interface GapSource {
  /** The gap as the server listed it (section, heading, what, why, claim). */
  gap: DocumentGapListed;
  /** Its place among the document's gaps, in reading order: the preview marks it `doc-gap-<index>`. */
  index: number;
  /** The entry the claim beside the gap cites; null when the gap stands alone (a missing section). */
  entryId: string | null;
  date: string | null;
}

type Citation = Extract<DocumentInline, { type: 'citation' }>;

/** Every run list of a block in reading order: the same walk as the server's gap finder. */
export function runsOf(block: DocumentBlock): DocumentInline[][] {
  switch (block.type) {
    case 'heading':
      return [];
    case 'paragraph':
    case 'quote':
      return [block.content];
    case 'list':
      return block.items;
    case 'table':
      return block.rows.flat();
  }
}

/** The citation a gap belongs to: the nearest one before it in the same runs, else the first after it. */
function citationFor(runs: DocumentInline[], at: number): Citation | null {
  for (let i = at - 1; i >= 0; i--) {
    const run = runs[i];
    if (run?.type === 'citation') return run;
  }
  return (runs.slice(at + 1).find((r) => r.type === 'citation') as Citation | undefined) ?? null;
}

/** Each run list of a block with where else to look for its citation: a table cell's row. */
function runsWithContext(block: DocumentBlock): { runs: DocumentInline[]; row: DocumentInline[] }[] {
  if (block.type !== 'table') return runsOf(block).map((runs) => ({ runs, row: [] }));
  return block.rows.flatMap((cells) => cells.map((runs) => ({ runs, row: cells.flat() })));
}

/** The document's gaps with the entry each belongs to, in the order the server listed them. */
export function gapSources(doc: DocumentJson): GapSource[] {
  const sources: GapSource[] = [];
  for (const section of doc.document.sections) {
    for (const block of section.blocks) {
      for (const { runs, row } of runsWithContext(block)) {
        runs.forEach((run, i) => {
          if (run.type !== 'gap') return;
          const index = sources.length;
          const cited = citationFor(runs, i) ?? citationFor(row, row.length);
          sources.push({
            gap: doc.gaps[index] ?? {
              section: section.title,
              under: null,
              what: run.what,
              why: run.why,
              claim: null,
            },
            index,
            entryId: cited?.entryId ?? null,
            date: cited?.date ?? null,
          });
        });
      }
    }
  }
  return sources;
}
