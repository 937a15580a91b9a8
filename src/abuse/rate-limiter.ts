/**
 * Token buckets, one per key (a conversation, a client address), in memory: `limit` tokens per `windowMs`, refilled
 * continuously, a full bucket to start with — a resident may tap a few buttons in a row, then goes at the
 * steady pace. A limit of 0 switches the bucket off (everything allowed).
 *
 * Bounded: beyond `maxKeys` keys the least recently used bucket is forgotten (its key starts afresh), so a flood
 * of made-up conversation ids costs a fixed amount of memory. Forgetting is harmless for honest users and gains
 * an attacker nothing the address bucket does not take back.
 */

export interface BucketOptions {
  /** Tokens per window; 0 = no limit. */
  limit: number;
  windowMs: number;
  clock: () => Date;
  maxKeys?: number;
}

/** What a refused request is told, and whether it is the first refusal since this key was last allowed. */
export interface Refusal {
  retryAfterSeconds: number;
  /** True for the first refusal of a run: the caller answers that one, and only that one, with a sentence. */
  first: boolean;
}

interface Bucket {
  tokens: number;
  at: number;
  refused: boolean;
}

const DEFAULT_MAX_KEYS = 50_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly options: BucketOptions) {}

  get enabled(): boolean {
    return this.options.limit > 0;
  }

  /** undefined when `key` may go on now (without taking anything), else why not. */
  check(key: string): Refusal | undefined {
    if (!this.enabled) return undefined;
    const bucket = this.refill(key);
    if (bucket.tokens >= 1) return undefined;
    const perToken = this.options.windowMs / this.options.limit;
    return { retryAfterSeconds: Math.max(1, Math.ceil(((1 - bucket.tokens) * perToken) / 1000)), first: !bucket.refused };
  }

  /** Takes a token (the caller checked first). */
  take(key: string): void {
    if (!this.enabled) return;
    const bucket = this.refill(key);
    bucket.tokens = Math.max(0, bucket.tokens - 1);
    bucket.refused = false;
  }

  /** Remembers that `key` was refused (so the next refusal is not `first`). */
  refuse(key: string): void {
    if (this.enabled) this.refill(key).refused = true;
  }

  get size(): number {
    return this.buckets.size;
  }

  private refill(key: string): Bucket {
    const now = this.options.clock().getTime();
    const { limit, windowMs } = this.options;
    let bucket = this.buckets.get(key);
    if (bucket) {
      bucket.tokens = Math.min(limit, bucket.tokens + ((now - bucket.at) / windowMs) * limit);
      bucket.at = now;
      this.buckets.delete(key); // re-inserted below: the Map's order is least recently used first
    } else {
      bucket = { tokens: limit, at: now, refused: false };
      if (this.buckets.size >= (this.options.maxKeys ?? DEFAULT_MAX_KEYS)) {
        const oldest = this.buckets.keys().next().value;
        if (oldest !== undefined) this.buckets.delete(oldest);
      }
    }
    this.buckets.set(key, bucket);
    return bucket;
  }
}

/**
 * Several buckets that must all allow a request (its conversation's and its address's): checked together, taken
 * together — a request refused by one does not use up the others.
 */
export function takeAll(pairs: readonly (readonly [TokenBuckets, string | undefined])[]): Refusal | undefined {
  const present = pairs.filter((pair): pair is readonly [TokenBuckets, string] => pair[1] !== undefined);
  for (const [buckets, key] of present) {
    const refusal = buckets.check(key);
    if (refusal) {
      buckets.refuse(key);
      return refusal;
    }
  }
  for (const [buckets, key] of present) buckets.take(key);
  return undefined;
}
