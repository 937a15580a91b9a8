import { describe, expect, it } from 'vitest';
import { StorageValidationError } from '../../src/storage/errors.js';
import { containsPattern, fold } from '../../src/storage/fold.js';
import { formatParisDateTime, isoWeekMonday, mondaysBetween, toBound, toInstant } from '../../src/storage/time.js';

describe('Paris calendar', () => {
  it('turns a date into the first and last millisecond of that day in Paris', () => {
    expect(toBound('2024-01-15', 'start', 'from')).toBe('2024-01-14T23:00:00.000Z'); // winter, UTC+1
    expect(toBound('2024-01-15', 'end', 'to')).toBe('2024-01-15T22:59:59.999Z');
    expect(toBound('2024-07-15', 'start', 'from')).toBe('2024-07-14T22:00:00.000Z'); // summer, UTC+2
    expect(toBound('2024-03-31', 'end', 'to')).toBe('2024-03-31T21:59:59.999Z'); // the day the clocks go forward
    expect(toBound('2024-10-27', 'start', 'from')).toBe('2024-10-26T22:00:00.000Z'); // the day they go back
    expect(toBound('2024-10-27', 'end', 'to')).toBe('2024-10-27T22:59:59.999Z');
    expect(toBound('2024-12-31', 'end', 'to')).toBe('2024-12-31T22:59:59.999Z');
  });

  it('keeps date-times as the instant they name, and refuses ambiguous or invalid ones', () => {
    expect(toBound('2024-05-10T14:30:00+02:00', 'end', 'to')).toBe('2024-05-10T12:30:00.000Z');
    expect(toInstant('2024-05-10T12:30Z', 'at')).toBe('2024-05-10T12:30:00.000Z');
    for (const bad of ['2024-05-10T14:30', '10/05/2024', '2024-02-30', '2024-13-01', 'tomorrow', '', 42]) {
      expect(() => toBound(bad, 'start', 'from')).toThrow(StorageValidationError);
    }
  });

  it('gives the Monday of the ISO week as lived in Paris', () => {
    expect(isoWeekMonday('2024-03-03T22:59:59.999Z')).toBe('2024-02-26'); // Sunday 23:59 in Paris
    expect(isoWeekMonday('2024-03-03T23:00:00.000Z')).toBe('2024-03-04'); // Monday 00:00 in Paris
    expect(isoWeekMonday('2024-03-10T12:00:00.000Z')).toBe('2024-03-04'); // a Sunday
    expect(isoWeekMonday('2024-12-31T12:00:00.000Z')).toBe('2024-12-30'); // across the new year
    expect(isoWeekMonday('2021-01-01T12:00:00.000Z')).toBe('2020-12-28');
    expect(isoWeekMonday('2024-03-31T22:30:00.000Z')).toBe('2024-04-01'); // Monday 00:30, summer time
  });

  it('lists the Mondays of a range', () => {
    expect(mondaysBetween('2024-02-26', '2024-03-18')).toEqual(['2024-02-26', '2024-03-04', '2024-03-11', '2024-03-18']);
    expect(mondaysBetween('2024-03-18', '2024-03-11')).toEqual([]);
  });

  it('formats an instant for a French spreadsheet', () => {
    expect(formatParisDateTime('2024-05-10T12:05:00.000Z')).toBe('2024-05-10 14:05');
    expect(formatParisDateTime('2024-01-01T23:30:00.000Z')).toBe('2024-01-02 00:30');
  });
});

describe('fold', () => {
  it('ignores case, accents, ligatures and spacing', () => {
    expect(fold('  CRÈCHE   Les Petits\tLoups ')).toBe('creche les petits loups');
    expect(fold('Œuvre, cœur, Ærø, straße')).toBe('oeuvre, coeur, aerø, strasse');
    expect(fold('l’école')).toBe("l'ecole");
    expect(fold('ﬁnances')).toBe('finances');
  });

  it('makes LIKE patterns that take % and _ literally', () => {
    expect(containsPattern('100%_a\\b')).toBe('%100\\%\\_a\\\\b%');
  });
});
