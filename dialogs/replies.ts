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
  seeAlsoChoices,
  wantsFeedback,
  type ReplyMessage,
} from '../src/replies/compose.js';
import { translator } from '../src/replies/i18n.js';
import { redact } from '../src/storage/redact.js';
import type { RemarqueKind } from '../src/storage/types.js';
import type { ConversationMemory, DialogServices } from './services.js';

export const TRACE_NAME = 'quartier.answer';

export interface TraceValue {
  kind: Decision['kind'] | 'followup' | 'remarque';
  topic: string | null;
  candidates: string[];
  score: number;
  entryId: string | null;
}

export class Replies {
  constructor(private readonly services: DialogServices) {}

  async send(context: TurnContext, messages: ReplyMessage[], locale: Locale, memory: ConversationMemory): Promise<void> {
    for (const message of messages) await context.sendActivity(this.services.render(message, context.activity.channelId, locale));
    const last = messages[messages.length - 1];
    memory.choices = last && last.choices.length > 0 ? last.choices.map((c) => c.value) : undefined;
  }

  async trace(context: TurnContext, value: TraceValue): Promise<void> {
    await context.sendTraceActivity(TRACE_NAME, value, 'https://renaissance.quartier/trace/answer', 'Décision de l’assistant');
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
    await this.send(context, messages, locale, memory);
    memory.last = { entryId: entry.id, topic: entry.topic, question: keepable(options.question), score: options.score, at: this.services.clock().toISOString(), feedback };
    memory.clarify = undefined;
    await this.trace(context, { kind: 'answer', topic: entry.topic, candidates: topicsOf(options.candidates), score: options.score, entryId: entry.id });
    await this.event(context, 'answer', entry.topic, locale);
  }

  async clarify(context: TurnContext, candidates: Candidate[], options: { locale: Locale; memory: ConversationMemory; question: string; score: number; risk?: boolean }): Promise<void> {
    const { locale, memory } = options;
    const messages = [composeClarify(candidates, locale)];
    if (options.risk) messages.unshift({ text: translator(locale)('safety.line'), choices: [] });
    await this.send(context, messages, locale, memory);
    memory.clarify = { question: keepable(options.question), entryIds: candidates.map((c) => c.entry.id), score: options.score, topic: candidates[0]?.topic ?? null };
    memory.last = undefined;
    await this.trace(context, { kind: 'clarify', topic: null, candidates: topicsOf(candidates), score: options.score, entryId: null });
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
    if (options.risk) messages.push({ text: translator(locale)('safety.line'), choices: [] });
    await this.send(context, messages, locale, memory);
    memory.last = undefined;
    memory.clarify = undefined;
    await this.trace(context, { kind: 'fallback', topic: null, candidates: topicsOf(options.candidates), score: options.score, entryId: null });
    await this.event(context, 'fallback', null, locale);
  }

  /** "c'est où ?" after an answer: the entry's details of that kind, the next date for "when", or an honest "ask". */
  async followUp(context: TurnContext, entry: Entry, kind: FollowUpKind, locale: Locale, memory: ConversationMemory): Promise<void> {
    const text = composeFollowUp(entry, kind, this.context(locale));
    const choices = seeAlsoChoices(entry, (id) => this.services.engine.entry(id), locale);
    await this.send(context, [{ text, choices }], locale, memory);
    await this.trace(context, { kind: 'followup', topic: entry.topic, candidates: [entry.topic], score: 1, entryId: entry.id });
  }

  /** Records a remarque; false when storage failed (the resident is then told it was not kept, never lied to). */
  async keep(
    context: TurnContext,
    remarque: { text: string; kind: RemarqueKind; locale: Locale; topic: string | null; score: number | null; entryId: string | null },
  ): Promise<boolean> {
    try {
      await this.services.remarques.record({ ...remarque, channel: context.activity.channelId ?? 'unknown' });
      return true;
    } catch (error) {
      this.services.logger.error({ err: error, kind: remarque.kind }, 'remarque could not be stored');
      return false;
    }
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
    return { locale, now: this.services.clock(), agenda: this.services.agenda() };
  }
}

/** What a conversation may remember of a question: redacted, like everything kept. */
export function keepable(text: string): string {
  return redact(text).text;
}

function topicsOf(candidates: Candidate[]): string[] {
  return candidates.map((c) => c.topic);
}
