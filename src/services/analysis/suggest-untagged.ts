/** Suggestions for the entries that were never tagged (imported, or logged in a hurry): kind, competencies, scope. */
import { analyzeEntry } from '../../core/analysis/analyze-entry.js';
import { entryAnalysisText } from '../../core/analysis/analyze-item.js';
import type { Entry } from '../../core/entries/entry.js';
import type { EntryKind, EntryScope } from '../../core/entries/entry-vocabulary.js';
import type { Actor, ServiceContext } from '../context.js';
import { builtinCompetenciesApply } from './builtin-competencies-apply.js';

export interface UntaggedSuggestion {
  entryId: string;
  date: string;
  title: string;
  /** Only the fields the entry lacks: kind when it is "other", scope when the entry was never tagged at all. */
  changes: { kind?: EntryKind; competencies: string[]; scope?: EntryScope };
  specificity: number;
  reasons: string[];
}

/**
 * An entry is untagged when it names no competency. When its kind is also "other" it was never tagged,
 * so its scope is the default rather than a choice and is suggested too.
 */
export function isUntagged(entry: Entry): boolean {
  return entry.deletedAt === null && entry.competencies.length === 0;
}

/** `withCompetencies` is false when the person's framework is not the built-in one: its ids would not fit. */
export function suggestionFor(entry: Entry, withCompetencies: boolean): UntaggedSuggestion {
  const analysis = analyzeEntry(entryAnalysisText(entry));
  const neverTagged = entry.kind === 'other';
  const changes: UntaggedSuggestion['changes'] = {
    competencies: withCompetencies ? analysis.competencies : [],
  };
  if (neverTagged && analysis.kind !== 'other') changes.kind = analysis.kind;
  if (neverTagged && analysis.scope !== entry.scope) changes.scope = analysis.scope;
  return {
    entryId: entry.id,
    date: entry.date,
    title: entry.title,
    changes,
    specificity: analysis.specificity,
    reasons: analysis.reasons,
  };
}

/** Suggestions for every untagged entry, newest first; entries the analysis has nothing to say about are left out. */
export async function suggestUntagged(ctx: ServiceContext, actor: Actor): Promise<UntaggedSuggestion[]> {
  const entries = await ctx.store.listEntries(actor.ownerId, {});
  const withCompetencies = await builtinCompetenciesApply(ctx, actor);
  return entries
    .filter(isUntagged)
    .map((entry) => suggestionFor(entry, withCompetencies))
    .filter((s) => s.changes.competencies.length > 0 || s.changes.kind !== undefined);
}
