/**
 * The assistant's rate limits, built once from the configuration (RATE_LIMIT_*), shared by every way in:
 *  - messages: per conversation (any channel) and per client address (where the address is a resident's: the web
 *    widget's Direct Line, and /api/messages in local mode — with an App ID the caller is Azure Bot Service, whose
 *    few addresses carry every resident);
 *  - remarques (unanswered questions, "not helpful", suggestions): per conversation and per address, per hour, so
 *    that one person cannot bury the conseil citoyen's list;
 *  - a new web conversation counts as a message of its address (each one takes memory until it expires).
 * An address counts with its neighbours where one subscriber holds many: IPv6 addresses by /64 (address-group.ts).
 *
 * Where the counts live (limiter-store.ts): one instance on SQLite keeps token buckets in memory (rate-limiter.ts,
 * refilled continuously, on the assistant's clock); on PostgreSQL every instance counts on the same rows
 * (rate-limiter-flexible, fixed windows on the database server's rows and the wall clock) — otherwise a second
 * instance would give each limit twice. A failing shared store lets the request through (logged): a database
 * hiccup must not silence residents; the turn itself then meets the database and fails politely if it is down.
 */
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import { addressGroup } from './address-group.js';
import { createCounter, type LimiterStore } from './limiter-store.js';
import { takeAll, TokenBuckets, type Refusal } from './rate-limiter.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export type LimitSettings = Pick<
  Config,
  | 'RATE_LIMIT_MESSAGES_PER_MINUTE'
  | 'RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE'
  | 'RATE_LIMIT_REMARQUES_PER_HOUR'
  | 'RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR'
>;

/** One limit (messages per conversation, remarques per address...), in whichever store counts it. */
type Limit = MemoryLimit | SharedLimit;

type Pairs = readonly (readonly [Limit, string | undefined])[];

export class AbuseLimits {
  private readonly messagesByConversation: Limit;
  private readonly messagesByAddress: Limit;
  private readonly remarquesByConversation: Limit;
  private readonly remarquesByAddress: Limit;
  private readonly shared: boolean;

  constructor(
    settings: LimitSettings,
    clock: () => Date,
    store: LimiterStore = { kind: 'memory' },
    private readonly logger?: Logger,
  ) {
    this.shared = store.kind !== 'memory';
    const limit = (name: string, points: number, windowMs: number): Limit =>
      store.kind === 'memory' ? new MemoryLimit(new TokenBuckets({ limit: points, windowMs, clock })) : new SharedLimit(store, name, points, windowMs);
    this.messagesByConversation = limit('messages-conversation', settings.RATE_LIMIT_MESSAGES_PER_MINUTE, MINUTE_MS);
    this.messagesByAddress = limit('messages-address', settings.RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE, MINUTE_MS);
    this.remarquesByConversation = limit('remarques-conversation', settings.RATE_LIMIT_REMARQUES_PER_HOUR, HOUR_MS);
    this.remarquesByAddress = limit('remarques-address', settings.RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR, HOUR_MS);
  }

  /** One incoming activity; undefined = go on. `address` only where it is a resident's own. */
  message(conversation: string, address: string | undefined): Promise<Refusal | undefined> {
    return this.take([
      [this.messagesByConversation, conversation],
      [this.messagesByAddress, group(address)],
    ]);
  }

  /** One remarque about to be stored; undefined = store it. */
  remarque(conversation: string, address: string | undefined): Promise<Refusal | undefined> {
    return this.take([
      [this.remarquesByConversation, conversation],
      [this.remarquesByAddress, group(address)],
    ]);
  }

  /** A new web conversation from this address. */
  newConversation(address: string): Promise<Refusal | undefined> {
    return this.take([[this.messagesByAddress, addressGroup(address)]]);
  }

  /**
   * Several limits that must all allow a request (its conversation's and its address's): taken together — a
   * request refused by one does not use up the others.
   */
  private async take(pairs: Pairs): Promise<Refusal | undefined> {
    if (!this.shared) {
      // Memory: synchronous buckets, checked then taken in one go (rate-limiter.ts takeAll).
      return takeAll(pairs.map(([limit, key]) => [(limit as MemoryLimit).buckets, key] as const));
    }
    const taken: (readonly [SharedLimit, string])[] = [];
    try {
      for (const [limit, key] of pairs) {
        if (key === undefined) continue;
        const shared = limit as SharedLimit;
        const refusal = await shared.take(key);
        if (refusal) {
          await Promise.all(taken.map(([l, k]) => l.giveBack(k)));
          return refusal;
        }
        taken.push([shared, key]);
      }
      return undefined;
    } catch (error) {
      this.logger?.warn({ err: error }, 'shared rate-limit counters unavailable: request let through');
      return undefined;
    }
  }
}

class MemoryLimit {
  constructor(readonly buckets: TokenBuckets) {}
}

/** `points` per fixed window of `windowMs`, counted in the shared store; 0 points = no limit. */
class SharedLimit {
  private readonly counter: RateLimiterAbstract | undefined;

  constructor(
    store: LimiterStore,
    name: string,
    private readonly points: number,
    windowMs: number,
  ) {
    this.counter = points > 0 ? createCounter(store, { keyPrefix: `limit-${name}`, points, durationSeconds: Math.round(windowMs / 1000) }) : undefined;
  }

  async take(key: string): Promise<Refusal | undefined> {
    if (!this.counter) return undefined;
    try {
      await this.counter.consume(key, 1);
      return undefined;
    } catch (rejection) {
      if (rejection instanceof Error) throw rejection; // the store failed: not a refusal
      const res = rejection as RateLimiterRes;
      // A refused consume still counts, so the first refusal of a window is the one that made it points + 1.
      return { retryAfterSeconds: Math.max(1, Math.ceil(res.msBeforeNext / 1000)), first: res.consumedPoints === this.points + 1 };
    }
  }

  async giveBack(key: string): Promise<void> {
    if (this.counter) await this.counter.reward(key, 1);
  }
}

function group(address: string | undefined): string | undefined {
  return address === undefined ? undefined : addressGroup(address);
}
