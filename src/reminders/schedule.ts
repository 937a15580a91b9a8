/**
 * When the reminders of an occurrence go out: the day before at REMINDER_EVE_TIME and/or the morning of at
 * REMINDER_MORNING_TIME (Europe/Paris wall-clock times, checked at 08:00–20:59 by the configuration), whichever
 * REMINDER_MOMENTS names — only those still ahead (a few minutes' margin) and before the action starts.
 */
import { parisToInstant, type Occurrence } from '../engine/agenda.js';
import type { ScheduledTime } from '../../dialogs/reminder-flow.js';
import type { ReminderMoment } from '../storage/types.js';

export interface ReminderTimes {
  moments: readonly ReminderMoment[];
  eve: string;
  morning: string;
}

/** A reminder asked for now is not sent within this margin: it would arrive with the confirmation. */
const MARGIN_MS = 10 * 60 * 1000;
/** A morning reminder must leave at least this long before the action starts. */
const LEAD_MS = 30 * 60 * 1000;

export function scheduleFor(occurrence: Occurrence, now: Date, times: ReminderTimes): ScheduledTime[] {
  const out: ScheduledTime[] = [];
  for (const moment of times.moments) {
    const sendAt = moment === 'eve' ? parisToInstant(dayBefore(occurrence.date), times.eve) : parisToInstant(occurrence.date, times.morning);
    if (sendAt.getTime() < now.getTime() + MARGIN_MS) continue;
    if (sendAt.getTime() > occurrence.start.getTime() - LEAD_MS) continue;
    out.push({ moment, sendAt });
  }
  return out.sort((a, b) => a.sendAt.getTime() - b.sendAt.getTime());
}

function dayBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d - 1)).toISOString().slice(0, 10);
}
