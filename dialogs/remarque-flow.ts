/**
 * A resident leaves a remarque for the conseil citoyen: the text is asked for (unless the message already was the
 * remarque), shown back with personal data removed, and kept only once the resident confirms.
 *
 * The stage lives in the conversation memory (`remarque`), never a prompt written in advance: a resident who says
 * "english please" in the middle gets the same question again, in English (`ask`).
 */
import type { ReplyMessage } from '../src/replies/compose.js';
import { REDACT_MAX_LENGTH } from '../src/storage/redact.js';
import type { ConversationWords } from '../src/engine/conversation-words.js';
import type { RemarqueStage } from './contract.js';
import { REMARQUE_ENTRY } from './known-entries.js';
import { conversationTrace, keepable, readableRedaction, type TurnWriter } from './replies.js';

const TRACE = conversationTrace('remarque', { topic: 'remarque', entryId: REMARQUE_ENTRY });

/** Starts a remarque: with the message as its text when it already is one, else by asking for it. */
export function startRemarque(out: TurnWriter, request: { text: string | undefined; score: number | null }): void {
  out.memory.last = undefined;
  out.memory.clarify = undefined;
  if (request.text) showBack(out, request.text, request.score);
  else ask(out, { stage: 'text', score: request.score });
}

/** Writes the question of a stage, in the resident's language of the moment. */
export function ask(out: TurnWriter, stage: RemarqueStage, retry = false): void {
  const t = out.t;
  const cancel = { label: t('remarque.cancel'), value: t('remarque.cancel') };
  const message: ReplyMessage =
    stage.stage === 'text'
      ? { text: t(retry ? 'remarque.empty' : 'remarque.askText'), choices: [cancel] }
      : {
          text: [stage.long ? t('errors.tooLong') : '', t('remarque.confirm', { text: readableRedaction(stage.text, out.locale) }), retry ? t('remarque.confirmAgain') : '']
            .filter(Boolean)
            .join('\n'),
          choices: [{ label: t('remarque.send'), value: t('remarque.send') }, cancel],
        };
  out.memory.remarque = stage;
  out.send([message], TRACE);
}

/** The resident's message while a remarque is in progress (danger, language and cancel were handled before). */
export async function continueRemarque(out: TurnWriter, stage: RemarqueStage, text: string, words: ConversationWords): Promise<void> {
  if (stage.stage === 'text') {
    if (!text) return ask(out, stage, true);
    return showBack(out, text, stage.score);
  }
  const word = words.word(text);
  if (word === 'yes') {
    out.memory.remarque = undefined;
    const kept = await out.keep({ text: stage.text, kind: 'suggestion', topic: 'remarque', score: stage.score, entryId: null });
    return out.say(out.outcomeKey(kept, 'remarque.saved', 'remarque.notSaved'), TRACE);
  }
  if (word === 'no') {
    out.memory.remarque = undefined;
    return out.say('remarque.cancelled', conversationTrace('cancel', { topic: 'remarque', entryId: REMARQUE_ENTRY }));
  }
  ask(out, stage, true);
}

/** The resident sees the text as it will be kept: what was removed is visibly gone. */
function showBack(out: TurnWriter, raw: string, score: number | null): void {
  ask(out, { stage: 'confirm', text: keepable(raw), long: raw.length > REDACT_MAX_LENGTH, score });
}

/**
 * After the emergency numbers, a remarque in progress that the safety net (not a danger rule) interrupted: what the
 * resident was writing stays, to confirm — the text they had shown to confirm, else this very message (their
 * remarque's text, redacted). Nothing is kept without « Envoyer »; the numbers came first and the turn stays theirs
 * (the trace is the emergency answer's).
 */
export function keepAfterDanger(out: TurnWriter, stage: RemarqueStage, message: string): void {
  const t = out.t;
  const pending: RemarqueStage = stage.stage === 'confirm' ? stage : { stage: 'confirm', text: keepable(message), long: message.length > REDACT_MAX_LENGTH, score: stage.score };
  if (pending.stage !== 'confirm' || !pending.text.trim()) return;
  out.memory.remarque = pending;
  const choices = [{ label: t('remarque.send'), value: t('remarque.send') }, { label: t('remarque.cancel'), value: t('remarque.cancel') }];
  out.messages.push({ text: `${t('remarque.afterDanger')}\n${t('remarque.confirm', { text: readableRedaction(pending.text, out.locale) })}`, choices });
  out.memory.choices = choices.map((c) => c.value);
  out.memory.choiceLabels = choices.map((c) => c.label);
}

