/**
 * The one PostgreSQL transaction helper (src/storage/postgres.ts: transaction, pooledTransaction, rollback), used by
 * the migrations and the web conversations' creation and schema, on the real server: what work commits is seen by
 * another connection, what fails or asks for a rollback leaves nothing, the caller gets the error of its work (not
 * the ROLLBACK's), and a connection whose transaction could not be ended is discarded rather than handed to the next
 * user. Each run makes its own database and drops it. Skipped, loudly, when PostgreSQL is unreachable.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkOut, pooledTransaction, rollback, transaction } from '../../src/storage/postgres.js';
import { createTestDatabase, postgresUnreachable, type TestDatabase } from '../support/postgres.js';

const unreachable = postgresUnreachable('postgres-transaction.test');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : [],
  );
}

it('BEGIN / COMMIT / ROLLBACK are written once, in the helper of src/storage/postgres.ts', () => {
  const byHand = sourceFiles('src').filter(
    (file) => file !== path.join('src', 'storage', 'postgres.ts') && /['"`](BEGIN|COMMIT|ROLLBACK)\b/.test(readFileSync(file, 'utf8')),
  );
  expect(byHand).toEqual([]);
});

describe.skipIf(unreachable !== undefined)('PostgreSQL transactions (one helper)', () => {
  let db: TestDatabase;
  /** One connection: whatever a transaction leaves on it, the next user of the pool would inherit. */
  let pool: pg.Pool;
  /** Another session, which sees only what was committed. */
  let other: pg.Pool;

  beforeAll(async () => {
    db = await createTestDatabase('txhelper');
    pool = new pg.Pool({ connectionString: db.url, max: 1 });
    other = new pg.Pool({ connectionString: db.url, max: 1 });
    await other.query('CREATE TABLE kept (id integer NOT NULL, text text NOT NULL)');
    // Checked at COMMIT, not at the INSERT: a transaction whose work succeeds but whose COMMIT fails.
    await other.query('CREATE TABLE once (id integer, CONSTRAINT once_id UNIQUE (id) DEFERRABLE INITIALLY DEFERRED)');
  });

  beforeEach(async () => {
    await other.query('TRUNCATE kept, once');
  });

  afterAll(async () => {
    await pool?.end();
    await other?.end();
    await db?.drop();
  });

  const texts = async (): Promise<string[]> =>
    (await other.query<{ text: string }>('SELECT text FROM kept ORDER BY id')).rows.map((r) => r.text);

  /** The pool's connection is usable and outside any transaction (a leftover BEGIN would make now() stand still). */
  async function poolIsClean(): Promise<void> {
    const { rows } = await pool.query<{ state: string }>(
      "SELECT CASE WHEN now() = statement_timestamp() THEN 'outside' ELSE 'inside' END AS state FROM pg_sleep(0.002)",
    );
    expect(rows[0]?.state).toBe('outside');
  }

  it('commits what the work wrote, seen by another session, and gives its value back', async () => {
    const value = await pooledTransaction(pool, async (client) => {
      await client.query("INSERT INTO kept VALUES (1, 'un'), (2, 'deux')");
      // Not visible outside before the COMMIT.
      expect(await texts()).toEqual([]);
      return 'fait';
    });
    expect(value).toBe('fait');
    expect(await texts()).toEqual(['un', 'deux']);
    await poolIsClean();
  });

  it('rolls back everything when the work throws, and rethrows that very error', async () => {
    const failure = new Error('la deuxième écriture échoue');
    const attempt = pooledTransaction(pool, async (client) => {
      await client.query("INSERT INTO kept VALUES (1, 'un')");
      throw failure;
    });
    await expect(attempt).rejects.toBe(failure);
    expect(await texts()).toEqual([]);
    await poolIsClean();
  });

  it('rolls back when a statement of the work fails on the server (the transaction is aborted there)', async () => {
    const attempt = pooledTransaction(pool, async (client) => {
      await client.query("INSERT INTO kept VALUES (1, 'un')");
      await client.query('INSERT INTO kept VALUES (2, NULL)');
    });
    await expect(attempt).rejects.toMatchObject({ code: '23502' }); // not_null_violation, not a ROLLBACK error
    expect(await texts()).toEqual([]);
    await poolIsClean();
  });

  it('rollback(value): nothing kept, the value given back, no error', async () => {
    const refusal = await pooledTransaction<{ refused: string } | number>(pool, async (client) => {
      await client.query("INSERT INTO kept VALUES (1, 'provisoire')");
      return rollback({ refused: 'full' });
    });
    expect(refusal).toEqual({ refused: 'full' });
    expect(await texts()).toEqual([]);
    await poolIsClean();
  });

  it('a failing COMMIT: the error reaches the caller, nothing is kept, the connection is discarded', async () => {
    const before = new Set(await backendPids());
    const attempt = pooledTransaction(pool, async (client) => {
      await client.query('INSERT INTO once VALUES (7), (7)');
      await client.query("INSERT INTO kept VALUES (1, 'avec le doublon')");
    });
    await expect(attempt).rejects.toMatchObject({ code: '23505' }); // unique_violation, raised by COMMIT
    expect(await texts()).toEqual([]);
    expect((await other.query('SELECT 1 FROM once')).rowCount).toBe(0);
    // The pool opened a new connection for what follows.
    const after = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    expect(before.has(after.rows[0]!.pid)).toBe(false);
    await poolIsClean();
  });

  it('a connection lost during the work: the work\'s error, not the failed ROLLBACK\'s; the pool serves again', async () => {
    const lost = pooledTransaction(pool, async (client) => {
      await client.query("INSERT INTO kept VALUES (1, 'perdu')");
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await other.query('SELECT pg_terminate_backend($1)', [rows[0]!.pid]);
      // The lost connection shows either as the server's "terminating connection" or, when the socket's error comes
      // first, as pg's "Client has encountered a connection error" — the words the failed ROLLBACK would use too.
      // The work marks its own error, so the test tells the two apart whatever the race.
      await client.query('SELECT 1').catch((e: Error) => {
        throw new Error(`work: ${e.message}`);
      });
    });
    await expect(lost).rejects.toThrow(/^work: .*(terminat|connection)/i);
    expect(await texts()).toEqual([]);
    await pooledTransaction(pool, (client) => client.query("INSERT INTO kept VALUES (2, 'après')"));
    expect(await texts()).toEqual(['après']);
  });

  it('transaction() on a checked-out connection: several in a row, the failed one alone undone', async () => {
    const client = await checkOut(pool);
    const unended: unknown[] = [];
    try {
      await transaction(client, (c) => c.query("INSERT INTO kept VALUES (1, 'premier')"), (e) => unended.push(e));
      await expect(
        transaction(
          client,
          async (c) => {
            await c.query("INSERT INTO kept VALUES (2, 'deuxième')");
            throw new Error('non');
          },
          (e) => unended.push(e),
        ),
      ).rejects.toThrow('non');
      await transaction(client, (c) => c.query("INSERT INTO kept VALUES (3, 'troisième')"), (e) => unended.push(e));
    } finally {
      client.release();
    }
    expect(await texts()).toEqual(['premier', 'troisième']);
    expect(unended).toEqual([]);
    await poolIsClean();
  });

  it('transactions on two connections at once: each commits its own rows, none lost', async () => {
    const wide = new pg.Pool({ connectionString: db.url, max: 4 });
    try {
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          pooledTransaction(wide, async (client) => {
            await client.query('INSERT INTO kept VALUES ($1, $2)', [i, `ligne ${i}`]);
            if (i % 3 === 2) return rollback(undefined);
            return undefined;
          }),
        ),
      );
    } finally {
      await wide.end();
    }
    const expected = Array.from({ length: 12 }, (_, i) => i).filter((i) => i % 3 !== 2).map((i) => `ligne ${i}`);
    expect(await texts()).toEqual(expected);
  });

  async function backendPids(): Promise<number[]> {
    const { rows } = await pool.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    return rows.map((r) => r.pid);
  }
});
