/** A line naming people from entries' name lists ("Helped A, B."), citing each entry that adds a name. */
import type { Entry } from '../entries/entry.js';
import { cite } from './build-stories.js';
import { type Inline, text } from './document-model.js';

/** Null when the entries name nobody, so the caller adds no empty claim. */
export function namesLine(
  label: string,
  entries: readonly Entry[],
  pick: (e: Entry) => readonly string[],
): Inline[] | null {
  const names = new Set<string>();
  const sources: Entry[] = [];
  for (const e of entries) {
    const before = names.size;
    for (const name of pick(e)) names.add(name);
    // Only entries that add a name back the claim; the rest would be citations of nothing new.
    if (names.size > before) sources.push(e);
  }
  return names.size > 0 ? [text(`${label} ${[...names].join(', ')}.`), ...sources.map(cite)] : null;
}
