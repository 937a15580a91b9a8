/**
 * What every messaging bridge does with a resident's message once its provider's signature is checked and its
 * payload parsed — the same steps, in this order, for SMS, WhatsApp and Telegram:
 *
 *   1. a provider message id seen before (a retried webhook) → nothing: no second turn, no second remarque;
 *   2. the rate limits of every channel (per conversation; the first refused message gets a polite sentence, and
 *      a message with danger signals over the limit still gets the emergency answer: src/bot/turn-admission.ts);
 *   3. a voice note or a picture → "I can only read text", with the emergency number;
 *   4. a number or a button label standing for a choice offered → that choice;
 *   5. a place among the turns in flight, the same bound as web turns (MAX_CONCURRENT_TURNS running, then
 *      MAX_QUEUED_TURNS waiting in order: src/abuse/turn-gate.ts); when even the queue is full, a polite "try again
 *      in a minute" — or, for a message with danger signals, the emergency answer, which needs no turn;
 *   6. the reminder step ("rappelle-moi", "oui", "stop rappels"), when reminders are on;
 *   7. the conversation's turn (danger first, as everywhere: the core's business).
 *
 * The sender's address is turned into a salted key at once: memory, limits and statistics only ever see the key;
 * the address itself is read again only to seal a reminder the resident asked for. Nothing here logs a text.
 */
import type { ReminderMemory } from '../../../dialogs/reminder-flow.js';
import type { AbuseLimits } from '../../abuse/limits.js';
import type { TurnGate } from '../../abuse/turn-gate.js';
import { admitTurn, type UrgentAnswers } from '../../bot/turn-admission.js';
import { NO_TURN_LOCKS, type TurnLocks } from '../../bot/turn-locks.js';
import type { Locale } from '../../knowledge/schema.js';
import type { Logger } from '../../logging.js';
import type { Choice, ReplyMessage } from '../../replies/compose.js';
import { toLocale, translator } from '../../replies/i18n.js';
import type { ReminderDesk } from '../../reminders/desk.js';
import type { ChannelDeliveryStore, KeyValueStore } from '../../storage/types.js';
import { addressKey, messageKey } from './address-key.js';
import type { BridgeTurn } from './conversation-turn.js';

export interface IncomingBridgeMessage {
  /** The provider's id of this message (Twilio MessageSid, WhatsApp wamid, Telegram update_id). */
  id: string;
  /** Phone number, WhatsApp id or Telegram chat id: never logged, never stored in clear. */
  sender: string;
  text: string;
  /** A voice note, picture, video, file or location instead of text. */
  media: boolean;
  /** The language the client announces, when it does (Telegram). */
  locale?: string;
}

export interface BridgeAnswer {
  replies: ReplyMessage[];
  locale: Locale;
  /** The sender's salted key (for the caller's own bookkeeping, e.g. WhatsApp's 24-hour window). */
  key: string;
}

export interface PipelineParts {
  /** sms, whatsapp or telegram. */
  channel: string;
  /** Whether the channel shows buttons (a numbered list otherwise). */
  buttons: boolean;
  deliveries: ChannelDeliveryStore;
  state: KeyValueStore;
  limits: Pick<AbuseLimits, 'message'>;
  urgent: UrgentAnswers;
  turn: BridgeTurn;
  /** The bound on turns in flight shared with the web (src/index.ts gives the server's own); absent: no bound. */
  gate?: TurnGate;
  /** Absent: no reminder step on this channel. */
  reminders?: ReminderDesk;
  salt: string;
  clock: () => Date;
  logger: Logger;
  /** One sender's messages one at a time across instances; none when absent. */
  locks?: TurnLocks;
}

/** What the bridge remembers of a conversation besides the core's memory: expires with the conversation. */
interface BridgeMemory {
  choices?: Choice[];
  locale?: Locale;
  reminder?: ReminderMemory;
}

const MEMORY_TTL_MS = 60 * 60 * 1000;
const CHOICE_NUMBER = /^\d{1,2}$/;

export class BridgePipeline {
  constructor(private readonly parts: PipelineParts) {}

