/**
 * The web conversations of the local Direct Line: what a store of them must do, whichever keeps them.
 *
 *  - memory-conversations.ts (default, SQLite mode): one process's memory, gone when it stops;
 *  - postgres-conversations.ts (DATABASE_URL): shared by every instance on the database, so that a resident's
 *    requests may reach any of them (behind a round-robin proxy) and an instance may restart mid-conversation.
 *
 * Either way conversations are bounded: each keeps only its latest activities (by count and by size), an idle
 * conversation expires, and so does, sooner, one whose token was never used to start it. The transcript a browser
 * can reload lives exactly as long as the conversation (DIRECTLINE_IDLE_MINUTES), then it is deleted.
 *
 * The number of conversations is bounded by refusing new ones, never by ending live ones: a flood of token requests
 * must not end the chats of residents who are talking. Each client address (IPv6: its /64) may hold at most
 * `maxPerClient` live conversations, and the whole store `maxConversations`; beyond, create() says no and when to
 * try again, and the token route answers 429 / 503 (the widget says "momentanément indisponible, réessayez").
 */
import { randomBytes } from 'node:crypto';

/**
 * An activity as the Direct Line client sees it: what the bot sent, or the resident's own message echoed. It is
 * relayed JSON, checked where it enters (the routes and the connector), so only the fields we route on are typed.
 */
export interface NewActivity {
  type: string;
  [field: string]: unknown;
}

export type ClientActivity = NewActivity & { id: string; timestamp: string };

export interface ActivitySet {
  activities: ClientActivity[];
  watermark: string;
}

export interface ConversationLimits {
  idleMs: number;
  /** A conversation whose token was never used to start it ends after this long (the widget starts at once). */
  unstartedMs: number;
  maxConversations: number;
  /** Live conversations per client (address-group.ts); 0 = no limit per client. */
  maxPerClient: number;
  /** Activities kept per conversation (the oldest go first). */
  maxActivities: number;
  /** Bytes of JSON kept per conversation (the oldest go first; the newest is always kept). */
  maxBytes: number;
}

export const DEFAULT_LIMITS: Omit<ConversationLimits, 'idleMs' | 'maxConversations' | 'maxPerClient'> = {
  unstartedMs: 2 * 60 * 1000,
  maxActivities: 100,
  maxBytes: 256 * 1024,
};

/** Why no conversation was opened, and when trying again makes sense. */
export interface CreateRefusal {
  refused: 'client' | 'full';
  retryAfterSeconds: number;
}

/** A live conversation as the routes see it (a snapshot: the store holds the truth). */
export interface WebConversation {
  readonly id: string;
  readonly userId: string;
  /** The client that asked for it (address-group.ts), for the per-client bound. */
  readonly client: string;
  /** True once the bot has been told the conversation started (conversationUpdate sent). */
  readonly started: boolean;
  readonly locale: string | undefined;
}

/** Receives, in order and each once, the activities of a followed conversation. */
export type Follower = (set: ActivitySet) => void;

export interface ConversationStore {
  /**
   * A new conversation with a random, unguessable id for `client` (its address group) — or a refusal when that
   * client already holds its share, or when the store is full of live conversations. Nobody's conversation is
   * ended to make room.
   */
  create(userId: string, client: string): Promise<WebConversation | CreateRefusal>;
  /** The live conversation with this id, marked active; undefined when unknown or expired (then freed). */
  get(id: string): Promise<WebConversation | undefined>;
  /** Marks the conversation started; true for the one call that did (the bot greets once, whichever instance). */
  start(id: string, locale: string | undefined): Promise<boolean>;
  /**
   * Stamps the activity with its id and the store's watermark and the given timestamp (as Direct Line does), keeps
   * it (dropping the oldest beyond the limits) and hands it to the conversation's followers; undefined when the
   * conversation has ended.
   */
  append(id: string, activity: NewActivity, now: Date): Promise<ClientActivity | undefined>;
  /**
   * As append, for a resident's activity that carries the client's own id for it (`clientId`: channelData's
   * clientActivityID, which the widget and Web Chat send with every message): when the conversation already holds an
   * activity with that client id, nothing is kept and that one is given back, `repeated`. It is the same request sent
   * again — a reverse proxy passes a POST to the other instance when the first one closed the connection without an
   * answer (a turn cut at SHUTDOWN_TIMEOUT_MS): kept and handed to the bot once, not twice.
   */
  appendOnce(id: string, activity: NewActivity, clientId: string, now: Date): Promise<{ activity: ClientActivity; repeated: boolean } | undefined>;
  /** The kept activities after a watermark (all of them without one), and the new watermark. */
  since(id: string, watermark: string | undefined): Promise<ActivitySet>;
  /**
   * Hands `follower` what was kept after `watermark` (when there is any), then every new activity, in order and each
   * once, until the returned function is called or the conversation ends.
   */
  follow(id: string, watermark: string | undefined, follower: Follower): () => void;
  /** Called with the id of each conversation that ends (expired), wherever it was last used. */
  onEnd(listener: (id: string) => void): void;
  /** Ends every expired conversation; returns how many. */
  sweep(): Promise<number>;
  /** Stops what the store runs in the background (the memory store also forgets every conversation). */
  close(): Promise<void>;
}

export function isRefusal(created: WebConversation | CreateRefusal): created is CreateRefusal {
  return 'refused' in created;
}

/** 128 random bits, URL-safe: it appears in paths and is worthless without the token bound to it. */
export function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

export const CONVERSATION_ID = /^[A-Za-z0-9_-]{16,64}$/;

/** The id of the activity at `seq` in a conversation: Direct Line's "conversation|0000042". */
export function activityId(conversationId: string, seq: number): string {
  return `${conversationId}|${String(seq).padStart(7, '0')}`;
}

/**
 * The client's id for a resident's activity (channelData.clientActivityID), when it has a sensible one: the widget's
 * "ra-…", Web Chat's random ids. Anything else is no id (the activity is kept like one without).
 */
export function clientActivityIdOf(activity: { readonly [field: string]: unknown }): string | undefined {
  const data = activity['channelData'];
  const id = data !== null && typeof data === 'object' ? (data as Record<string, unknown>)['clientActivityID'] : undefined;
  return typeof id === 'string' && CLIENT_ACTIVITY_ID.test(id) ? id : undefined;
}

const CLIENT_ACTIVITY_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** A client's watermark as a number: anything but a plain number means "from the start". */
export function parseWatermark(watermark: string | undefined): number {
  return watermark && /^\d{1,12}$/.test(watermark) ? Number(watermark) : 0;
}

const MAX_RETRY_AFTER_SECONDS = 10 * 60;

/** Seconds until `firstExpiry` (ms), at least 1, at most 10 min; 1 when nothing will expire. */
export function retryAfterSeconds(firstExpiry: number, now: number): number {
  const seconds = Math.ceil((firstExpiry - now) / 1000);
  return Number.isFinite(seconds) ? Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, seconds)) : 1;
}
