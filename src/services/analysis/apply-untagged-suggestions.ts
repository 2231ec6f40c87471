/** Applies the suggestions to the untagged entries, all in one transaction. */
import type { Entry } from '../../core/entries/entry.js';
import type { Actor, ServiceContext } from '../context.js';
import { builtinCompetenciesApply } from './builtin-competencies-apply.js';
import { isUntagged, suggestionFor, type UntaggedSuggestion } from './suggest-untagged.js';

/**
 * Re-reads the entries inside the transaction (an entry tagged since the suggestions were shown is
 * left alone) and fills in only the fields each one lacks. Returns what was applied.
 */
export async function applyUntaggedSuggestions(
  ctx: ServiceContext,
  actor: Actor,
): Promise<UntaggedSuggestion[]> {
  const withCompetencies = await builtinCompetenciesApply(ctx, actor);
  return ctx.store.write(async (tx) => {
    const entries = await tx.listEntries(actor.ownerId, {});
    const applied: UntaggedSuggestion[] = [];
    const at = ctx.now().toISOString();
    for (const entry of entries.filter(isUntagged)) {
      const suggestion = suggestionFor(entry, withCompetencies);
      const { kind, competencies, scope } = suggestion.changes;
      if (competencies.length === 0 && kind === undefined) continue;
      const updated: Entry = {
        ...entry,
        kind: kind ?? entry.kind,
        competencies,
        scope: scope ?? entry.scope,
        updatedAt: at,
      };
      await tx.replaceEntry(updated);
      applied.push(suggestion);
    }
    return applied;
  });
}
