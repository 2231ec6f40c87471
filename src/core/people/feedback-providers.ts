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

export interface FeedbackProvider {
  /** As written on their latest piece of feedback. */
  name: string;
  relationship: PeerFeedback['relationship'];
  pieces: number;
  latest: string;
}

/** One row per person, in the order they first appear; name and relationship from their latest piece. */
export function groupByProvider(
  feedback: ReadonlyArray<Pick<PeerFeedback, 'from' | 'relationship' | 'date'>>,
): FeedbackProvider[] {
  const byKey = new Map<string, FeedbackProvider>();
  for (const f of feedback) {
    const key = feedbackProviderKey(f.from);
    const known = byKey.get(key);
    if (!known) byKey.set(key, { name: f.from, relationship: f.relationship, pieces: 1, latest: f.date });
    else {
      known.pieces++;
      if (f.date > known.latest)
        Object.assign(known, { name: f.from, relationship: f.relationship, latest: f.date });
    }
  }
  return [...byKey.values()];
}
