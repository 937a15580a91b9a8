/**
 * The local Direct Line's conversations in PostgreSQL (issue 16): the store contract on a real server, then two
 * stores on one database — as two instances would be — sharing conversations, watermarks, followers (LISTEN/NOTIFY),
 * the bounds and the tokens' key.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isRefusal, type ActivitySet, type ConversationLimits, type WebConversation } from '../../src/channels/directline/conversations.js';
import { PostgresConversationStore } from '../../src/channels/directline/postgres-conversations.js';
import { DirectLineTokens } from '../../src/channels/directline/tokens.js';
import { createLogger } from '../../src/logging.js';
import { createPostgresPool } from '../../src/storage/postgres.js';
import { startTestServer, type TestServer } from '../bot/http.js';
import { createTestDatabase, postgresUnreachable, SERVER_URL, type TestDatabase } from '../support/postgres.js';
import { conversationStoreContract, LIMITS, MINUTE, opened } from './conversation-store-contract.js';
import { startRoundRobin } from '../support/round-robin.js';
import { botMessages, collect, directLineClient } from './directlinejs-client.js';
import { directLine, manualClock, newToken, until, type Json } from './helpers.js';
import { webConversationsOnServer } from './web-conversations-on-server.js';

const unreachable = postgresUnreachable('directline-postgres.test');
const logger = createLogger('silent');

describe.skipIf(unreachable !== undefined)('PostgresConversationStore', () => {
  let database: TestDatabase;
  const pools: pg.Pool[] = [];
  const stores: PostgresConversationStore[] = [];
  let schemas = 0;

  beforeAll(async () => {
    database = await createTestDatabase('pgshare');
  });
  afterAll(async () => {
    for (const store of stores) await store.close();
    for (const pool of pools) await pool.end();
    await database?.drop();
  });

  /** A new schema of the test database: one test's "deployment". */
  async function newSchema(): Promise<string> {
    const schema = `dl_${++schemas}`;
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    return schema;
  }

  /** One "instance": its own pool and store on the schema. */
  async function instance(schema: string, limits: ConversationLimits, clock: () => Date): Promise<PostgresConversationStore> {
    const pool = createPostgresPool(database.url, { schema, poolSize: 4 });
    pools.push(pool);
    const store = new PostgresConversationStore({ pool, limits, clock, logger });
    stores.push(store);
    await store.ready();
    return store;
  }

  describe('the store contract', () => {
    conversationStoreContract(async (limits, clock) => instance(await newSchema(), limits, clock));
  });

  describe('the Direct Line routes on a server whose storage is PostgreSQL', () => {
    webConversationsOnServer(() => ({ DATABASE_URL: database.url }));
  });

  describe('two instances on one database', () => {
    it('share conversations, watermarks and activities; a follower on one gets what the other appends', async () => {
      const clock = manualClock();
      const schema = await newSchema();
      const [a, b] = [await instance(schema, LIMITS, clock.now), await instance(schema, LIMITS, clock.now)];
      const conversation = await opened(a, 'dl_a');
      expect(await b.get(conversation.id)).toEqual({ ...conversation, started: true, locale: 'fr-FR' });
      expect(await b.start(conversation.id, 'en')).toBe(false); // greeted once, by a

      const onB: ActivitySet[] = [];
      const stop = b.follow(conversation.id, undefined, (set) => onB.push(set));
      const ids: string[] = [];
      const received = () => onB.flatMap((s) => s.activities.map((x) => x.text));
      // Appended on a only: b hears of them through PostgreSQL (NOTIFY), nothing local.
      for (let i = 1; i <= 3; i++) ids.push((await a.append(conversation.id, { type: 'message', text: `n° ${i}` }, clock.now()))?.id ?? '');
      await until(() => received().length === 3, "a's activities on b");
      for (let i = 4; i <= 6; i++) {
        const store = i % 2 === 1 ? a : b;
        ids.push((await store.append(conversation.id, { type: 'message', text: `n° ${i}` }, clock.now()))?.id ?? '');
      }
      expect(ids).toEqual([1, 2, 3, 4, 5, 6].map((n) => `${conversation.id}|000000${n}`));
      await until(() => received().length === 6, 'the six activities on b');
      expect(received()).toEqual(['n° 1', 'n° 2', 'n° 3', 'n° 4', 'n° 5', 'n° 6']);
      expect((await a.since(conversation.id, '4')).activities.map((x) => x.text)).toEqual(['n° 5', 'n° 6']);
      stop();
    });

    it('allocate distinct watermarks to activities appended at the same time on both', async () => {
      const clock = manualClock();
      const schema = await newSchema();
      const roomy = { ...LIMITS, maxActivities: 100, maxBytes: 1_000_000 };
      const [a, b] = [await instance(schema, roomy, clock.now), await instance(schema, roomy, clock.now)];
      const { id } = await opened(a, 'dl_a');
      const appended = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).append(id, { type: 'message', text: `${i}` }, clock.now())));
      const seqs = appended.map((x) => Number(x?.id.split('|')[1]));
      expect(new Set(seqs).size).toBe(40);
      expect([...seqs].sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
      const all = await b.since(id, undefined);
      expect(all.watermark).toBe('40');
      expect(all.activities.map((x) => x.id)).toEqual([...appended.map((x) => x?.id)].sort());
    });

    it('hold the per-address and the "full" bounds together, even when asked at the same time', async () => {
      const clock = manualClock();
      const schema = await newSchema();
      const limits = { ...LIMITS, maxConversations: 5, maxPerClient: 2 };
      const [a, b] = [await instance(schema, limits, clock.now), await instance(schema, limits, clock.now)];
      const sameClient = await Promise.all([a, b, a, b, a].map((store) => store.create('dl_x', '198.51.100.7')));
      expect(sameClient.filter((c) => !isRefusal(c))).toHaveLength(2);
      expect(sameClient.filter(isRefusal).every((r) => r.refused === 'client')).toBe(true);
      const others = await Promise.all([a, b, a, b, a, b].map((store, i) => store.create(`dl_${i}`, `203.0.113.${i}`)));
      expect(others.filter((c) => !isRefusal(c))).toHaveLength(3);
      expect(others.filter(isRefusal)).toEqual([
        { refused: 'full', retryAfterSeconds: 120 },
        { refused: 'full', retryAfterSeconds: 120 },
        { refused: 'full', retryAfterSeconds: 120 },
      ]);
      clock.advance(2 * MINUTE); // none was started: all free their room
      expect(isRefusal(await b.create('dl_y', '198.51.100.7'))).toBe(false);
    });

    it('tell both when a conversation ends, whichever swept it', async () => {
      const clock = manualClock();
      const schema = await newSchema();
      const [a, b] = [await instance(schema, LIMITS, clock.now), await instance(schema, LIMITS, clock.now)];
      const endedOnA: string[] = [];
      const endedOnB: string[] = [];
      a.onEnd((id) => endedOnA.push(id));
      b.onEnd((id) => endedOnB.push(id));
      const conversation: WebConversation = await opened(b, 'dl_a');
      clock.advance(LIMITS.idleMs);
      expect(await a.sweep()).toBe(1);
      await until(() => endedOnA.length > 0 && endedOnB.length > 0, 'the end notices');
      expect([endedOnA, endedOnB]).toEqual([[conversation.id], [conversation.id]]);
    });

    it('a follower catches up when its instance lost its LISTEN connection meanwhile', async () => {
      const clock = manualClock();
      const schema = await newSchema();
      const [a, b] = [await instance(schema, LIMITS, clock.now), await instance(schema, LIMITS, clock.now)];
      const { id } = await opened(a, 'dl_a');
      const onB: string[] = [];
      b.follow(id, undefined, (set) => onB.push(...set.activities.map((x) => String(x.text))));
      await a.append(id, { type: 'message', text: 'avant' }, clock.now());
      await until(() => onB.length === 1, 'the first activity on b');
      // The server ends both instances' listening sessions (a restart of PostgreSQL, a proxy cutting idle links...).
      const admin = new pg.Client({ connectionString: database.url });
      await admin.connect();
      try {
        const ended = await admin.query(
          'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND query = $1',
          [`LISTEN "directline_${schema}"`],
        );
        expect(ended.rowCount).toBe(2);
      } finally {
        await admin.end();
      }
      await a.append(id, { type: 'message', text: 'pendant' }, clock.now());
      await until(() => onB.length === 2, 'the activity appended while b was not listening');
      await a.append(id, { type: 'message', text: 'après' }, clock.now());
      await until(() => onB.length === 3, 'the next one, b listening again');
      expect(onB).toEqual(['avant', 'pendant', 'après']);
    });

    it("accept each other's tokens: the signing key is the database's, drawn once", async () => {
      const clock = manualClock();
      const schema = await newSchema();
      const [a, b] = [await instance(schema, LIMITS, clock.now), await instance(schema, LIMITS, clock.now)];
      const [onA, onB] = await Promise.all([a, b].map((store) => new DirectLineTokens(1800, clock.now, () => store.tokenKey())));
      const minted = await onA!.mint('conversation-id-0123456789', 'dl_user');
      expect(await onB!.verify(minted.token)).toMatchObject({ ok: true, claims: { conversationId: 'conversation-id-0123456789', userId: 'dl_user' } });
      const own = new DirectLineTokens(1800, clock.now); // a key of its own: not the database's
      expect(await own.verify(minted.token)).toEqual({ ok: false, reason: 'invalid' });
    });
  });
});

