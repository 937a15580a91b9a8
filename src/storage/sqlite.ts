/**
 * SQLite storage: the default, one file, nothing to install.
 *
 * openSqliteStorage() is synchronous (better-sqlite3 is): it returns the storage ready to use, or throws.
 *
 * Durability: WAL journal with synchronous = FULL. NORMAL would be faster but can lose the last transactions on a
 * power cut, and a remarque the bot has acknowledged to a resident ("votre remarque est transmise") must survive
 * one. Only the writes marked 'crash' (db.ts: the bot's state and turn events, on every turn) run with NORMAL —
 * still safe from a killed process, not flushed to disk each time (the next FULL commit flushes them too). The store methods are async only to share the interface with PostgreSQL; each runs one statement, so
 * several calls in flight never interleave inside a transaction.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Db, Durability, Row, SqlValue } from './db.js';
import { MIGRATIONS, pendingMigrations, type Migration } from './migrations.js';
import { assembleStorage } from './storage.js';
import { systemClock, type Clock } from './time.js';
import type { Storage } from './types.js';

export interface SqliteOptions {
  /** Source of "now" for createdAt/updatedAt and expiries; tests pass a fixed clock. */
  clock?: Clock;
  /** How long a write waits for another process holding the lock (default 5 s). */
  busyTimeoutMs?: number;
}

export interface SqlitePragmas {
  journalMode: string;
  synchronous: number;
  foreignKeys: number;
  busyTimeout: number;
}

export interface SqliteStorage extends Storage {
  readonly kind: 'sqlite';
  readonly file: string;
  /** The connection's settings, for /healthz and for the tests that guard them. */
  pragmas(): SqlitePragmas;
}

/** SQLite's value for synchronous = FULL. */
const SYNCHRONOUS_FULL = 2;
/** Prepared statements are reused; the SQL texts are a fixed, small set, the cap only guards against a bug. */
const STATEMENT_CACHE = 200;

export function openSqliteStorage(file: string, options: SqliteOptions = {}): SqliteStorage {
  const inMemory = file === ':memory:';
  const where = inMemory ? 'The in-memory SQLite database' : `The SQLite file ${file}`;
  if (!inMemory) createPrivately(file);

  const db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
  try {
    // Per-connection settings first; they change nothing in the file.
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 5000))}`);
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    // Refuse a newer file before anything writes to it (switching to WAL rewrites the header).
    pendingMigrations(sqliteSchemaVersion(db), MIGRATIONS, where);
    db.pragma('journal_mode = WAL');
    migrateSqlite(db, MIGRATIONS, where);
  } catch (error) {
    db.close();
    throw error;
  }

  const storage = assembleStorage({
    kind: 'sqlite',
    db: new SqliteDb(db),
    clock: options.clock ?? systemClock,
    close: async () => {
      db.close();
    },
  });
  return {
    ...storage,
    kind: 'sqlite',
    file,
    pragmas: () => ({
      journalMode: String(db.pragma('journal_mode', { simple: true })),
      synchronous: Number(db.pragma('synchronous', { simple: true })),
      foreignKeys: Number(db.pragma('foreign_keys', { simple: true })),
      busyTimeout: Number(db.pragma('busy_timeout', { simple: true })),
    }),
  };
}

/**
 * The database holds residents' remarques and staff sessions: a new file (and a new data folder) is readable by its
 * owner only, whatever the umask. SQLite gives its -wal and -shm files the permissions of the database file, so
 * creating that one 0600 before SQLite opens it covers all three. An existing file keeps the permissions its
 * operator chose.
 */
function createPrivately(file: string): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  try {
    fs.closeSync(fs.openSync(file, fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_WRONLY, 0o600));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
}

/** Highest applied migration, 0 for a new file. */
export function sqliteSchemaVersion(db: Database.Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'migrations'").get();
  if (table === undefined) return 0;
  const row = db.prepare<[], { v: number | null }>('SELECT max(version) AS v FROM migrations').get();
  return row?.v ?? 0;
}

/**
 * Brings the database to the last version of `migrations`, each migration in its own IMMEDIATE transaction (taken
 * before reading the version, so two processes opening a new file at once do not both apply version 1).
 * Exported for the tests that build an older file.
 */
export function migrateSqlite(
  db: Database.Database,
  migrations: readonly Migration[] = MIGRATIONS,
  where = 'The SQLite database',
): { from: number; to: number } {
  const from = sqliteSchemaVersion(db);
  db.exec('CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  for (const migration of pendingMigrations(from, migrations, where)) {
    const apply = db.transaction(() => {
      const current = sqliteSchemaVersion(db);
      // Another process applied it between our read and our lock.
      if (current >= migration.version) return;
      db.exec(migration.sqlite);
      db.prepare('INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    });
    apply.immediate();
  }
  return { from, to: sqliteSchemaVersion(db) };
}

/** better-sqlite3 binds numbers, strings and null but not booleans: SQLite has none, 1 and 0 stand for them. */
const bindable = (params: readonly SqlValue[]): (string | number | null)[] =>
  params.map((p) => (typeof p === 'boolean' ? (p ? 1 : 0) : p));

export class SqliteDb implements Db {
  private readonly statements = new Map<string, Database.Statement<unknown[], Row>>();

  constructor(private readonly db: Database.Database) {}

  private prepare(sql: string): Database.Statement<unknown[], Row> {
    let statement = this.statements.get(sql);
    if (!statement) {
      if (this.statements.size >= STATEMENT_CACHE) this.statements.clear();
      statement = this.db.prepare<unknown[], Row>(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    const statement = this.prepare(sql);
    if (statement.reader) return statement.all(...bindable(params));
    statement.run(...bindable(params));
    return [];
  }

  async execute(sql: string, params: readonly SqlValue[] = [], durability: Durability = 'power-cut'): Promise<number> {
    if (durability === 'power-cut') return this.prepare(sql).run(...bindable(params)).changes;
    this.prepare('PRAGMA synchronous = NORMAL').run();
    try {
      return this.prepare(sql).run(...bindable(params)).changes;
    } finally {
      this.prepare('PRAGMA synchronous = FULL').run();
    }
  }

  inIds(column: string, ids: readonly number[]): { sql: string; params: SqlValue[] } {
    return { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] };
  }
}
