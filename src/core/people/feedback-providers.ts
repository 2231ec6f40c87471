/**
 * Who gave peer feedback, counted one way everywhere: the analysis's "N people gave feedback" and a
 * document's table of providers must agree, so both key people here.
 */
import type { PeerFeedback } from './peer-feedback.js';

/** The same person however the name was typed: case and spacing differ between records. */
export const feedbackProviderKey = (from: string): string => from.trim().replace(/\s+/g, ' ').toLowerCase();

/** Live feedback dated inside `since`..`until` (inclusive): what a document over that period may count. */
export function feedbackDatedIn<T extends Pick<PeerFeedback, 'date' | 'deletedAt'>>(
  feedback: readonly T[],
  since: string,
  until: string,
): T[] {
  return feedback.filter((f) => f.deletedAt === null && f.date >= since && f.date <= until);
}
