/**
 * A career framework: ordered levels, competencies, and for every level x competency what is
 * expected, the signals that show it and example evidence. The built-in one, imported ones (FT,
 * Monzo) and custom ones all take this shape.
 */
import * as z from 'zod';
import { expecting, hasNoNul, NO_NUL_MESSAGE } from '../validation.js';

/** Lowercase ids like "system-design": stable, referenced by entries, ratings and goals. */
export const FrameworkId = z
  .string({ error: expecting('an id string') })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id like "system-design" (letters, digits, dashes)')
  .max(60, 'at most 60 characters');

const prose = (max: number) =>
  z
    .string({ error: expecting('a string') })
    .trim()
    .min(1, 'must not be empty')
    .max(max, `at most ${max} characters`)
    .refine(hasNoNul, NO_NUL_MESSAGE);

const proseList = (min: number, max: number, itemMax: number) =>
  z
    .array(prose(itemMax), { error: expecting('a list of strings') })
    .min(min, `at least ${min}`)
    .max(max, `at most ${max}`);

/** Per cell; room for the Financial Times legacy file, whose busiest cell has about 36 examples. */
export const FRAMEWORK_LIST_LIMITS = { signals: 50, examples: 100 } as const;

/** A level or a competency: an id, a name, and what it means in a paragraph. */
const NamedPart = z.strictObject({
  id: FrameworkId,
  name: prose(120),
  summary: z
    .string({ error: expecting('a string') })
    .max(4_000, 'at most 4000 characters')
    .refine(hasNoNul, NO_NUL_MESSAGE)
    .default(''),
});

export const FrameworkLevel = NamedPart;
export type FrameworkLevel = z.infer<typeof FrameworkLevel>;

export const Competency = NamedPart;
export type Competency = z.infer<typeof Competency>;

/** What one level expects of one competency. Cumulative: a level includes what the ones below expect. */
export const FrameworkCell = z.strictObject({
  level: FrameworkId,
  competency: FrameworkId,
  /** One paragraph: what doing this competency at this level looks like. */
  expectation: prose(4_000),
  /** Observable behaviours a manager or peer could point at (the built-in framework has 3-6 per cell). */
  signals: proseList(1, FRAMEWORK_LIST_LIMITS.signals, 1_000),
  /** Evidence that would demonstrate it, as an engineer would log it. */
  examples: proseList(0, FRAMEWORK_LIST_LIMITS.examples, 1_000).default([]),
});
export type FrameworkCell = z.infer<typeof FrameworkCell>;

/** The document format of a framework (docs/frameworks.md): what `framework import` reads and `export` writes. */
export const FrameworkDocument = z.strictObject({
  format: z.literal('promocase-framework', { error: 'expected "promocase-framework"' }),
  version: z.literal(1, { error: 'expected 1 (the only version so far)' }),
  id: FrameworkId,
  name: prose(200),
  description: z
    .string({ error: expecting('a string') })
    .max(10_000, 'at most 10000 characters')
    .refine(hasNoNul, NO_NUL_MESSAGE)
    .default(''),
  /** Where it came from, for people: "built-in", a URL, "Financial Times engineering-progression". */
  source: z
    .string({ error: expecting('a string') })
    .max(500, 'at most 500 characters')
    .refine(hasNoNul, NO_NUL_MESSAGE)
    .default(''),
  /** Lowest first. */
  levels: z
    .array(FrameworkLevel, { error: expecting('a list of levels') })
    .min(2, 'at least 2 levels')
    .max(30, 'at most 30 levels'),
  /** The level that corresponds to Senior: the target most users aim at, and the anchor for company ladders. */
  seniorLevel: FrameworkId,
  competencies: z
    .array(Competency, { error: expecting('a list of competencies') })
    .min(1, 'at least 1 competency')
    .max(60, 'at most 60 competencies'),
  cells: z.array(FrameworkCell, { error: expecting('a list of cells') }).max(2_000, 'at most 2000 cells'),
});
export type FrameworkDocument = z.infer<typeof FrameworkDocument>;
