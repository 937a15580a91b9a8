/**
 * Practical details in replies: what an answer says under its text (where, when, how to register, a number to
 * call, who to ask next with their phone and hours) and the answer to a question about one detail ("c'est où ?").
 *
 * Rules (issue 10, docs/conversation.md):
 *  - an absent detail is not said: no "not published yet" / "to be confirmed" sentence, ever;
 *  - the agenda's next real action comes first (its place, date, end, registration), then the entry's details, then
 *    its contacts;
 *  - only when a resident asks for a detail nobody knows does the reply say so, in one sentence, with a contact they
 *    can actually reach (a phone, a website or an address shown);
 *  - one short source line ("Source : caf.fr" / "D'après le contrat de ville").
 *
 * The details and contacts are read through a FicheReader, so staff changes from the console (issue 10, part 3)
 * show on the next answer. Texts stay channel-agnostic: links travel beside the text (`links`) and the rendering
 * layer (src/channels/render.ts) turns them, and phone numbers, into links on the web; SMS stays plain.
 */
import type { AgendaBook, Occurrence } from '../engine/agenda.js';
import type { Contact, DetailText, Entry, EntryDetails, Locale } from '../knowledge/schema.js';
import { translator } from './i18n.js';

/** A piece of the text that is a link on channels that show links (the source's domain). */
export interface Link {
  text: string;
  url: string;
}

/** The details a resident can ask about one by one. */
export const DETAIL_FIELDS = ['who', 'place', 'when', 'end', 'registration', 'price', 'audience', 'bring', 'contact'] as const;
export type DetailField = (typeof DETAIL_FIELDS)[number];

/**
 * The current fiches: the shipped knowledge, or the same with staff changes merged over it (src/fiches). Anything
 * with these two methods will do, so the replies do not depend on where the changes are stored.
 */
export interface FicheReader {
  entry(id: string): Entry | undefined;
  contact(id: string): Contact | undefined;
}

/** The shipped knowledge as a FicheReader (no staff changes): tools and tests without the server's store. */
export function shippedReader(knowledge: { entries: readonly Entry[]; contacts: readonly Contact[] }): FicheReader {
  const entries = new Map(knowledge.entries.map((e) => [e.id, e]));
  const contacts = new Map(knowledge.contacts.map((c) => [c.id, c]));
  return { entry: (id) => entries.get(id), contact: (id) => contacts.get(id) };
}

const shippedReaders = new WeakMap<object, FicheReader>();

/** shippedReader, made once per knowledge object (the dialogs ask for it every turn). */
export function shippedReaderOf(knowledge: { entries: readonly Entry[]; contacts: readonly Contact[] }): FicheReader {
  let reader = shippedReaders.get(knowledge);
  if (!reader) shippedReaders.set(knowledge, (reader = shippedReader(knowledge)));
  return reader;
}

/** What answerDetail needs: the locale, the entry's live details, its contacts, its next agenda action. */
export interface DetailContext {
  locale: Locale;
  details: EntryDetails;
  contact: (id: string) => Contact | undefined;
  /** The entry's next real action (sample actions never reach residents: src/agenda/residents.ts). */
  next?: Occurrence;
}

export interface DetailReply {
  text: string;
  choices: [];
  links: Link[];
}

/** Builds the DetailContext of an entry at a given time, from the live fiches and the current agenda. */
export function detailContext(
  entry: Entry,
  options: { locale: Locale; now: Date; agenda: AgendaBook; fiches?: FicheReader },
): DetailContext {
  const live = options.fiches?.entry(entry.id) ?? entry;
  return {
    locale: options.locale,
    details: live.details,
    contact: (id) => options.fiches?.contact(id),
    next: options.agenda.nextFor(entry, options.now),
  };
}

/** Topics whose answers are about the assistant itself or an emergency: no practical lines, no source line. */
const NO_SOURCE_TOPICS = new Set(['urgence', 'salutation', 'aide', 'confidentialite', 'remarque']);
/** Contacts shown under an answer at most (the first ones with something to show). */
const MAX_CONTACT_LINES = 3;

export function localText(value: DetailText, locale: Locale): string {
  return (locale === 'en' ? value.en : undefined) ?? value.fr;
}

/** "https://www.caf.fr/allocataires/..." → "caf.fr". */
export function domainOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Contacts of the entry in their order, as the live fiches have them. */
export function contactsOf(ctx: DetailContext): Contact[] {
  return (ctx.details.contacts ?? []).map(ctx.contact).filter((c): c is Contact => c !== undefined);
}

/** A contact the resident can act on: something to call, open or go to. */
export function isReachable(contact: Contact): boolean {
  return Boolean(contact.phone || contact.website || contact.address || contact.email);
}

