/** Checks that the competencies an entry is tagged with exist in one of the owner's frameworks (a typo would count for nothing). */
import type { FieldProblem } from '../../core/errors.js';
import type { StoreReader } from '../../store/store.js';
import type { Actor } from '../context.js';

/**
 * The problems with the competencies of each entry, under `<prefix>competencies[i]`. Any framework the
 * owner has counts, not only the profile's: entries keep tags of every framework they were logged under.
 */
export async function checkEntryCompetencies(
  store: StoreReader,
  actor: Actor,
  tagged: ReadonlyArray<{ competencies?: readonly string[] | undefined; prefix: string }>,
): Promise<FieldProblem[]> {
  if (!tagged.some((t) => t.competencies?.length)) return [];
  // Loaded only when an entry has competencies: a quick `log` never pays for the built-in framework.
  const { BUILTIN_FRAMEWORK } = await import('../../core/frameworks/builtin-framework.js');
  const frameworks = [
    BUILTIN_FRAMEWORK,
    ...(await store.listFrameworks(actor.ownerId)).map((f) => f.document),
  ];
  const known = new Set(frameworks.flatMap((f) => f.competencies.map((c) => c.id)));
  const problems: FieldProblem[] = [];
  for (const { competencies = [], prefix } of tagged) {
    competencies.forEach((id, i) => {
      if (known.has(id)) return;
      problems.push({
        path: `${prefix}competencies[${i}]`,
        message: `"${id}" is not a competency of your frameworks; use one of: ${[...known].join(', ')}`,
      });
    });
  }
  return problems;
}
