/**
 * PostgreSQL storage, for a deployment that already runs a database server (DATABASE_URL).
 *
 * openPostgresStorage() is async: it connects, migrates and resolves with the storage, or rejects with an error
 * that names the server (never the password).
 *
 * The `schema` option puts every table in that schema (created if missing), through the connection's search_path:
 * several instances can share one database, and tests use a throw-away schema they drop afterwards.
 */
import pg from 'pg';
import type { Db, Row, SqlValue } from './db.js';
import { SchemaTooNewError } from './errors.js';
import { MIGRATIONS, pendingMigrations, type Migration } from './migrations.js';
import { assembleStorage } from './storage.js';
import { systemClock, type Clock } from './time.js';
import type { Storage } from './types.js';

export interface PostgresOptions {
  /** Schema for every table (lowercase letters, digits, _); default: the server's search_path (usually public). */
  schema?: string;
  clock?: Clock;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  /** How long to wait for a connection, new or from the pool, before failing (default 5 s). */
  connectionTimeoutMs?: number;
  /** How long to wait for a query's answer on this side (default 10 s): a silent network is seen only from here. */
  queryTimeoutMs?: number;
  /** The server cancels a longer statement, and ends a session idle in a transaction that long (default 8 s). */
  statementTimeoutMs?: number;
}

/**
 * Defaults of the timeouts. Without them, a stalled server (or a network that drops packets) kept every request
 * that touched the database waiting forever — /healthz included. A query that times out fails; pool.query() then
 * discards that connection, so the next query gets a fresh one.
 */
export const POSTGRES_TIMEOUTS = Object.freeze({ connectionMs: 5000, queryMs: 10_000, statementMs: 8000 });

export interface PostgresStorage extends Storage {
  readonly kind: 'postgres';
  readonly schema: string;
  /** The storage's pool, for what shares its database without being a store (shared rate-limit counters, web conversations). */
  readonly pool: pg.Pool;
}

/** The pool under a PostgreSQL storage; undefined for SQLite (or a storage double without one). */
export function postgresPoolOf(storage: Storage): pg.Pool | undefined {
  return storage.kind === 'postgres' && 'pool' in storage && storage.pool instanceof pg.Pool ? storage.pool : undefined;
}

/** Only names that need no quoting, so that the schema can go into search_path and DDL safely. */
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export function validSchemaName(schema: string): string {
  if (!SCHEMA_NAME.test(schema)) {
    throw new Error(`Invalid PostgreSQL schema name "${schema}": use lowercase letters, digits and _ (at most 63)`);
  }
  return schema;
}

