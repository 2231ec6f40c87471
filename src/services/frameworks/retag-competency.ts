/**
 * What a competency that left a framework leaves behind: entries, ratings (of that framework) and goals
 * (when it is the profile's framework) still tagged with it. Re-tagged when the import maps it, else counted.
 */
import { unique } from '../../core/entries/entry.js';
import type { StoreWriter } from '../../store/store.js';
import type { Actor } from '../context.js';

export interface TaggedCounts {
  entries: number;
  ratings: number;
  goals: number;
}

export async function retagCompetency(
  tx: StoreWriter,
  actor: Actor,
  input: { framework: string; from: string; to: string | undefined; at: string },
): Promise<TaggedCounts> {
  const { from, to, at } = input;
  const entries = await tx.listEntries(actor.ownerId, { competency: from, deleted: 'include' });
  const profile = await tx.getProfile(actor.ownerId);
  const assessments = (await tx.listRecords('assessments', actor.ownerId, { deleted: 'include' })).filter(
    (a) => a.framework === input.framework && a.ratings.some((r) => r.competency === from),
  );
  const goals =
    profile?.framework === input.framework
      ? (await tx.listRecords('goals', actor.ownerId, { deleted: 'include' })).filter((g) =>
          g.competencies.includes(from),
        )
      : [];
  const counts = { entries: entries.length, ratings: assessments.length, goals: goals.length };
  if (!to) return counts;
  const swap = (ids: readonly string[]) => unique(ids.map((c) => (c === from ? to : c)));
  for (const entry of entries)
    await tx.replaceEntry({ ...entry, competencies: swap(entry.competencies), updatedAt: at });
  for (const a of assessments) {
    // An assessment that already rates the new competency keeps both ratings as they were: neither is ours to drop.
    if (a.ratings.some((r) => r.competency === to)) continue;
    const ratings = a.ratings.map((r) => (r.competency === from ? { ...r, competency: to } : r));
    await tx.putRecord('assessments', { ...a, ratings, updatedAt: at });
  }
  for (const g of goals)
    await tx.putRecord('goals', { ...g, competencies: swap(g.competencies), updatedAt: at });
  return counts;
}
