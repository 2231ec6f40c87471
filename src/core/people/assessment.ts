/** An assessment: a dated snapshot of ratings, one per competency, by the engineer or their manager. */
import * as z from 'zod';
import { IsoDateField } from '../entries/entry.js';
import { expecting } from '../validation.js';
import { enumOf, prose, type RecordMeta, slug } from './people-fields.js';
import { PEOPLE_LIMITS, QUALIFIERS, RATERS } from './people-vocabulary.js';

export const Rating = z.strictObject({
  competency: slug,
  /** The framework level the person operates at for this competency. */
  level: slug,
  qualifier: enumOf(QUALIFIERS).default('meets'),
  note: prose(PEOPLE_LIMITS.note).default(''),
  /** "What it would take to move up", in the rater's words. */
  whatItTakes: prose(PEOPLE_LIMITS.note).default(''),
});
export type Rating = z.infer<typeof Rating>;

export const AssessmentFields = z.object({
  date: IsoDateField,
  rater: enumOf(RATERS),
  /** The framework the levels and competencies belong to. */
  framework: slug,
  ratings: z
    .array(Rating, { error: expecting('a list of ratings') })
    .min(1, 'rate at least one competency')
    .max(60, 'at most 60 ratings'),
});
export type AssessmentFields = z.infer<typeof AssessmentFields>;

/** Recording one: date defaults to today and the framework to the profile's. */
export const RecordAssessmentInput = AssessmentFields.partial({ date: true, framework: true, rater: true })
  .strict()
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.ratings.forEach((r, i) => {
      if (seen.has(r.competency))
        ctx.addIssue({
          code: 'custom',
          path: ['ratings', i, 'competency'],
          message: `"${r.competency}" is rated twice`,
        });
      seen.add(r.competency);
    });
  });
export type RecordAssessmentInput = z.infer<typeof RecordAssessmentInput>;

export interface Assessment extends AssessmentFields, RecordMeta {}