  /** Undefined for a retried delivery (already handled). */
  async handle(message: IncomingBridgeMessage): Promise<BridgeAnswer | undefined> {
    const { parts } = this;
    const { channel, logger } = parts;
    if (!(await parts.deliveries.first(channel, messageKey(channel, message.id)))) {
      logger.info({ channel }, 'message delivered twice: the repeat is skipped');
      return undefined;
    }
    const key = addressKey(parts.salt, channel, message.sender);
    // One sender's messages one at a time across instances (src/bot/turn-locks.ts): the bridge's memory and the
    // core's are read, then written, by one message at a time — two at once would overwrite each other's.
    return (parts.locks ?? NO_TURN_LOCKS).run(`bridge|${channel}|${key}`, () => this.answer(message, key));
  }

  private async answer(message: IncomingBridgeMessage, key: string): Promise<BridgeAnswer> {
    const { parts } = this;
    const { channel, logger } = parts;
    const memoryKey = addressKey(parts.salt, `${channel}:bridge-memory`, message.sender);
    const memory = ((await parts.state.get(memoryKey)) as BridgeMemory | undefined) ?? {};
    const locale = memory.locale ?? toLocale(message.locale);
    const t = translator(locale);

    const text = message.text.trim();
    const admission = await admitTurn(parts.limits, { conversation: `bridge-edge|${channel}|${key}`, address: undefined, text }, parts.urgent.isDanger);
    if (admission.verdict === 'urgence') {
      logger.warn({ channel }, 'over the rate limit, but danger signals: emergency answer given');
      const answer = parts.urgent.answer(text, locale);
      return { replies: answer ? [answer] : [], locale, key };
    }
    if (admission.verdict === 'refused') {
      if (admission.tell) logger.warn({ channel, retryAfterSeconds: admission.retryAfterSeconds }, 'message refused: rate limit');
      return { replies: admission.tell ? [{ text: t('errors.rateLimited'), choices: [] }] : [], locale, key };
    }
    if (message.media && !text) return { replies: [{ text: t('channels.textOnly'), choices: [] }], locale, key };

    const place = parts.gate ? parts.gate.enter() : Promise.resolve(() => undefined);
    if (!place) {
      if (parts.urgent.isDanger(text)) {
        logger.warn({ channel }, 'assistant busy, but danger signals: emergency answer given');
        const answer = parts.urgent.answer(text, locale);
        return { replies: answer ? [answer] : [], locale, key };
      }
      logger.warn({ channel }, 'assistant busy: message refused politely');
      return { replies: [{ text: t('errors.crowded'), choices: [] }], locale, key };
    }
    const release = await place;
    try {
      return await this.converse(message, { key, memoryKey, memory, locale, text });
    } finally {
      release();
    }
  }

  /** Steps 6 and 7, holding a place among the turns in flight. */
  private async converse(
    message: IncomingBridgeMessage,
    at: { key: string; memoryKey: string; memory: BridgeMemory; locale: Locale; text: string },
  ): Promise<BridgeAnswer> {
    const { parts } = this;
    const { channel } = parts;
    const { key, memoryKey, memory, text } = at;
    let locale = at.locale;
    const chosen = pickChoice(text, memory.choices);
    let replies: ReplyMessage[];
    let reminder = memory.reminder ?? {};
    const step = parts.reminders
      ? await parts.reminders.step({ channel, addressKey: key, address: () => message.sender, text: chosen, locale, memory: reminder, canPush: true })
      : undefined;
    if (step?.handled) {
      replies = step.replies;
      reminder = step.memory;
    } else {
      if (step) reminder = step.memory;
      const result = await parts.turn({ channel, conversationKey: key, messageId: message.id, text: chosen, buttons: parts.buttons, ...(message.locale ? { locale: message.locale } : {}) });
      replies = result.replies;
      locale = result.locale;
      reminder = result.entryId ? { ...reminder, lastEntryId: result.entryId, lastAt: parts.clock().toISOString() } : reminder;
    }
    const last = replies[replies.length - 1];
    const next: BridgeMemory = { locale, reminder, ...(last && last.choices.length > 0 ? { choices: last.choices } : {}) };
    await parts.state.set(memoryKey, next, new Date(parts.clock().getTime() + MEMORY_TTL_MS).toISOString());
    return { replies, locale, key };
  }
}

/** "2" after a list, or a keyboard button's label, stands for that choice's value. */
function pickChoice(text: string, offered: Choice[] | undefined): string {
  if (!offered) return text;
  if (CHOICE_NUMBER.test(text)) return offered[Number(text) - 1]?.value ?? text;
  return offered.find((c) => c.label === text)?.value ?? text;
}
