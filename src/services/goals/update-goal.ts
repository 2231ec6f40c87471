/** Changing a goal: its fields, a check-in (with progress and maybe a new status), the entries linked to it. */
import { AddCheckInInput, type Goal, GoalFields, UpdateGoalInput } from '../../core/people/goal.js';
import { parseOrThrow } from '../../core/validation.js';
import type { StoreReader, StoreWriter } from '../../store/store.js';
import type { Actor, ServiceContext } from '../context.js';
import { editRecord } from '../people/edit-record.js';
import { loadPlanContext } from '../people/plan-context.js';
import { checkGoalReferences } from './goal-references.js';

/** Applies `change` (a function of the stored goal) after checking what the new values refer to. */
async function changeGoal(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  change: (goal: Goal, tx: StoreWriter) => Promise<Partial<Goal>>,
): Promise<Goal> {
  const { framework } = await loadPlanContext(ctx, actor);
  return editRecord(ctx, actor, 'goals', id, GoalFields, async (existing, tx) => {
    const changes = await change(existing, tx);
    await checkGoalReferences(tx, actor, framework, {
      competencies: changes.competencies,
      entryIds: changes.entryIds?.filter((e) => !existing.entryIds.includes(e)),
    });
    return changes;
  });
}

export async function updateGoal(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Goal> {
  const changes = parseOrThrow(UpdateGoalInput, input);
  return changeGoal(ctx, actor, id, async () => changes);
}

/** A check-in: how far along it is, a note, and optionally a new status (a first check-in starts a planned goal). */
export async function addGoalCheckIn(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: unknown,
): Promise<Goal> {
  const parsed = parseOrThrow(AddCheckInInput, input);
  return changeGoal(ctx, actor, id, async (goal) => {
    const checkIn = { date: parsed.date ?? ctx.today(), note: parsed.note ?? '', progress: parsed.progress };
    const status = parsed.status ?? (goal.status === 'planned' ? 'active' : goal.status);
    const checkIns = [...goal.checkIns, checkIn].sort((a, b) => a.date.localeCompare(b.date));
    return { checkIns, status };
  });
}

/** Links log entries to a goal as its evidence (or unlinks them). */
export async function linkGoalEntries(
  ctx: ServiceContext,
  actor: Actor,
  id: string,
  input: { add?: readonly string[]; remove?: readonly string[] },
): Promise<Goal> {
  return changeGoal(ctx, actor, id, async (goal, tx) => {
    const add = await Promise.all((input.add ?? []).map((e) => resolveEntryId(tx, actor, e)));
    const remove = new Set(input.remove ?? []);
    const entryIds = [...new Set([...goal.entryIds, ...add])].filter(
      (e) => !remove.has(e) && ![...remove].some((r) => r.length >= 4 && e.endsWith(r)),
    );
    return { entryIds };
  });
}

/** Full entry ids pass through; the short form the CLI shows (the end of the id) is resolved here. */
async function resolveEntryId(tx: StoreReader, actor: Actor, given: string): Promise<string> {
  if (await tx.getEntry(actor.ownerId, given)) return given;
  if (given.length < 4) return given; // reported as unknown by the reference check
  const matches = (await tx.listEntrySummaries(actor.ownerId, {})).filter((e) => e.id.endsWith(given));
  return matches.length === 1 ? matches[0]!.id : given;
}
