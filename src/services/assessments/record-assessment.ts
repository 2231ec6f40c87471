/** Recording an assessment: the engineer's own ratings, or the manager's as told in a 1:1. */
import { type FieldProblem, invalidInput } from '../../core/errors.js';
import { type Assessment, RecordAssessmentInput } from '../../core/people/assessment.js';
import { parseOrThrow } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';
import { getFramework } from '../frameworks/read-frameworks.js';
import { loadPlanContext } from '../people/plan-context.js';

export async function recordAssessment(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<Assessment> {
  const parsed = parseOrThrow(RecordAssessmentInput, input);
  const plan = await loadPlanContext(ctx, actor);
  const framework = parsed.framework ? await getFramework(ctx, actor, parsed.framework) : plan.framework;
  const problems: FieldProblem[] = [];
  parsed.ratings.forEach((r, i) => {
    if (!framework.competencies.some((c) => c.id === r.competency))
      problems.push({
        path: `ratings[${i}].competency`,
        message: `"${r.competency}" is not a competency of ${framework.name}; use one of: ${framework.competencies.map((c) => c.id).join(', ')}`,
      });
    if (!framework.levels.some((l) => l.id === r.level))
      problems.push({
        path: `ratings[${i}].level`,
        message: `"${r.level}" is not a level of ${framework.name}; use one of: ${framework.levels.map((l) => l.id).join(', ')}`,
      });
  });
  if (problems.length) throw invalidInput(problems);
  const at = ctx.now().toISOString();
  const assessment: Assessment = {
    id: ctx.newId(),
    ownerId: actor.ownerId,
    date: parsed.date ?? ctx.today(),
    rater: parsed.rater ?? 'self',
    framework: framework.id,
    ratings: parsed.ratings,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
  await ctx.store.write((tx) => tx.putRecord('assessments', assessment));
  return assessment;
}
