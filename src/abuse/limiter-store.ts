/**
 * Where the counters of a rate-limiter-flexible limiter live. Today: this process's memory (one instance serves
 * the assistant). When several instances share one PostgreSQL database, they must share their counters too, or
 * an attacker gets each limit once per instance: that store is rate-limiter-flexible's RateLimiterPostgres on the
 * storage's pool (same options, plus `storeClient` and a `tableName`), chosen here — callers only see
 * RateLimiterAbstract and use its atomic consume/reward/block/delete, which both stores provide.
 */
import { RateLimiterMemory, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface CounterOptions {
  /** Distinguishes this limiter's keys from other limiters' in a shared store. */
  keyPrefix: string;
  /** Points a key may consume within `durationSeconds`; beyond, consume() rejects. */
  points: number;
  /** Lifetime of a key's count, from its first point (0 = forever). */
  durationSeconds: number;
}

export type LimiterStore = { kind: 'memory' };

export function createCounter(store: LimiterStore, options: CounterOptions): RateLimiterAbstract {
  switch (store.kind) {
    case 'memory':
      return new RateLimiterMemory({ keyPrefix: options.keyPrefix, points: options.points, duration: options.durationSeconds });
  }
}