/** "📞 CAF : 3230 · https://www.caf.fr · …" — only what is known; undefined when nothing is. */
/** The two mairies of the quarter (it spans Labourse and Beuvry): who can help when nobody closer is known. */
export const MAIRIES: readonly string[] = ['mairie-labourse', 'mairie-beuvry'];

export function contactLine(contact: Contact, locale: Locale): string | undefined {
  const parts = [contact.phone, contact.address, contact.email, contact.website, contact.hours && localText(contact.hours, locale)].filter(
    (p): p is string => Boolean(p),
  );
  if (parts.length === 0) return undefined;
  const icon = contact.phone ? '📞' : contact.address ? '📍' : '🌐';
  return `${icon} ${contact.name}${locale === 'fr' ? ' : ' : ': '}${parts.join(' · ')}`;
}

/** The lines of the next action: its date (and end), place, registration, price. */
export function actionLines(next: Occurrence, locale: Locale): string[] {
  const t = translator(locale);
  const lines = [t('details.nextDate', { when: formatWhen(next, locale), end: endText(next, locale), place: next.action.place[locale] })];
  if (next.action.registration) lines.push(t('details.registration', { text: next.action.registration[locale] }));
  if (next.action.price) lines.push(t('details.price', { text: next.action.price[locale] }));
  return lines;
}

/** The entry's own practical lines (what an answer shows under its text), in a fixed order. */
export function practicalLines(details: EntryDetails, locale: Locale, options: { skipWhen?: boolean; skipPrice?: boolean } = {}): string[] {
  const t = translator(locale);
  const lines: string[] = [];
  if (details.place) lines.push(t('details.place', { text: localText(details.place, locale) }));
  if (details.when && !options.skipWhen) lines.push(t('details.when', { text: localText(details.when, locale) }));
  if (details.registration) lines.push(t('details.registration', { text: localText(details.registration, locale) }));
  if (details.price && !options.skipPrice) lines.push(t('details.price', { text: localText(details.price, locale) }));
  if (details.audience) lines.push(t('details.audience', { text: localText(details.audience, locale) }));
  if (details.bring) lines.push(t('details.bring', { text: localText(details.bring, locale) }));
  lines.push(...directLines(details, locale));
  return lines;
}

function directLines(details: EntryDetails, locale: Locale): string[] {
  const t = translator(locale);
  const lines: string[] = [];
  if (details.phone) lines.push(t('details.phone', { text: details.phone }));
  if (details.email) lines.push(t('details.email', { text: details.email }));
  if (details.website) lines.push(t('details.website', { text: details.website }));
  return lines;
}

/** The lines of the entry's contacts that have something to show, primary first. */
export function contactLines(ctx: DetailContext, limit = MAX_CONTACT_LINES): { lines: string[]; shown: Contact[] } {
  const shown: Contact[] = [];
  const lines: string[] = [];
  for (const contact of contactsOf(ctx)) {
    const line = contactLine(contact, ctx.locale);
    if (!line) continue;
    lines.push(line);
    shown.push(contact);
    if (lines.length >= limit) break;
  }
  return { lines, shown };
}

/**
 * "Source : caf.fr, monenfant.fr" from the official pages of what the reply shows, else "D'après le contrat de
 * ville" (the convention is where every entry's text comes from). The domains are links on the web.
 */
export function sourceLine(details: EntryDetails, shown: readonly Contact[], locale: Locale): { text: string; links: Link[] } {
  const t = translator(locale);
  // A service's own site names it best ("caf.fr"); the page it was checked on stays in the data for staff.
  const urls = [details.source?.url ?? details.website, ...shown.map((c) => c.website ?? c.source?.url)].filter((u): u is string => Boolean(u));
  const links: Link[] = [];
  for (const url of urls) {
    const text = domainOf(url);
    if (!links.some((l) => l.text === text)) links.push({ text, url });
  }
  const chosen = links.slice(0, 2);
  if (chosen.length === 0) return { text: t('details.sourceConvention'), links: [] };
  return { text: t('details.source', { sources: chosen.map((l) => l.text).join(', ') }), links: chosen };
}

/** Whether an answer on this topic carries practical lines and a source line. */
export function showsDetails(topic: string): boolean {
  return !NO_SOURCE_TOPICS.has(topic);
}

/**
 * The answer to a question about one detail of an entry ("c'est où ?", "c'est combien ?", "qui contacter ?").
 * The action's own fields first, then the entry's details, then its primary contact; when nobody knows, one honest
 * sentence and a contact the resident can reach.
 */
