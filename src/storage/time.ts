/**
 * Dates as the stores need them. Instants are stored as ISO 8601 UTC strings with milliseconds
 * ("2024-05-10T12:00:00.000Z"): every string has the same shape, so SQLite can compare them as text.
 *
 * Calendar days and weeks are those of the quarter, Europe/Paris: staff who ask for "the remarques of 10 May" or
 * "this week's questions" mean their local day, and a question asked at 00:30 on a Monday belongs to that Monday's
 * week, not to the Sunday that UTC would say.
 */
import { parisDateAndTime, parisInstant, parisWallClock } from '../time/paris.js';
import { StorageValidationError } from './errors.js';

export { parisWallClock } from '../time/paris.js';

export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

const DAY_MS = 86_400_000;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** A date-time must say which instant it is: an offset or Z is required. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/** The instant of midnight in Paris on the given calendar day. */
function parisMidnight(year: number, month: number, day: number): number {
  return parisInstant(year, month, day);
}

function parseDateOnly(value: string): [number, number, number] | undefined {
  const m = DATE_ONLY.exec(value);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(y, mo - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  return [y, mo, d];
}

export function isDateOnly(value: string): boolean {
  return parseDateOnly(value) !== undefined;
}

/** An ISO date-time with an offset, as the canonical UTC string; throws StorageValidationError otherwise. */
export function toInstant(value: unknown, field: string): string {
  if (typeof value !== 'string' || !DATE_TIME.test(value)) {
    throw new StorageValidationError(field, 'must be an ISO 8601 date-time with a time zone, e.g. 2024-05-10T14:30:00Z');
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new StorageValidationError(field, `is not a valid date-time: ${value}`);
  return new Date(ms).toISOString();
}

/**
 * An inclusive bound of a range, as a UTC instant. A date alone means the whole Paris day: as a start, its first
 * millisecond; as an end, its last.
 */
export function toBound(value: unknown, side: 'start' | 'end', field: string): string {
  if (typeof value === 'string') {
    const date = parseDateOnly(value);
    if (date) {
      const [y, m, d] = date;
      const start = parisMidnight(y, m, d);
      return new Date(side === 'start' ? start : parisMidnight(y, m, d + 1) - 1).toISOString();
    }
  }
  return toInstant(value, field);
}

function formatDate(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** Monday (YYYY-MM-DD) of the ISO week that contains `instant`, on the Paris calendar. */
export function isoWeekMonday(instant: string | Date): string {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  // Every turn records its week: the last answer is kept for its UTC hour, in which the Paris date cannot change
  // (Paris is a whole number of hours from UTC and changes time on the hour).
  const hour = Math.floor(at.getTime() / HOUR_MS);
  if (hour === lastWeek.hour) return lastWeek.monday;
  const w = parisWallClock(at);
  const day = Date.UTC(w.year, w.month - 1, w.day);
  const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
  const monday = formatDate(day - sinceMonday * DAY_MS);
  if (!Number.isNaN(hour)) lastWeek = { hour, monday };
  return monday;
}

const HOUR_MS = 3_600_000;
let lastWeek = { hour: Number.NaN, monday: '' };

/** Every Monday from `first` to `last` (both YYYY-MM-DD Mondays), oldest first. */
export function mondaysBetween(first: string, last: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += 7 * DAY_MS) out.push(formatDate(t));
  return out;
}

/** "2024-05-10 14:32", Paris time: what staff expect to read in a spreadsheet. */
export function formatParisDateTime(instant: string): string {
  const { date, time } = parisDateAndTime(new Date(instant));
  return `${date} ${time}`;
}
