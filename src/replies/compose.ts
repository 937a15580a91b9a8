/**
 * Turns the engine's decisions into what the resident reads, channel-agnostic: texts and choices. The dialogs send
 * these; the rendering layer (src/channels/render.ts) shapes them for each channel (buttons, numbered SMS lists...).
 * `npm run ask` prints the same texts, so what evaluation reads is what residents read.
 */
import type { AgendaBook, Occurrence } from '../engine/agenda.js';
import type { Candidate, Decision } from '../engine/decide.js';
import type { Entry, HorsChampRedirect, Locale } from '../knowledge/schema.js';
import {
  actionLines,
  answerDetail,
  contactLine,
  contactLines,
  detailContext,
  formatWhen,
  practicalLines,
  showsDetails,
  sourceLine,
  type DetailField,
  MAIRIES,
  type FicheReader,
  type Link,
} from './details.js';
import { translator } from './i18n.js';

export { formatWhen, type FicheReader, type Link } from './details.js';

export interface Choice {
  label: string;
  /** The text the resident's client sends back when the choice is picked. */
  value: string;
}

export interface ReplyMessage {
  text: string;
  choices: Choice[];
  /** Pieces of the text that are links where the channel shows links (the source line's domains). */
  links?: Link[];
}

export interface ComposeContext {
  locale: Locale;
  now: Date;
  /** What residents may be told of the agenda: real actions only, unless the demo mode is on (src/agenda/residents.ts). */
  agenda: AgendaBook;
  /**
   * The live fiches: entries' details and contacts with staff changes. Without it, the shipped details are used and
   * no contact is shown (tools that have no knowledge at hand).
   */
  fiches?: FicheReader;
}

/** Smalltalk and urgence answers are not followed by "did this help?": it would be out of place. */
const NO_FEEDBACK_TOPICS = new Set(['urgence', 'salutation', 'aide', 'confidentialite', 'remarque', 'agenda']);
const MAX_SEE_ALSO = 3;
const AGENDA_LIST_LENGTH = 5;

export function wantsFeedback(entry: Entry): boolean {
  return !NO_FEEDBACK_TOPICS.has(entry.topic);
}

/**
 * The answer to an entry: its text; the next real action when the agenda has one (its date, place, registration);
 * the entry's practical details (absent ones are simply not said); what to do next and who to ask, with their
 * phone, address or hours when known; one line saying where this comes from.
 */
export function composeAnswer(entry: Entry, ctx: ComposeContext): ReplyMessage {
  const t = translator(ctx.locale);
  const live = ctx.fiches?.entry(entry.id) ?? entry;
  const parts = [live.answer[ctx.locale]];
  if (entry.topic === 'agenda') parts.push(composeAgendaList(ctx));
  if (entry.topic === 'urgence' || !showsDetails(entry.topic)) {
    parts.push(t('answer.next', { next: live.next[ctx.locale] }));
    const contacts = contactLines(detailContext(entry, ctx));
    if (entry.topic !== 'urgence' && contacts.lines.length > 0) parts.push(contacts.lines.join('\n'));
    return { text: parts.filter(Boolean).join('\n\n'), choices: [] };
  }
  const dctx = detailContext(entry, ctx);
  const action = dctx.next && entry.topic !== 'agenda' ? dctx.next : undefined;
  // An action with its own price says it; the entry's general price would then only contradict or repeat it.
  const practical = [...(action ? actionLines(action, ctx.locale) : []), ...practicalLines(dctx.details, ctx.locale, { skipPrice: Boolean(action?.action.price) })];
  if (practical.length > 0) parts.push(practical.join('\n'));
  parts.push(t('answer.next', { next: live.next[ctx.locale] }));
  const contacts = contactLines(dctx);
  if (contacts.lines.length > 0) parts.push(contacts.lines.join('\n'));
  const source = sourceLine(dctx.details, contacts.shown, ctx.locale);
  parts.push(source.text);
  return { text: parts.filter(Boolean).join('\n\n'), choices: [], links: source.links };
}

/** "📅 Prochaine date : …" when the agenda knows an upcoming (real) action for this entry (or its topic). */
export function nextDateLine(entry: Entry, ctx: ComposeContext): string | undefined {
  const next = ctx.agenda.nextFor(entry, ctx.now);
  return next ? actionLines(next, ctx.locale)[0] : undefined;
}

/** Follow-up words of the conversation file, old and new names, → the detail they ask about. */
const FOLLOW_UP_FIELDS: Readonly<Record<string, DetailField>> = {
  where: 'place',
  cost: 'price',
  how: 'registration',
  place: 'place',
  when: 'when',
  end: 'end',
  price: 'price',
  registration: 'registration',
  who: 'who',
  audience: 'audience',
  bring: 'bring',
  contact: 'contact',
};

/** The answer to a follow-up ("c'est où ?") about an entry: see answerDetail (src/replies/details.ts). */
export function composeFollowUp(entry: Entry, kind: string, ctx: ComposeContext): string {
  return composeDetail(entry, FOLLOW_UP_FIELDS[kind] ?? 'contact', ctx).text;
}

/** answerDetail with the context of a conversation turn (live fiches, agenda, clock). */
export function composeDetail(entry: Entry, field: DetailField, ctx: ComposeContext): ReplyMessage {
  return answerDetail(entry, field, detailContext(entry, ctx));
}

/** Suggested actions after an answer: related entries ("see also") and "another question". */
export function seeAlsoChoices(entry: Entry, entries: (id: string) => Entry | undefined, locale: Locale): Choice[] {
  const t = translator(locale);
  const related = entry.related
    .map(entries)
    .filter((e): e is Entry => e !== undefined)
    .slice(0, MAX_SEE_ALSO)
    .map((e) => ({ label: e.title[locale], value: e.title[locale] }));
  return [...related, { label: t('answer.otherQuestion'), value: t('answer.otherQuestion') }];
}