/** The URL with its password masked, for error messages and logs. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable PostgreSQL URL)';
  }
}

/** A pool whose connections all use `schema` (when given) as their search_path. */
export function createPostgresPool(url: string, options: PostgresOptions = {}): pg.Pool {
  const schema = options.schema === undefined ? undefined : validSchemaName(options.schema);
  if (schema !== undefined && new URL(url).searchParams.has('options')) {
    // pg lets the URL's options override ours: the schema would silently be ignored.
    throw new Error('The PostgreSQL URL sets "options"; it cannot be combined with the schema option');
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: options.connectionTimeoutMs ?? POSTGRES_TIMEOUTS.connectionMs,
    query_timeout: options.queryTimeoutMs ?? POSTGRES_TIMEOUTS.queryMs,
    statement_timeout: options.statementTimeoutMs ?? POSTGRES_TIMEOUTS.statementMs,
    idle_in_transaction_session_timeout: options.statementTimeoutMs ?? POSTGRES_TIMEOUTS.statementMs,
    // A dead peer is noticed by TCP too, not only by the next query's timeout.
    keepAlive: true,
    application_name: 'renaissance-assistant',
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection dropped by the server emits 'error' on the pool; unhandled, it would crash the process.
  // The next query gets a fresh connection, so logging is enough.
  pool.on('error', (error) => {
    console.error(`[storage] idle PostgreSQL connection lost: ${error.message}`);
  });
  return pool;
}

/** Highest applied migration in the current schema, 0 when there is none. */
async function schemaVersion(client: pg.ClientBase): Promise<number> {
  const exists = await client.query<{ t: string | null }>("SELECT to_regclass('migrations')::text AS t");
  if (!exists.rows[0]?.t) return 0;
  const result = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM migrations');
  return result.rows[0]?.v ?? 0;
}

/**
 * A connection taken from the pool for several statements. pg-pool listens for a connection's errors only while it
 * is idle: a connection lost while checked out (PostgreSQL restarted, a network cut, pg_terminate_backend) emits
 * 'error' with no listener, and an unhandled 'error' event ends the whole process. The statement in progress
 * already fails with that error and the caller handles it; this listener only keeps the process alive. It is
 * removed on release, when pg-pool drops the broken connection (or gives a sound one its idle listener back).
 */
export async function checkOut(pool: pg.Pool): Promise<pg.PoolClient> {
  const client = await pool.connect();
  const keepAlive = (): void => undefined;
  client.on('error', keepAlive);
  const release = client.release.bind(client);
  client.release = (error?: Error | boolean) => {
    client.removeListener('error', keepAlive);
    release(error);
  };
  return client;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/** What a transaction's work returns to end it with ROLLBACK instead of COMMIT (nothing it wrote is kept). */
export class Rollback<T> {
  constructor(readonly value: T) {}
}

/** Ends the transaction with ROLLBACK and gives `value` back to the caller of transaction(). */
export function rollback<T>(value: T): Rollback<T> {
  return new Rollback(value);
}

/**
 * Runs `work` in one transaction on `client`: BEGIN, then COMMIT when it resolves, or ROLLBACK when it throws or
 * returns rollback(value). An error of `work` is rethrown as it was, even when the ROLLBACK fails too (a lost
 * connection). `unended` hears every failure of BEGIN, COMMIT or ROLLBACK themselves: after one, the connection's
 * state is unknown (it may still be inside the transaction).
 * The client stays checked out: for a connection that holds a session lock across several transactions.
 */
export async function transaction<T>(
  client: pg.ClientBase,
  work: (client: pg.ClientBase) => Promise<T | Rollback<T>>,
  unended: (error: unknown) => void = () => undefined,
): Promise<T> {
  const end = async (statement: 'BEGIN' | 'COMMIT' | 'ROLLBACK'): Promise<void> => {
    try {
      await client.query(statement);
    } catch (error) {
      unended(error);
      throw error;
    }
  };
  await end('BEGIN');
  let result: T | Rollback<T>;
  try {
    result = await work(client);
  } catch (error) {
    await end('ROLLBACK').catch(() => undefined);
    throw error;
  }
  await end(result instanceof Rollback ? 'ROLLBACK' : 'COMMIT');
  return result instanceof Rollback ? result.value : result;
}

/**
 * transaction() on a connection checked out of `pool` for it (checkOut), then released: given back to the pool, or
 * discarded when BEGIN, COMMIT or ROLLBACK failed (a connection that may still be inside the transaction must not
 * serve anyone else).
 */
export async function pooledTransaction<T>(
  pool: pg.Pool,
  work: (client: pg.ClientBase) => Promise<T | Rollback<T>>,
): Promise<T> {
  const client = await checkOut(pool);
  let broken: Error | undefined;
  try {
    return await transaction(client, work, (error) => {
      broken ??= asError(error);
    });
  } finally {
    client.release(broken);
  }
}

/**
 * Brings the schema to the last version of `migrations`. A session advisory lock serialises instances starting at
 * the same time; each migration runs in its own transaction with the row that records it.
 */
export async function migratePostgres(
  pool: pg.Pool,
  migrations: readonly Migration[] = MIGRATIONS,
  schema?: string,
): Promise<{ from: number; to: number }> {
  const client = await checkOut(pool);
  // Set when a transaction could not be ended: the connection is then discarded, not given back to the pool.
  let broken: Error | undefined;
  const lockKey = `renaissance-assistant:migrations:${schema ?? ''}`;
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', [lockKey]);
    try {
      const where = `The PostgreSQL schema ${schema ?? '(default)'}`;
      const from = await schemaVersion(client);
      const pending = pendingMigrations(from, migrations, where);
      if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${validSchemaName(schema)}`);
      await client.query(
        'CREATE TABLE IF NOT EXISTS migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)',
      );
      for (const migration of pending) {
        await transaction(
          client,
          async () => {
            await client.query(migration.postgres);
            await client.query('INSERT INTO migrations (version, name, applied_at) VALUES ($1, $2, now())', [
              migration.version,
              migration.name,
            ]);
          },
          (error) => {
            broken ??= asError(error);
          },
        );
      }
      return { from, to: await schemaVersion(client) };
    } finally {
      await client.query('SELECT pg_advisory_unlock(hashtext($1))', [lockKey]);
    }
  } finally {
    client.release(broken);
  }
}

export async function openPostgresStorage(url: string, options: PostgresOptions = {}): Promise<PostgresStorage> {
  const pool = createPostgresPool(url, options);
  let schema: string;
  try {
    await migratePostgres(pool, MIGRATIONS, options.schema);
    const current = await pool.query<{ s: string | null }>('SELECT current_schema() AS s');
    schema = current.rows[0]?.s ?? '';
    if (options.schema !== undefined && schema !== options.schema) {
      throw new Error(`search_path did not take effect (current schema is "${schema}", expected "${options.schema}")`);
    }
  } catch (error) {
    await pool.end().catch(() => undefined);
    // SchemaTooNewError already says where and what to do; anything else (refused connection, bad password...)
    // gets the server's address so that the operator knows which setting to fix.
    if (error instanceof SchemaTooNewError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot open the PostgreSQL storage at ${safeUrl(url)}: ${message}`, { cause: error });
  }

  const storage = assembleStorage({
    kind: 'postgres',
    db: new PostgresDb(pool),
    clock: options.clock ?? systemClock,
    close: () => pool.end(),
  });
  return { ...storage, kind: 'postgres', schema, pool };
}

/** "?" placeholders to PostgreSQL's $1, $2... (outside quoted literals, which our SQL only uses for constants). */
export function numberPlaceholders(sql: string): string {
  let n = 0;
  let quoted = false;
  let out = '';
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === '?' && !quoted ? `$${++n}` : ch;
  }
  return out;
}

class PostgresDb implements Db {
  private readonly converted = new Map<string, string>();

  constructor(private readonly pool: pg.Pool) {}

  private sql(text: string): string {
    let out = this.converted.get(text);
    if (out === undefined) {
      out = numberPlaceholders(text);
      this.converted.set(text, out);
    }
    return out;
  }

  async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return (await this.pool.query<Row>(this.sql(sql), [...params])).rows;
  }

  async execute(sql: string, params: readonly SqlValue[] = []): Promise<number> {
    return (await this.pool.query(this.sql(sql), [...params])).rowCount ?? 0;
  }

  inIds(column: string, ids: readonly number[]): { sql: string; params: SqlValue[] } {
    // One array parameter ('{1,2,3}', ids already checked to be integers) instead of one parameter per id.
    return { sql: `${column} = ANY(CAST(? AS integer[]))`, params: [`{${ids.join(',')}}`] };
  }
}
