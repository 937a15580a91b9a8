/**
 * Turns of one conversation, one at a time across every instance. Two messages of one conversation arriving at
 * once on two instances (a double tap, a channel retry, a load balancer without affinity) would otherwise both read
 * the same memory: the eTag check (state-storage.ts) would then refuse one of them, which costs a second run of the
 * turn or a "réessayez". With the lock, the second simply waits for the first, then reads what it wrote.
 *
 * PostgreSQL: a session advisory lock per conversation (two 32-bit keys from a digest of the conversation's state
 * key; the lock space of the migrations' one-key lock does not overlap), taken with pg_try_advisory_lock polled
 * every few milliseconds on a small pool of its own — never a blocking wait on the server, and never a connection
 * of the storage's pool, which the turn itself needs (no deadlock however many turns wait). A lock not obtained
 * within LOCK_WAIT_MS (a stuck turn elsewhere), or a lock pool that fails, lets the turn run anyway: the eTag check
 * remains the safety net. Releasing closes nothing: the connection returns to the pool, or is destroyed if the
 * unlock failed (which frees its locks too).
 *
 * Within a process, turns of one conversation first queue behind each other in memory (LocalTurnLocks): that is
 * all SQLite needs (one instance), and on PostgreSQL it spares the database the polling of a lock this very process
 * holds. A turn waits at most LOCK_WAIT_MS there too, then runs (the eTag check still guards its state).
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from '../logging.js';
import { checkOut, postgresPoolOf } from '../storage/postgres.js';
import type { Storage } from '../storage/types.js';

export interface TurnLocks {
  /** Runs `work` holding the conversation's lock (or without it, see above). */
  run<T>(conversationKey: string, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export const NO_TURN_LOCKS: TurnLocks = {
  run: (_key, work) => work(),
  close: async () => undefined,
};

/** First of the two lock keys: "turn" locks, apart from any other advisory lock of ours. */
const LOCK_SPACE = 0x7475726e;
const LOCK_WAIT_MS = 10_000;
const POLL_MS = 15;
const LOCK_POOL_SIZE = 8;

export function turnLocksFor(storage: Storage, logger: Logger): TurnLocks {
  const local = new LocalTurnLocks(logger);
  const pool = postgresPoolOf(storage);
  if (!pool) return local;
  // Same server, database and schema options as the storage's pool; its own few connections.
  const locks = new pg.Pool({ ...pool.options, max: LOCK_POOL_SIZE, application_name: 'renaissance-assistant:turn-locks' });
  locks.on('error', (error) => logger.warn({ err: error }, 'idle turn-lock connection lost'));
  const shared = new PostgresTurnLocks(locks, logger);
  return {
    run: (key, work) => local.run(key, () => shared.run(key, work)),
    close: () => shared.close(),
  };
}

/** Turns of one conversation one after the other in this process: a queue per conversation, dropped when empty. */
export class LocalTurnLocks implements TurnLocks {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(
    private readonly logger: Logger,
    private readonly waitMs = LOCK_WAIT_MS,
  ) {}

  async run<T>(conversationKey: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(conversationKey);
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = (previous ?? Promise.resolve()).then(() => mine);
    this.tails.set(conversationKey, tail);
    if (previous) await this.waitFor(previous);
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(conversationKey) === tail) this.tails.delete(conversationKey);
    }
  }

  private async waitFor(previous: Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), this.waitMs)));
    const outcome = await Promise.race([previous.then(() => 'done' as const), late]);
    clearTimeout(timer);
    if (outcome === 'late') this.logger.warn('previous turn of the conversation still running: this one runs anyway (eTags still guard its state)');
  }

  async close(): Promise<void> {}
}

class PostgresTurnLocks implements TurnLocks {
  constructor(
    private readonly pool: pg.Pool,
    private readonly logger: Logger,
  ) {}

  async run<T>(conversationKey: string, work: () => Promise<T>): Promise<T> {
    const key = createHash('sha256').update(conversationKey).digest().readInt32BE(0);
    let client: pg.PoolClient | undefined;
    try {
      client = await this.acquire(key);
    } catch (error) {
      this.logger.warn({ err: error }, 'turn lock unavailable: the turn runs without it (eTags still guard its state)');
    }
    try {
      return await work();
    } finally {
      if (client) await this.release(client, key);
    }
  }

  /** The connection holding the lock, or undefined when it was not obtained in time. */
  private async acquire(key: number): Promise<pg.PoolClient | undefined> {
    const client = await checkOut(this.pool);
    const deadline = Date.now() + LOCK_WAIT_MS;
    try {
      for (;;) {
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [LOCK_SPACE, key]);
        if (rows[0]?.locked) return client;
        if (Date.now() >= deadline) break;
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
    } catch (error) {
      client.release(error instanceof Error ? error : true);
      throw error;
    }
    client.release();
    this.logger.warn('turn lock not obtained in time: the turn runs without it (eTags still guard its state)');
    return undefined;
  }

  private async release(client: pg.PoolClient, key: number): Promise<void> {
    try {
      await client.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, key]);
      client.release();
    } catch (error) {
      // A connection that may still hold the lock is destroyed, not reused: that frees the lock.
      client.release(error instanceof Error ? error : true);
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
