/**
 * Where the counters of a rate-limiter-flexible limiter live. With SQLite (one instance): this process's memory.
 * With PostgreSQL (DATABASE_URL, possibly several instances): rate-limiter-flexible's RateLimiterPostgres on the
 * storage's own pool, in the `rate_limits` table that migration 6 creates — so every instance counts on the same
 * rows, and the first request never races the table's creation. Chosen here only: callers see RateLimiterAbstract
 * and use its atomic consume/reward/block/delete/get, which both stores provide.
 *
 * Keys reach PostgreSQL as HMAC-SHA-256 digests (salt STATE_SALT, shared by the instances): a limiter's key holds a
 * client address or an account name, which the database must not keep in clear — and PostgreSQL text cannot hold
 * the NUL separators some keys use.
 */
import { createHmac } from 'node:crypto';
import type pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { postgresPoolOf } from '../storage/postgres.js';
import type { Storage } from '../storage/types.js';

export interface CounterOptions {
  /** Distinguishes this limiter's keys from other limiters' in a shared store. */
  keyPrefix: string;
  /** Points a key may consume within `durationSeconds`; beyond, consume() rejects. */
  points: number;
  /** Lifetime of a key's count, from its first point (0 = forever). */
  durationSeconds: number;
}

export type LimiterStore = { kind: 'memory' } | { kind: 'postgres'; pool: pg.Pool; salt: string };

/** The table of migration 6 (src/storage/migrations.ts), in the storage's schema (the pool's search_path). */
export const RATE_LIMIT_TABLE = 'rate_limits';

/** Shared counters on PostgreSQL storage, this process's memory otherwise. */
export function limiterStoreFor(storage: Storage, salt: string): LimiterStore {
  const pool = postgresPoolOf(storage);
  return pool ? { kind: 'postgres', pool, salt } : { kind: 'memory' };
}

export function createCounter(store: LimiterStore, options: CounterOptions): RateLimiterAbstract {
  switch (store.kind) {
    case 'memory':
      return new RateLimiterMemory({ keyPrefix: options.keyPrefix, points: options.points, duration: options.durationSeconds });
    case 'postgres':
      return new DigestKeyedPostgresLimiter(store.salt, {
        storeClient: store.pool,
        storeType: 'pool',
        tableName: RATE_LIMIT_TABLE,
        tableCreated: true, // by our migrations, before the server listens
        keyPrefix: options.keyPrefix,
        points: options.points,
        duration: options.durationSeconds,
      });
  }
}

class DigestKeyedPostgresLimiter extends RateLimiterPostgres {
  constructor(
    private readonly salt: string,
    options: ConstructorParameters<typeof RateLimiterPostgres>[0],
  ) {
    super(options);
  }

  override getKey(key: string | number): string {
    const digest = createHmac('sha256', this.salt).update(String(key)).digest('base64url');
    return `${this.keyPrefix}:${digest}`;
  }
}
