/**
 * Reading dates and times as French staff type them (src/staff/french-dates.ts), and the console's period and
 * agenda forms that use it: French or ISO accepted, impossible days refused, never guessed. (The JSON API keeps ISO.)
 */
import { describe, expect, it } from 'vitest';
import { dateTimeIssues, checkAgenda, fromForm } from '../../src/staff/agenda-input.js';
import { DATE_PATTERN, parseFrenchDate, parseFrenchTime, TIME_PATTERN, toFrenchDate } from '../../src/staff/french-dates.js';
import { readPeriod } from '../../src/staff/filters.js';

describe('French dates', () => {
  it('reads jj/mm/aaaa and its usual variants, and ISO', () => {
    for (const typed of ['06/12/2026', '6/12/2026', '06-12-2026', '06.12.2026', '06 12 2026', '06122026', '2026-12-06', ' 06/12/2026 ']) {
      expect(parseFrenchDate(typed), typed).toBe('2026-12-06');
    }
    // Day first, always: 02/03 is the 2nd of March, never February the 3rd.
    expect(parseFrenchDate('02/03/2027')).toBe('2027-03-02');
    expect(parseFrenchDate('29/02/2028')).toBe('2028-02-29');
  });

  it('refuses what is no day, rather than guessing', () => {
    for (const typed of ['31/02/2026', '29/02/2027', '13/13/2026', '00/01/2026', '2026-02-30', '12/2026', '06/12/26', 'hier', '', '06/12/2026 10:00', '1/1/0001']) {
      expect(parseFrenchDate(typed), typed).toBeUndefined();
    }
  });

  it('reads hh:mm, 9h30, 9 h, 0930', () => {
    const cases: [string, string][] = [['14:30', '14:30'], ['9:05', '09:05'], ['9h30', '09:30'], ['9 h 30', '09:30'], ['9h', '09:00'], ['14H15', '14:15'], ['0930', '09:30'], ['930', '09:30'], ['18', '18:00'], ['00:00', '00:00']];
    for (const [typed, expected] of cases) expect(parseFrenchTime(typed), typed).toBe(expected);
    for (const typed of ['24:00', '12:60', '9:5', 'midi', '', '12:30:00', '12345']) expect(parseFrenchTime(typed), typed).toBeUndefined();
  });

  it("the inputs' patterns (as browsers compile them, v flag, anchored) let through what the server reads and refuse half-typed minutes", () => {
    const browserAccepts = (pattern: string, typed: string) => new RegExp(`^(?:${pattern})$`, 'v').test(typed);
    for (const typed of ['14:30', '9:05', '9h30', '9 h 30', '9h', '14H15', '0930', '930', '18']) {
      expect(browserAccepts(TIME_PATTERN, typed), typed).toBe(true);
      expect(parseFrenchTime(typed), typed).toBeDefined();
    }
    // "9h3" and "9:5" are neither 9:03 nor 9:30: refused before sending, so staff retype rather than read a server error.
    for (const typed of ['9h3', '9:5', '12:30:00', 'midi']) {
      expect(browserAccepts(TIME_PATTERN, typed), typed).toBe(false);
      expect(parseFrenchTime(typed), typed).toBeUndefined();
    }
    for (const typed of ['06/12/2026', '6/12/2026', '06122026', '2026-12-06']) expect(browserAccepts(DATE_PATTERN, typed), typed).toBe(true);
    for (const typed of ['06/12/26', '12/2026', 'hier']) expect(browserAccepts(DATE_PATTERN, typed), typed).toBe(false);
  });

  it('shows ISO days the French way', () => {
    expect(toFrenchDate('2026-12-06')).toBe('06/12/2026');
    expect(toFrenchDate('n’importe quoi')).toBe('n’importe quoi');
  });
});

describe('the period filter of the console pages (remarques, meeting)', () => {
  it('takes French or ISO days and gives the stores ISO', () => {
    expect(readPeriod({ from: '01/06/2026', to: '2026-06-30' })).toEqual({ period: { from: '2026-06-01', to: '2026-06-30' }, typed: { from: '01/06/2026', to: '2026-06-30' }, errors: {} });
    expect(readPeriod({})).toEqual({ period: {}, typed: {}, errors: {} });
  });

  it('refuses a bad day with a French sentence naming the field', () => {
    const read = readPeriod({ from: '31/02/2026', to: '01/03/2026' });
    expect(read.period).toEqual({ to: '2026-03-01' });
    expect(read.typed.from).toBe('31/02/2026');
    expect(read.errors.from).toMatch(/^La date « Du » n'est pas valable .*jj\/mm\/aaaa/);
    expect(read.errors.to).toBeUndefined();
    expect(readPeriod({ to: 'demain' }).errors.to).toContain('« Au »');
  });
});

describe('the agenda form', () => {
  const known = { topicIds: new Set(['forum-emploi']), entryIds: new Set<string>() };
  const form = { topic: 'forum-emploi', title_fr: 'Forum', place_fr: 'Salle des fêtes', date: '18/03/2027', time: '9h30', endTime: '1200', repeat: 'week', until: '01/04/2027' };

  it('stores French dates and times as ISO', () => {
    const checked = checkAgenda({ ...fromForm(form), id: 'forum-2027-03-18' }, known, false);
    expect(checked.ok && checked.item).toMatchObject({ date: '2027-03-18', time: '09:30', endTime: '12:00', repeat: { every: 'week', until: '2027-04-01' } });
    expect(dateTimeIssues(form, (f) => f)).toEqual([]);
  });

  it('names each unreadable date or time, in French', () => {
    const bad = { ...form, date: '30/02/2027', endTime: 'midi' };
    expect(checkAgenda({ ...fromForm(bad), id: 'x' }, known, false).ok).toBe(false);
    const issues = dateTimeIssues(bad, (f) => ({ date: 'Date', endTime: 'Heure de fin' })[f] ?? f);
    expect(issues).toEqual([
      { path: 'date', message: expect.stringMatching(/^La date « Date » n'est pas valable \(« 30\/02\/2027 »\)/) },
      { path: 'endTime', message: expect.stringMatching(/^L'heure « Heure de fin » n'est pas valable .*hh:mm/) },
    ]);
  });
});
