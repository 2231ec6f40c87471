import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, isIsoDate, parseDateInput, toIsoDate, weekStart } from './dates.js';
import { DomainError } from './errors.js';

// 2026-11-16 is a Monday; 2026-11-20 a Friday; 2026-11-22 a Sunday.
const FRIDAY = '2026-11-20';

describe('parseDateInput', () => {
  it('returns an ISO date as it is', () => {
    expect(parseDateInput('2026-11-02', FRIDAY)).toBe('2026-11-02');
  });

  it('accepts an ISO date in the future (planning is allowed)', () => {
    expect(parseDateInput('2027-03-01', FRIDAY)).toBe('2027-03-01');
  });

  it('ignores surrounding spaces, repeated spaces and letter case', () => {
    expect(parseDateInput('  2026-11-02 ', FRIDAY)).toBe('2026-11-02');
    expect(parseDateInput(' Today ', FRIDAY)).toBe(FRIDAY);
    expect(parseDateInput('LAST   Friday', '2026-11-21')).toBe('2026-11-20');
    expect(parseDateInput('3  Days  AGO', FRIDAY)).toBe('2026-11-17');
  });

  it.each(['0000-01-01', '0001-01-01', '1899-12-31', '3000-01-01', '9999-12-31'])(
    'refuses %j, outside the years a work log can hold, naming the range',
    (text) => {
      expect(() => parseDateInput(text, FRIDAY, 'since')).toThrow(
        `since: "${text}" is out of range; use a date from 1900-01-01 to 2999-12-31`,
      );
    },
  );

  it('accepts the first and last dates of the range', () => {
    expect(parseDateInput('1900-01-01', FRIDAY)).toBe('1900-01-01');
    expect(parseDateInput('2999-12-31', FRIDAY)).toBe('2999-12-31');
  });

  it('reads "today" as the given today', () => {
    expect(parseDateInput('today', FRIDAY)).toBe(FRIDAY);
  });

  it('reads "yesterday" as the day before, across month, leap-day and year boundaries', () => {
    expect(parseDateInput('yesterday', FRIDAY)).toBe('2026-11-19');
    expect(parseDateInput('yesterday', '2026-03-01')).toBe('2026-02-28');
    expect(parseDateInput('yesterday', '2024-03-01')).toBe('2024-02-29');
    expect(parseDateInput('yesterday', '2027-01-01')).toBe('2026-12-31');
  });

  it('reads "N days ago", singular or plural', () => {
    expect(parseDateInput('1 day ago', FRIDAY)).toBe('2026-11-19');
    expect(parseDateInput('3 days ago', FRIDAY)).toBe('2026-11-17');
    expect(parseDateInput('0 days ago', FRIDAY)).toBe(FRIDAY);
    expect(parseDateInput('20 days ago', FRIDAY)).toBe('2026-10-31');
    expect(parseDateInput('366 days ago', '2027-01-01')).toBe('2025-12-31');
  });

  it('reads "N weeks ago" as seven days each', () => {
    expect(parseDateInput('1 week ago', FRIDAY)).toBe('2026-11-13');
    expect(parseDateInput('2 weeks ago', FRIDAY)).toBe('2026-11-06');
    expect(parseDateInput('52 weeks ago', FRIDAY)).toBe('2025-11-21');
  });

  describe('weekday names', () => {
    it.each([
      ['Monday', '2026-11-16', '2026-11-13'],
      ['Thursday', '2026-11-19', '2026-11-13'],
      ['Saturday', '2026-11-21', '2026-11-20'],
      ['Sunday', '2026-11-22', '2026-11-20'],
      ['the next Monday', '2026-11-23', '2026-11-20'],
    ])('reads "friday" on a %s (%s) as the Friday before (%s)', (_day, today, expected) => {
      expect(parseDateInput('friday', today)).toBe(expected);
      expect(parseDateInput('last friday', today)).toBe(expected);
    });

    it('reads "friday" on a Friday as the previous Friday, not today', () => {
      expect(parseDateInput('friday', FRIDAY)).toBe('2026-11-13');
      expect(parseDateInput('last friday', FRIDAY)).toBe('2026-11-13');
    });

    it('reads "last friday" across a year boundary', () => {
      expect(parseDateInput('last friday', '2027-01-01')).toBe('2026-12-25');
      expect(parseDateInput('last friday', '2027-01-02')).toBe('2027-01-01');
    });

    it('reads every weekday name relative to a Monday', () => {
      const monday = '2026-11-16';
      expect(parseDateInput('monday', monday)).toBe('2026-11-09');
      expect(parseDateInput('tuesday', monday)).toBe('2026-11-10');
      expect(parseDateInput('wednesday', monday)).toBe('2026-11-11');
      expect(parseDateInput('thursday', monday)).toBe('2026-11-12');
      expect(parseDateInput('friday', monday)).toBe('2026-11-13');
      expect(parseDateInput('saturday', monday)).toBe('2026-11-14');
      expect(parseDateInput('sunday', monday)).toBe('2026-11-15');
    });
  });

  describe('rejects what is not a date', () => {
    it.each([
      '',
      '   ',
      'tomorrow',
      'next friday',
      'fridays',
      'last fri',
      'three days ago',
      '-3 days ago',
      '3 months ago',
      '12345 days ago',
      '2026-02-30',
      '2025-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-11-31',
      '2026-1-5',
      '20261120',
      '2026/11/20',
      '20-11-2026',
      '2026-11-20T10:00:00Z',
    ])('rejects %j with invalid_input', (input) => {
      expect(() => parseDateInput(input, FRIDAY)).toThrow(DomainError);
      expect(() => parseDateInput(input, FRIDAY)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    });

    it('names the field, echoes the input and lists the accepted forms', () => {
      let caught: unknown;
      try {
        parseDateInput('2026-02-30', FRIDAY, 'since');
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DomainError);
      expect(caught).toMatchObject({
        code: 'invalid_input',
        message: expect.stringMatching(/^since: "2026-02-30" is not a date/),
        details: [{ path: 'since', message: expect.stringContaining('last friday') }],
      });
      expect((caught as Error).message).toContain('2026-11-20');
      expect((caught as Error).message).toContain('yesterday');
    });

    it('names the field "date" when none is given', () => {
      expect(() => parseDateInput('someday', FRIDAY)).toThrow(
        expect.objectContaining({ message: expect.stringMatching(/^date: "someday"/) }),
      );
    });
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates, leap days included', () => {
    expect(isIsoDate('2026-11-20')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-01-01')).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-11-00',
    '2026-11-20T00:00:00Z',
    ' 2026-11-20',
    '2026-11-20 ',
    '26-11-20',
    '2026/11/20',
    '2026-1-20',
    'today',
    '',
  ])('rejects %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});

describe('toIsoDate', () => {
  it('gives the UTC calendar date of an instant', () => {
    expect(toIsoDate(new Date('2026-11-20T23:59:59.999Z'))).toBe('2026-11-20');
    expect(toIsoDate(new Date('2026-11-20T23:30:00-02:00'))).toBe('2026-11-21');
  });
});

describe('weekStart', () => {
  it('returns a Monday unchanged', () => {
    expect(weekStart('2026-11-16')).toBe('2026-11-16');
  });

  it('returns the Monday before any other day of the week, Sunday included', () => {
    expect(weekStart('2026-11-17')).toBe('2026-11-16');
    expect(weekStart(FRIDAY)).toBe('2026-11-16');
    expect(weekStart('2026-11-21')).toBe('2026-11-16');
    expect(weekStart('2026-11-22')).toBe('2026-11-16');
  });

  it('crosses a month boundary', () => {
    expect(weekStart('2026-12-02')).toBe('2026-11-30');
    expect(weekStart('2024-03-01')).toBe('2024-02-26');
  });

  it('crosses a year boundary', () => {
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(weekStart('2026-01-01')).toBe('2025-12-29');
    expect(weekStart('2027-01-03')).toBe('2026-12-28');
    expect(weekStart('2027-01-04')).toBe('2027-01-04');
  });
});

describe('addDays', () => {
  it('adds zero, positive and negative days', () => {
    expect(addDays(FRIDAY, 0)).toBe(FRIDAY);
    expect(addDays(FRIDAY, 3)).toBe('2026-11-23');
    expect(addDays(FRIDAY, -20)).toBe('2026-10-31');
  });

  it('crosses month ends, leap days and year ends', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2027-01-01', -1)).toBe('2026-12-31');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-01-01', 365)).toBe('2027-01-01');
  });

  it('is not moved by daylight-saving changes (dates are calendar days)', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-10-24', 2)).toBe('2026-10-26');
  });
});

describe('daysBetween', () => {
  it('counts days forward as positive and backward as negative', () => {
    expect(daysBetween('2026-11-16', FRIDAY)).toBe(4);
    expect(daysBetween(FRIDAY, '2026-11-16')).toBe(-4);
    expect(daysBetween(FRIDAY, FRIDAY)).toBe(0);
  });

  it('counts across a year boundary and a leap year', () => {
    expect(daysBetween('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
});
