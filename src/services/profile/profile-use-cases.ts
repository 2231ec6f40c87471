/** Setting up and editing the profile (`init`, `profile`, PUT/PATCH /profile). */
import { DomainError } from '../../core/errors.js';
import {
  CompleteProfile,
  type Profile,
  profileWithDefaults,
  SaveProfileInput,
  UpdateProfileInput,
} from '../../core/profile/profile.js';
import { parseOrThrow } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';

export async function getProfile(ctx: ServiceContext, actor: Actor): Promise<Profile> {
  const profile = await ctx.store.getProfile(actor.ownerId);
  if (!profile) throw new DomainError('not_initialized', 'no profile yet: run `promocase init` to set it up');
  return profile;
}

/** Creates or replaces the whole profile (what `init` does; running it again overwrites the answers). */
export async function saveProfile(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Profile> {
  const fields = profileWithDefaults(parseOrThrow(SaveProfileInput, input));
  return ctx.store.write(async (tx) => {
    const existing = await tx.getProfile(actor.ownerId);
    const at = ctx.now().toISOString();
    const profile: Profile = {
      ...fields,
      ownerId: actor.ownerId,
      createdAt: existing?.createdAt ?? at,
      updatedAt: at,
    };
    await tx.upsertProfile(profile);
    return profile;
  });
}

/** Changes some fields of an existing profile; the result must still be a whole, consistent profile. */
export async function updateProfile(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Profile> {
  const changes = parseOrThrow(UpdateProfileInput, input);
  return ctx.store.write(async (tx) => {
    const existing = await tx.getProfile(actor.ownerId);
    if (!existing)
      throw new DomainError('not_initialized', 'no profile yet: run `promocase init` to set it up');
    const { ownerId, createdAt, updatedAt: _old, ...current } = existing;
    const merged = parseOrThrow(CompleteProfile, { ...current, ...changes });
    const profile: Profile = { ...merged, ownerId, createdAt, updatedAt: ctx.now().toISOString() };
    await tx.upsertProfile(profile);
    return profile;
  });
}
