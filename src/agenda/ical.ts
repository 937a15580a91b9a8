/**
 * The agenda as iCalendar (RFC 5545, written by ical-generator): the public feed `/agenda.ics` that residents (and
 * the communes' own sites) subscribe to, and one action's file `/agenda/<id>.ics` — what the web widget offers as
 * "ajouter à mon agenda", since a closed web page cannot be sent a reminder.
 *
 * Only real actions: the shipped example agenda (sample) is never published, it would put invented dates in
 * residents' calendars. Times are written as UTC instants (computed from the Europe/Paris wall-clock times by
 * src/engine/agenda.ts), which every calendar converts back to local time without a time-zone table.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';
import { nextOccurrence, type AgendaAction, type AgendaBook, type Occurrence } from '../engine/agenda.js';
import type { Locale } from '../knowledge/schema.js';

/** A repeated action is published this many occurrences ahead at most. */
const MAX_OCCURRENCES = 26;
/** Without an end time, an action is shown as lasting this long. */
const DEFAULT_DURATION_MS = 60 * 60 * 1000;
const PRODUCT = { company: 'Quartier Renaissance', product: 'Assistant du quartier', language: 'FR' } as const;

export interface IcalOptions {
  now: Date;
  locale: Locale;
  /** The host part of event UIDs (the public URL's host), so that calendars recognise an updated event. */
  host: string;
}

/** The upcoming occurrences of an action, soonest first (bounded). */
export function occurrencesOf(action: AgendaAction, now: Date, max = MAX_OCCURRENCES): Occurrence[] {
  const out: Occurrence[] = [];
  let from = now;
  while (out.length < max) {
    const next = nextOccurrence(action, from);
    if (!next) break;
    out.push(next);
    from = new Date(next.start.getTime() + 60_000);
  }
  return out;
}

/** The feed of every real (non-sample) upcoming action; `only` narrows it to one action. */
export function agendaCalendar(book: AgendaBook, options: IcalOptions & { only?: string }): string | undefined {
  const actions = book.all.filter((a) => !a.sample && (options.only === undefined || a.id === options.only));
  if (options.only !== undefined && actions.length === 0) return undefined;
  const calendar = ical({
    name: options.locale === 'en' ? 'Renaissance quarter: upcoming actions' : 'Quartier Renaissance : actions à venir',
    prodId: PRODUCT,
    ttl: 60 * 60,
    ...(options.only === undefined ? {} : { method: ICalCalendarMethod.PUBLISH }),
  });
  for (const action of actions) {
    for (const occurrence of occurrencesOf(action, options.now)) {
      const end = action.endTime ? endOf(occurrence, action.endTime) : new Date(occurrence.start.getTime() + DEFAULT_DURATION_MS);
      calendar.createEvent({
        id: `${action.id}-${occurrence.date}@${options.host}`,
        start: occurrence.start,
        end,
        stamp: options.now,
        summary: action.title[options.locale],
        location: action.place[options.locale],
        description: descriptionOf(action, options.locale),
      });
    }
  }
  return calendar.toString();
}

/** The event's text: the description, how to register and the price (a calendar shows no other field for them). */
function descriptionOf(action: AgendaAction, locale: Locale): string | undefined {
  const price = action.price?.[locale];
  const lines = [action.description?.[locale], action.registration?.[locale], price && (locale === 'en' ? `Price: ${price}` : `Prix : ${price}`)];
  return lines.filter(Boolean).join('\n') || undefined;
}

function endOf(occurrence: Occurrence, endTime: string): Date {
  const [h1, m1] = occurrence.time.split(':').map(Number) as [number, number];
  const [h2, m2] = endTime.split(':').map(Number) as [number, number];
  const minutes = h2 * 60 + m2 - (h1 * 60 + m1);
  return new Date(occurrence.start.getTime() + (minutes > 0 ? minutes : 60) * 60_000);
}
