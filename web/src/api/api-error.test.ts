// The app's one error: built from the server's error shape (or anything else), and its problems per field.
import { describe, expect, it } from 'vitest';
import { toApiError } from './api-error';

describe('toApiError', () => {
  it('keeps the code, message and details of the error shape', () => {
    const error = toApiError(400, {
      error: {
        code: 'invalid_input',
        message: 'title: required',
        details: [{ path: 'title', message: 'required' }],
      },
    });
    expect(error).toMatchObject({ status: 400, code: 'invalid_input', message: 'title: required' });
    expect(error.details).toEqual([{ path: 'title', message: 'required' }]);
  });

  it('explains a body that is not the error shape instead of failing', () => {
    expect(toApiError(502, '<html>Bad gateway</html>')).toMatchObject({
      status: 502,
      code: 'internal_error',
      message: 'the server answered 502 without an explanation',
    });
  });
});

describe('ApiError.forField', () => {
  const error = toApiError(400, {
    error: {
      code: 'invalid_input',
      message: 'bad',
      details: [
        { path: 'links[0]', message: 'expected an http(s) URL' },
        { path: 'entries[1].title', message: 'must not be empty' },
        { path: 'entries[10].title', message: 'too long' },
        { path: 'titles', message: 'another field' },
      ],
    },
  });

  it('finds the problems of a field and of what is inside it', () => {
    expect(error.forField('links')).toBe('expected an http(s) URL');
    expect(error.forField('entries[1]')).toBe('must not be empty');
  });

  it('does not mistake a field for another that starts the same', () => {
    expect(error.forField('title')).toBeUndefined();
    expect(error.forField('entries[1]')).not.toContain('too long');
  });
});
