/** Turns zod results into DomainErrors whose messages name the field and what is accepted. */
import type * as z from 'zod';
import { type FieldProblem, invalidInput } from './errors.js';

/** Formats a zod issue path as `entries[3].date`. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

export function toProblems(error: z.ZodError, prefix = ''): FieldProblem[] {
  const at = (keys: ReadonlyArray<PropertyKey>) => {
    const path = formatPath(keys);
    return prefix ? (path === '(root)' ? prefix : `${prefix}.${path}`) : path;
  };
  return error.issues.flatMap((issue) =>
    // An unknown field is named by its own path, like every other problem, not by its parent's.
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({ path: at([...issue.path, key]), message: `unknown field "${key}"` }))
      : [{ path: at(issue.path), message: issue.message }],
  );
}

/** Parses `value` with `schema` or throws invalid_input listing every problem. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(toProblems(result.error));
  return result.data;
}

/** Why NUL is refused: PostgreSQL text and jsonb cannot hold U+0000, so it would fail only at the write (and on SQLite break the dialects' parity). */
export const NO_NUL_MESSAGE = 'must not contain the NUL character (U+0000)';

/** For `.refine(hasNoNul, NO_NUL_MESSAGE)` on every text a person writes. */
export function hasNoNul(text: string): boolean {
  return !text.includes('\u0000');
}

/**
 * A zod error message that tells a missing field from a wrong one: "required", or "expected <what>".
 * @example z.string({ error: expecting('a string') })
 */
export function expecting(what: string): (issue: { input?: unknown }) => string {
  return (issue) => (issue.input === undefined ? 'required' : `expected ${what}`);
}
