/**
 * Two real assistants (startAssistant, real HTTP servers, real Bot Framework adapters) on one PostgreSQL database,
 * as behind a load balancer: what one conversation needs must not stay in either process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../bot/http.js';
import { NO_LIMITS } from '../reliability/helpers.js';
import { createTestDatabase, pgUnreachable, type TestDatabase } from './pg-database.js';

const unreachable = pgUnreachable('two-instances.test');

describe.skipIf(unreachable !== undefined)('two instances on one PostgreSQL database', () => {
  let db: TestDatabase;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startTestServer({ ...NO_LIMITS, DATABASE_URL: db.url });
    b = await startTestServer({ ...NO_LIMITS, DATABASE_URL: db.url });
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('a channel retry of an activity that lands on the other instance is recognised and skipped', async () => {
    const activity = { id: 'retry-1', text: 'kan passe le bus santé', conversation: { id: 'dup-conv', isGroup: false, conversationType: 'personal', name: '' } };
    const first = await a.exchange(activity);
    expect(first.texts.length).toBeGreaterThan(0);
    const retry = await b.exchange(activity);
    expect(retry.status).toBe(200);
    expect(retry.texts).toEqual([]);
    // Another activity of the same conversation runs.
    expect((await b.exchange({ ...activity, id: 'retry-2' })).texts.length).toBeGreaterThan(0);
  });
});
