/**
 * Turns the engine's decisions into what the resident reads, channel-agnostic: texts and choices. The dialogs send
 * these; the rendering layer (src/channels/render.ts) shapes them for each channel (buttons, numbered SMS lists...).
 * `npm run ask` prints the same texts, so what evaluation reads is what residents read.
 */
import type { AgendaBook, Occurrence } from '../engine/agenda.js';
import type { Candidate, Decision } from '../engine/decide.js';
import type { Entry, FollowUpKind, HorsChampRedirect, Locale } from '../knowledge/schema.js';
import { translator } from './i18n.js';

export interface Choice {
  label: string;
  /** The text the resident's client sends back when the choice is picked. */
  value: string;
}

export interface ReplyMessage {
  text: string;
  choices: Choice[];
}

export interface ComposeContext {
  locale: Locale;
  now: Date;
  agenda: AgendaBook;
}

/** Smalltalk and urgence answers are not followed by "did this help?": it would be out of place. */
const NO_FEEDBACK_TOPICS = new Set(['urgence', 'salutation', 'aide', 'confidentialite', 'remarque', 'agenda']);
const MAX_SEE_ALSO = 3;
const AGENDA_LIST_LENGTH = 5;

export function wantsFeedback(entry: Entry): boolean {
  return !NO_FEEDBACK_TOPICS.has(entry.topic);
}

/** The answer to an entry: its text, its next date when the agenda knows one, and what to do next. */
export function composeAnswer(entry: Entry, ctx: ComposeContext): ReplyMessage {
  const t = translator(ctx.locale);
  const parts = [entry.answer[ctx.locale]];
  if (entry.topic === 'agenda') parts.push(composeAgendaList(ctx));
  else if (entry.topic !== 'urgence') parts.push(nextDateLine(entry, ctx) ?? '');
  parts.push(t('answer.next', { next: entry.next[ctx.locale] }));
  return { text: parts.filter(Boolean).join('\n\n'), choices: [] };
}

/** "📅 Prochaine date : …" when the agenda knows an upcoming action for this entry (or its topic). */
export function nextDateLine(entry: Entry, ctx: ComposeContext): string | undefined {
  const next = ctx.agenda.nextFor(entry, ctx.now);
  if (!next) return undefined;
  return translator(ctx.locale)(next.action.sample ? 'answer.nextDateSample' : 'answer.nextDate', occurrenceVars(next, ctx.locale));
}

/** The answer to a follow-up ("c'est où ?") about an entry: its details of that kind, or an honest "ask the mairie". */
export function composeFollowUp(entry: Entry, kind: FollowUpKind, ctx: ComposeContext): string {
  const t = translator(ctx.locale);
  const lines: string[] = [];
  if (kind === 'when') lines.push(nextDateLine(entry, ctx) ?? '');
  for (const detail of entry.details.filter((d) => d.kind === kind)) {
    const text = detail[ctx.locale];
    const sentence = detail.status === 'to-be-confirmed' ? t('answer.toConfirm', { details: text.replace(/[.\s]+$/u, '') }) : text;
    lines.push(t(`followup.prefix.${kind}`, { detail: sentence }));
  }
  const said = lines.filter(Boolean);
  return said.length > 0 ? said.join('\n') : t(`followup.unknown.${kind}`);
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
export type KeepOutcome = 'kept' | 'limited' | 'failed';

/** The sentence that tells the resident so, where the outcome is not the usual one. */
export const NOT_KEPT_KEYS: Readonly<Record<Exclude<KeepOutcome, 'kept'>, string>> = {
  limited: 'errors.remarquesLimited',
  failed: 'fallback.notKept',
};

/**
 * "I don't know", honestly, and what became of the question. With a `redirect` (a municipal service the convention
 * does not cover: waste collection, the swimming pool, identity papers...), it says so and where such things are
 * answered — the mairie contacts of the redirect.
 */
export function composeFallback(locale: Locale, kept: KeepOutcome, redirect?: HorsChampRedirect): ReplyMessage {
  const t = translator(locale);
  const first = redirect ? t('fallback.redirect', { label: redirect.label[locale], where: t('fallback.redirectWhere') }) : t('fallback.text');
  return { text: `${first}\n\n${t(kept === 'kept' ? 'fallback.kept' : NOT_KEPT_KEYS[kept])}`, choices: [] };
}

export function composeAgendaList(ctx: ComposeContext, topic?: string): string {
  const t = translator(ctx.locale);
  const upcoming = ctx.agenda.upcoming(ctx.now, { topic, limit: AGENDA_LIST_LENGTH });
  if (upcoming.length === 0) return t('agenda.empty');
  const lines = upcoming.map((o) =>
    t('agenda.item', { ...occurrenceVars(o, ctx.locale), title: o.action.title[ctx.locale] }),
  );
  if (upcoming.some((o) => o.action.sample)) lines.push(t('agenda.sample'));
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
        return composeFallback(ctx.locale, kept ? 'kept' : 'failed', decision.redirect).text;
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

/** Made once per locale: building an Intl.DateTimeFormat costs more than the rest of an answer. */
const DAY_FORMATS: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  fr: new Intl.DateTimeFormat('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Paris' }),
  en: new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Paris' }),
};

export function formatWhen(o: Occurrence, locale: Locale): string {
  const day = DAY_FORMATS[locale].format(o.start);
  const [hh, mm] = o.time.split(':');
  return locale === 'fr' ? `${day} à ${Number(hh)} h ${mm}` : `${day} at ${hh}:${mm}`;
}

function occurrenceVars(o: Occurrence, locale: Locale): { when: string; place: string } {
  return { when: formatWhen(o, locale), place: o.action.place[locale] };
}
