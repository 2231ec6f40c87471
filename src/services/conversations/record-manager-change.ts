/** A change of manager: recorded with its date, and the profile's manager follows. */
import { DomainError } from '../../core/errors.js';
import { type ManagerChange, RecordManagerChangeInput } from '../../core/people/manager-change.js';
import type { Profile } from '../../core/profile/profile.js';
import { parseOrThrow } from '../../core/validation.js';
import type { StoreWriter } from '../../store/store.js';
import type { Actor, ServiceContext } from '../context.js';

export async function recordManagerChange(
  ctx: ServiceContext,
  actor: Actor,
  input: unknown,
): Promise<ManagerChange> {
  const parsed = parseOrThrow(RecordManagerChangeInput, input);
  const date = parsed.date ?? ctx.today();
  // The profile's manager is who manages you now: a change that has not happened yet cannot set it.
  if (date > ctx.today())
    throw new DomainError(
      'invalid_input',
      `date: ${date} is after today; record the change once it has happened`,
      [{ path: 'date', message: 'after today; record the change once it has happened' }],
    );
  return ctx.store.write(async (tx) => {
    const profile = await tx.getProfile(actor.ownerId);
    if (!profile)
      throw new DomainError('not_initialized', 'no profile yet: run `promocase init` to set it up');
    if (profile.managerName && profile.managerName.toLowerCase() === parsed.name.toLowerCase())
      throw new DomainError('conflict', `${parsed.name} is already your manager`, [
        { path: 'name', message: 'already your manager' },
      ]);
    const change = newManagerChange(ctx, actor, {
      date,
      name: parsed.name,
      previous: parsed.previous !== undefined ? parsed.previous : profile.managerName,
      note: parsed.note ?? '',
    });
    // A change older than one already recorded is history: the later change still names the manager.
    const later = (await tx.listRecords('manager_changes', actor.ownerId)).some((c) => c.date > date);
    await tx.putRecord('manager_changes', change);
    if (!later) await tx.upsertProfile({ ...profile, managerName: parsed.name, updatedAt: change.createdAt });
    return change;
  });
}

/**
 * Called when a profile edit names a different manager: the change is recorded too, so the history and
 * its warning do not depend on which command the person used.
 */
export async function recordManagerChangeOnEdit(
  ctx: ServiceContext,
  actor: Actor,
  tx: StoreWriter,
  before: Profile,
  after: Profile,
): Promise<void> {
  if (!before.managerName || !after.managerName) return;
  if (before.managerName.toLowerCase() === after.managerName.toLowerCase()) return;
  await tx.putRecord(
    'manager_changes',
    newManagerChange(ctx, actor, {
      date: ctx.today(),
      name: after.managerName,
      previous: before.managerName,
      note: '',
    }),
  );
}

function newManagerChange(
  ctx: ServiceContext,
  actor: Actor,
  fields: Pick<ManagerChange, 'date' | 'name' | 'previous' | 'note'>,
): ManagerChange {
  const at = ctx.now().toISOString();
  return {
    ...fields,
    id: ctx.newId(),
    ownerId: actor.ownerId,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

export async function listManagerChanges(
  ctx: ServiceContext,
  actor: Actor,
  options: { deleted?: 'exclude' | 'include' } = {},
): Promise<ManagerChange[]> {
  return ctx.store.listRecords('manager_changes', actor.ownerId, options);
}
