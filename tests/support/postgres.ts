/**
 * A throw-away PostgreSQL database for a test file, on the local server (TEST_DATABASE_URL overrides it), and the
 * loud skip when there is no server, shared by every PostgreSQL test: the reason is printed and vitest
 * reports the tests as skipped, never as passed.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import pg from 'pg';
import { safeUrl } from '../../src/storage/postgres.js';

export const SERVER_URL = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** Synchronous, so that the answer is known when vitest collects the tests (no top-level await in CommonJS). */
export function probePostgres(url: string = SERVER_URL): string | undefined {
  const script = `const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query('SELECT 1')).then(() => c.end()).then(
      () => process.exit(0),
      (e) => { console.error(e.message || String(e)); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script, url], { encoding: 'utf8', timeout: 10_000 });
  if (result.status === 0) return undefined;
  return (result.stderr || result.error?.message || `exit ${String(result.status)}`).trim();
}

/** Undefined when PostgreSQL answers; else prints why `suite` is skipped and returns the reason. */
export function postgresUnreachable(suite: string): string | undefined {
  const reason = probePostgres();
  if (reason) console.warn(`\n[${suite}] PostgreSQL at ${safeUrl(SERVER_URL)} is unreachable, its tests are SKIPPED: ${reason}\n`);
  return reason;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/** A new database `${prefix}_<pid>_<random>` on the server; drop() ends its sessions and removes it. */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const name = `${prefix}_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  await onServer((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(SERVER_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () =>
      onServer(async (client) => {
        // A pool's end() resolves before its connections have finished closing. FORCE would then terminate a
        // connection that is closing, whose client has no error listener left: an uncaught error in the test
        // process. So wait (a little) for the sessions to go, and force only what a test deliberately left open.
        for (let i = 0; i < 100; i++) {
          const { rows } = await client.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
            [name],
          );
          if ((rows[0]?.n ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      }).then(() => undefined),
  };
}

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: SERVER_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