export function composeClarify(candidates: Candidate[], locale: Locale): ReplyMessage {
  const t = translator(locale);
  const choices = candidates.map((c) => ({ label: c.entry.title[locale], value: c.entry.title[locale] }));
  choices.push({ label: t('clarify.none'), value: t('clarify.none') });
  return { text: t('clarify.prompt'), choices };
}

/** What became of a question or remark the assistant tried to keep for the conseil citoyen. */
/** `nowhere`: the edge keeps nothing by design (`npm run chat`), and says so. */
export type KeepOutcome = 'kept' | 'limited' | 'failed' | 'nowhere';

/** The sentence that tells the resident so, where the outcome is not the usual one. */
export const NOT_KEPT_KEYS: Readonly<Record<Exclude<KeepOutcome, 'kept'>, string>> = {
  limited: 'errors.remarquesLimited',
  failed: 'fallback.notKept',
  nowhere: 'errors.keptNowhere',
};

/**
 * "I don't know", honestly, and what became of the question. With a `redirect` (a municipal service the convention
 * does not cover: waste collection, the swimming pool, identity papers...), it says so and where such things are
 * answered — the domain's own sentence (`where`: the ANTS for identity papers, the tax site for local taxes) or the
 * mairies — then the practical lines of its contacts that have some (a national site; a mairie's once staff fill it).
 */
export function composeFallback(locale: Locale, kept: KeepOutcome, redirect?: HorsChampRedirect, fiches?: FicheReader): ReplyMessage {
  const t = translator(locale);
  const parts = [redirect ? t('fallback.redirect', { label: redirect.label[locale], where: redirect.where?.[locale] ?? t('fallback.redirectWhere') }) : t('fallback.text')];
  // The mairies' practical lines (phone, address, hours) once staff have filled them in (knowledge/contacts.yaml).
  const reachable = reachableLines(redirect?.contacts ?? [], locale, fiches);
  if (reachable.length > 0) parts.push(reachable.join('\n'));
  parts.push(t(kept === 'kept' ? 'fallback.kept' : NOT_KEPT_KEYS[kept]));
  return { text: parts.join('\n\n'), choices: [] };
}

/** The practical lines (phone, address, hours) of these contacts that staff have filled in, in order. */
function reachableLines(ids: readonly string[], locale: Locale, fiches: FicheReader | undefined): string[] {
  return ids.flatMap((id) => {
    const contact = fiches?.contact(id);
    const line = contact && contactLine(contact, locale);
    return line ? [line] : [];
  });
}

/**
 * "Non" to "Cette réponse vous aide ?". Kept: feedback.sorry (sorry, passed on, ask the mairie). Not kept (nothing is
 * stored here, the hour's quota is reached, the store is down): still an apology and who can help, around why it was
 * not passed on. Either way the mairies' practical lines follow once staff have filled them in, as the redirects
 * show them.
 */
export function composeNotHelpful(locale: Locale, kept: KeepOutcome, fiches?: FicheReader): ReplyMessage {
  const t = translator(locale);
  const parts = kept === 'kept' ? [t('feedback.sorry')] : [t('feedback.sorryNotKept'), t(NOT_KEPT_KEYS[kept]), t('feedback.whoCanHelp')];
  const reachable = reachableLines(MAIRIES, locale, fiches);
  if (reachable.length > 0) parts.push(reachable.join('\n'));
  return { text: parts.join('\n\n'), choices: [] };
}

export function composeAgendaList(ctx: ComposeContext, topic?: string): string {
  const t = translator(ctx.locale);
  const upcoming = ctx.agenda.upcoming(ctx.now, { topic, limit: AGENDA_LIST_LENGTH });
  if (upcoming.length === 0) return t('agenda.empty');
  const lines = upcoming.map((o) =>
    t('agenda.item', { ...occurrenceVars(o, ctx.locale), title: o.action.title[ctx.locale] }),
  );
  return lines.join('\n');
}

/** The first message of a decision as plain text (what `npm run ask` prints and an SMS resident reads). */
export function firstMessageText(decision: Decision, ctx: ComposeContext, kept = true): string {
  const text = (() => {
    switch (decision.kind) {
      case 'answer':
        return composeAnswer(decision.entry, ctx).text;
      case 'clarify':
        return withNumberedChoices(composeClarify(decision.candidates, ctx.locale), ctx.locale);
      case 'fallback':
        return composeFallback(ctx.locale, kept ? 'kept' : 'failed', decision.redirect, ctx.fiches).text;
    }
  })();
  return withSafetyLine(text, decision, ctx.locale);
}

/**
 * Words of danger without a matched signal: the reply carries the emergency numbers, whatever it says, first — the
 * first paragraph someone in danger reads names the numbers, before an answer, a choice or an "I don't know".
 */
export function withSafetyLine(text: string, decision: Decision, locale: Locale): string {
  if (!decision.risk) return text;
  return `${translator(locale)('safety.line')}\n\n${text}`;
}

/** "1. Bus santé\n2. Club Ados\n3. Rien de tout ça" — for channels without buttons, and for screen readers. */
export function withNumberedChoices(message: ReplyMessage, locale: Locale): string {
  if (message.choices.length === 0) return message.text;
  const t = translator(locale);
  const lines = message.choices.map((c, i) => `${i + 1}. ${c.label}`);
  return [message.text, ...lines, t('clarify.numbered')].join('\n');
}

function occurrenceVars(o: Occurrence, locale: Locale): { when: string; place: string } {
  return { when: formatWhen(o, locale), place: o.action.place[locale] };
}
