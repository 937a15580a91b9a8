/**
 * Opt-in reminders, as a conversation step any edge runs before the core's turn (the bridges do, see
 * src/channels/bridges/pipeline.ts): pure, no I/O — it says what to reply and what the edge must do (store the
 * reminders, or cancel them all), and the edge does it.
 *
 *   "rappelle-moi" / "prévenez-moi" / "remind me" right after an answer with an upcoming (real) agenda action
 *       → "Voulez-vous un rappel … ? Je vous écrirai la veille à 18 h 00." [Oui] [Non]
 *   after the agenda list → "Pour quelle activité ?" with the upcoming actions, then the same offer
 *   "oui" → the edge stores the reminders; "non" → nothing is kept
 *   "stop rappels" (any time) → the edge cancels every reminder of this resident and deletes the address
 *
 * Where nothing can be sent later (the web widget: a closed page cannot be reached), the offer is the action's
 * calendar file instead ("ajouter à mon agenda"). Sample agenda data is never offered: a reminder of an invented
 * date would be worse than none.
 */
import { nextOccurrence, type AgendaBook, type Occurrence } from '../src/engine/agenda.js';
import type { Engine } from '../src/engine/engine.js';
import type { Locale } from '../src/knowledge/schema.js';
import { formatWhen, type ReplyMessage } from '../src/replies/compose.js';
import { translator } from '../src/replies/i18n.js';
import { instantToParis } from '../src/engine/agenda.js';
import type { ReminderMoment } from '../src/storage/types.js';

/** A request refers to an answer given within this time (as follow-ups do). */
export const REMINDER_FOLLOW_UP_MS = 30 * 60 * 1000;
const MAX_PICK = 5;

/** What the edge keeps between turns for this step (expires with the conversation). */
export interface ReminderMemory {
  /** The entry of the last answer, and when it was given. */
  lastEntryId?: string;
  lastAt?: string;
  /** A reminder offered, waiting for yes or no. */
  offer?: { actionId: string; start: string };
  /** "Which one?" after the agenda list: the actions offered. */
  pick?: { actionIds: string[] };
}

export interface ScheduledTime {
  moment: ReminderMoment;
  sendAt: Date;
}

export interface ReminderContext {
  engine: Pick<Engine, 'entry' | 'isDanger'>;
  agenda: AgendaBook;
  now: Date;
  locale: Locale;
  /** push: this channel can be written to later (SMS, WhatsApp, Telegram, Azure); ics: offer the calendar file. */
  delivery: 'push' | 'ics';
  /** The calendar file of an action (for 'ics'; also given with push channels when PUBLIC_URL is known). */
  icsUrl?: (actionId: string) => string;
  /** The send times of an occurrence that are still ahead (the edge's configuration decides which and when). */
  schedule: (occurrence: Occurrence) => ScheduledTime[];
}

export type ReminderOutcome =
  | { kind: 'reply'; replies: ReplyMessage[]; memory: ReminderMemory }
  | { kind: 'create'; occurrence: Occurrence; times: ScheduledTime[]; confirmation: ReplyMessage; memory: ReminderMemory }
  | { kind: 'stop'; memory: ReminderMemory }
  /** Not about reminders after all (an offer lapsed): the edge keeps `memory` and runs the turn. */
  | { kind: 'pass'; memory: ReminderMemory };

const ASCII = /^[\x00-\x7f]*$/;

