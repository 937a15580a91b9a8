/**
 * The main dialog: one resident message → one reply, in this explicit order (each step exists for a reason):
 *
 *   before anything:
 *     0. a number on a channel without buttons (SMS) → the choice it stands for ("2" → the second button)
 *   interruptions (any time, even in the middle of a remarque):
 *     1. danger signal → whatever is in progress stops, the urgence answer goes out
 *     2. "english please" / "en français" → switch language (remembered in user state), ask again what was asked
 *     3. "annuler" → stop what is in progress (or say nothing is)
 *   then, for a new message:
 *     4. empty or attachment-only message → a polite sentence
 *     5. a pending clarification → the chosen entry, or "rien de tout ça" → fallback
 *     6. "oui"/"non" after "cette réponse vous aide ?" → thanks, or a "not helpful" remarque
 *     7. "autre question" → invitation to ask
 *     8. a tapped title ("see also", welcome, clarification button) → that entry
 *     9. a short message right after an answer ("c'est où ?", "merci") → about that answer
 *    10. a request to leave a remarque → the remarque dialog
 *    11. the engine decides: answer (agenda → the list), clarify, or fallback — a message with nothing to answer
 *        ("oui" or "c'est où ?" out of context, "?") is invited to ask instead of being kept as an unanswered question
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
import { REMARQUE_ENTRY, THANKS_ENTRY } from './known-entries.js';
import { resolveLocale } from './locale.js';
import { REMARQUE_DIALOG, RemarqueDialog, type RemarqueOptions } from './remarque-dialog.js';
import { RemarqueIntent } from './remarque-intent.js';
import { conversationTrace, keepable, Replies } from './replies.js';
import type { ConversationMemory, DialogServices, StateAccessors } from './services.js';

export const MAIN_DIALOG = 'main';
const TURN = 'turn';
/** A follow-up refers to an answer given within this time; after that, "c'est où ?" is a new question. */
export const FOLLOW_UP_WINDOW_MS = 30 * 60 * 1000;
/** "1".."99": a choice by its number. */
const CHOICE_NUMBER = /^\d{1,2}$/;

interface Turn {
  locale: Locale;
  memory: ConversationMemory;
}

export class MainDialog extends ComponentDialog {
  private readonly replies: Replies;
  private readonly remarqueIntent: RemarqueIntent;

  constructor(
    private readonly services: DialogServices,
    private readonly state: StateAccessors,
  ) {
    super(MAIN_DIALOG);
    this.replies = new Replies(services);
    this.remarqueIntent = new RemarqueIntent(services.engine);
    this.addDialog(new RemarqueDialog(services, state));
    this.addDialog(new WaterfallDialog(TURN, [(step) => this.route(step)]));
    this.initialDialogId = TURN;
  }

