/** Setting up and editing the profile (`init`, `profile`, PUT/PATCH /profile). */
import { DomainError } from '../../core/errors.js';
import { COMPANY_IDS, type CompanyId } from '../../core/frameworks/company-profile.js';
import { COMPANY_PROFILES, resolveCompanyLevel } from '../../core/frameworks/company-profiles.js';
import { frameworkLevelFor, levelIndex } from '../../core/people/rating-scale.js';
import {
  CompleteProfile,
  type Profile,
  profileWithDefaults,
  SaveProfileInput,
  UpdateProfileInput,
} from '../../core/profile/profile.js';
import { parseOrThrow } from '../../core/validation.js';
import type { Actor, ServiceContext } from '../context.js';
import { recordManagerChangeOnEdit } from '../conversations/record-manager-change.js';
import { getFramework, listFrameworks } from '../frameworks/read-frameworks.js';

/** A profile may only name a framework the owner has: the built-in one or one they imported. */
async function checkFramework(ctx: ServiceContext, actor: Actor, id: string | undefined): Promise<void> {
  if (id === undefined) return;
  const known = (await listFrameworks(ctx, actor)).map((f) => f.id);
  if (known.includes(id)) return;
  const message = `no framework "${id}"; yours are: ${known.join(', ')} (import one with \`promocase framework import\`)`;
  throw new DomainError('invalid_input', `framework: ${message}`, [{ path: 'framework', message }]);
}

/**
 * An imported framework may have fewer levels than the ladder: the profile's levels are counted from its
 * Senior level and clamped at its ends, so a target past its top would land on the current level and
 * every gap would read as closed. Such a profile is refused, naming the field the person changed.
 */
async function checkLevelsFit(
  ctx: ServiceContext,
  actor: Actor,
  fields: Pick<Profile, 'framework' | 'currentLevel' | 'targetLevel'>,
  changed: Record<string, unknown>,
): Promise<void> {
  const framework = await getFramework(ctx, actor, fields.framework);
  const current = frameworkLevelFor(framework, fields.currentLevel);
  const target = frameworkLevelFor(framework, fields.targetLevel);
  if (levelIndex(framework, target) > levelIndex(framework, current)) return;
  const path = ['framework', 'targetLevel', 'currentLevel'].find((k) => k in changed) ?? 'targetLevel';
  const shared = framework.levels.find((l) => l.id === target)?.name ?? target;
  const message = `${framework.name} has no level for your target (${fields.targetLevel}) above the one for your current level (${fields.currentLevel}): both are its "${shared}". Choose a nearer target or another framework`;
  throw new DomainError('invalid_input', `${path}: ${message}`, [{ path, message }]);
}

export async function getProfile(ctx: ServiceContext, actor: Actor): Promise<Profile> {
  const profile = await ctx.store.getProfile(actor.ownerId);
  if (!profile) throw new DomainError('not_initialized', 'no profile yet: run `promocase init` to set it up');
  return profile;
}

/**
 * Levels may be given in the company's own terms (`L4` at google, `SDE III` at amazon): they are turned
 * into the ladder's ids here, so the CLI and the API accept the same words.
 */
function withLadderLevels(input: unknown, fallbackCompany: string | undefined): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
  const fields = input as Record<string, unknown>;
  const company = typeof fields.company === 'string' ? fields.company : (fallbackCompany ?? 'generic');
  if (!(COMPANY_IDS as readonly string[]).includes(company)) return input; // validation names the company
  const out = { ...fields };
  for (const key of ['currentLevel', 'targetLevel'] as const) {
    const given = fields[key];
    if (typeof given !== 'string') continue;
    const ladder = resolveCompanyLevel(company as CompanyId, given);
    if (ladder) out[key] = ladder;
    else if (company !== 'generic') {
      const names = COMPANY_PROFILES[company as CompanyId].levels.map((l) => l.name).join(', ');
      const message = `"${given}" is not one of ${COMPANY_PROFILES[company as CompanyId].name}'s levels; use one of: ${names} (or junior, mid, senior, staff, senior-staff, principal)`;
      throw new DomainError('invalid_input', `${key}: ${message}`, [{ path: key, message }]);
    }
  }
  return out;
}

/** Creates or replaces the whole profile (what `init` does; running it again overwrites the answers). */
export async function saveProfile(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Profile> {
  const fields = profileWithDefaults(parseOrThrow(SaveProfileInput, withLadderLevels(input, undefined)));
  await checkFramework(ctx, actor, fields.framework);
  await checkLevelsFit(ctx, actor, fields, fields);
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
    if (existing) await recordManagerChangeOnEdit(ctx, actor, tx, existing, profile);
    return profile;
  });
}

/** Changes some fields of an existing profile; the result must still be a whole, consistent profile. */
export async function updateProfile(ctx: ServiceContext, actor: Actor, input: unknown): Promise<Profile> {
  const current = await ctx.store.getProfile(actor.ownerId);
  const changes = parseOrThrow(UpdateProfileInput, withLadderLevels(input, current?.company));
  await checkFramework(ctx, actor, changes.framework);
  if (current && ('framework' in changes || 'currentLevel' in changes || 'targetLevel' in changes)) {
    const merged = parseOrThrow(CompleteProfile, { ...current, ...changes });
    await checkLevelsFit(ctx, actor, merged, changes);
  }
  return ctx.store.write(async (tx) => {
    const existing = await tx.getProfile(actor.ownerId);
    if (!existing)
      throw new DomainError('not_initialized', 'no profile yet: run `promocase init` to set it up');
    const { ownerId, createdAt, updatedAt: _old, ...current } = existing;
    const merged = parseOrThrow(CompleteProfile, { ...current, ...changes });
    const profile: Profile = { ...merged, ownerId, createdAt, updatedAt: ctx.now().toISOString() };
    await tx.upsertProfile(profile);
    await recordManagerChangeOnEdit(ctx, actor, tx, existing, profile);
    return profile;
  });
}
