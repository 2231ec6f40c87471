/** What a re-imported framework changes about competencies, so nothing tagged with an old one is dropped silently. */
import type { FrameworkDocument } from './framework.js';

export interface CompetencyChanges {
  removed: { id: string; name: string }[];
  added: { id: string; name: string }[];
  /** Removed ids whose name lives on under a new id: the likely renames, offered as mappings. */
  likelyRenames: { from: string; to: string }[];
}

export function competencyChanges(before: FrameworkDocument, after: FrameworkDocument): CompetencyChanges {
  const afterIds = new Set(after.competencies.map((c) => c.id));
  const beforeIds = new Set(before.competencies.map((c) => c.id));
  const removed = before.competencies
    .filter((c) => !afterIds.has(c.id))
    .map(({ id, name }) => ({ id, name }));
  const added = after.competencies.filter((c) => !beforeIds.has(c.id)).map(({ id, name }) => ({ id, name }));
  const normal = (name: string) =>
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const likelyRenames = removed.flatMap((r) => {
    const match = added.find((a) => normal(a.name) === normal(r.name));
    return match ? [{ from: r.id, to: match.id }] : [];
  });
  return { removed, added, likelyRenames };
}
