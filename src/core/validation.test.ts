import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { DomainError, invalidInput } from './errors.js';
import { formatPath, parseOrThrow, toProblems } from './validation.js';

const Sample = z
  .object({
    name: z.string().trim().min(1, 'must not be empty'),
    entries: z.array(z.object({ date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date') })),
  })
  .strict();

function zodError(schema: z.ZodType, value: unknown): z.ZodError {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be invalid');
  return result.error;
}

describe('formatPath', () => {
  it('writes object keys with dots and array positions in brackets', () => {
    expect(formatPath(['entries', 3, 'date'])).toBe('entries[3].date');
    expect(formatPath(['profile', 'targetLevel'])).toBe('profile.targetLevel');
    expect(formatPath(['links', 0])).toBe('links[0]');
    expect(formatPath(['a', 0, 1, 'b'])).toBe('a[0][1].b');
  });

  it('names the whole value "(root)"', () => {
    expect(formatPath([])).toBe('(root)');
  });

  it('starts with a bracket when the value itself is a list', () => {
    expect(formatPath([2, 'title'])).toBe('[2].title');
  });
});

describe('toProblems', () => {
  it('turns every issue into a path and a message', () => {
    const error = zodError(Sample, { name: ' ', entries: [{ date: 'ok?' }, { date: '2026-11-20' }] });
    expect(toProblems(error)).toEqual([
      { path: 'name', message: 'must not be empty' },
      { path: 'entries[0].date', message: 'expected a date' },
    ]);
  });

  it('puts a prefix in front of each path', () => {
    const error = zodError(Sample, { name: '', entries: [] });
    expect(toProblems(error, 'items[4]')).toEqual([{ path: 'items[4].name', message: 'must not be empty' }]);
  });

  // "(root): Unrecognized key" named no field in `path`, where clients and forms look for it.
  it('puts each unknown field on its own path', () => {
    const error = zodError(Sample, { name: 'x', entries: [], colour: 'red', id: 3 });
    expect(toProblems(error, 'items[4]')).toEqual([
      { path: 'items[4].colour', message: 'unknown field "colour"' },
      { path: 'items[4].id', message: 'unknown field "id"' },
    ]);
    expect(toProblems(zodError(Sample, { name: 'x', entries: [], ownerId: 'me' }))).toEqual([
      { path: 'ownerId', message: 'unknown field "ownerId"' },
    ]);
  });

  it('uses the prefix alone for a problem with the whole value', () => {
    const error = zodError(Sample, 'not an object');
    expect(toProblems(error, 'items[4]')).toEqual([
      { path: 'items[4]', message: expect.stringContaining('expected object') },
    ]);
    expect(toProblems(error)).toEqual([{ path: '(root)', message: expect.any(String) }]);
  });
});

describe('parseOrThrow', () => {
  it('returns the parsed value, transforms applied', () => {
    expect(parseOrThrow(Sample, { name: '  Sam ', entries: [] })).toEqual({ name: 'Sam', entries: [] });
  });

  it('throws invalid_input listing every problem', () => {
    const value = { name: '', entries: [{ date: 'x' }, { date: 'y' }] };
    expect(() => parseOrThrow(Sample, value)).toThrow(DomainError);
    expect(() => parseOrThrow(Sample, value)).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        details: [
          { path: 'name', message: 'must not be empty' },
          { path: 'entries[0].date', message: 'expected a date' },
          { path: 'entries[1].date', message: 'expected a date' },
        ],
      }),
    );
  });

  it('names the first problem in the message and counts the rest', () => {
    expect(() => parseOrThrow(Sample, { name: '', entries: [{ date: 'x' }] })).toThrow(
      'name: must not be empty (and 1 more)',
    );
  });

  it('names an unknown key in the message', () => {
    expect(() => parseOrThrow(Sample, { name: 'Sam', entries: [], colour: 'red' })).toThrow(/"colour"/);
  });
});

describe('invalidInput', () => {
  it('builds a DomainError whose message is the single problem', () => {
    const error = invalidInput([{ path: 'date', message: 'expected a date' }]);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'DomainError',
      code: 'invalid_input',
      message: 'date: expected a date',
      details: [{ path: 'date', message: 'expected a date' }],
    });
  });

  it('says "invalid input" when there is no problem to name', () => {
    expect(invalidInput([]).message).toBe('invalid input');
  });
});

describe('DomainError', () => {
  it('carries a code and no details unless given', () => {
    const error = new DomainError('not_found', 'no entry with id "x"');
    expect(error).toMatchObject({ code: 'not_found', message: 'no entry with id "x"', details: [] });
  });
});
