/**
 * The main dialog: one resident message → one reply, in this explicit order (each step exists for a reason):
 *
 *   interruptions (any time, even in the middle of a remarque):
 *     1. danger signal → whatever is in progress stops, the urgence answer goes out
 *     2. "english please" / "en français" → switch language (remembered), then go on
 *     3. "annuler" → stop what is in progress
 *   then, for a new message:
 *     4. empty or attachment-only message → a polite sentence
 *     5. a number on a channel without buttons (SMS) → the choice it stands for
 *     6. a pending clarification → the chosen entry, or "rien de tout ça" → fallback
 *     7. "oui"/"non" after "cette réponse vous aide ?" → thanks, or a "not helpful" remarque
 *     8. "autre question" → invitation to ask
 *     9. a tapped "see also" title → that entry
 *    10. a short follow-up right after an answer ("c'est où ?") → the details of that answer
 *    11. the engine decides: answer (a remarque → the remarque dialog; agenda → the list), clarify, or fallback
 *
 * Clarifications and "did this help?" are soft: a resident who ignores them and asks something else is answered.
 */
import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import {
  ComponentDialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogContext,
  type DialogState,
  type DialogTurnResult,
  type WaterfallStepContext,
} from 'botbuilder-dialogs';
import type { Decision } from '../src/engine/decide.js';
import type { Entry, Locale } from '../src/knowledge/schema.js';
import { translator } from '../src/replies/i18n.js';
import { resolveLocale } from './locale.js';
import { REMARQUE_DIALOG, RemarqueDialog, type RemarqueOptions } from './remarque-dialog.js';
import { keepable, Replies } from './replies.js';
import type { ConversationMemory, DialogServices, StateAccessors } from './services.js';

export const MAIN_DIALOG = 'main';
const TURN = 'turn';
/** A follow-up refers to an answer given within this time; after that, "c'est où ?" is a new question. */
const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000;

export class MainDialog extends ComponentDialog {
  private readonly replies: Replies;

  constructor(
    private readonly services: DialogServices,
    private readonly state: StateAccessors,
  ) {
    super(MAIN_DIALOG);
    this.replies = new Replies(services);
    this.addDialog(new RemarqueDialog(services, state));
    this.addDialog(new WaterfallDialog(TURN, [(step) => this.route(step)]));
    this.initialDialogId = TURN;
  }

  /** Runs one message turn. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const set = new DialogSet(dialogState);
    set.add(this);
    const dc = await set.createContext(context);
    if (await this.interrupt(dc)) return;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /** Steps 1–3. True when the message was fully handled here. */
  private async interrupt(dc: DialogContext): Promise<boolean> {
    const text = (dc.context.activity.text ?? '').trim();
    if (!text) return false;
    const active = dc.activeDialog !== undefined;
    if (this.services.engine.isDanger(text)) {
      // Whatever was in progress (a remarque being written) gives way: the message is routed as a new one.
      if (active) await dc.cancelAllDialogs();
      return false;
    }
    const word = this.services.words.word(text);
    if (word === 'english' || word === 'french') {
      const locale: Locale = word === 'english' ? 'en' : 'fr';
      const profile = await this.state.profile.get(dc.context, {});
      profile.locale = locale;
      await this.state.profile.set(dc.context, profile);
      const memory = await this.memory(dc.context);
      await this.replies.send(dc.context, [{ text: translator(locale)('language.switched'), choices: [] }], locale, memory);
      if (active) await dc.repromptDialog();
      return true;
    }
    if (word === 'cancel' && active) {
      await dc.cancelAllDialogs();
      const locale = await resolveLocale(dc.context, this.state);
      await this.replies.send(dc.context, [{ text: translator(locale)('help.cancelled'), choices: [] }], locale, await this.memory(dc.context));
      return true;
    }
    return false;
  }

  /** Steps 4–11. */
  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const locale = await resolveLocale(context, this.state);
    const memory = await this.memory(context);
    const t = translator(locale);
    const { engine, words } = this.services;

    let text = (context.activity.text ?? '').trim();
    if (!text) {
      const key = (context.activity.attachments?.length ?? 0) > 0 ? 'errors.unsupported' : 'errors.empty';
      await this.replies.send(context, [{ text: t(key), choices: [] }], locale, memory);
      return step.endDialog();
    }

