/** Capturing entries: one (`log`) or a batch that is saved whole or not at all (`week`). */
import { CreateEntryInput, type Entry, entryFieldsWithDefaults } from '../../core/entries/entry.js';
import { type FieldProblem, invalidInput } from '../../core/errors.js';
import { toProblems } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';
import { checkEntryCompetencies } from './check-entry-competencies.js';

function buildEntry(ctx: ServiceContext, actor: Actor, input: CreateEntryInput, at: string): Entry {
  return {
    ...entryFieldsWithDefaults(input, ctx.today()),
    id: ctx.newId(),
    ownerId: actor.ownerId,
    source: input.source ?? 'manual',
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

export async function createEntry(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Entry> {
  const [entry] = await insertNew(ctx, actor, [input], '');
  return entry!;
}

/** Creates several entries at once (the Friday ritual): all of them, or none if any is invalid. */
export async function createEntries(
  ctx: ServiceContext,
  actor: Actor,
  inputs: readonly unknown[],
): Promise<Entry[]> {
  return insertNew(ctx, actor, inputs, 'entries');
}

/** Validates every input first (problems under `<prefix>[i]`), then writes them in one transaction. */
async function insertNew(
  ctx: ServiceContext,
  actor: Actor,
  inputs: readonly unknown[],
  prefix: string,
): Promise<Entry[]> {
  const at = ctx.now().toISOString();
  const problems: FieldProblem[] = [];
  const entries: Entry[] = [];
  const tagged: { competencies?: string[]; prefix: string }[] = [];
  for (const [i, input] of inputs.entries()) {
    const result = CreateEntryInput.safeParse(input);
    if (result.success) {
      entries.push(buildEntry(ctx, actor, result.data, at));
      tagged.push({ competencies: result.data.competencies, prefix: prefix && `${prefix}[${i}].` });
    } else problems.push(...toProblems(result.error, prefix && `${prefix}[${i}]`));
  }
  problems.push(...(await checkEntryCompetencies(ctx.store, actor, tagged)));
  if (problems.length) throw invalidInput(problems);
  await ctx.store.write((tx) => tx.insertEntries(entries));
  return entries;
}
