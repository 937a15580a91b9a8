/**
 * Builds the bot from its parts: dialog services, Bot Framework state in our key-value store, the main dialog, the
 * ActivityHandler and the turn-error handler. The composition root (src/index.ts) calls it with the real storage;
 * the dialog tests call it with the same real parts and botbuilder's TestAdapter instead of the HTTP adapter, so
 * what they drive is exactly what residents talk to.
 */
import type { ConversationState, UserState } from 'botbuilder';
import { MainDialog } from '../../dialogs/main-dialog.js';
import type { DialogServices } from '../../dialogs/services.js';
import { renderMessage } from '../channels/render.js';
import type { AgendaBook } from '../engine/agenda.js';
import { ConversationWords } from '../engine/conversation-words.js';
import type { Engine } from '../engine/engine.js';
import type { Logger } from '../logging.js';
import type { FicheReader } from '../replies/details.js';
import { RemarqueRecorder } from '../remarques/recorder.js';
import type { Storage } from '../storage/types.js';
import { AssistantBot, createStateAccessors } from './assistant-bot.js';
import { KeyValueBotStorage } from './state-storage.js';
import { NamespacedConversationState, NamespacedUserState } from './turn-origin.js';
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
}

export interface AssembledBot {
  bot: AssistantBot;
  services: DialogServices;
  conversationState: ConversationState;
  userState: UserState;
  /** For the adapter's onTurnError. */
  onTurnError: TurnErrorHandler;
}

export function assembleBot(parts: BotParts): AssembledBot {
  const { engine, storage, clock, logger } = parts;
  const services: DialogServices = {
    engine,
    words: new ConversationWords(engine.knowledge.conversation, engine.normaliser),
    agenda: parts.agenda,
    fiches: parts.fiches,
    remarques: new RemarqueRecorder(storage.remarques),
    turns: storage.turns,
    clock,
    render: renderMessage,
    logger,
  };
  const botStorage = new KeyValueBotStorage(storage.state, parts.stateSalt, clock);
  // Keyed by the way in too (web widget or /api/messages): one cannot reach the other's conversations.
  const conversationState: ConversationState = new NamespacedConversationState(botStorage);
  const userState: UserState = new NamespacedUserState(botStorage);
  const accessors = createStateAccessors(conversationState, userState);
  const bot = new AssistantBot(conversationState, userState, new MainDialog(services, accessors), accessors, services);
  const onTurnError = createTurnErrorHandler({ logger, conversationState, render: renderMessage });
  return { bot, services, conversationState, userState, onTurnError };
}
