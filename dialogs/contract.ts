/**
 * The conversation core's public shapes: what an edge (the Bot Framework bot, the local Direct Line through it,
 * `npm run chat`, an SMS/WhatsApp/Telegram bridge) hands to `runTurn` and what it gets back. Nothing here knows a
 * channel's wire format: an edge turns its payload into an `IncomingMessage`, renders the `replies` its own way
 * (buttons, numbered list, plain text), stores the `memory` and records the `events`.
 */
import type { AgendaBook } from '../src/engine/agenda.js';
import type { ConversationWords } from '../src/engine/conversation-words.js';
import type { Decision } from '../src/engine/decide.js';
import type { Engine } from '../src/engine/engine.js';
import type { Entry, FollowUpKind, Locale } from '../src/knowledge/schema.js';
import type { FicheReader, KeepOutcome, ReplyMessage } from '../src/replies/compose.js';
import type { RemarqueKind } from '../src/storage/types.js';

export type { Choice, ReplyMessage } from '../src/replies/compose.js';

/** One thing the resident did: a message (typed, or a tapped button's value), or opening the conversation. */
export interface IncomingMessage {
  /** 'join': the resident opened the conversation (greeted with the welcome); 'message': they wrote or tapped. */
  type: 'message' | 'join';
  /** What the resident wrote; for a tapped button, its value (the same text the button shows). */
  text?: string;
  /** The value of a tapped button when the channel sends it apart from the text (Adaptive Cards, postBack). */
  value?: unknown;
  /** Attachments only (a photo, a voice note): the core answers that it reads text only. */
  attachments?: number;
  /** The language the client announces ("fr-FR", "en-GB"...); a language the resident chose wins over it. */
  locale?: string;
  /** The channel's name, as it is stored with remarques and statistics ("emulator", "directline", "sms", "cli"). */
  channel: string;
  /** Whether the channel shows buttons; without them choices are numbered and "2" picks the second. */
  capabilities?: { buttons: boolean };
}

/**
 * What the conversation remembers. `conversation` expires with the conversation (an hour without a message),
 * `profile` is the resident's (their chosen language, 90 days). Plain JSON: an edge stores it as it is. Every text
 * in it is redacted (see keepable in replies.ts).
 */
export interface Memory {
  conversation: ConversationMemory;
  profile: Profile;
}

export interface ConversationMemory {
  /** The last answer: what follow-ups ("c'est où ?") and feedback ("cette réponse vous aide ?") are about. */
  last?: {
    entryId: string;
    topic: string;
    question: string;
    score: number;
    at: string;
    feedback: boolean;
    /**
     * The service the conversation was about when this answer is the agenda's list ("c'est quand la prochaine
     * activité ?" after the pôle culturel): the list has no place, price or registration of its own, so "faut
     * réserver ?" after it asks about that service. The same for the assistant's privacy answer asked in a service's
     * thread ("c'est anonyme ?" after the addictions, then "ça se passe où ?": the addictions' place).
     */
    about?: string;
  };
  /** A clarification waiting for the resident's choice. */
  clarify?: { question: string; entryIds: string[]; score: number; topic: string | null };
  /** The values of the last choices offered, so "2" picks the second (on every channel, needed without buttons). */
  choices?: string[];
  /** Their labels, in the same order: a button sends its label, which stands for its value. */
  choiceLabels?: string[];
  /** A remarque being written: its text is asked for, or shown back and waiting for "Envoyer". */
  remarque?: RemarqueStage;
}

export type RemarqueStage = { stage: 'text'; score: number | null } | { stage: 'confirm'; text: string; long: boolean; score: number | null };

export interface Profile {
  locale?: Locale;
}

/**
 * What a turn was, for the trace `quartier.answer`: the engine's decisions, and the conversation's own moves.
 */
export type TraceKind = Decision['kind'] | 'followup' | 'feedback' | 'remarque' | 'welcome' | 'language' | 'cancel' | 'prompt' | 'error' | 'reminder';

export interface TraceValue {
  kind: TraceKind;
  topic: string | null;
  candidates: string[];
  score: number;
  entryId: string | null;
}

/** An anonymous statistics event (staff dashboard): never the text, only what kind of turn it was. */
export interface TurnEvent {
  at: string;
  kind: Decision['kind'];
  topic: string | null;
  channel: string;
  locale: Locale;
}

export interface TurnResult {
  /** The messages to send, in order; each may offer choices. */
  replies: ReplyMessage[];
  /** What this turn was (every turn has exactly one). */
  trace: TraceValue;
  /** The memory to store for the next turn (the one passed in is not modified). */
  memory: Memory;
  /** Statistics to record; a failure to record them must not cost the resident the answer. */
  events: TurnEvent[];
  /** The language the replies are in. */
  locale: Locale;
}

/** A remarque to keep for the conseil citoyen (its text is redacted again by the recorder). */
export interface RemarqueToKeep {
  text: string;
  kind: RemarqueKind;
  locale: Locale;
  channel: string;
  topic: string | null;
  score: number | null;
  entryId: string | null;
}

/** The answer to a question about a detail of an entry ("c'est où ?", "c'est payant ?", "je peux appeler qui ?"). */
export type DetailAnswer = (entry: Entry, field: FollowUpKind, context: { locale: Locale; now: Date; channel: string }) => ReplyMessage;

/**
 * What the core needs, passed in by the edge's composition (src/core.ts conversationServices, called by
 * src/bot/assemble.ts, src/cli/chat.ts and src/index.ts for the bridges, which supply their own `keep`): the core does
 * no I/O of its own. `keep` is the only call that writes, and it is awaited: a remarque the resident is told is kept
 * has been stored (durably) before the reply goes out.
 */
export interface CoreServices {
  engine: Engine;
  words: ConversationWords;
  /** The current agenda (staff may change it at any time). */
  agenda: () => AgendaBook;
  /** Keeps a remarque; says whether it was kept, refused by a quota, failed, or is kept nowhere (terminal). */
  keep: (remarque: RemarqueToKeep) => Promise<KeepOutcome>;
  /** Answers a question about one detail of an entry (src/replies/details.ts, answerDetail). */
  detail: DetailAnswer;
  /** The current fiches (entries' details and contacts, with staff changes). */
  fiches: () => FicheReader;
  clock: () => Date;
}
