/** Checks what a goal points at: competencies of the profile's framework, and the actor's own entries. */
import { type FieldProblem, invalidInput } from '../../core/errors.js';
import type { FrameworkDocument } from '../../core/frameworks/framework.js';
import type { StoreReader } from '../../store/store.js';
import type { Actor } from '../context.js';

export async function checkGoalReferences(
  store: StoreReader,
  actor: Actor,
  framework: FrameworkDocument,
  refs: { competencies?: readonly string[]; entryIds?: readonly string[] },
): Promise<void> {
  const problems: FieldProblem[] = [];
  (refs.competencies ?? []).forEach((c, i) => {
    if (!framework.competencies.some((x) => x.id === c))
      problems.push({
        path: `competencies[${i}]`,
        message: `"${c}" is not a competency of ${framework.name}; use one of: ${framework.competencies.map((x) => x.id).join(', ')}`,
      });
  });
  for (const [i, id] of (refs.entryIds ?? []).entries()) {
    const entry = await store.getEntry(actor.ownerId, id);
    if (!entry || entry.deletedAt !== null)
      problems.push({ path: `entryIds[${i}]`, message: `no entry with id "${id}"` });
  }
  if (problems.length) throw invalidInput(problems);
}
