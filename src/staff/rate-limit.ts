/**
 * Limits guessing of staff passwords without locking the real staff out (rate-limiter-flexible counters, see
 * abuse/limiter-store.ts for where they live).
 *
 * An attempt is counted BEFORE its password is checked, atomically: a burst of parallel attempts cannot all slip
 * in before the first failure is recorded. Each attempt is counted on several keys ("dimensions"):
 *  - the account from this client: from an unknown device, the account name + client address; from a known device
 *    (a browser where this account signed in before, see devices.ts), the account name + that device;
 *  - the account from anywhere (unknown devices only): stops guessing one password from many addresses;
 *  - the client address (unknown devices only): stops trying many names from one place.
 * A key may fail `free` times; then each further failure imposes a pause before the next attempt on that key,
 * doubling each time (1 s, 2 s, 4 s … up to the window), rather than one long wall. An attempt during a pause
 * gets 429 and is not counted. Counts are forgotten a window after their first failure; a success clears the keys
 * of that account from that client and gives its point back on the shared keys (it was not a failure).
 *
 * Nobody is denied by someone else's failures for long: a stranger's failures (even all clients behind one proxy
 * address, without TRUST_PROXY) cost the real user at most a short pause, and nothing at all on a device where the
 * user has signed in before — its key is the user's own.
 */
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { createCounter, type LimiterStore } from '../abuse/limiter-store.js';

export interface ThrottleOptions {
  /** Failures allowed per account from one client before pauses start (STAFF_LOGIN_MAX_ATTEMPTS). */
  maxAttempts: number;
  /** Counts are forgotten this long after their first failure; the longest pause (STAFF_LOGIN_WINDOW_MINUTES). */
  windowMinutes: number;
  store?: LimiterStore;
}

/** Account-wide and address-wide keys gather several clients or several names: they allow this many times more. */
const SHARED_FACTOR = 4;
/** A count no key reaches: the counters never refuse by themselves, this module decides from the count. */
const UNBOUNDED = 1_000_000_000;

interface Dimension {
  key: string;
  free: number;
}

export type Admission = { ok: true; attempt: Attempt } | { ok: false; retryAfterSeconds: number };

/** An admitted attempt: say how it ended (exactly one of these). */
export interface Attempt {
  succeeded(): Promise<void>;
  failed(): Promise<void>;
  /** The password could not be checked (storage down): as if the attempt had not been made. */
  abandoned(): Promise<void>;
}

export class SignInThrottle {
  /** Failures per key within the window. */
  private readonly failures: RateLimiterAbstract;
  /** A key present here is paused: no attempt until it expires. One point: an attempt past the free ones holds it while its password is checked. */
  private readonly pauses: RateLimiterAbstract;
  private readonly windowSeconds: number;

  constructor(private readonly options: ThrottleOptions) {
    const store = options.store ?? { kind: 'memory' };
    this.windowSeconds = Math.max(1, Math.round(options.windowMinutes * 60));
    this.failures = createCounter(store, { keyPrefix: 'staff-login-failures', points: UNBOUNDED, durationSeconds: this.windowSeconds });
    this.pauses = createCounter(store, { keyPrefix: 'staff-login-pause', points: 1, durationSeconds: 1 });
  }

  /**
   * Counts an attempt on every dimension, or refuses it (with the seconds to wait) when one of them is paused.
   * `device` is the known device's id when the request proved one for this account.
   */
  async admit(username: string, address: string, device: string | undefined): Promise<Admission> {
    const dimensions = this.dimensions(username, address, device);
    const counted: Dimension[] = [];
    const held: Dimension[] = [];
    const undo = async () => {
      await Promise.all(counted.map((d) => this.failures.reward(d.key, 1)));
      await Promise.all(held.map((d) => this.pauses.delete(d.key)));
    };
    for (const dimension of dimensions) {
      const count = (await this.failures.consume(dimension.key, 1)).consumedPoints;
      counted.push(dimension);
      if (count <= dimension.free) continue;
      // Past the free failures: this attempt goes ahead only if the key is not paused, and then holds the key
      // (one point) while its password is checked, so that parallel attempts wait for its outcome.
      const pause = await this.pauses.consume(dimension.key, 1, { customDuration: this.windowSeconds }).catch((refusal: unknown) => {
        if (refusal instanceof Error) throw refusal; // the store failed (a database store): not a refusal
        return refusal as RateLimiterRes;
      });
      if (pause.consumedPoints > 1) {
        await undo();
        return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(pause.msBeforeNext / 1000)) };
      }
      held.push(dimension);
    }
    return {
      ok: true,
      attempt: {
        succeeded: async () => {
          // A success is not a failure: its point is given back on the shared keys (account, address), so an
          // office whose staff all sign in from one address is never paused by its own successful sign-ins.
          const pairs = dimensions.filter((d) => d.key.startsWith('pair:'));
          const shared = dimensions.filter((d) => !d.key.startsWith('pair:'));
          await Promise.all(pairs.flatMap((d) => [this.failures.delete(d.key), this.pauses.delete(d.key)]));
          await Promise.all(shared.map((d) => this.failures.reward(d.key, 1)));
          await Promise.all(held.map((d) => this.pauses.delete(d.key)));
        },
        failed: async () => {
          // Each key past its free failures pauses, twice as long as its previous pause.
          for (const dimension of dimensions) {
            const failures = (await this.failures.get(dimension.key))?.consumedPoints ?? 0;
            if (failures < dimension.free) continue;
            await this.pauses.block(dimension.key, this.pauseSeconds(failures - dimension.free));
          }
        },
        abandoned: undo,
      },
    };
  }

  /** The pause after the k-th failure beyond the free ones (k = 0, 1, 2 …): 1 s, 2 s, 4 s … at most the window. */
  pauseSeconds(k: number): number {
    return Math.min(this.windowSeconds, 2 ** Math.min(k, 30));
  }

  private dimensions(username: string, address: string, device: string | undefined): Dimension[] {
    const account = username.normalize('NFC').toLowerCase();
    const free = this.options.maxAttempts;
    if (device !== undefined) return [{ key: `pair:${account}\u0000device:${device}`, free }];
    return [
      { key: `pair:${account}\u0000address:${address}`, free },
      { key: `account:${account}`, free: free * SHARED_FACTOR },
      { key: `address:${address}`, free: free * SHARED_FACTOR },
    ];
  }
}