    const offered = memory.choices;
    const picked = /^\d{1,2}$/.test(text) && offered ? offered[Number(text) - 1] : undefined;
    if (picked) text = picked;
    memory.choices = undefined;
    const word = words.word(text);

    const pending = memory.clarify;
    if (pending) {
      memory.clarify = undefined;
      if (word === 'none') {
        await this.replies.fallback(context, { locale, memory, question: pending.question, score: pending.score, candidates: [] });
        return step.endDialog();
      }
      const chosen = pending.entryIds.map((id) => engine.entry(id)).find((e) => e && engine.entryByTitle(text)?.id === e.id);
      if (chosen) return this.answer(step, chosen, { locale, memory, question: pending.question, score: pending.score, decision: undefined });
    }

    const last = memory.last;
    if (last?.feedback && (word === 'yes' || word === 'no')) {
      last.feedback = false;
      if (word === 'yes') {
        await this.replies.send(context, [{ text: t('feedback.thanks'), choices: [] }], locale, memory);
      } else {
        const kept = await this.replies.keep(context, { text: last.question, kind: 'not-helpful', locale, topic: last.topic, score: last.score, entryId: last.entryId });
        await this.replies.send(context, [{ text: kept ? t('feedback.sorry') : t('fallback.notKept'), choices: [] }], locale, memory);
      }
      return step.endDialog();
    }

    if (word === 'other') {
      await this.replies.send(context, [{ text: t('answer.askAnother'), choices: [] }], locale, memory);
      return step.endDialog();
    }

    const titled = engine.isDanger(text) ? undefined : engine.entryByTitle(text);
    if (titled) return this.answer(step, titled, { locale, memory, question: text, score: 1, decision: undefined });

    const decision = engine.decide(text);
    const followUp = words.followUp(text);
    const lastEntry = last ? engine.entry(last.entryId) : undefined;
    const recent = last !== undefined && this.services.clock().getTime() - Date.parse(last.at) < FOLLOW_UP_WINDOW_MS;
    // "c'est où ?" alone says nothing the engine can answer; "c'est où le bus santé ?" right after the bus santé
    // answer is the same question again: both are about the last answer's details.
    const aboutLast = decision.kind !== 'answer' || (decision.via !== 'danger' && decision.topic === lastEntry?.topic);
    if (followUp && lastEntry && recent && aboutLast) {
      await this.replies.followUp(context, lastEntry, followUp, locale, memory);
      return step.endDialog();
    }

    switch (decision.kind) {
      case 'answer':
        return this.answer(step, decision.entry, { locale, memory, question: text, score: decision.score, decision });
      case 'clarify':
        await this.replies.clarify(context, decision.candidates, { locale, memory, question: text, score: decision.score, risk: decision.risk });
        return step.endDialog();
      case 'fallback':
        await this.replies.fallback(context, { locale, memory, question: text, score: decision.score, candidates: decision.candidates, risk: decision.risk });
        return step.endDialog();
    }
  }

  /** An entry to answer with; a remarque starts the remarque dialog instead. */
  private async answer(
    step: WaterfallStepContext,
    entry: Entry,
    options: { locale: Locale; memory: ConversationMemory; question: string; score: number; decision: Decision | undefined },
  ): Promise<DialogTurnResult> {
    const { locale, memory, question, score, decision } = options;
    if (entry.topic === 'remarque' && entry.id === 'remarque') {
      await this.replies.trace(step.context, { kind: 'answer', topic: 'remarque', candidates: ['remarque'], score, entryId: entry.id });
      const remarque: RemarqueOptions = {
        text: this.services.words.carriesRemarqueText(question) ? question : undefined,
        topic: 'remarque',
        score,
      };
      memory.last = undefined;
      return step.replaceDialog(REMARQUE_DIALOG, remarque);
    }
    await this.replies.answer(step.context, entry, {
      locale,
      memory,
      question: keepable(question),
      score,
      candidates: decision?.candidates ?? [{ entry, topic: entry.topic, score }],
      risk: decision?.risk,
    });
    return step.endDialog();
  }

  private memory(context: TurnContext): Promise<ConversationMemory> {
    return this.state.memory.get(context, {});
  }
}
