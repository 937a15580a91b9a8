/**
 * Limits failed sign-ins, in memory (one process serves the console). Two counters, each over a sliding window:
 *  - per account name (lower-cased): `max` failures, then the name is refused until its oldest failure leaves the
 *    window — this is what stops guessing one person's password;
 *  - per client address: `max × 4` failures across all names, which stops trying many names from one place without
 *    letting one stranger lock out everybody behind the same proxy address.
 * A successful sign-in clears that name's counter.
 */

export interface RateLimitOptions {
  max: number;
  windowMs: number;
  clock: () => Date;
}

/** Beyond this many tracked keys the oldest are dropped: a flood of random names must not grow memory forever. */
const MAX_KEYS = 10_000;
const ADDRESS_FACTOR = 4;

class SlidingCounter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  /** Milliseconds until `key` may try again, or 0 when it may now. */
  wait(key: string, now: number): number {
    const recent = this.recent(key, now);
    if (recent.length < this.max) return 0;
    return (recent[recent.length - this.max] as number) + this.windowMs - now;
  }

  fail(key: string, now: number): void {
    const recent = this.recent(key, now);
    recent.push(now);
    this.failures.delete(key); // re-insert: Map order is then least recently failed first
    this.failures.set(key, recent);
    if (this.failures.size > MAX_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest !== undefined) this.failures.delete(oldest);
    }
  }

  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }
}

export class LoginRateLimiter {
  private readonly byName: SlidingCounter;
  private readonly byAddress: SlidingCounter;

  constructor(private readonly options: RateLimitOptions) {
    this.byName = new SlidingCounter(options.max, options.windowMs);
    this.byAddress = new SlidingCounter(options.max * ADDRESS_FACTOR, options.windowMs);
  }

  /** Seconds to wait before this name may try from this address, or 0. */
  retryAfterSeconds(username: string, address: string): number {
    const now = this.options.clock().getTime();
    const ms = Math.max(this.byName.wait(nameKey(username), now), this.byAddress.wait(address, now));
    return ms > 0 ? Math.ceil(ms / 1000) : 0;
  }

  failed(username: string, address: string): void {
    const now = this.options.clock().getTime();
    this.byName.fail(nameKey(username), now);
    this.byAddress.fail(address, now);
  }

  succeeded(username: string): void {
    this.byName.clear(nameKey(username));
  }
}

function nameKey(username: string): string {
  return username.normalize('NFC').toLowerCase();
}
