/**
 * How a messaging bridge runs one turn of the conversation: the conversation core (dialogs/conversation.ts,
 * `runTurn(memory, message, services)`), called directly — no Bot Framework in between. The bridges only see
 * BridgeTurn; this file is where the core's memory is kept for them and its events recorded.
 *
 * The memory lives in the same key-value store as the bot's (storage.state), under keys derived from the salted
 * address key (never the address): the conversation's for an hour, the resident's chosen language for 90 days, as
 * for the other channels. Remarques go through the same recorder, with a per-conversation quota; statistics are
 * recorded without text. A failing turn (a storage error...) is logged, its conversation forgotten, and the
 * resident gets the same apology as elsewhere, with the emergency number.
 */
import { createHash } from 'node:crypto';
import { runTurn } from '../../../dialogs/conversation.js';
import type { ConversationMemory, CoreServices, Memory, Profile } from '../../../dialogs/contract.js';
import type { AbuseLimits } from '../../abuse/limits.js';
import { STATE_TTL } from '../../bot/state-storage.js';
import type { Locale } from '../../knowledge/schema.js';
import type { Logger } from '../../logging.js';
import type { RemarqueRecorder } from '../../remarques/recorder.js';
import type { ReplyMessage } from '../../replies/compose.js';
import { toLocale, translator } from '../../replies/i18n.js';
import type { KeyValueStore, TurnEventStore } from '../../storage/types.js';

export interface BridgeTurnRequest {
  /** The channel's name, as stored with remarques and statistics: sms, whatsapp, telegram. */
  channel: string;
  /** The salted address key: names the conversation, never the address. */
  conversationKey: string;
  /** The provider's message id (already checked for retries). */
  messageId: string;
  text: string;
  locale?: string;
  /** Whether the channel shows buttons; without them choices come as a numbered list. */
  buttons: boolean;
}

export interface BridgeTurnResult {
  replies: ReplyMessage[];
  locale: Locale;
  /** The entry the turn answered with, if it did (the reminder step offers its next date). */
  entryId: string | null;
}

export type BridgeTurn = (request: BridgeTurnRequest) => Promise<BridgeTurnResult>;

export interface CoreTurnParts {
  /** The core's services (src/core.ts conversationServices); `keep` is supplied here, per conversation. */
  services: CoreServices;
  remarques: Pick<RemarqueRecorder, 'record'>;
  limits: Pick<AbuseLimits, 'remarque'>;
  state: KeyValueStore;
  turns: Pick<TurnEventStore, 'record'>;
  clock: () => Date;
  logger: Logger;
}

export function coreTurn(parts: CoreTurnParts): BridgeTurn {
  const { state, clock, logger } = parts;
  const keyOf = (kind: string, request: BridgeTurnRequest) => createHash('sha256').update(`bridge\0${kind}\0${request.channel}\0${request.conversationKey}`).digest('hex');
  return async (request) => {
    const conversationKey = keyOf('conversation', request);
    const profileKey = keyOf('profile', request);
    let kept = false;
    const services: CoreServices = {
      ...parts.services,
      keep: async (remarque) => {
        if (await parts.limits.remarque(`bridge|${request.channel}|${request.conversationKey}`, undefined)) return 'limited';
        try {
          await parts.remarques.record(remarque);
          kept = true;
          return 'kept';
        } catch (error) {
          logger.error({ err: error, kind: remarque.kind }, 'remarque could not be stored');
          return 'failed';
        }
      },
    };
    let profile: Profile = {};
    try {
      // The conversation's memory is written only over the version it was read at (compare-and-set), as the bot's
      // (src/bot/assistant-bot.ts): a turn that lost the race to another one of the same sender runs once more, or,
      // having kept a remarque, keeps its replies without overwriting; losing twice, it asks to send again.
      for (let attempt = 1; ; attempt++) {
        const stored = await state.getVersioned(conversationKey);
        profile = ((await state.get(profileKey)) as Profile | undefined) ?? {};
        const memory: Memory = { conversation: (stored?.value as ConversationMemory | undefined) ?? {}, profile };
        const result = await runTurn(memory, { type: 'message', text: request.text, locale: request.locale, channel: request.channel, capabilities: { buttons: request.buttons } }, services);
        const now = clock().getTime();
        const written = await state.setIf(conversationKey, result.memory.conversation, new Date(now + STATE_TTL.conversationMs).toISOString(), stored?.version);
        if (written === undefined) {
          const retry = attempt === 1 && !kept;
          logger.warn({ channel: request.channel, attempt, kept, retry }, 'conversation memory changed during the turn (another instance or message)');
          if (retry) continue;
          if (!kept) return { replies: [{ text: translator(result.locale)('errors.busy'), choices: [] }], locale: result.locale, entryId: null };
        }
        if (result.memory.profile.locale !== memory.profile.locale) await state.set(profileKey, result.memory.profile, new Date(now + STATE_TTL.userMs).toISOString());
        for (const event of result.events) {
          // Statistics must never cost a resident their answer.
          await parts.turns.record(event).catch((error: unknown) => logger.warn({ err: error }, 'turn event could not be stored'));
        }
        return { replies: result.replies, locale: result.locale, entryId: result.trace.kind === 'answer' ? result.trace.entryId : null };
      }
    } catch (error) {
      logger.error({ err: error, channel: request.channel }, 'turn failed');
      await state.delete(conversationKey).catch(() => undefined);
      const locale = profile.locale ?? toLocale(request.locale);
      return { replies: [{ text: translator(locale)('errors.turn'), choices: [] }], locale, entryId: null };
    }
  };
}
