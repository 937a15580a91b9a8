/**
 * Sending the assistant's replies from the dialogs: the three decisions (answer, clarify, fallback) and follow-ups,
 * each with its trace activity (`quartier.answer`, shown by the Bot Framework Emulator), its anonymous turn event
 * (for the staff dashboard) and what the conversation must remember. One place, so every path does all of it.
 */
import type { TurnContext } from 'botbuilder';
import type { Candidate, Decision } from '../src/engine/decide.js';
import type { Entry, FollowUpKind, Locale } from '../src/knowledge/schema.js';
import {
  composeAnswer,
  composeClarify,
  composeFallback,
  composeFollowUp,
  NOT_KEPT_KEYS,
  seeAlsoChoices,
  wantsFeedback,
  type KeepOutcome,
  type ReplyMessage,
} from '../src/replies/compose.js';
import { REMARQUE_QUOTA, type RemarqueQuota } from '../src/abuse/remarque-quota.js';
import { shippedReaderOf } from '../src/replies/details.js';
import { translator } from '../src/replies/i18n.js';
import { PLACEHOLDERS, redact } from '../src/storage/redact.js';
import type { RemarqueKind } from '../src/storage/types.js';
import type { ConversationMemory, DialogServices } from './services.js';

export const TRACE_NAME = 'quartier.answer';

/**
 * What a turn was, for the trace: the engine's decisions, and the conversation's own moves (a follow-up, feedback,
 * a step of the remarque dialog, the welcome, a language switch, a cancel, an invitation to ask, a failed turn).
 */
export type TraceKind = Decision['kind'] | 'followup' | 'feedback' | 'remarque' | 'welcome' | 'language' | 'cancel' | 'prompt' | 'error';

export interface TraceValue {
  kind: TraceKind;
  topic: string | null;
  candidates: string[];
  score: number;
  entryId: string | null;
}

/** The trace of a turn the engine did not decide: the conversation understood the whole message as one of its words. */
export function conversationTrace(kind: TraceKind, about: { topic: string; entryId: string | null } | null = null): TraceValue {
  return { kind, topic: about?.topic ?? null, candidates: about ? [about.topic] : [], score: kind === 'error' ? 0 : 1, entryId: about?.entryId ?? null };
}

export class Replies {
  constructor(private readonly services: DialogServices) {}

  /** Sends a reply — its messages, then its trace: every reply carries one, so tools see what each turn was. */
  async send(context: TurnContext, messages: ReplyMessage[], locale: Locale, memory: ConversationMemory, trace: TraceValue): Promise<void> {
    for (const message of messages) await context.sendActivity(this.services.render(message, context.activity.channelId, locale));
    const last = messages[messages.length - 1];
    memory.choices = last && last.choices.length > 0 ? last.choices.map((c) => c.value) : undefined;
    await this.trace(context, trace);
  }

  /** A one-sentence reply from the locales (thanks, cancelled, "ask your question"...). */
  async say(context: TurnContext, key: string, locale: Locale, memory: ConversationMemory, trace: TraceValue): Promise<void> {
    await this.send(context, [{ text: translator(locale)(key), choices: [] }], locale, memory, trace);
  }

  async trace(context: TurnContext, value: TraceValue): Promise<void> {
    await sendTrace(context, value);
  }

  /** Answers with an entry: its text (+ next date, + what to do next), then "did this help?" and "see also". */
  async answer(
    context: TurnContext,
    entry: Entry,
    options: { locale: Locale; memory: ConversationMemory; question: string; score: number; candidates: Candidate[]; risk?: boolean },
  ): Promise<void> {
    const { locale, memory } = options;
    const t = translator(locale);
    const messages: ReplyMessage[] = [composeAnswer(entry, this.context(locale))];
    if (options.risk) messages.push({ text: t('safety.line'), choices: [] });
    const seeAlso = seeAlsoChoices(entry, (id) => this.services.engine.entry(id), locale);
    const feedback = wantsFeedback(entry);
    if (feedback) {
      messages.push({ text: t('feedback.ask'), choices: [{ label: t('feedback.yes'), value: t('feedback.yes') }, { label: t('feedback.no'), value: t('feedback.no') }, ...seeAlso] });
    } else if (entry.topic !== 'urgence') {
      (messages[messages.length - 1] as ReplyMessage).choices = seeAlso;
    }
    await this.send(context, messages, locale, memory, { kind: 'answer', topic: entry.topic, candidates: topicsOf(options.candidates), score: options.score, entryId: entry.id });
    memory.last = { entryId: entry.id, topic: entry.topic, question: keepable(options.question), score: options.score, at: this.services.clock().toISOString(), feedback };
    memory.clarify = undefined;
    await this.event(context, 'answer', entry.topic, locale);
  }

