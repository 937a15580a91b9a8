/**
 * What the dialogs need, passed in by the composition root (src/index.ts) — never imported from a concrete module —
 * so tests can hand them a real engine with a temporary store, and a move away from the Bot Framework SDK only
 * touches this folder and src/bot, src/channels.
 */
import type { Activity, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { AgendaBook } from '../src/engine/agenda.js';
import type { ConversationWords } from '../src/engine/conversation-words.js';
import type { Engine } from '../src/engine/engine.js';
import type { Locale } from '../src/knowledge/schema.js';
import type { Logger } from '../src/logging.js';
import type { RemarqueRecorder } from '../src/remarques/recorder.js';
import type { FicheReader, ReplyMessage } from '../src/replies/compose.js';
import type { TurnEventStore } from '../src/storage/types.js';

export interface DialogServices {
  engine: Engine;
  words: ConversationWords;
  /** The current agenda (staff may change it at any time). */
  agenda: () => AgendaBook;
  /** The current fiches (details and contacts, with staff changes); the shipped knowledge when absent. */
  fiches?: () => FicheReader;
  remarques: RemarqueRecorder;
  turns: TurnEventStore;
  clock: () => Date;
  render: (message: ReplyMessage, channelId: string | undefined, locale: Locale) => Partial<Activity>;
  logger: Logger;
}

/** What the conversation remembers between turns (conversation state, expires with the conversation). */
export interface ConversationMemory {
  /** The last answer, for follow-ups ("c'est où ?") and feedback ("cette réponse vous aide ?"). */
  last?: { entryId: string; topic: string; question: string; score: number; at: string; feedback: boolean };
  /** A clarification waiting for the resident's choice. */
  clarify?: { question: string; entryIds: string[]; score: number; topic: string | null };
  /** The values of the last choices offered, so "2" can pick the second on channels without buttons (SMS). */
  choices?: string[];
}

/** What is remembered about the resident (user state): only the language they chose. */
export interface Profile {
  locale?: Locale;
}

export interface StateAccessors {
  memory: StatePropertyAccessor<ConversationMemory>;
  profile: StatePropertyAccessor<Profile>;
}

export type { TurnContext };
