/**
 * Builds the Bot Framework edge from its parts: the conversation core with its services, the memory in our
 * key-value store, the ActivityHandler and the turn-error handler. The composition root (src/index.ts) calls it
 * with the real storage; the dialog tests call it with the same real parts and botbuilder's TestAdapter instead of
 * the HTTP adapter, so what they drive is exactly what residents talk to.
 */
import type { TurnContext } from 'botbuilder';
import type { RemarqueToKeep } from '../../dialogs/contract.js';
import { REMARQUE_QUOTA, type RemarqueQuota } from '../abuse/remarque-quota.js';
import { renderMessage } from '../channels/render.js';
import type { AgendaBook } from '../engine/agenda.js';
import type { Engine } from '../engine/engine.js';
import type { Logger } from '../logging.js';
import { RemarqueRecorder } from '../remarques/recorder.js';
import type { KeepOutcome } from '../replies/compose.js';
import type { FicheReader } from '../replies/details.js';
import { conversationServices } from '../core.js';
import type { ReminderDesk } from '../reminders/desk.js';
import type { Storage } from '../storage/types.js';
import { AssistantBot, stateKeys } from './assistant-bot.js';
import { KeyValueBotStorage } from './state-storage.js';
import { NO_TURN_LOCKS, type TurnLocks } from './turn-locks.js';
import { createTurnErrorHandler, type TurnErrorHandler } from './turn-error.js';

export interface BotParts {
  engine: Engine;
  /** The current agenda (staff may change it at any time). */
  agenda: () => AgendaBook;
  /** The current fiches (details and contacts with staff changes); the shipped knowledge when absent. */
  fiches?: () => FicheReader;
  storage: Pick<Storage, 'remarques' | 'turns' | 'state'>;
  /** Salt of the hashed state keys (STATE_SALT). */
  stateSalt: string;
  clock: () => Date;
  logger: Logger;
  /** Turns of one conversation one at a time across instances (src/bot/turn-locks.ts); none when absent. */
  locks?: TurnLocks;
  /** The reminder step (src/reminders/desk.ts), read at each turn: the bridges build it after the bot. */
  reminders?: () => ReminderDesk | undefined;
}

export interface AssembledBot {
  bot: AssistantBot;
  /** For the adapter's onTurnError. */
  onTurnError: TurnErrorHandler;
}

export function assembleBot(parts: BotParts): AssembledBot {
  const { storage, logger } = parts;
  const recorder = new RemarqueRecorder(storage.remarques);
  // The remarque quota is the turn's (src/bot/turn-limits.ts puts it in the turn state): each turn gets the core's
  // services with a `keep` that asks that turn's quota first.
  const keep = async (remarque: RemarqueToKeep, context: TurnContext): Promise<KeepOutcome> => {
    const quota = context.turnState.get(REMARQUE_QUOTA) as RemarqueQuota | undefined;
    if (quota && !(await quota.take())) return 'limited';
    try {
      await recorder.record(remarque);
      return 'kept';
    } catch (error) {
      logger.error({ err: error, kind: remarque.kind }, 'remarque could not be stored');
      return 'failed';
    }
  };
  const botStorage = new KeyValueBotStorage(storage.state, parts.stateSalt, parts.clock);
  const services = conversationServices(parts);
  const bot = new AssistantBot({
    services: (context) => ({ ...services, keep: (remarque) => keep(remarque, context) }),
    storage: botStorage,
    turns: storage.turns,
    render: renderMessage,
    logger,
    locks: parts.locks ?? NO_TURN_LOCKS,
    ...(parts.reminders ? { reminders: parts.reminders } : {}),
    salt: parts.stateSalt,
    clock: parts.clock,
  });
  const onTurnError = createTurnErrorHandler({
    logger,
    render: renderMessage,
    forget: async (context) => botStorage.delete([stateKeys(context.activity).conversation]),
  });
  return { bot, onTurnError };
}