  async clarify(context: TurnContext, candidates: Candidate[], options: { locale: Locale; memory: ConversationMemory; question: string; score: number; risk?: boolean }): Promise<void> {
    const { locale, memory } = options;
    const messages = [composeClarify(candidates, locale)];
    if (options.risk) messages.unshift({ text: translator(locale)('safety.line'), choices: [] });
    await this.send(context, messages, locale, memory, { kind: 'clarify', topic: null, candidates: topicsOf(candidates), score: options.score, entryId: null });
    memory.clarify = { question: keepable(options.question), entryIds: candidates.map((c) => c.entry.id), score: options.score, topic: candidates[0]?.topic ?? null };
    memory.last = undefined;
    await this.event(context, 'clarify', null, locale);
  }

  /** "I don't know": honest, points to the mairie, and keeps the question (redacted) for the conseil citoyen. */
  async fallback(
    context: TurnContext,
    options: { locale: Locale; memory: ConversationMemory; question: string; score: number; candidates: Candidate[]; risk?: boolean },
  ): Promise<void> {
    const { locale, memory } = options;
    const best = options.candidates[0];
    const kept = await this.keep(context, { text: options.question, kind: 'unanswered', locale, topic: best?.topic ?? null, score: options.score, entryId: null });
    const messages = [composeFallback(locale, kept)];
    // Someone who may be in danger reads the numbers before "I don't know".
    if (options.risk) messages.unshift({ text: translator(locale)('safety.line'), choices: [] });
    await this.send(context, messages, locale, memory, { kind: 'fallback', topic: null, candidates: topicsOf(options.candidates), score: options.score, entryId: null });
    memory.last = undefined;
    memory.clarify = undefined;
    await this.event(context, 'fallback', null, locale);
  }

  /**
   * A short message about the last answer: "c'est où ?" gets the entry's details of that kind (the next date for
   * "when", or an honest "ask the mairie"); "merci" gets the knowledge's thanks. The last answer stays the topic, so
   * "merci" then "c'est où ?" still means the same place.
   */
  async followUp(context: TurnContext, entry: Entry, about: FollowUpKind | Entry, locale: Locale, memory: ConversationMemory): Promise<void> {
    const text = typeof about === 'string' ? composeFollowUp(entry, about, this.context(locale)) : composeAnswer(about, this.context(locale)).text;
    const choices = seeAlsoChoices(entry, (id) => this.services.engine.entry(id), locale);
    await this.send(context, [{ text, choices }], locale, memory, conversationTrace('followup', { topic: entry.topic, entryId: entry.id }));
  }

  /**
   * Records a remarque, unless the conversation or the resident's address has left too many lately (the turn's
   * quota, see src/bot/turn-limits.ts); the outcome says which, so the resident is told — never lied to.
   */
  async keep(
    context: TurnContext,
    remarque: { text: string; kind: RemarqueKind; locale: Locale; topic: string | null; score: number | null; entryId: string | null },
  ): Promise<KeepOutcome> {
    const quota = context.turnState.get(REMARQUE_QUOTA) as RemarqueQuota | undefined;
    if (quota && !quota.take()) return 'limited';
    try {
      await this.services.remarques.record({ ...remarque, channel: context.activity.channelId ?? 'unknown' });
      return 'kept';
    } catch (error) {
      this.services.logger.error({ err: error, kind: remarque.kind }, 'remarque could not be stored');
      return 'failed';
    }
  }

  /** The sentence of a keep outcome: `keptKey` when kept, else why not. */
  outcomeKey(kept: KeepOutcome, keptKey: string, failedKey: string): string {
    return kept === 'kept' ? keptKey : kept === 'limited' ? NOT_KEPT_KEYS.limited : failedKey;
  }

  private async event(context: TurnContext, kind: Decision['kind'], topic: string | null, locale: Locale): Promise<void> {
    try {
      await this.services.turns.record({ at: this.services.clock().toISOString(), kind, topic, channel: context.activity.channelId ?? 'unknown', locale });
    } catch (error) {
      // Statistics must never cost a resident their answer.
      this.services.logger.warn({ err: error }, 'turn event could not be stored');
    }
  }

  private context(locale: Locale) {
    return { locale, now: this.services.clock(), agenda: this.services.agenda(), fiches: this.services.fiches?.() ?? shippedReaderOf(this.services.engine.knowledge) };
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

/** Sends the `quartier.answer` trace (botbuilder delivers traces to the Emulator channel only). */
export async function sendTrace(context: TurnContext, value: TraceValue): Promise<void> {
  await context.sendTraceActivity(TRACE_NAME, value, 'https://renaissance.quartier/trace/answer', 'Décision de l’assistant');
}

function topicsOf(candidates: Candidate[]): string[] {
  return candidates.map((c) => c.topic);
}
