/**
 * The Leadership Principle objection as the Amazon document answers it: from the principles its own
 * stories show, so the count a reader sees matches the stories on the page.
 */
import type { EvaluationDimension } from '../frameworks/company-profile.js';
import type { Objection } from '../readiness/objections.js';
import { gap, type Inline } from './document-model.js';

// Semicolons, not commas: "Are Right, A Lot" has a comma of its own.
const names = (ds: readonly EvaluationDimension[]) => ds.map((d) => d.name).join('; ');

/**
 * Replaces the analysis's company objection (which counts competencies, not stories) with one about the
 * stories shown. `enough` is how many principles the reported 5-7 stories can be expected to show.
 */
export function principleObjection(
  analysed: Objection,
  all: readonly EvaluationDimension[],
  shown: readonly EvaluationDimension[],
  enough: number,
): { objection: Objection; after: Inline[] } {
  const ids = new Set(shown.map((d) => d.id));
  const named = all.filter((d) => ids.has(d.id));
  const missing = all.filter((d) => !ids.has(d.id));
  const reason =
    named.length === 0
      ? 'No story in this document is mapped to a Leadership Principle.'
      : `The stories in this document show ${named.length} of the ${all.length} Leadership Principles: ${names(named)}.`;
  const toAnswer = `Stories in STAR form (situation, task, action, result) for more principles; none here shows: ${names(missing)}.`;
  const objection: Objection =
    named.length >= enough
      ? { ...analysed, status: 'answered', reason, answeredBy: [], toAnswer: undefined }
      : { ...analysed, status: 'open', reason, answeredBy: [], toAnswer };
  // An open objection already ends in its own gap; an answered one still names what no story shows.
  const after =
    objection.status === 'answered' && missing.length > 0
      ? [
          gap(
            `a story for another principle, where the work shows one: ${names(missing)}`,
            'no story in this document shows these principles',
          ),
        ]
      : [];
  return { objection, after };
}
