/**
 * The web conversations of the local Direct Line in one process's memory (the default, and SQLite mode): nothing is
 * written to disk, and they end with the process. See conversations.ts for the bounds they keep.
 *
 * The Map keeps conversations in order of last activity (get() re-inserts).
 */
import {
  activityId,
  clientActivityIdOf,
  newConversationId,
  parseWatermark,
  retryAfterSeconds,
  type ActivitySet,
  type ClientActivity,
  type ConversationLimits,
  type ConversationStore,
  type CreateRefusal,
  type Follower,
  type NewActivity,
  type WebConversation,
} from './conversations.js';

/** The store sweeps the whole of itself when full at most this often (a flood of requests is then cheap). */
const FULL_SWEEP_INTERVAL_MS = 1000;

class MemoryConversation implements WebConversation {
  started = false;
  locale: string | undefined;
  lastActive: number;
  private readonly kept: { activity: ClientActivity; seq: number; bytes: number }[] = [];
  private bytes = 0;
  private seq = 0;
  private readonly followers = new Set<Follower>();

  constructor(
    readonly id: string,
    readonly userId: string,
    readonly client: string,
    now: number,
    private readonly limits: Pick<ConversationLimits, 'maxActivities' | 'maxBytes'>,
  ) {
    this.lastActive = now;
  }

  append(activity: NewActivity, now: Date): ClientActivity {
    this.seq += 1;
    const stamped: ClientActivity = { ...activity, id: activityId(this.id, this.seq), timestamp: now.toISOString() };
    const bytes = Buffer.byteLength(JSON.stringify(stamped));
    this.kept.push({ activity: stamped, seq: this.seq, bytes });
    this.bytes += bytes;
    while (this.kept.length > 1 && (this.kept.length > this.limits.maxActivities || this.bytes > this.limits.maxBytes)) {
      this.bytes -= this.kept.shift()?.bytes ?? 0;
    }
    const set = { activities: [stamped], watermark: String(this.seq) };
    for (const follower of this.followers) follower(set);
    return stamped;
  }

  /** The kept activity the client sent with this id, if any. */
  sentAs(clientId: string): ClientActivity | undefined {
    return this.kept.find((k) => clientActivityIdOf(k.activity) === clientId)?.activity;
  }

  since(watermark: string | undefined): ActivitySet {
    const after = parseWatermark(watermark);
    return { activities: this.kept.filter((k) => k.seq > after).map((k) => k.activity), watermark: String(this.seq) };
  }

  get activityCount(): number {
    return this.kept.length;
  }

  follow(watermark: string | undefined, follower: Follower): () => void {
    // Synchronous: nothing can be appended between the replay and the subscription.
    const missed = this.since(watermark);
    if (missed.activities.length > 0) follower(missed);
    this.followers.add(follower);
    return () => this.followers.delete(follower);
  }

  end(): void {
    this.kept.length = 0;
    this.bytes = 0;
    this.followers.clear();
  }
}

export class MemoryConversationStore implements ConversationStore {
  private readonly conversations = new Map<string, MemoryConversation>();
  private readonly perClient = new Map<string, number>();
  private readonly endListeners = new Set<(id: string) => void>();
  private lastFullSweep = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly limits: ConversationLimits,
    private readonly clock: () => Date,
  ) {}

  async create(userId: string, client: string): Promise<WebConversation | CreateRefusal> {
    const { maxPerClient, maxConversations } = this.limits;
    if (maxPerClient > 0 && (this.perClient.get(client) ?? 0) >= maxPerClient) {
      this.sweepNow();
      if ((this.perClient.get(client) ?? 0) >= maxPerClient) return { refused: 'client', retryAfterSeconds: this.retryAfter((c) => c.client === client) };
    }
    if (this.conversations.size >= maxConversations && this.now() - this.lastFullSweep >= FULL_SWEEP_INTERVAL_MS) {
      this.lastFullSweep = this.now();
      this.sweepNow();
    }
    if (this.conversations.size >= maxConversations) return { refused: 'full', retryAfterSeconds: this.retryAfter(() => true) };
    const conversation = new MemoryConversation(newConversationId(), userId, client, this.now(), this.limits);
    this.conversations.set(conversation.id, conversation);
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
    return conversation;
  }

  async get(id: string): Promise<WebConversation | undefined> {
    return this.live(id);
  }

  async start(id: string, locale: string | undefined): Promise<boolean> {
    const conversation = this.live(id);
    if (!conversation || conversation.started) return false;
    conversation.started = true;
    conversation.locale = locale;
    return true;
  }

  async append(id: string, activity: NewActivity, now: Date): Promise<ClientActivity | undefined> {
    return this.conversations.get(id)?.append(activity, now);
  }

  async appendOnce(id: string, activity: NewActivity, clientId: string, now: Date): Promise<{ activity: ClientActivity; repeated: boolean } | undefined> {
    const conversation = this.conversations.get(id);
    if (!conversation) return undefined;
    const earlier = conversation.sentAs(clientId);
    return earlier ? { activity: earlier, repeated: true } : { activity: conversation.append(activity, now), repeated: false };
  }

  async since(id: string, watermark: string | undefined): Promise<ActivitySet> {
    return this.conversations.get(id)?.since(watermark) ?? { activities: [], watermark: String(parseWatermark(watermark)) };
  }

  follow(id: string, watermark: string | undefined, follower: Follower): () => void {
    return this.conversations.get(id)?.follow(watermark, follower) ?? (() => undefined);
  }

  onEnd(listener: (id: string) => void): void {
    this.endListeners.add(listener);
  }

  async sweep(): Promise<number> {
    return this.sweepNow();
  }

  async close(): Promise<void> {
    for (const conversation of [...this.conversations.values()]) this.remove(conversation);
  }

  get size(): number {
    return this.conversations.size;
  }

  /** Activities kept by a conversation (0 once it has ended): lets tests see that memory is freed. */
  activityCount(id: string): number {
    return this.conversations.get(id)?.activityCount ?? 0;
  }

  private live(id: string): MemoryConversation | undefined {
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

  private sweepNow(): number {
    let removed = 0;
    for (const conversation of [...this.conversations.values()]) {
      if (!this.expired(conversation)) continue;
      this.remove(conversation);
      removed += 1;
    }
    return removed;
  }

  private remove(conversation: MemoryConversation): void {
    if (!this.conversations.delete(conversation.id)) return;
    const held = (this.perClient.get(conversation.client) ?? 1) - 1;
    if (held > 0) this.perClient.set(conversation.client, held);
    else this.perClient.delete(conversation.client);
    for (const listener of this.endListeners) listener(conversation.id);
    conversation.end();
  }

  private expiresAt(conversation: MemoryConversation): number {
    return conversation.lastActive + (conversation.started ? this.limits.idleMs : this.limits.unstartedMs);
  }

  private expired(conversation: MemoryConversation): boolean {
    return this.now() >= this.expiresAt(conversation);
  }

  /** Seconds until the first of these conversations expires, if nothing keeps it alive. */
  private retryAfter(among: (conversation: MemoryConversation) => boolean): number {
    let first = Number.POSITIVE_INFINITY;
    for (const conversation of this.conversations.values()) if (among(conversation)) first = Math.min(first, this.expiresAt(conversation));
    return retryAfterSeconds(first, this.now());
  }

  private now(): number {
    return this.clock().getTime();
  }
}
