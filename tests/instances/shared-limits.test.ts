/**
 * Rate limits and the staff sign-in throttle, with two instances on one PostgreSQL database: they count on the same
 * rows (rate-limiter-flexible's RateLimiterPostgres, table created by our migrations), so a second instance does not
 * give each limit twice. Each "instance" here is its own storage (its own pool) over the same database.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { limiterStoreFor } from '../../src/abuse/limiter-store.js';
import { AbuseLimits } from '../../src/abuse/limits.js';
import { openStorage, type Storage } from '../../src/storage/index.js';
import { SignInThrottle } from '../../src/staff/rate-limit.js';
import { createTestDatabase, postgresUnreachable, type TestDatabase } from '../support/postgres.js';

const unreachable = postgresUnreachable('shared-limits.test');
const SALT = 'sel-des-tests';
const settings = {
  RATE_LIMIT_MESSAGES_PER_MINUTE: 3,
  RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: 5,
  RATE_LIMIT_REMARQUES_PER_HOUR: 2,
  RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: 0,
};

describe.skipIf(unreachable !== undefined)('shared rate limits on PostgreSQL (two instances, one database)', () => {
  let db: TestDatabase;
  let a: Storage;
  let b: Storage;

  beforeAll(async () => {
    db = await createTestDatabase('pgstate');
    a = await openStorage({ kind: 'postgres', url: db.url });
    b = await openStorage({ kind: 'postgres', url: db.url });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  const limitsOf = (storage: Storage) => new AbuseLimits(settings, () => new Date(), limiterStoreFor(storage, SALT));

  it('chooses the shared store on PostgreSQL, memory elsewhere', () => {
    expect(limiterStoreFor(a, SALT).kind).toBe('postgres');
  });

  it('counts the messages of one conversation across instances: 3 per minute in all, not per instance', async () => {
    const [onA, onB] = [limitsOf(a), limitsOf(b)];
    const verdicts = [];
    for (let i = 0; i < 6; i++) verdicts.push(await (i % 2 === 0 ? onA : onB).message('conv-1', undefined));
    expect(verdicts.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(verdicts[3]).toMatchObject({ first: true });
    expect(verdicts[3]!.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(verdicts[4]).toMatchObject({ first: false });
    expect(verdicts[5]).toMatchObject({ first: false });
    // Another conversation has its own count.
    expect(await onB.message('conv-2', undefined)).toBeUndefined();
  });

  it('a request refused by the address limit does not use up its conversation (all or none)', async () => {
    const [onA, onB] = [limitsOf(a), limitsOf(b)];
    // Five conversations from one address use up the address's five messages per minute...
    for (let i = 0; i < 5; i++) expect(await (i % 2 ? onA : onB).message(`addr-conv-${i}`, '192.0.2.7')).toBeUndefined();
    // ...so a sixth is refused by the address, and its conversation keeps its three messages.
    expect(await onA.message('addr-conv-fresh', '192.0.2.7')).toMatchObject({ first: true });
    for (let i = 0; i < 3; i++) expect(await onB.message('addr-conv-fresh', undefined)).toBeUndefined();
    expect(await onA.message('addr-conv-fresh', undefined)).toBeDefined();
  });

  it('counts remarques across instances and keeps no address in clear', async () => {
    const [onA, onB] = [limitsOf(a), limitsOf(b)];
    expect(await onA.remarque('conv-r', '198.51.100.23')).toBeUndefined();
    expect(await onB.remarque('conv-r', '198.51.100.23')).toBeUndefined();
    expect(await onA.remarque('conv-r', '198.51.100.23')).toMatchObject({ first: true });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const keys = (await client.query<{ key: string }>('SELECT key FROM rate_limits')).rows.map((r) => r.key);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.join('\n')).not.toMatch(/192\.0\.2|198\.51|conv-/);
    } finally {
      await client.end();
    }
  });

  it('the staff sign-in throttle: a burst split over two instances lets max + 1 attempts through in all', async () => {
    const throttleA = new SignInThrottle({ maxAttempts: 3, windowMinutes: 15, store: limiterStoreFor(a, SALT) });
    const throttleB = new SignInThrottle({ maxAttempts: 3, windowMinutes: 15, store: limiterStoreFor(b, SALT) });
    const admissions = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? throttleA : throttleB).admit('Marie', '10.0.0.1', undefined)));
    const admitted = admissions.flatMap((x) => (x.ok ? [x.attempt] : []));
    expect(admitted).toHaveLength(4);
    await Promise.all(admitted.map((x) => x.failed()));
    // Paused now on both instances, for this name from this address (other case too); another name is not.
    expect(await throttleA.admit('marie', '10.0.0.1', undefined)).toMatchObject({ ok: false });
    expect(await throttleB.admit('MARIE', '10.0.0.1', undefined)).toMatchObject({ ok: false });
    expect((await throttleB.admit('paul', '10.0.0.1', undefined)).ok).toBe(true);
  });
});
