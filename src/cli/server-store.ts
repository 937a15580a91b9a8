/**
 * `npm run ask` and `npm run chat` answer as the server would: when the server's store exists, they read what staff
 * changed in it — the agenda, the fiches (entries' details and answer texts) and contacts edited from the console,
 * the phrasings staff taught — and never create, migrate or write it. `--shipped` ignores the store and uses the
 * knowledge files alone.
 *
 * - SQLite (SQLITE_FILE, the server's default): only when the file exists; read from a private copy, since even a
 *   read-only connection leaves -wal/-shm files beside a WAL database, so the store and its folder stay exactly as
 *   the server left them.
 * - PostgreSQL (DATABASE_URL): one connection whose session is READ ONLY (PostgreSQL itself refuses any write), no
 *   migration run; a database the server never set up (no `migrations` table) or an unreachable server → the shipped
 *   knowledge, and a warning on stderr saying why.
 * A part the store does not have (an older schema) is simply not read: that part comes from the files.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type pg from 'pg';
import { toAction } from '../agenda/live-agenda.js';
import { demoAgendaFromEnv, residentsAgenda } from '../agenda/residents.js';
import { createCore, type Core } from '../core.js';
import { LiveKnowledge } from '../fiches/live-knowledge.js';
import { createAgendaStore } from '../storage/agenda-store.js';
import { poolTimeouts, storageConfigFromEnv, type PostgresTimeouts } from '../storage/config.js';
import type { Db, Row, SqlValue } from '../storage/db.js';
import { createFicheStore } from '../storage/fiche-store.js';
import { createPhrasingStore } from '../storage/phrasing-store.js';
import { createPostgresPool, numberPlaceholders, safeUrl } from '../storage/postgres.js';
import { SqliteDb } from '../storage/sqlite.js';
import { systemClock } from '../storage/time.js';

export interface ToolCore extends Core {
  /** Where the answers come from: "shipped knowledge" or the store read. */
  from: string;
}

export async function coreForTools(options: { shipped: boolean; env?: NodeJS.ProcessEnv; warn?: (text: string) => void }): Promise<ToolCore> {
  const env = options.env ?? process.env;
  const demo = demoAgendaFromEnv(env);
  const shipped = (): ToolCore => ({ ...createCore({ demoAgenda: demo }), from: 'shipped knowledge' });
  if (options.shipped) return shipped();
  const config = storageConfigFromEnv(env);
  if (config.kind === 'postgres') {
    const where = `PostgreSQL ${safeUrl(config.url)}`;
    try {
      const core = await readPostgres(config.url, config.timeouts, demo);
      if (core) return { ...core, from: `store ${where} (read-only)` };
      options.warn?.(`${where}: no assistant store there (the server never started on it); answers use the shipped knowledge.`);
    } catch (error) {
      options.warn?.(`${where} could not be read (${error instanceof Error ? error.message : String(error)}); answers use the shipped knowledge.`);
    }
    return shipped();
  }
  if (!fs.existsSync(config.file)) return shipped();
  const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-ask-'));
  const copy = path.join(copyDir, 'store.sqlite');
  fs.copyFileSync(config.file, copy);
  if (fs.existsSync(`${config.file}-wal`)) fs.copyFileSync(`${config.file}-wal`, `${copy}-wal`);
  const db = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    return { ...(await coreFromStore(new SqliteDb(db), demo)), from: `store ${config.file} (read-only)` };
  } finally {
    db.close();
    fs.rmSync(copyDir, { recursive: true, force: true });
  }
}

/** The core as the server builds it: shipped knowledge + taught phrasings, the stored agenda, staff fiche changes. */
async function coreFromStore(db: Db, demo: boolean): Promise<Core> {
  // Each part on its own: a store from an older version may lack a table; that part then comes from the files.
  const agenda = await createAgendaStore(db, systemClock).list().catch(() => undefined);
  const taught = await createPhrasingStore(db, systemClock).active().catch(() => []);
  const core = createCore({ taught, demoAgenda: demo });
  const fiches = new LiveKnowledge(createFicheStore(db, systemClock), core.knowledge);
  const fichesRead = await fiches.reload().then(
    () => true,
    () => false,
  );
  return {
    ...core,
    agenda: agenda ? residentsAgenda(agenda.map(toAction), demo) : core.agenda,
    fiches: fichesRead ? fiches : core.fiches,
  };
}

/** undefined when the database has no assistant store (never migrated): nothing is created there. */
async function readPostgres(url: string, timeouts: PostgresTimeouts | undefined, demo: boolean): Promise<Core | undefined> {
  // The DATABASE_*_TIMEOUT_MS the server is given hold here too: a slow or stalled server is given up as configured.
  const pool = createPostgresPool(url, { poolSize: 1, ...poolTimeouts(timeouts) });
  try {
    const client = await pool.connect();
    try {
      await client.query('SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY');
      const store = await client.query<{ t: string | null }>("SELECT to_regclass('migrations')::text AS t");
      if (!store.rows[0]?.t) return undefined;
      return await coreFromStore(readOnlyDb(client), demo);
    } finally {
      client.release();
    }
  } finally {
    await pool.end();
  }
}

/** A Db over one read-only PostgreSQL session: SELECTs only; a write is a programming error here, refused first. */
function readOnlyDb(client: pg.PoolClient): Db {
  return {
    async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
      if (!/^\s*(SELECT|WITH)\b/i.test(sql)) throw new Error('the tools never write the server store');
      return (await client.query<Row>(numberPlaceholders(sql), [...params])).rows;
    },
    execute(): Promise<number> {
      return Promise.reject(new Error('the tools never write the server store'));
    },
    inIds(column: string, ids: readonly number[]) {
      return { sql: `${column} = ANY(CAST(? AS integer[]))`, params: [`{${ids.join(',')}}`] };
    },
  };
}
