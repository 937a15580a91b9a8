/** The quarter's wall clock (src/time/paris.ts), shared by the agenda and the stores: both sides of each change of time. */
import { describe, expect, it } from 'vitest';
import { parisInstant, parisOffset, parisWallClock } from '../../src/time/paris.js';
import { instantToParis, parisToInstant } from '../../src/engine/agenda.js';
import { formatParisDateTime, toBound } from '../../src/storage/time.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe('Paris wall clock', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(parisOffset(Date.parse('2026-01-15T12:00:00Z'))).toBe(3_600_000);
    expect(parisOffset(Date.parse('2026-07-15T12:00:00Z'))).toBe(7_200_000);
    expect(parisWallClock(new Date('2026-12-31T23:30:00Z'))).toEqual({ year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0 });
    expect(parisWallClock(Date.parse('2026-07-01T21:59:59Z'))).toEqual({ year: 2026, month: 7, day: 1, hour: 23, minute: 59, second: 59 });
  });

  it.each([
    // the spring change (29 March 2026, 02:00 → 03:00) and the autumn one (25 October 2026, 03:00 → 02:00)
    [2026, 3, 28, 18, 0, '2026-03-28T17:00:00.000Z'],
    [2026, 3, 29, 1, 59, '2026-03-29T00:59:00.000Z'],
    [2026, 3, 29, 3, 0, '2026-03-29T01:00:00.000Z'],
    [2026, 3, 29, 9, 30, '2026-03-29T07:30:00.000Z'],
    [2026, 10, 24, 18, 0, '2026-10-24T16:00:00.000Z'],
    [2026, 10, 25, 9, 30, '2026-10-25T08:30:00.000Z'],
    [2026, 10, 26, 0, 0, '2026-10-25T23:00:00.000Z'],
    // a day past the month's end rolls over (the stores ask for "day + 1")
    [2026, 1, 32, 0, 0, '2026-01-31T23:00:00.000Z'],
  ])('%i-%i-%i %i:%i in Paris is %s', (year, month, day, hour, minute, expected) => {
    expect(iso(parisInstant(year, month, day, hour, minute))).toBe(expected);
  });

  it('the agenda and the stores read it the same way', () => {
    for (const date of ['2026-03-29', '2026-06-10', '2026-10-25', '2026-12-01']) {
      const midnight = parisToInstant(date, '00:00');
      expect(toBound(date, 'start', 'from')).toBe(midnight.toISOString());
      expect(instantToParis(midnight)).toEqual({ date, time: '00:00' });
      expect(instantToParis(parisToInstant(date, '18:45'))).toEqual({ date, time: '18:45' });
    }
    expect(toBound('2026-10-25', 'end', 'to')).toBe('2026-10-25T22:59:59.999Z');
    // what staff read in a spreadsheet: the same date and time
    expect(formatParisDateTime('2026-10-25T08:30:00.000Z')).toBe('2026-10-25 09:30');
    expect(formatParisDateTime('2026-12-31T23:05:00.000Z')).toBe('2027-01-01 00:05');
  });
});
