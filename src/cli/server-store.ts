/**
 * `npm run ask` and `npm run chat` answer as the server would: when the server's SQLite store exists, they read its
 * agenda and the phrasings staff taught — read-only (the file is opened read-only and must already exist: these
 * tools never create, migrate or write it). `--shipped` ignores the store and uses the knowledge files alone.
 * A PostgreSQL store (DATABASE_URL) is not read by these tools: they say so and use the shipped knowledge.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { toAction } from '../agenda/live-agenda.js';
import { demoAgendaFromEnv, residentsAgenda } from '../agenda/residents.js';
import { createCore, type Core } from '../core.js';
import { createAgendaStore } from '../storage/agenda-store.js';
import { storageConfigFromEnv } from '../storage/config.js';
import { createPhrasingStore } from '../storage/phrasing-store.js';
import { SqliteDb } from '../storage/sqlite.js';
import { systemClock } from '../storage/time.js';

export interface ToolCore extends Core {
  /** Where the answers come from: "shipped knowledge" or the store read. */
  from: string;
}

export async function coreForTools(options: { shipped: boolean; env?: NodeJS.ProcessEnv; warn?: (text: string) => void }): Promise<ToolCore> {
  const env = options.env ?? process.env;
  const demo = demoAgendaFromEnv(env);
  if (options.shipped) return { ...createCore({ demoAgenda: demo }), from: 'shipped knowledge' };
  const config = storageConfigFromEnv(env);
  if (config.kind !== 'sqlite' || !fs.existsSync(config.file)) {
    if (config.kind !== 'sqlite') options.warn?.('DATABASE_URL: the PostgreSQL store is not read by this tool; answers use the shipped knowledge.');
    return { ...createCore({ demoAgenda: demo }), from: 'shipped knowledge' };
  }
  // Even a read-only connection leaves -wal/-shm files beside a WAL database: read a private copy instead, so the
  // store and its folder stay exactly as the server left them.
  const copyDir = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-ask-'));
  const copy = path.join(copyDir, 'store.sqlite');
  fs.copyFileSync(config.file, copy);
  if (fs.existsSync(`${config.file}-wal`)) fs.copyFileSync(`${config.file}-wal`, `${copy}-wal`);
  const db = new Database(copy, { readonly: true, fileMustExist: true });
  try {
    const sqlite = new SqliteDb(db);
    const agenda = await createAgendaStore(sqlite, systemClock).list().catch(() => undefined);
    const taught = await createPhrasingStore(sqlite, systemClock).active().catch(() => []);
    const core = createCore({ taught, demoAgenda: demo });
    return {
      ...core,
      agenda: agenda ? residentsAgenda(agenda.map(toAction), demo) : core.agenda,
      from: `store ${config.file} (read-only)`,
    };
  } finally {
    db.close();
    fs.rmSync(copyDir, { recursive: true, force: true });
  }
}
