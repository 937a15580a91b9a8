/**
 * Where the data lives, from the environment, the same way for the bot, the staff console and the CLI:
 * DATABASE_URL (postgres:// or postgresql://) selects PostgreSQL; otherwise SQLITE_FILE, by default
 * ./data/renaissance.sqlite relative to the working directory.
 */
import path from 'node:path';
import { safeUrl } from './postgres.js';

/** How long PostgreSQL may keep the assistant waiting (postgres.ts); each has a default. */
export interface PostgresTimeouts {
  connectMs?: number;
  queryMs?: number;
  statementMs?: number;
}

export type StorageConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string; timeouts?: PostgresTimeouts };

export const DEFAULT_SQLITE_FILE = './data/renaissance.sqlite';

export function storageConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StorageConfig {
  const url = env['DATABASE_URL']?.trim();
  if (url) {
    if (!/^postgres(?:ql)?:\/\//i.test(url)) {
      throw new Error('DATABASE_URL must start with postgres:// or postgresql:// (unset it to use SQLite)');
    }
    return { kind: 'postgres', url, timeouts: timeoutsFromEnv(env) };
  }
  const file = env['SQLITE_FILE']?.trim() || DEFAULT_SQLITE_FILE;
  return { kind: 'sqlite', file: path.resolve(file) };
}

/** For logs and error messages: says where, never the password. */
export function describeStorageConfig(config: StorageConfig): string {
  if (config.kind === 'sqlite') return `SQLite ${config.file}`;
  return `PostgreSQL ${safeUrl(config.url)}${config.schema ? ` (schema ${config.schema})` : ''}`;
}

/** The timeouts as the pool's options (src/storage/postgres.ts): the ones not set keep the pool's defaults. */
export function poolTimeouts(timeouts: PostgresTimeouts | undefined): { connectionTimeoutMs?: number; queryTimeoutMs?: number; statementTimeoutMs?: number } {
  return {
    ...(timeouts?.connectMs === undefined ? {} : { connectionTimeoutMs: timeouts.connectMs }),
    ...(timeouts?.queryMs === undefined ? {} : { queryTimeoutMs: timeouts.queryMs }),
    ...(timeouts?.statementMs === undefined ? {} : { statementTimeoutMs: timeouts.statementMs }),
  };
}

/** DATABASE_*_TIMEOUT_MS for the command-line tools (the server reads them through src/config.ts). */
function timeoutsFromEnv(env: NodeJS.ProcessEnv): PostgresTimeouts {
  const ms = (name: string): number | undefined => {
    const value = Number(env[name]?.trim() || Number.NaN);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  const timeouts: PostgresTimeouts = {};
  const connectMs = ms('DATABASE_CONNECT_TIMEOUT_MS');
  const queryMs = ms('DATABASE_QUERY_TIMEOUT_MS');
  const statementMs = ms('DATABASE_STATEMENT_TIMEOUT_MS');
  if (connectMs !== undefined) timeouts.connectMs = connectMs;
  if (queryMs !== undefined) timeouts.queryMs = queryMs;
  if (statementMs !== undefined) timeouts.statementMs = statementMs;
  return timeouts;
}
