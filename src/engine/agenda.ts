/**
 * The agenda of upcoming actions, as pure data and a clock passed in: which occurrences are still to come, and the
 * next date of an action a resident asks about. Times are Europe/Paris wall-clock times (what staff type and
 * residents read); they are turned into instants here so "past" means past, across daylight-saving changes.
 */
import type { AgendaItem } from '../knowledge/schema.js';
import { parisDateAndTime, parisInstant, PARIS_TIME_ZONE } from '../time/paris.js';

/** An upcoming action: the knowledge's agenda item, and whether it is sample data (answers then say so). */
export type AgendaAction = AgendaItem & { sample: boolean };

export interface Occurrence {
  action: AgendaAction;
  /** The instant it starts. */
  start: Date;
  /** Its local (Europe/Paris) date and time, as shown to residents. */
  date: string;
  time: string;
}

export const AGENDA_TIME_ZONE = PARIS_TIME_ZONE;
/** Repeated actions are expanded this far ahead at most (bounded work, whatever `until` says). */
const MAX_OCCURRENCES_PER_ACTION = 400;

export class AgendaBook {
  constructor(private readonly actions: readonly AgendaAction[]) {}

  get all(): readonly AgendaAction[] {
    return this.actions;
  }

  /** Occurrences starting at or after `now`, soonest first. */
  upcoming(now: Date, options: { topic?: string; entry?: string; limit?: number } = {}): Occurrence[] {
    const out: Occurrence[] = [];
    for (const action of this.actions) {
      if (options.topic && action.topic !== options.topic) continue;
      if (options.entry && action.entry !== options.entry) continue;
      const next = nextOccurrence(action, now);
      if (next) out.push(next);
    }
    out.sort((a, b) => a.start.getTime() - b.start.getTime());
    return out.slice(0, options.limit ?? 5);
  }

  /** The next occurrence for an entry (by its id, else by its topic), if one is known. */
  nextFor(entry: { id: string; topic: string }, now: Date): Occurrence | undefined {
    return this.upcoming(now, { entry: entry.id, limit: 1 })[0] ?? this.upcoming(now, { topic: entry.topic, limit: 1 })[0];
  }
}

/** The first occurrence of an action that has not started yet, or undefined when all are past. */
export function nextOccurrence(action: AgendaAction, now: Date): Occurrence | undefined {
  let date = action.date;
  for (let i = 0; i < MAX_OCCURRENCES_PER_ACTION; i++) {
    const start = parisToInstant(date, action.time);
    if (start.getTime() >= now.getTime()) return { action, start, date, time: action.time };
    if (!action.repeat) return undefined;
    const following = action.repeat.every === 'week' ? addDays(date, 7) : sameWeekdayNextMonth(action.date, date);
    if (following > action.repeat.until) return undefined;
    date = following;
  }
  return undefined;
}

/** An action is past (archived) when it has no occurrence left. */
export function isPast(action: AgendaAction, now: Date): boolean {
  return nextOccurrence(action, now) === undefined;
}

/** Converts a Europe/Paris wall-clock date and time to the instant, handling daylight saving. */
export function parisToInstant(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  return new Date(parisInstant(y, m, d, hh, mm));
}

/** The local (Europe/Paris) date and time of an instant. */
export function instantToParis(instant: Date): { date: string; time: string } {
  return parisDateAndTime(instant);
}

function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Monthly repeats keep the weekday and its rank in the month of the first date ("the 2nd Tuesday"), which is how
 * associations plan; when a month has no 5th such weekday, the last one is used.
 */
function sameWeekdayNextMonth(first: string, current: string): string {
  const [fy, fm, fd] = first.split('-').map(Number) as [number, number, number];
  const weekday = new Date(Date.UTC(fy, fm - 1, fd)).getUTCDay();
  const rank = Math.floor((fd - 1) / 7); // 0 = first
  const [cy, cm] = current.split('-').map(Number) as [number, number];
  const year = cm === 12 ? cy + 1 : cy;
  const month = cm === 12 ? 1 : cm + 1; // 1..12
  const firstOfMonthWeekday = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  let day = 1 + ((weekday - firstOfMonthWeekday + 7) % 7) + rank * 7;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  while (day > daysInMonth) day -= 7;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
