/**
 * The contract on PostgreSQL, each test in a fresh throw-away schema, all dropped at the end.
 * TEST_DATABASE_URL overrides the server (default: the local one, trust authentication).
 * When the server cannot be reached the suite is skipped, loudly: the reason is printed and vitest reports the
 * tests as skipped, never as passed.
 */
import crypto from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createPostgresPool,
  migratePostgres,
  numberPlaceholders,
  openPostgresStorage,
} from '../../src/storage/postgres.js';
import { storageContract, type Engine, type Location } from './contract.js';
import { remarque } from './helpers.js';
import { postgresUnreachable, SERVER_URL } from '../support/postgres.js';

const URL = SERVER_URL;
const unreachable = postgresUnreachable('postgres.test');

const runId = `${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
const schemas: string[] = [];
let counter = 0;

async function withClient<T>(schema: string, fn: (pool: pg.Pool) => Promise<T>): Promise<T> {
  const pool = createPostgresPool(URL, { schema, poolSize: 1 });
  try {
    return await fn(pool);
  } finally {
    await pool.end();
  }
}

function postgresLocation(schema: string): Location {
  return {
    open: (clock) => openPostgresStorage(URL, { schema, ...(clock ? { clock } : {}) }),
    migrate: (migrations) => withClient(schema, (pool) => migratePostgres(pool, migrations, schema)).then(() => undefined),
    exec: (sql) => withClient(schema, (pool) => pool.query(sql)).then(() => undefined),
    rows: (sql) => withClient(schema, async (pool) => (await pool.query<Record<string, unknown>>(sql)).rows),
    columns: () =>
      withClient(schema, async (pool) => {
        const result = await pool.query<{ table: string; column: string }>(
          `SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
           WHERE table_schema = $1 ORDER BY table_name, ordinal_position`,
          [schema],
        );
        return result.rows;
      }),
  };
}

const engine: Engine = {
  newLocation: async () => {
    const schema = `storage_test_${runId}_${++counter}`;
    schemas.push(schema);
    return postgresLocation(schema);
  },
};

afterAll(async () => {
  if (unreachable || schemas.length === 0) return;
  const client = new pg.Client({ connectionString: URL });
  await client.connect();
  try {
    for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  } finally {
    await client.end();
  }
});

describe.skipIf(unreachable !== undefined)('PostgreSQL storage', () => {
  storageContract(() => engine);

  it('lets two instances start at once on a new schema (migrations serialised)', async () => {
    const { open } = await engine.newLocation();
    const [a, b] = await Promise.all([open(), open()]);
    await a.remarques.add(remarque({ text: 'depuis a' }));
    expect((await b.remarques.list()).items.map((r) => r.text)).toEqual(['depuis a']);
    await Promise.all([a.close(), b.close()]);
  });

  it('keeps schemas apart', async () => {
    const first = await (await engine.newLocation()).open();
    const second = await (await engine.newLocation()).open();
    await first.remarques.add(remarque());
    expect((await second.remarques.list()).total).toBe(0);
    await Promise.all([first.close(), second.close()]);
  });
});

describe('PostgreSQL storage without a server', () => {
  it('refuses a schema name that would need quoting', async () => {
    await expect(openPostgresStorage(URL, { schema: 'Robert"; DROP TABLE x; --' })).rejects.toThrow(/Invalid PostgreSQL schema name/);
  });

  it('fails fast and without the password when the server is unreachable', async () => {
    const opening = openPostgresStorage('postgresql://agent:s3cret@127.0.0.1:1/nothing', { connectionTimeoutMs: 2000 });
    await expect(opening).rejects.toThrow(/Cannot open the PostgreSQL storage at postgresql:\/\/agent:\*\*\*@127\.0\.0\.1:1\/nothing/);
    await expect(opening).rejects.not.toThrow(/s3cret/);
  });

  it('numbers placeholders outside quoted literals', () => {
    expect(numberPlaceholders("SELECT * FROM t WHERE a = ? AND b LIKE ? ESCAPE '\\' AND c = '?' AND d IN (?, ?)")).toBe(
      "SELECT * FROM t WHERE a = $1 AND b LIKE $2 ESCAPE '\\' AND c = '?' AND d IN ($3, $4)",
    );
  });
});
