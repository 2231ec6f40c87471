/**
 * The document model every builder produces and every renderer reads: a title, metadata, and sections
 * of blocks made of inline runs. It knows nothing of Markdown, HTML, PDF or DOCX.
 */

/** A citation points at the entry a claim comes from, so a reader can check it. */
export interface Citation {
  type: 'citation';
  entryId: string;
  date: string;
  /** The entry's first link, when it has one. */
  link: string | null;
}

/** A clearly marked hole the author has to fill: the document never invents what is missing. */
export interface Gap {
  type: 'gap';
  /** What is missing, as the author would fill it in ("the outcome, with a number"). */
  what: string;
  /** Why the document shows a gap here ("no entry of this project records an impact"). */
  why: string;
}

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'emphasis'; text: string }
  | Citation
  | Gap;

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'paragraph'; content: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'table'; header: string[]; rows: Inline[][][] }
  | { type: 'quote'; content: Inline[]; attribution: string | null };

export interface DocumentSection {
  /** Stable within a document type (`projects`, `design`): the word limiter reports cuts by it. */
  id: string;
  title: string;
  blocks: Block[];
}

export interface DocumentMetadata {
  label: string;
  value: string;
}

export interface PromoDocument {
  /** The type id it was built as (`brag`, `summary`, ...). */
  type: string;
  title: string;
  metadata: DocumentMetadata[];
  sections: DocumentSection[];
}

export const text = (value: string): Inline => ({ type: 'text', text: value });
export const strong = (value: string): Inline => ({ type: 'strong', text: value });
export const emphasis = (value: string): Inline => ({ type: 'emphasis', text: value });
export const gap = (what: string, why: string): Gap => ({ type: 'gap', what, why });
export const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });
export const heading = (value: string): Block => ({ type: 'heading', text: value });
export const bullets = (items: Inline[][]): Block => ({ type: 'list', ordered: false, items });
export const numbered = (items: Inline[][]): Block => ({ type: 'list', ordered: true, items });

/** The plain text of inline runs: what word counts and search read. Citations and gaps count as nothing. */
export function plainText(content: readonly Inline[]): string {
  return content
    .map((run) => (run.type === 'citation' || run.type === 'gap' ? '' : run.text))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every inline run list of a block, in reading order (table cells, list items, quotes). */
export function inlinesOf(block: Block): Inline[][] {
  switch (block.type) {
    case 'heading':
      return [[text(block.text)]];
    case 'paragraph':
    case 'quote':
      return [block.content];
    case 'list':
      return block.items;
    case 'table':
      return block.rows.flat();
  }
}