describe.skipIf(unreachable !== undefined)('a server whose PostgreSQL is out of reach for a moment', () => {
  let database: TestDatabase;
  let server: TestServer | undefined;

  beforeAll(async () => {
    database = await createTestDatabase('pgshare');
  });
  afterAll(async () => {
    await setConnections(true).catch(() => undefined);
    await server?.close();
    await database?.drop();
  });

  /** Lets connections to the test database in, or keeps them out and ends those open (an outage, for real). */
  async function setConnections(allowed: boolean): Promise<void> {
    const admin = new pg.Client({ connectionString: SERVER_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${database.name} WITH ALLOW_CONNECTIONS ${allowed ? 'true' : 'false'}`);
      if (!allowed) await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [database.name]);
    } finally {
      await admin.end();
    }
  }

  it('refuses messages with 503 and Retry-After meanwhile, answers polls "nothing new", then the conversation goes on with its transcript intact', async () => {
    server = await startTestServer({ DATABASE_URL: database.url });
    const { url } = server;
    const issued = await newToken(url);
    expect((await directLine(url, 'POST', '/conversations', issued.token, {})).status).toBe(201);
    const path = `/conversations/${issued.conversationId}/activities`;
    const before = await until(async () => {
      const poll = await directLine(url, 'GET', path, issued.token);
      return (poll.body.activities as Json[] | undefined)?.length ? poll.body : undefined;
    }, 'the welcome');
    // A page polling with the official client (Web Chat's), which stops polling for good after one failed poll;
    // through a proxy that counts its requests.
    const proxy = await startRoundRobin([url]);
    const requests = () => proxy.served.get(url) ?? 0;
    const client = directLineClient(`${proxy.url}/v3/directline`, issued.token, { webSocket: false });
    const received = collect(client);
    try {
      await until(() => botMessages(received).length > 0, 'the welcome, polled');

      await setConnections(false);
      // A message is not accepted (the page says so and the resident sends it again): nothing was read of it.
      const refused = await fetch(`${url}/v3/directline${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${issued.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'bonjour' }),
      });
      expect(refused.status).toBe(503);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await refused.json()).toEqual({ error: { code: 'ServiceUnavailable', message: 'The chat is temporarily unavailable, please try again in a moment.' } });
      // A poll is told "nothing new yet" at its own watermark, not an error that would end the page's polling.
      const watermark = String(before.watermark);
      const during = await directLine(url, 'GET', `${path}?watermark=${watermark}`, issued.token);
      expect(during.status).toBe(200);
      expect(during.body).toEqual({ activities: [], watermark });
      // The official client's polls meet the outage too (two more: at least one sent during it, whatever the speed).
      const polled = requests();
      await until(() => requests() >= polled + 2, 'polls of the official client during the outage');

      await setConnections(true);
      const after = await until(async () => {
        const poll = await directLine(url, 'GET', path, issued.token);
        return poll.status === 200 && (poll.body.activities as Json[]).length > 0 ? poll.body : undefined;
      }, 'the conversation back');
      expect(after).toEqual(before);
      const sent = await until(async () => {
        const posted = await directLine(url, 'POST', path, issued.token, { type: 'message', text: 'merci', locale: 'fr-FR' });
        return posted.status === 200 ? posted.body : undefined;
      }, 'a message accepted again');
      const poll = await directLine(url, 'GET', path, issued.token);
      expect((poll.body.activities as Json[]).some((x) => x.replyToId === sent.id)).toBe(true);
      // And the page that kept polling through the outage gets that reply.
      await until(() => botMessages(received).some((m) => m.replyToId === sent.id), 'the reply, on the page that polled through the outage', 60_000);
    } finally {
      client.end();
      await proxy.close();
    }
  });
});
