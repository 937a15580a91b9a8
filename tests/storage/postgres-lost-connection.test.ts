/**
 * A PostgreSQL connection lost while the assistant holds it (the server restarted, a network cut) must fail the
 * statement that used it, never the whole process. pg-pool listens for errors only on idle connections: a checked-out
 * one that loses its server emits 'error' with no listener, which Node turns into an uncaught exception (and vitest
 * into a failed run). Here a real backend is ended with pg_terminate_backend while the connection is checked out:
 * once through checkOut() itself, once while a turn holds its conversation's lock (src/bot/turn-locks.ts).
 * Skipped, loudly, when PostgreSQL is unreachable (tests/support/postgres.ts).
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { turnLocksFor } from '../../src/bot/turn-locks.js';
import { createLogger } from '../../src/logging.js';
import { openStorage, type Storage } from '../../src/storage/index.js';
import { checkOut } from '../../src/storage/postgres.js';
import { createTestDatabase, postgresUnreachable, type TestDatabase } from '../support/postgres.js';

const unreachable = postgresUnreachable('postgres-lost-connection.test');

describe.skipIf(unreachable !== undefined)('a PostgreSQL connection lost while checked out', () => {
  let db: TestDatabase;
  let pool: pg.Pool;
  let admin: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase('lostconn');
    pool = new pg.Pool({ connectionString: db.url, max: 2 });
    admin = new pg.Pool({ connectionString: db.url, max: 1 });
  });

  afterAll(async () => {
    await pool?.end();
    await admin?.end();
    await db?.drop();
  });

  /** Ends the backends `where` selects, and waits until PostgreSQL no longer lists them. */
  async function terminate(where: string, parameter: number | string): Promise<number> {
    const { rows } = await admin.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND ${where}`,
      [parameter],
    );
    for (const { pid } of rows) await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    for (let i = 0; i < 200; i++) {
      const left = await admin.query('SELECT 1 FROM pg_stat_activity WHERE pid = ANY($1)', [rows.map((r) => r.pid)]);
      if (left.rowCount === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    return rows.length;
  }

  it('fails the next statement, keeps the process alive, and the pool serves again', async () => {
    const client = await checkOut(pool);
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    expect(await terminate('pid = $1', rows[0]!.pid)).toBe(1);
    await ended; // the 'error' event has been emitted by now: without a listener the test run would fail here
    const failure = await client.query('SELECT 1').then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Error);
    client.release(failure as Error);
    expect((await pool.query<{ one: number }>('SELECT 1 AS one')).rows[0]?.one).toBe(1);
  });

  it('a released sound connection keeps no extra listener (no leak over thousands of turns)', async () => {
    const counts: number[] = [];
    for (let i = 0; i < 30; i++) {
      const client = await checkOut(pool);
      try {
        counts.push(client.listenerCount('error'));
        await client.query('SELECT 1');
      } finally {
        client.release();
      }
    }
    expect(new Set(counts)).toEqual(new Set([counts[0]]));
  });

  it("a turn whose lock connection is cut still ends, and the next turn of the conversation runs", async () => {
    const storage: Storage = await openStorage({ kind: 'postgres', url: db.url });
    const locks = turnLocksFor(storage, createLogger('silent'));
    try {
      const outcome = await locks.run('conversation-1', async () => {
        const cut = await terminate('application_name = $1', 'renaissance-assistant:turn-locks');
        expect(cut).toBe(1);
        await new Promise((resolve) => setTimeout(resolve, 50));
        return 'answered';
      });
      expect(outcome).toBe('answered');
      expect(await locks.run('conversation-1', async () => 'answered again')).toBe('answered again');
    } finally {
      await locks.close();
      await storage.close();
    }
  });
});
