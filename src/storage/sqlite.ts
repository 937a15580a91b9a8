/**
 * SQLite storage: the default, one file, nothing to install.
 *
 * openSqliteStorage() is synchronous (better-sqlite3 is): it returns the storage ready to use, or throws.
 *
 * Durability: a remarque the bot has acknowledged to a resident ("votre remarque est transmise") must survive a power
 * cut. WAL journal; each 'power-cut' write (db.ts: every write but the bot's state and turn events) resolves only
 * once the WAL file that holds it is flushed to disk (fdatasync) — what synchronous = FULL does at each commit, but
 * done on libuv's thread pool rather than on the event loop, where a flush blocked every other resident's turn for
 * 1 to 3 ms. The connection itself runs with synchronous = NORMAL (the commit writes the WAL without flushing it;
 * checkpoints still flush), so the 'crash' writes are safe from a killed process and are not flushed each time (the
 * next 'power-cut' flush covers them too). Writes that arrive while a flush runs share the next one. The store
 * methods are async only to share the interface with PostgreSQL; each runs one statement, so several calls in
 * flight never interleave inside a transaction.
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
  /** Flushes a file to disk (default fs.fdatasync); tests wrap it to see when 'power-cut' writes wait for it. */
  flushFile?: (fd: number) => Promise<void>;
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
    // From now on each 'power-cut' write flushes the WAL itself, off the event loop (see the top of this file).
    if (!inMemory) db.pragma('synchronous = NORMAL');
  } catch (error) {
    db.close();
    throw error;
  }

  const wal = inMemory ? undefined : new WalFlusher(`${file}-wal`, db, options.flushFile ?? fdatasync);
  // Changes only when another connection (another process) commits to the file: the bot state's copies are then
  // forgotten (state-store.ts).
  const dataVersion = db.prepare<[], number>('PRAGMA data_version').pluck();
  let seenVersion = dataVersion.get();
  const storage = assembleStorage({
    kind: 'sqlite',
    db: new SqliteDb(db, wal),
    clock: options.clock ?? systemClock,
    stateCopies: {
      changedElsewhere() {
        const version = dataVersion.get();
        if (version === seenVersion) return false;
        seenVersion = version;
        return true;
      },
    },
    close: async () => {
      await wal?.close();
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

  /** `wal`: flushes the WAL after 'power-cut' writes; without it (in memory, read-only copies) writes are as SQLite leaves them. */
  constructor(
    private readonly db: Database.Database,
    private readonly wal?: WalFlusher,
  ) {}

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
    // A write with RETURNING (a remarque added) is a 'power-cut' write like any other.
    const rows = statement.reader ? statement.all(...bindable(params)) : (statement.run(...bindable(params)), []);
    if (!statement.readonly) await this.wal?.flush();
    return rows;
  }

  async execute(sql: string, params: readonly SqlValue[] = [], durability: Durability = 'power-cut'): Promise<number> {
    const { changes } = this.prepare(sql).run(...bindable(params));
    if (durability === 'power-cut') await this.wal?.flush();
    return changes;
  }

  inIds(column: string, ids: readonly number[]): { sql: string; params: SqlValue[] } {
    return { sql: `${column} IN (SELECT value FROM json_each(?))`, params: [JSON.stringify(ids)] };
  }
}

const fdatasync = (fd: number): Promise<void> => new Promise((resolve, reject) => fs.fdatasync(fd, (error) => (error ? reject(error) : resolve())));

/**
 * Flushes the WAL file to disk for the writes made so far. A write resolves once a flush that began after it has
 * ended; writes that arrive during a flush share the next one (group commit: ten remarques at once cost two
 * flushes, not ten). The file is opened once, the first time (SQLite creates it with the first write and keeps it
 * while the connection is open); its folder is flushed then too, so that the file itself survives a power cut.
 */
export class WalFlusher {
  private fd: number | undefined;
  private running: Promise<void> | undefined;
  private next: Promise<void> | undefined;

  constructor(
    private readonly file: string,
    private readonly db: Database.Database,
    private readonly flushFile: (fd: number) => Promise<void>,
  ) {}

  flush(): Promise<void> {
    if (!this.running) {
      this.running = this.once().finally(() => (this.running = undefined));
      return this.running;
    }
    // The running flush may have started before this write: wait for the one after it.
    this.next ??= this.running.then(
      () => this.startNext(),
      () => this.startNext(),
    );
    return this.next;
  }

  async close(): Promise<void> {
    await this.running?.catch(() => undefined);
    await this.next?.catch(() => undefined);
    if (this.fd !== undefined) fs.closeSync(this.fd);
    this.fd = undefined;
  }

  private startNext(): Promise<void> {
    this.next = undefined;
    return this.flush();
  }

  private async once(): Promise<void> {
    if (this.fd === undefined) {
      try {
        this.fd = fs.openSync(this.file, 'r+');
      } catch {
        // No WAL file to open (unexpected while the connection is open): a checkpoint flushes the WAL and the
        // database (synchronous = NORMAL flushes around checkpoints) — slower, and on the event loop, but durable.
        this.db.pragma('wal_checkpoint(FULL)');
        return;
      }
      flushFolder(path.dirname(this.file));
    }
    await this.flushFile(this.fd);
  }
}

/** A new file's name is on disk once its folder is flushed; not every file system allows it (then nothing to do). */
function flushFolder(folder: string): void {
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // e.g. EISDIR/EINVAL on some file systems: the folder's entry is as durable as the file system makes it.
  }
}
