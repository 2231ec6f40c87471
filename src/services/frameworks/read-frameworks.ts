/** The frameworks an owner can use: the built-in one and those they imported. */

import { DomainError } from '../../core/errors.js';
import { BUILTIN_FRAMEWORK } from '../../core/frameworks/builtin-framework.js';
import type { FrameworkDocument } from '../../core/frameworks/framework.js';
import { type CompetencyDiff, diffLevels } from '../../core/frameworks/level-diff.js';
import type { Actor, ServiceContext } from '../context.js';

export interface FrameworkSummary {
  id: string;
  name: string;
  source: string;
  builtin: boolean;
  levels: number;
  competencies: number;
  seniorLevel: string;
  importedAt: string | null;
}

function summarize(doc: FrameworkDocument, importedAt: string | null): FrameworkSummary {
  return {
    id: doc.id,
    name: doc.name,
    source: doc.source,
    builtin: importedAt === null,
    levels: doc.levels.length,
    competencies: doc.competencies.length,
    seniorLevel: doc.seniorLevel,
    importedAt,
  };
}

export async function listFrameworks(ctx: ServiceContext, actor: Actor): Promise<FrameworkSummary[]> {
  const stored = await ctx.store.listFrameworks(actor.ownerId);
  return [summarize(BUILTIN_FRAMEWORK, null), ...stored.map((f) => summarize(f.document, f.updatedAt))];
}

/** The built-in framework by its id, or one the owner imported; another owner's reads as absent. */
export async function getFramework(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
): Promise<FrameworkDocument> {
  if (id === BUILTIN_FRAMEWORK.id) return BUILTIN_FRAMEWORK;
  const stored = await ctx.store.getFramework(actor.ownerId, id);
  if (!stored) {
    const known = (await listFrameworks(ctx, actor)).map((f) => f.id).join(', ');
    throw new DomainError('not_found', `no framework "${id}"; yours are: ${known}`, [
      { path: 'framework', message: 'no such framework' },
    ]);
  }
  return stored.document;
}

export interface FrameworkDiff {
  framework: { id: string; name: string };
  from: string;
  to: string;
  competencies: CompetencyDiff[];
}

/** Per competency, what is expected on top between two levels. */
export async function diffFrameworkLevels(
  ctx: ServiceContext,
  actor: Actor,
  input: { framework: string; from: string; to: string },
): Promise<FrameworkDiff> {
  const doc = await getFramework(ctx, actor, input.framework);
  const diff = diffLevels(doc, input.from, input.to);
  if (!diff.ok)
    throw new DomainError('invalid_input', diff.problem, [{ path: 'levels', message: diff.problem }]);
  return {
    framework: { id: doc.id, name: doc.name },
    from: diff.from,
    to: diff.to,
    competencies: diff.competencies,
  };
}
