/**
 * What one turn says and does, gathered in one place so every path does all of it: the messages (channel-neutral
 * text + choices), the turn's trace (`quartier.answer`), the statistics event, and what the conversation must
 * remember (the last answer for follow-ups, a pending clarification, the choices "2" may pick).
 */
import type { Candidate, Decision } from '../src/engine/decide.js';
import type { Entry, HorsChampRedirect, Locale } from '../src/knowledge/schema.js';
import {
  composeAnswer,
  composeClarify,
  composeFallback,
  composeNotHelpful,
  NOT_KEPT_KEYS,
  seeAlsoChoices,
  wantsFeedback,
  type ComposeContext,
  type KeepOutcome,
  type ReplyMessage,
} from '../src/replies/compose.js';
import { translator } from '../src/replies/i18n.js';
import { PLACEHOLDERS, redact } from '../src/storage/redact.js';
import type { ConversationMemory, CoreServices, RemarqueToKeep, TraceKind, TraceValue, TurnEvent } from './contract.js';

import { FOLLOW_UP_WINDOW_MS } from './follow-ups.js';

export type { TraceKind, TraceValue } from './contract.js';

/** The agenda's list of what is planned: an answer about every service at once (see `about` in contract.ts). */
const AGENDA_TOPIC = 'agenda';
/**
 * Answers about every service at once or about the assistant's own rules, asked in the middle of a service's thread
 * (the agenda's list after the pôle culturel, "c'est anonyme ?" after the addictions): the details asked next
 * ("faut réserver ?", "ça se passe où ?") are that service's (`about` in contract.ts).
 */
const ABOUT_A_SERVICE = new Set([AGENDA_TOPIC, 'confidentialite']);
/** Answers that are not a service's: an agenda list asked after them is about nothing in particular. */
const NOT_A_SUBJECT = new Set(['aide', 'salutation', 'urgence', 'remarque', 'confidentialite']);

/** The trace of a turn the engine did not decide: the conversation understood the whole message as one of its words. */
export function conversationTrace(kind: TraceKind, about: { topic: string; entryId: string | null } | null = null): TraceValue {
  return { kind, topic: about?.topic ?? null, candidates: about ? [about.topic] : [], score: kind === 'error' ? 0 : 1, entryId: about?.entryId ?? null };
}

export class TurnWriter {
  readonly messages: ReplyMessage[] = [];
  trace: TraceValue = conversationTrace('prompt');
  readonly events: TurnEvent[] = [];

  constructor(
    private readonly services: CoreServices,
    readonly memory: ConversationMemory,
    public locale: Locale,
    readonly channel: string,
  ) {}

  get t() {
    return translator(this.locale);
  }

  /** Sends messages with the turn's trace; the last message's choices are what "2" picks next turn. */
  send(messages: ReplyMessage[], trace: TraceValue): void {
    this.messages.push(...messages);
    this.trace = trace;
    const last = this.messages[this.messages.length - 1];
    const offered = last && last.choices.length > 0 ? last.choices : undefined;
    this.memory.choices = offered?.map((c) => c.value);
    this.memory.choiceLabels = offered?.map((c) => c.label);
  }

  /** A one-sentence reply from the locales (thanks, cancelled, "ask your question"...). */
  say(key: string, trace: TraceValue): void {
    this.send([{ text: this.t(key), choices: [] }], trace);
  }

  /** Answers with an entry: its text (+ next date, + what to do next), then "did this help?" and "see also". */
  answer(entry: Entry, options: { question: string; score: number; candidates: Candidate[]; risk?: boolean; intro?: string }): void {
    const t = this.t;
    const answer = composeAnswer(entry, this.composeContext());
    const messages: ReplyMessage[] = [options.intro ? { ...answer, text: `${options.intro}\n\n${answer.text}` } : answer];
    const seeAlso = this.seeAlso(entry);
    const feedback = wantsFeedback(entry);
    if (feedback) {
      messages.push({ text: t('feedback.ask'), choices: [{ label: t('feedback.yes'), value: t('feedback.yes') }, { label: t('feedback.no'), value: t('feedback.no') }, ...seeAlso] });
    } else if (entry.topic !== 'urgence') {
      (messages[messages.length - 1] as ReplyMessage).choices = seeAlso;
    }
    // The first thing someone who may be in danger reads is the numbers, before the answer.
    if (options.risk) messages.unshift({ text: t('safety.line'), choices: [] });
    this.send(messages, { kind: 'answer', topic: entry.topic, candidates: topicsOf(options.candidates), score: options.score, entryId: entry.id });
    const about = ABOUT_A_SERVICE.has(entry.topic) ? this.currentService() : undefined;
    this.memory.last = { entryId: entry.id, topic: entry.topic, question: keepable(options.question), score: options.score, at: this.services.clock().toISOString(), feedback, ...(about ? { about } : {}) };
    this.memory.clarify = undefined;
    this.event('answer', entry.topic);
  }

