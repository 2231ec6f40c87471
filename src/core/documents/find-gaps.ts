/** Every gap marker of a document, with where it is: what `promocase doc check` lists. */
import { type Block, type Gap, inlinesOf, type PromoDocument, plainText } from './document-model.js';

export interface DocumentGap {
  section: string;
  /** The heading the gap falls under inside the section (a story's title), if any. */
  under: string | null;
  what: string;
  why: string;
  /** The claim the gap belongs to, when the gap follows one (an outcome without a number). */
  claim: string | null;
}

export function findGaps(doc: PromoDocument): DocumentGap[] {
  const gaps: DocumentGap[] = [];
  for (const section of doc.sections) {
    let under: string | null = null;
    for (const block of section.blocks as Block[]) {
      if (block.type === 'heading') under = block.text;
      for (const runs of inlinesOf(block)) {
        runs.forEach((run, i) => {
          if (run.type !== 'gap') return;
          const claim = plainText(runs.slice(0, i));
          gaps.push({
            section: section.title,
            under,
            what: (run as Gap).what,
            why: run.why,
            claim: claim || null,
          });
        });
      }
    }
  }
  return gaps;
}

/** How many gaps a document has, without working out where each one is (a brag can have a thousand). */
export function countGaps(doc: PromoDocument): number {
  let count = 0;
  for (const section of doc.sections) {
    for (const block of section.blocks as Block[]) {
      for (const runs of inlinesOf(block)) for (const run of runs) if (run.type === 'gap') count++;
    }
  }
  return count;
}
