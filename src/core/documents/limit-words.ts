/**
 * The word limit (Meta's self-review tool refuses more than about 1,000 words): trims a document to at
 * most N words, whatever format it is rendered in, and reports every piece it cut. Citations and gap
 * markers count as no words; section titles are the form's questions and are not counted.
 */
import {
  type Block,
  type DocumentSection,
  type Inline,
  inlinesOf,
  type PromoDocument,
  plainText,
} from './document-model.js';
import { countWords } from './entry-text.js';

export interface WordCut {
  section: string;
  /** The heading it was under inside the section (a story's title), if any. */
  under: string | null;
  words: number;
  /** The start of what was cut, so the author can find it and decide what to bring back. */
  excerpt: string;
}

export interface WordLimitReport {
  limit: number;
  wordsBefore: number;
  wordsAfter: number;
  cut: WordCut[];
}

/** A removable piece: a whole block, or one item of a list or one row of a table. */
interface Unit {
  section: number;
  block: number;
  /** Item or row index; -1 for a whole block. */
  part: number;
  words: number;
  content: Inline[];
  under: string | null;
  isHeading: boolean;
  removed: boolean;
}

function unitsOf(doc: PromoDocument): Unit[][] {
  return doc.sections.map((section, s) => {
    let under: string | null = null;
    return section.blocks.flatMap((block, b): Unit[] => {
      if (block.type === 'heading') under = block.text;
      const unit = (part: number, content: Inline[]): Unit => ({
        section: s,
        block: b,
        part,
        words: countWords(plainText(content)),
        content,
        under,
        isHeading: block.type === 'heading',
        removed: false,
      });
      if (block.type === 'list') return block.items.map((item, i) => unit(i, item));
      if (block.type === 'table') return block.rows.map((row, i) => unit(i, row.flat()));
      return [unit(-1, inlinesOf(block).flat())];
    });
  });
}

/** Words in the document as the limit counts them. */
export function countDocumentWords(doc: PromoDocument): number {
  return unitsOf(doc)
    .flat()
    .reduce((n, u) => n + u.words, 0);
}

function excerpt(content: Inline[]): string {
  const plain = plainText(content);
  return plain.length > 80 ? `${plain.slice(0, 77)}...` : plain;
}

function rebuild(doc: PromoDocument, units: Unit[][]): PromoDocument {
  const sections = doc.sections.map((section, s): DocumentSection => {
    const gone = new Set(units[s]!.filter((u) => u.removed).map((u) => `${u.block}:${u.part}`));
    const blocks: Block[] = [];
    section.blocks.forEach((block, b) => {
      if (gone.has(`${b}:-1`)) return;
      if (block.type === 'list') {
        const items = block.items.filter((_, i) => !gone.has(`${b}:${i}`));
        if (items.length > 0) blocks.push({ ...block, items });
      } else if (block.type === 'table') {
        const rows = block.rows.filter((_, i) => !gone.has(`${b}:${i}`));
        if (rows.length > 0) blocks.push({ ...block, rows });
      } else blocks.push(block);
    });
    return { ...section, blocks };
  });
  return { ...doc, sections };
}

/**
 * Cuts from the end of whichever section is longest, one piece at a time, so every section keeps its
 * opening as long as possible; only when openings alone are over the limit are they cut too, last
 * section first. Never returns more than `limit` words.
 * @example const { document, report } = limitWords(selfReview, 1000); report.cut // what to bring back by hand
 */
export function limitWords(
  doc: PromoDocument,
  limit: number,
): { document: PromoDocument; report: WordLimitReport } {
  const units = unitsOf(doc);
  const live = units.map((list) => list.reduce((n, u) => n + u.words, 0));
  const before = live.reduce((a, b) => a + b, 0);
  let total = before;
  const cut: WordCut[] = [];
  const remove = (u: Unit) => {
    u.removed = true;
    live[u.section]! -= u.words;
    total -= u.words;
    cut.push({
      section: doc.sections[u.section]!.title,
      under: u.under,
      words: u.words,
      excerpt: excerpt(u.content),
    });
    // Pieces without words (a bullet that is only a gap) belong to what comes before them: left behind,
    // they would read as part of the previous list or story ("no impact recorded" under another project).
    const list = units[u.section]!;
    for (let i = list.indexOf(u) + 1; i < list.length && (list[i]!.removed || list[i]!.words === 0); i++)
      list[i]!.removed = true;
  };
  // Per section, the index of the last piece that may still go (pieces go from the end, so it only moves back).
  const next = units.map((list) => list.length - 1);
  // A section's opening is its first piece that is not a heading: a heading alone opens nothing.
  const opening = units.map((list) =>
    Math.max(
      0,
      list.findIndex((u) => !u.isHeading),
    ),
  );
  const lastRemovable = (s: number): Unit | undefined => {
    const list = units[s]!;
    while (next[s]! > opening[s]! && list[next[s]!]!.words === 0) next[s]!--;
    return next[s]! > opening[s]! ? list[next[s]!] : undefined;
  };
  // A heading whose pieces are all cut would title nothing: it goes too, and is reported like any cut.
  const dropBareHeading = (s: number) => {
    const list = units[s]!;
    const at = next[s]!;
    const heading = list[at];
    if (at <= opening[s]! || !heading?.isHeading) return;
    const nextHeading = list.findIndex((u, i) => i > at && u.isHeading);
    const under = list.slice(at + 1, nextHeading < 0 ? undefined : nextHeading);
    if (under.every((u) => u.removed || u.words === 0)) {
      remove(heading);
      next[s]!--;
    }
  };
  while (total > limit) {
    // The longest section that still has something beyond its opening piece.
    let pick = -1;
    for (let s = 0; s < units.length; s++)
      if (lastRemovable(s) && (pick < 0 || live[s]! > live[pick]!)) pick = s;
    if (pick >= 0) {
      remove(lastRemovable(pick)!);
      next[pick]!--;
      dropBareHeading(pick);
      continue;
    }
    const first = units.findLast((list) => list[0] && !list[0].removed && list[0].words > 0)?.[0];
    if (!first) break; // nothing with words is left: total is 0
    remove(first);
  }
  const document = rebuild(doc, units);
  return { document, report: { limit, wordsBefore: before, wordsAfter: countDocumentWords(document), cut } };
}
