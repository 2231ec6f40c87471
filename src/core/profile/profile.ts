/** The engineer's profile: who they are, where they are and where they are going. */
import * as z from 'zod';
import { IsoDateField } from '../entries/entry.js';
import { BUILTIN_FRAMEWORK_ID, BUILTIN_LEVEL_IDS } from '../frameworks/builtin-ids.js';
import { COMPANY_IDS } from '../frameworks/company-profile.js';
import { FrameworkId } from '../frameworks/framework.js';
import { expecting, hasNoNul, NO_NUL_MESSAGE } from '../validation.js';
import { REVIEW_CADENCES } from './review-cadence.js';

const text = (max: number) =>
  z
    .string({ error: expecting('a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine(hasNoNul, NO_NUL_MESSAGE);
const level = z.enum(BUILTIN_LEVEL_IDS, { error: expecting(`one of: ${BUILTIN_LEVEL_IDS.join(', ')}`) });

export const ProfileFields = z.object({
  name: text(120),
  company: z.enum(COMPANY_IDS, { error: expecting(`one of: ${COMPANY_IDS.join(', ')}`) }),
  currentLevel: level,
  targetLevel: level,
  managerName: text(120).nullable(),
  reviewCadence: z.enum(REVIEW_CADENCES, { error: expecting(`one of: ${REVIEW_CADENCES.join(', ')}`) }),
  nextCalibration: IsoDateField.nullable(),
  /** The career framework ratings and goals are measured against: the built-in one or an imported one. */
  framework: FrameworkId,
});
export type ProfileFields = z.infer<typeof ProfileFields>;

export function targetAboveCurrent(p: { currentLevel?: string; targetLevel?: string }): boolean {
  if (!p.currentLevel || !p.targetLevel) return true;
  return (
    BUILTIN_LEVEL_IDS.indexOf(p.targetLevel as never) > BUILTIN_LEVEL_IDS.indexOf(p.currentLevel as never)
  );
}
export const TARGET_MESSAGE = { message: 'must be a level above the current level', path: ['targetLevel'] };

/** `init`: name and levels are needed; the rest has defaults. */
export const SaveProfileInput = ProfileFields.partial()
  .extend({ name: ProfileFields.shape.name, currentLevel: level, targetLevel: level })
  .strict()
  .refine(targetAboveCurrent, TARGET_MESSAGE);
export type SaveProfileInput = z.infer<typeof SaveProfileInput>;

/** `profile edit`: any subset of fields. */
export const UpdateProfileInput = ProfileFields.partial()
  .strict()
  .refine((v) => Object.keys(v).length > 0, { message: 'give at least one field to change' });
export type UpdateProfileInput = z.infer<typeof UpdateProfileInput>;

export interface Profile extends ProfileFields {
  ownerId: string;
  createdAt: string;
  updatedAt: string;
}

/** Checks a whole profile after an edit merged into it (the levels may have been changed separately). */
export const CompleteProfile = ProfileFields.refine(targetAboveCurrent, TARGET_MESSAGE);

export function profileWithDefaults(input: SaveProfileInput): ProfileFields {
  return {
    name: input.name,
    company: input.company ?? 'generic',
    currentLevel: input.currentLevel,
    targetLevel: input.targetLevel,
    managerName: input.managerName ?? null,
    reviewCadence: input.reviewCadence ?? 'half-yearly',
    nextCalibration: input.nextCalibration ?? null,
    framework: input.framework ?? BUILTIN_FRAMEWORK_ID,
  };
}
