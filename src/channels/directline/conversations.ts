/**
 * The web conversations of the local Direct Line, in memory and bounded: each keeps only its latest activities
 * (by count and by size), an idle conversation expires, and so does, sooner, one whose token was never used to
 * start it. Nothing here is written to disk: the transcript a browser can reload lives exactly as long as the
 * conversation (DIRECTLINE_IDLE_MINUTES), then it is gone.
 *
 * The number of conversations is bounded by refusing new ones, never by ending live ones: a flood of token requests
 * must not end the chats of residents who are talking. Each client address (IPv6: its /64) may hold at most
 * `maxPerClient` live conversations, and the whole store `maxConversations`; beyond, create() says no and when to
 * try again, and the token route answers 429 / 503 (the widget says "momentanément indisponible, réessayez").
 *
 * The Map keeps conversations in order of last activity (touch() re-inserts).
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

/** The store sweeps the whole of itself when full at most this often (a flood of requests is then cheap). */
const FULL_SWEEP_INTERVAL_MS = 1000;
const MAX_RETRY_AFTER_SECONDS = 10 * 60;

type Listener = (set: ActivitySet) => void;

export class WebConversation {
  /** True once the bot has been told the conversation started (conversationUpdate sent). */
  started = false;
  locale: string | undefined;
  lastActive: number;
  private readonly kept: { activity: ClientActivity; seq: number; bytes: number }[] = [];
  private bytes = 0;
  private seq = 0;
  private readonly listeners = new Set<Listener>();
  /** Turns of one conversation run one after the other, so its state is never written by two turns at once. */
  private queue: Promise<void> = Promise.resolve();

  constructor(
    readonly id: string,
    readonly userId: string,
    /** The client that asked for it (address-group.ts), for the per-client bound. */
    readonly client: string,
    now: number,
    private readonly limits: Pick<ConversationLimits, 'maxActivities' | 'maxBytes'>,
  ) {
    this.lastActive = now;
  }

  /** Stamps the activity with its id and the server's timestamp (as Direct Line does), keeps it, pushes it to streams. */
  append(activity: NewActivity, now: Date): ClientActivity {
    this.seq += 1;
    const stamped: ClientActivity = {
      ...activity,
      id: `${this.id}|${String(this.seq).padStart(7, '0')}`,
      timestamp: now.toISOString(),
    };
    const bytes = Buffer.byteLength(JSON.stringify(stamped));
    this.kept.push({ activity: stamped, seq: this.seq, bytes });
    this.bytes += bytes;
    while (this.kept.length > 1 && (this.kept.length > this.limits.maxActivities || this.bytes > this.limits.maxBytes)) {
      this.bytes -= this.kept.shift()?.bytes ?? 0;
    }
    const set = { activities: [stamped], watermark: String(this.seq) };
    for (const listener of this.listeners) listener(set);
    return stamped;
  }

  /** The activities after a watermark (all kept ones without it), and the new watermark. */
  since(watermark: string | undefined): ActivitySet {
    const after = watermark && /^\d{1,12}$/.test(watermark) ? Number(watermark) : 0;
    return {
      activities: this.kept.filter((k) => k.seq > after).map((k) => k.activity),
      watermark: String(this.seq),
    };
  }

  get activityCount(): number {
    return this.kept.length;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscribers(): number {
    return this.listeners.size;
  }

  /** Runs `work` after the conversation's previous turns; its failure does not block the next ones. */
  enqueue<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  /** Called by the store when the conversation ends (its streams are closed by their own listener first). */
  end(): void {
    this.kept.length = 0;
    this.bytes = 0;
    this.listeners.clear();
  }
}

export class ConversationStore {
  private readonly conversations = new Map<string, WebConversation>();
  private readonly perClient = new Map<string, number>();
  private readonly endListeners = new Set<(conversation: WebConversation) => void>();
  private lastFullSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly limits: ConversationLimits,
    private readonly clock: () => Date,
  ) {}

  /**
   * A new conversation with a random, unguessable id for `client` (its address group) — or a refusal when that
   * client already holds its share, or when the store is full of live conversations. Nobody's conversation is
   * ended to make room.
   */
  create(userId: string, client: string): WebConversation | CreateRefusal {
    const { maxPerClient, maxConversations } = this.limits;
    if (maxPerClient > 0 && (this.perClient.get(client) ?? 0) >= maxPerClient) {
      this.sweep();
      if ((this.perClient.get(client) ?? 0) >= maxPerClient) return { refused: 'client', retryAfterSeconds: this.retryAfter((c) => c.client === client) };
    }
    if (this.conversations.size >= maxConversations && this.now() - this.lastFullSweep >= FULL_SWEEP_INTERVAL_MS) {
      this.lastFullSweep = this.now();
      this.sweep();
    }
    if (this.conversations.size >= maxConversations) return { refused: 'full', retryAfterSeconds: this.retryAfter(() => true) };
    const conversation = new WebConversation(newConversationId(), userId, client, this.now(), this.limits);
    this.conversations.set(conversation.id, conversation);
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
    return conversation;
  }

  /** The live conversation with this id, marked active; undefined when unknown or expired (then freed). */
  get(id: string): WebConversation | undefined {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    if (this.expired(conversation)) {
      this.remove(conversation);
      return undefined;
    }
    conversation.lastActive = this.now();
    this.conversations.delete(id);
    this.conversations.set(id, conversation);
    return conversation;
  }

  /** Ends every expired conversation; returns how many. */
  sweep(): number {
    let removed = 0;
    for (const conversation of [...this.conversations.values()]) {
      if (!this.expired(conversation)) continue;
      this.remove(conversation);
      removed += 1;
    }
    return removed;
  }

  get size(): number {
    return this.conversations.size;
  }

  onEnd(listener: (conversation: WebConversation) => void): void {
    this.endListeners.add(listener);
  }

  clear(): void {
    for (const conversation of [...this.conversations.values()]) this.remove(conversation);
  }

  private remove(conversation: WebConversation): void {
    if (!this.conversations.delete(conversation.id)) return;
    const held = (this.perClient.get(conversation.client) ?? 1) - 1;
    if (held > 0) this.perClient.set(conversation.client, held);
    else this.perClient.delete(conversation.client);
    for (const listener of this.endListeners) listener(conversation);
    conversation.end();
  }

  private expiresAt(conversation: WebConversation): number {
    return conversation.lastActive + (conversation.started ? this.limits.idleMs : this.limits.unstartedMs);
  }

  private expired(conversation: WebConversation): boolean {
    return this.now() >= this.expiresAt(conversation);
  }

  /** Seconds until the first of these conversations expires, if nothing keeps it alive (at least 1, at most 10 min). */
  private retryAfter(among: (conversation: WebConversation) => boolean): number {
    let first = Number.POSITIVE_INFINITY;
    for (const conversation of this.conversations.values()) if (among(conversation)) first = Math.min(first, this.expiresAt(conversation));
    const seconds = Math.ceil((first - this.now()) / 1000);
    return Number.isFinite(seconds) ? Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, seconds)) : 1;
  }

  private now(): number {
    return this.clock().getTime();
  }
}

export function isRefusal(created: WebConversation | CreateRefusal): created is CreateRefusal {
  return 'refused' in created;
}

/** 128 random bits, URL-safe: it appears in paths and is worthless without the token bound to it. */
function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

export const CONVERSATION_ID = /^[A-Za-z0-9_-]{16,64}$/;