/** Words are matched folded: lower case, no accents, hyphens and apostrophes as spaces. */
export function fold(text: string): string {
  // Plain ASCII (most messages) has nothing to decompose nor any mark to drop: the same result without either pass.
  return (ASCII.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, ''))
    .toLowerCase()
    .replace(/[-'’_]/g, ' ')
    .replace(/[.!?,;:]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const REQUEST = /(^| )(rappel+e[sz]? moi|rappelle moi|previen[st]? moi|prevene[sz] moi|remind me|reminder|un rappel|me rappeler|me prevenir|m avertir|avertis+e[sz]? moi)( |$)/;
const STOP = /^(stop|arrete[rsz]?|arreter|annule[rsz]?|supprime[rsz]?|plus de|no more|cancel|end) ?(les |mes |tous les |toutes les |all |my |all my )?(rappels?|reminders?)( svp| s il vous plait| stp| please| merci)?$/;
const YES = /^(oui|yes|ok|okay|d accord|daccord|ouais|volontiers|bien sur|oui merci|oui svp|oui stp|oui s il vous plait|yes please|sure|ok merci)$/;
const NO = /^(non|no|non merci|no thanks|pas besoin|nope)$/;

export function isReminderRequest(text: string): boolean {
  return REQUEST.test(fold(text));
}

export function isStopReminders(text: string): boolean {
  return STOP.test(fold(text));
}

export function reminderTurn(memory: ReminderMemory, text: string, ctx: ReminderContext): ReminderOutcome | undefined {
  const said = fold(text);
  // Most messages are none of this step's business: they are told apart by these few patterns before the danger
  // check (the whole set of danger signals), which only matters for a message this step would otherwise take.
  if (!said || (!memory.offer && !memory.pick && !STOP.test(said) && !REQUEST.test(said))) return undefined;
  if (ctx.engine.isDanger(text)) return undefined;
  const t = translator(ctx.locale);
  const rest: ReminderMemory = { ...(memory.lastEntryId ? { lastEntryId: memory.lastEntryId } : {}), ...(memory.lastAt ? { lastAt: memory.lastAt } : {}) };

  if (STOP.test(said)) return { kind: 'stop', memory: rest };

  if (memory.offer) {
    const offer = memory.offer;
    const yes = YES.test(said) || said === fold(t('reminders.yes'));
    if (NO.test(said) || said === fold(t('reminders.no'))) return { kind: 'reply', replies: [{ text: t('reminders.declined'), choices: [] }], memory: rest };
    if (yes) {
      const action = ctx.agenda.all.find((a) => a.id === offer.actionId && !a.sample);
      const occurrence = action ? nextOccurrence(action, ctx.now) : undefined;
      if (!occurrence) return { kind: 'reply', replies: [{ text: t('reminders.gone'), choices: [] }], memory: rest };
      const times = ctx.schedule(occurrence);
      if (times.length === 0) return { kind: 'reply', replies: [{ text: t('reminders.tooSoon', vars(occurrence, ctx.locale)), choices: [] }], memory: rest };
      const confirmation = { text: t('reminders.confirmed', { ...vars(occurrence, ctx.locale), moments: describe(times, ctx.locale) }), choices: [] };
      return { kind: 'create', occurrence, times, confirmation, memory: rest };
    }
    // Something else: the offer lapses and the message is a new one.
  }

  if (memory.pick) {
    const picked = memory.pick.actionIds
      .map((id) => ctx.agenda.all.find((a) => a.id === id))
      .find((a) => a !== undefined && (fold(a.title[ctx.locale]) === said || fold(a.title.fr) === said));
    const occurrence = picked ? nextOccurrence(picked, ctx.now) : undefined;
    if (occurrence) return offer(occurrence, rest, ctx);
  }

  if (!REQUEST.test(said)) return memory.offer || memory.pick ? { kind: 'pass', memory: rest } : undefined;

  const recent = memory.lastEntryId && memory.lastAt && ctx.now.getTime() - Date.parse(memory.lastAt) < REMINDER_FOLLOW_UP_MS;
  const entry = recent && memory.lastEntryId ? ctx.engine.entry(memory.lastEntryId) : undefined;
  if (!entry) return { kind: 'reply', replies: [{ text: t('reminders.nothingToRemind'), choices: [] }], memory: rest };
  const upcoming = ctx.agenda.upcoming(ctx.now, { limit: 100 }).filter((o) => !o.action.sample);
  const candidates = entry.topic === 'agenda' ? upcoming.slice(0, MAX_PICK) : firstOf(upcoming.filter((o) => o.action.entry === entry.id), upcoming.filter((o) => o.action.topic === entry.topic));
  if (candidates.length === 0) return { kind: 'reply', replies: [{ text: t('reminders.nothingToRemind'), choices: [] }], memory: rest };
  if (candidates.length === 1) return offer(candidates[0] as Occurrence, rest, ctx);
  const choices = candidates.map((o) => ({ label: o.action.title[ctx.locale], value: o.action.title[ctx.locale] }));
  return { kind: 'reply', replies: [{ text: t('reminders.which'), choices }], memory: { ...rest, pick: { actionIds: candidates.map((o) => o.action.id) } } };
}

function offer(occurrence: Occurrence, memory: ReminderMemory, ctx: ReminderContext): ReminderOutcome {
  const t = translator(ctx.locale);
  const v = vars(occurrence, ctx.locale);
  if (ctx.delivery === 'ics') {
    const url = ctx.icsUrl?.(occurrence.action.id);
    const text = url ? t('reminders.ics', { ...v, url }) : t('reminders.unavailable', v);
    return { kind: 'reply', replies: [{ text, choices: [] }], memory };
  }
  const times = ctx.schedule(occurrence);
  if (times.length === 0) return { kind: 'reply', replies: [{ text: t('reminders.tooSoon', v), choices: [] }], memory };
  const yes = t('reminders.yes');
  const no = t('reminders.no');
  return {
    kind: 'reply',
    replies: [{ text: t('reminders.offer', { ...v, moments: describe(times, ctx.locale) }), choices: [{ label: yes, value: yes }, { label: no, value: no }] }],
    memory: { ...memory, offer: { actionId: occurrence.action.id, start: occurrence.start.toISOString() } },
  };
}

function firstOf(...lists: Occurrence[][]): Occurrence[] {
  const found = lists.find((l) => l.length > 0);
  return found ? found.slice(0, 1) : [];
}

export function vars(occurrence: Occurrence, locale: Locale): { title: string; when: string; place: string } {
  return { title: occurrence.action.title[locale], when: formatWhen(occurrence, locale), place: occurrence.action.place[locale] };
}

/** "la veille à 18 h 00 et le matin même à 8 h 30". */
export function describe(times: ScheduledTime[], locale: Locale): string {
  const t = translator(locale);
  return times
    .map((s) => {
      const [hh, mm] = instantToParis(s.sendAt).time.split(':');
      const time = locale === 'fr' ? `${Number(hh)} h ${mm}` : `${hh}:${mm}`;
      return t(`reminders.moment.${s.moment}`, { time });
    })
    .join(t('reminders.and'));
}