export function answerDetail(entry: Entry, field: DetailField, ctx: DetailContext): DetailReply {
  const t = translator(ctx.locale);
  const { details, next, locale } = ctx;
  const said: string[] = [];
  let shown: Contact[] = [];
  switch (field) {
    case 'place':
      if (next) said.push(t('details.place', { text: `${next.action.place[locale]} (${formatWhen(next, locale)})` }));
      else if (details.place) said.push(t('details.place', { text: localText(details.place, locale) }));
      else {
        const withAddress = contactsOf(ctx).find((c) => c.address);
        if (withAddress) {
          said.push(t('details.place', { text: `${withAddress.name}, ${withAddress.address}` }));
          shown = [withAddress];
        }
      }
      break;
    case 'when':
      if (next) said.push(...actionLines(next, locale).slice(0, 1));
      if (details.when) said.push(t('details.when', { text: localText(details.when, locale) }));
      if (said.length === 0) return withContact(entry, ctx, t('details.noDate'));
      break;
    case 'end':
      if (next?.action.endTime) said.push(t('details.end', { end: clock(next.action.endTime, locale), when: formatWhen(next, locale) }));
      else if (details.when) said.push(t('details.when', { text: localText(details.when, locale) }));
      break;
    case 'registration':
      if (next?.action.registration) said.push(t('details.registration', { text: next.action.registration[locale] }));
      else if (details.registration) said.push(t('details.registration', { text: localText(details.registration, locale) }));
      break;
    case 'price':
      // The action's own price first: "c'est combien ?" after an announced date is about that date.
      if (next?.action.price) said.push(t('details.price', { text: `${next.action.price[locale]} (${formatWhen(next, locale)})` }));
      else if (details.price) said.push(t('details.price', { text: localText(details.price, locale) }));
      break;
    case 'who':
      if (details.who) said.push(t('details.who', { text: localText(details.who, locale) }));
      break;
    case 'audience':
      if (details.audience) said.push(t('details.audience', { text: localText(details.audience, locale) }));
      break;
    case 'bring':
      if (details.bring) said.push(t('details.bring', { text: localText(details.bring, locale) }));
      break;
    case 'contact': {
      // Who the entry itself says to ask ("ask the Labourse town hall…") first, then the numbers and sites.
      const contacts = contactLines(ctx);
      const direct = directLines(details, locale);
      if (entry.next[locale]) said.push(t('answer.next', { next: entry.next[locale] }), ...(direct.length + contacts.lines.length > 0 ? [t('details.askAlso')] : []));
      said.push(...direct, ...contacts.lines);
      shown = contacts.shown;
      break;
    }
  }
  if (said.length === 0) return withContact(entry, ctx, t('details.unknown'));
  const source = sourceLine(details, shown, locale);
  return { text: [...said, source.text].join('\n'), choices: [], links: source.links };
}

/**
 * "Je n'ai pas cette information." (or "no date is announced yet") and who can tell: the first of the entry's
 * contacts the resident can reach, else the two mairies when known, else what the entry says to do next.
 */
function withContact(entry: Entry, ctx: DetailContext, sentence: string): DetailReply {
  const t = translator(ctx.locale);
  const reachable = contactsOf(ctx).filter(isReachable);
  const fallback = reachable.length > 0 ? reachable : MAIRIES.map(ctx.contact).filter((c): c is Contact => c !== undefined && isReachable(c));
  const lines = fallback.slice(0, 2).map((c) => contactLine(c, ctx.locale)).filter((l): l is string => Boolean(l));
  // The entry's own "ask the Labourse town hall…" names who can tell best (often a desk with no number on file).
  const next = entry.next[ctx.locale] ? t('answer.next', { next: entry.next[ctx.locale] }) : undefined;
  if (lines.length === 0) return { text: next ? `${sentence}\n${next}` : sentence, choices: [], links: [] };
  const source = sourceLine({}, fallback.slice(0, 2), ctx.locale);
  const ask = next ? [next, t('details.askAlso')] : [t('details.askThem')];
  return { text: [sentence, ...ask, ...lines, source.text].join('\n'), choices: [], links: source.links };
}

/** Made once per locale: building an Intl.DateTimeFormat costs more than the rest of an answer. */
const DAY_FORMATS: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  fr: new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Paris' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Paris' }),
};

/** "mercredi 9 décembre à 14 h 00" / "Wednesday 9 December at 14:00". */
export function formatWhen(o: Occurrence, locale: Locale): string {
  const day = DAY_FORMATS[locale].format(o.start);
  return locale === 'fr' ? `${day} à ${clock(o.time, locale)}` : `${day} at ${clock(o.time, locale)}`;
}

function clock(time: string, locale: Locale): string {
  const [hh, mm] = time.split(':');
  return locale === 'fr' ? `${Number(hh)} h ${mm}` : `${hh}:${mm}`;
}

function endText(o: Occurrence, locale: Locale): string {
  return o.action.endTime ? translator(locale)('details.until', { end: clock(o.action.endTime, locale) }) : '';
}