  clarify(candidates: Candidate[], options: { question: string; score: number; risk?: boolean; as?: 'language' }): void {
    const messages = [composeClarify(candidates, this.locale)];
    if (options.risk) messages.unshift({ text: this.t('safety.line'), choices: [] });
    // `as`: the same choices again for another reason (a language switch): that turn's kind, no statistics event.
    this.send(messages, { kind: options.as ?? 'clarify', topic: null, candidates: topicsOf(candidates), score: options.score, entryId: null });
    this.memory.clarify = { question: keepable(options.question), entryIds: candidates.map((c) => c.entry.id), score: options.score, topic: candidates[0]?.topic ?? null };
    this.memory.last = undefined;
    if (!options.as) this.event('clarify', null);
  }

  /** "I don't know": honest, points to the mairie, and keeps the question (redacted) for the conseil citoyen. */
  async fallback(options: { question: string; score: number; candidates: Candidate[]; risk?: boolean; redirect?: HorsChampRedirect }): Promise<void> {
    const best = options.candidates[0];
    const kept = await this.keep({ text: options.question, kind: 'unanswered', topic: best?.topic ?? null, score: options.score, entryId: null });
    // With the current fiches: the redirect's contacts show their practical lines (a national site, a mairie's phone
    // once staff fill it in) in the conversation as in `npm run ask`.
    const messages = [composeFallback(this.locale, kept, options.redirect, this.services.fiches())];
    // Someone who may be in danger reads the numbers before "I don't know".
    if (options.risk) messages.unshift({ text: this.t('safety.line'), choices: [] });
    this.send(messages, { kind: 'fallback', topic: null, candidates: topicsOf(options.candidates), score: options.score, entryId: null });
    this.memory.last = undefined;
    this.memory.clarify = undefined;
    this.event('fallback', null);
  }

  /** "Non" to "did this help?": kept or not (nothing stored here, quota reached, store down), sorry and who can help. */
  notHelpful(kept: KeepOutcome, trace: TraceValue): void {
    this.send([composeNotHelpful(this.locale, kept, this.services.fiches())], trace);
  }

  /** The service the conversation is about right now (the last answer, or what an agenda list was asked after). */
  private currentService(): string | undefined {
    const last = this.memory.last;
    if (!last || this.services.clock().getTime() - Date.parse(last.at) >= FOLLOW_UP_WINDOW_MS) return undefined;
    if (ABOUT_A_SERVICE.has(last.topic)) return last.about;
    return NOT_A_SUBJECT.has(last.topic) ? undefined : last.entryId;
  }

  /** A reply about the last answer (a detail, thanks, an audience switch): that answer stays the topic. */
  followUp(entry: Entry, message: ReplyMessage): void {
    const choices = message.choices.length > 0 ? message.choices : this.seeAlso(entry);
    this.send([{ ...message, choices }], conversationTrace('followup', { topic: entry.topic, entryId: entry.id }));
  }

  /** Keeps a remarque through the edge's service; a failure is an outcome the resident is told, never a crash. */
  async keep(remarque: Omit<RemarqueToKeep, 'locale' | 'channel'>): Promise<KeepOutcome> {
    try {
      return await this.services.keep({ ...remarque, locale: this.locale, channel: this.channel });
    } catch {
      return 'failed';
    }
  }

  /** The sentence of a keep outcome: `keptKey` when kept, else why not. */
  outcomeKey(kept: KeepOutcome, keptKey: string, failedKey: string): string {
    return kept === 'kept' ? keptKey : kept === 'failed' ? failedKey : NOT_KEPT_KEYS[kept];
  }

  composeContext(): ComposeContext {
    return { locale: this.locale, now: this.services.clock(), agenda: this.services.agenda(), fiches: this.services.fiches() };
  }

  seeAlso(entry: Entry) {
    return seeAlsoChoices(entry, (id) => this.services.engine.entry(id), this.locale);
  }

  private event(kind: Decision['kind'], topic: string | null): void {
    this.events.push({ at: this.services.clock().toISOString(), kind, topic, channel: this.channel, locale: this.locale });
  }
}

/** What a conversation may remember of a question: redacted, like everything kept. */
export function keepable(text: string): string {
  return redact(text).text;
}

/**
 * A redacted text as the resident reads it back: the stored placeholders are French ("[téléphone]", for the staff
 * who read the remarques); an English resident sees "[phone]" instead. What is stored does not change.
 */
export function readableRedaction(text: string, locale: Locale): string {
  const t = translator(locale);
  let out = text;
  for (const [kind, placeholder] of Object.entries(PLACEHOLDERS)) out = out.split(placeholder).join(t(`redacted.${kind}`));
  return out;
}

function topicsOf(candidates: Candidate[]): string[] {
  return candidates.map((c) => c.topic);
}