  /** Runs one message turn. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    await this.pickNumberedChoice(context);
    const set = new DialogSet(dialogState);
    set.add(this);
    const dc = await set.createContext(context);
    if (await this.interrupt(dc)) return;
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  /** Step 0: "2" after a list of choices is the second choice, whatever comes next (a prompt, a clarification). */
  private async pickNumberedChoice(context: TurnContext): Promise<void> {
    const memory = await this.memory(context);
    const offered = memory.choices;
    memory.choices = undefined;
    const text = (context.activity.text ?? '').trim();
    const picked = CHOICE_NUMBER.test(text) && offered ? offered[Number(text) - 1] : undefined;
    if (picked) context.activity.text = picked;
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
      await this.replies.say(dc.context, 'language.switched', locale, await this.memory(dc.context), conversationTrace('language'));
      // The question in progress is asked again, now in the new language (see remarque-dialog.ts).
      if (active) await dc.repromptDialog();
      return true;
    }
    if (word === 'cancel') {
      const turn = await this.turn(dc.context);
      const inRemarque = dc.child?.activeDialog?.id === REMARQUE_DIALOG;
      const pending = active || turn.memory.clarify !== undefined;
      if (active) await dc.cancelAllDialogs();
      turn.memory.clarify = undefined;
      const key = inRemarque ? 'remarque.cancelled' : pending ? 'help.cancelled' : 'help.nothingToCancel';
      await this.replies.say(dc.context, key, turn.locale, turn.memory, conversationTrace('cancel'));
      return true;
    }
    return false;
  }

  /** Steps 4–11. */
  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const context = step.context;
    const turn = await this.turn(context);
    const { locale, memory } = turn;
    const { engine, words } = this.services;

    const text = (context.activity.text ?? '').trim();
    if (!text) {
      const key = (context.activity.attachments?.length ?? 0) > 0 ? 'errors.unsupported' : 'errors.empty';
      await this.replies.say(context, key, locale, memory, conversationTrace('prompt'));
      return step.endDialog();
    }
    const word = words.word(text);

    const pending = memory.clarify;
    if (pending) {
      memory.clarify = undefined;
      const offered = pending.entryIds.map((id) => engine.entry(id)).filter((e): e is Entry => e !== undefined);
      if (word === 'none') {
        const candidates = offered.map((entry) => ({ entry, topic: entry.topic, score: pending.score }));
        await this.replies.fallback(context, { locale, memory, question: pending.question, score: pending.score, candidates });
        return step.endDialog();
      }
      const chosen = offered.find((e) => engine.entryByTitle(text)?.id === e.id);
      if (chosen) return this.answer(step, chosen, turn, { question: pending.question, score: pending.score });
    }

    const last = memory.last;
    if (last?.feedback && (word === 'yes' || word === 'no')) {
      last.feedback = false;
      const about = conversationTrace('feedback', last);
      if (word === 'yes') {
        await this.replies.say(context, 'feedback.thanks', locale, memory, about);
      } else {
        const kept = await this.replies.keep(context, { text: last.question, kind: 'not-helpful', locale, topic: last.topic, score: last.score, entryId: last.entryId });
        await this.replies.say(context, this.replies.outcomeKey(kept, 'feedback.sorry', 'fallback.notKept'), locale, memory, about);
      }
      return step.endDialog();
    }

    if (word === 'other') {
      await this.replies.say(context, 'answer.askAnother', locale, memory, conversationTrace('prompt'));
      return step.endDialog();
    }

    // A tapped button sends an entry's title: that entry is the answer, without scoring.
    const titled = engine.isDanger(text) ? undefined : engine.entryByTitle(text);
    const decision = titled ? titleDecision(titled) : engine.decide(text);
    if (await this.aboutLastAnswer(context, text, decision, turn, titled !== undefined)) return step.endDialog();

    if (!titled && this.remarqueIntent.isRequest(text, decision)) return this.startRemarque(step, turn, { text, score: decision.score, carried: false });

    switch (decision.kind) {
      case 'answer':
        return this.answer(step, decision.entry, turn, { question: text, score: decision.score, decision, tapped: titled !== undefined });
      case 'clarify':
        await this.replies.clarify(context, decision.candidates, { locale, memory, question: text, score: decision.score, risk: decision.risk });
        return step.endDialog();
      case 'fallback':
        if (word !== undefined || words.followUp(text) !== undefined || engine.normalise(text).tokens.length === 0) {
          // "oui", "?", "where is it?" with nothing before: not a question to keep for the conseil citoyen.
          await this.replies.say(context, 'answer.askAnother', locale, memory, conversationTrace('prompt'));
        } else {
          await this.replies.fallback(context, { locale, memory, question: text, score: decision.score, candidates: decision.candidates, risk: decision.risk });
        }
        return step.endDialog();
    }
  }

  /**
   * Step 9. "c'est où ?" alone says nothing the engine can answer; "c'est où le bus santé ?" right after the bus
   * santé answer is the same question again: both are about the last answer's details. "merci" right after an
   * answer is thanks for it. True when the message was answered that way.
   */
  private async aboutLastAnswer(context: TurnContext, text: string, decision: Decision, turn: Turn, tapped: boolean): Promise<boolean> {
    const { engine, words, clock } = this.services;
    const last = turn.memory.last;
    const lastEntry = last ? engine.entry(last.entryId) : undefined;
    if (!last || !lastEntry || clock().getTime() - Date.parse(last.at) >= FOLLOW_UP_WINDOW_MS) return false;
    if (decision.kind === 'answer' && decision.via !== 'danger' && decision.entry.id === THANKS_ENTRY) {
      last.feedback = false;
      await this.replies.followUp(context, lastEntry, decision.entry, turn.locale, turn.memory);
      return true;
    }
    const followUp = tapped ? undefined : words.followUp(text);
    const sameTopic = decision.kind !== 'answer' || (decision.via !== 'danger' && decision.topic === lastEntry.topic);
    if (!followUp || !sameTopic) return false;
    await this.replies.followUp(context, lastEntry, followUp, turn.locale, turn.memory);
    return true;
  }

  /** An entry to answer with; the remarque entry starts the remarque dialog instead. */
  private async answer(
    step: WaterfallStepContext,
    entry: Entry,
    turn: Turn,
    options: { question: string; score: number; decision?: Decision; tapped?: boolean },
  ): Promise<DialogTurnResult> {
    const { question, score, decision } = options;
    if (entry.id === REMARQUE_ENTRY) {
      // A tapped button ("Faire une remarque") is a wish to write one, not the remarque itself.
      return this.startRemarque(step, turn, { text: question, score, carried: !options.tapped && this.services.words.carriesRemarqueText(question) });
    }
    await this.replies.answer(step.context, entry, {
      locale: turn.locale,
      memory: turn.memory,
      question: keepable(question),
      score,
      candidates: decision?.candidates ?? [{ entry, topic: entry.topic, score }],
      risk: decision?.risk,
    });
    return step.endDialog();
  }

  /** Step 10: the remarque dialog, with the message as the remarque when it already is one. */
  private async startRemarque(step: WaterfallStepContext, turn: Turn, request: { text: string; score: number; carried: boolean }): Promise<DialogTurnResult> {
    turn.memory.last = undefined;
    // Dialog options are saved with the conversation state: only ever the redacted text.
    const options: RemarqueOptions = { text: request.carried ? keepable(request.text) : undefined, topic: 'remarque', score: request.score };
    return step.replaceDialog(REMARQUE_DIALOG, options);
  }

  private async turn(context: TurnContext): Promise<Turn> {
    return { locale: await resolveLocale(context, this.state), memory: await this.memory(context) };
  }

  private memory(context: TurnContext): Promise<ConversationMemory> {
    return this.state.memory.get(context, {});
  }
}

/** A tapped title as the engine would have decided it: that entry, for sure. */
function titleDecision(entry: Entry): Decision {
  const candidate = { entry, topic: entry.topic, score: 1 };
  return { kind: 'answer', entry, topic: entry.topic, score: 1, candidates: [candidate], via: 'search' };
}
