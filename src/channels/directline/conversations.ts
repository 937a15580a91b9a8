/**
 * The web conversations of the local Direct Line, in memory and bounded: each keeps only its latest activities
 * (by count and by size), an idle conversation expires, and when the store is full the least recently active one
 * is ended. Nothing here is written to disk: the transcript a browser can reload lives exactly as long as the
 * conversation (DIRECTLINE_IDLE_MINUTES), then it is gone.
 *
 * The Map keeps conversations in order of last activity (touch() re-inserts), so eviction and expiry only ever look
 * at its head.
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
  maxConversations: number;
  /** Activities kept per conversation (the oldest go first). */
  maxActivities: number;
  /** Bytes of JSON kept per conversation (the oldest go first; the newest is always kept). */
  maxBytes: number;
}

export const DEFAULT_LIMITS: Omit<ConversationLimits, 'idleMs' | 'maxConversations'> = {
  maxActivities: 100,
  maxBytes: 256 * 1024,
};

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
  private readonly endListeners = new Set<(conversation: WebConversation) => void>();

  constructor(
    private readonly limits: ConversationLimits,
    private readonly clock: () => Date,
  ) {}

  /** A new conversation with a random, unguessable id; the least recently active one goes if the store is full. */
  create(userId: string): WebConversation {
    this.sweep();
    while (this.conversations.size >= this.limits.maxConversations) {
      const oldest = this.conversations.values().next().value;
      if (!oldest) break;
      this.remove(oldest);
    }
    const conversation = new WebConversation(newConversationId(), userId, this.now(), this.limits);
    this.conversations.set(conversation.id, conversation);
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
    for (const conversation of this.conversations.values()) {
      if (!this.expired(conversation)) break;
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
    this.conversations.delete(conversation.id);
    for (const listener of this.endListeners) listener(conversation);
    conversation.end();
  }

  private expired(conversation: WebConversation): boolean {
    return this.now() - conversation.lastActive >= this.limits.idleMs;
  }

  private now(): number {
    return this.clock().getTime();
  }
}

/** 128 random bits, URL-safe: it appears in paths and is worthless without the token bound to it. */
function newConversationId(): string {
  return randomBytes(16).toString('base64url');
}

export const CONVERSATION_ID = /^[A-Za-z0-9_-]{16,64}$/;
