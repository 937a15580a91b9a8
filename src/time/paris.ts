/**
 * The quarter's wall clock, Europe/Paris, and the instants it names — one place for what the agenda (an action's
 * date and time → the instant, src/engine/agenda.ts) and the stores (a calendar day → its first and last instant, a
 * turn → its Paris week, src/storage/time.ts) both need. Pure: no I/O, nothing but Intl.
 */

export const PARIS_TIME_ZONE = 'Europe/Paris';

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const parisFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** What a clock in Paris shows at `instant` (a Date or milliseconds since the epoch). */
export function parisWallClock(instant: Date | number): WallClock {
  const parts: Record<string, number> = {};
  for (const p of parisFormat.formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/** Paris offset from UTC at `instant`, in milliseconds (3 600 000 in winter, 7 200 000 in summer). */
export function parisOffset(instant: number): number {
  const w = parisWallClock(instant);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant (milliseconds) a Paris clock shows this date and time; month 1–12. The offset at a first guess, then
 * once more at the corrected instant: right on both sides of a change of time. A time the spring change skips
 * (02:30 on its Sunday) falls an hour off, as any clock would put it.
 */
export function parisInstant(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const wallAsUtc = Date.UTC(year, month - 1, day, hour, minute);
  const guess = wallAsUtc - parisOffset(wallAsUtc);
  return wallAsUtc - parisOffset(guess);
}

/** The Paris calendar date ("2026-12-01") and time ("09:30") at `instant`. */
export function parisDateAndTime(instant: Date | number): { date: string; time: string } {
  const w = parisWallClock(instant);
  const two = (n: number): string => String(n).padStart(2, '0');
  return { date: `${w.year}-${two(w.month)}-${two(w.day)}`, time: `${two(w.hour)}:${two(w.minute)}` };
}
