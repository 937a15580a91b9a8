/**
 * A throw-away PostgreSQL database for the several-instances tests: `pgstate_<pid>_<random>` on the local server
 * (TEST_DATABASE_URL overrides it; trust authentication), created for a test file and dropped after it. When the
 * server cannot be reached, `unreachable` says why and the tests skip with that reason printed (the same probe as
 * tests/storage/postgres.test.ts), never passing silently.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import pg from 'pg';
import { safeUrl } from '../../src/storage/postgres.js';

export const ADMIN_URL = process.env['TEST_DATABASE_URL'] ?? 'postgresql://postgres@127.0.0.1:5432/test';

/** Synchronous, so that the answer is known when vitest collects the tests. */
function probe(url: string): string | undefined {
  const script = `const { Client } = require('pg');
    const c = new Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
    c.connect().then(() => c.query('SELECT 1')).then(() => c.end()).then(
      () => process.exit(0),
      (e) => { console.error(e.message || String(e)); process.exit(1); });`;
  const result = spawnSync(process.execPath, ['-e', script, url], { encoding: 'utf8', timeout: 10_000 });
  if (result.status === 0) return undefined;
  return (result.stderr || result.error?.message || `exit ${String(result.status)}`).trim();
}

/** Why the PostgreSQL tests cannot run (printed once per file), or undefined when the server answers. */
export function pgUnreachable(file: string): string | undefined {
  const reason = probe(ADMIN_URL);
  if (reason) console.warn(`\n[${file}] PostgreSQL at ${safeUrl(ADMIN_URL)} is unreachable, its tests are SKIPPED: ${reason}\n`);
  return reason;
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `pgstate_${process.pid}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
