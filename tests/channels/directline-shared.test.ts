/**
 * Issue 16: with DATABASE_URL, two instances of the assistant on one PostgreSQL serve the same web conversations.
 * Two real servers (startAssistant, real HTTP on ephemeral ports) behind a round-robin proxy without stickiness
 * (tests/support/round-robin.ts), driven by Web Chat's own Direct Line client and by raw HTTP + WebSocket:
 *
 *  - polling and streaming through the proxy keep working while requests alternate between the instances;
 *  - a WebSocket opened on B receives the replies to messages posted on A, and a reconnection replays what it missed;
 *  - an instance restarted mid-conversation loses nothing (the other one carries on meanwhile);
 *  - the per-address and "full" bounds hold across the two.
 *
 * The deployment kit's test (two processes behind a real nginx) is the deploy side's; this one is about sharing.
 */
import type { DirectLine } from 'botframework-directlinejs';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { translator } from '../../src/replies/i18n.js';
import { startTestServer, type TestServer } from '../bot/http.js';
import { createTestDatabase, postgresUnreachable, type TestDatabase } from '../support/postgres.js';
import { startRoundRobin, type RoundRobin } from '../support/round-robin.js';
import { botMessages, collect, directLineClient, send } from './directlinejs-client.js';
import { answerFor, directLine, until, type DirectLineToken, type Json } from './helpers.js';

const unreachable = postgresUnreachable('directline-shared.test');
const greeting = translator('fr')('welcome.greeting');
const QUESTION = 'quand passe le bus santé';
const MAX_CONVERSATIONS = 12;
const MAX_PER_ADDRESS = 3;

describe.skipIf(unreachable !== undefined)('web conversations shared by two instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  let proxy: RoundRobin;
  const clients: DirectLine[] = [];
  const env = () => ({
    DATABASE_URL: database.url,
    DIRECTLINE_MAX_CONVERSATIONS: String(MAX_CONVERSATIONS),
    DIRECTLINE_MAX_CONVERSATIONS_PER_ADDRESS: String(MAX_PER_ADDRESS),
    // Each test's resident has an address of its own (X-Forwarded-For), so the per-address bound is the test's to hit.
    TRUST_PROXY: 'true',
  });

  beforeAll(async () => {
    database = await createTestDatabase('pgshare');
    a = await startTestServer(env());
    b = await startTestServer(env());
    proxy = await startRoundRobin([a.url, b.url]);
  });
  afterEach(() => {
    for (const client of clients.splice(0)) client.end();
  });
  afterAll(async () => {
    await proxy?.close();
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  /** POST /api/directline/token as the widget does, from `address` (X-Forwarded-For). */
  async function tokenFrom(url: string, address: string): Promise<{ status: number; body: Json }> {
    const response = await fetch(`${url}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': address } });
    return { status: response.status, body: (await response.json()) as Json };
  }

  async function newToken(url: string, address: string): Promise<DirectLineToken> {
    const issued = await tokenFrom(url, address);
    if (issued.status !== 200) throw new Error(`token route answered ${issued.status}`);
    return issued.body as unknown as DirectLineToken;
  }

  function client(token: string, options: Parameters<typeof directLineClient>[2] = {}): DirectLine {
    const created = directLineClient(`${proxy.url}/v3/directline`, token, options);
    clients.push(created);
    return created;
  }

  const expected = () => answerFor(a.assistant.engine, QUESTION).answer.fr;
  const servedBoth = (before: Map<string, number>) =>
    proxy.backends.every((backend) => (proxy.served.get(backend) ?? 0) > (before.get(backend) ?? 0) + 1);

  it("Web Chat's client by polling: requests alternate between the instances, the conversation goes on", async () => {
    const before = new Map(proxy.served);
    const { token } = await newToken(proxy.url, '198.51.100.1');
    const dl = client(token, { webSocket: false });
    const activities = collect(dl);
    await until(() => botMessages(activities).find((m) => m.text?.startsWith(greeting)), 'the welcome');
    const replyTo = new Map<string, string>();
    for (const question of [QUESTION, 'je cherche du travail', 'merci']) {
      const id = await send(dl, question);
      const reply = await until(() => botMessages(activities).find((m) => m.replyToId === id), `the answer to "${question}"`);
      replyTo.set(question, reply.text ?? '');
    }
    expect(replyTo.get(QUESTION)).toContain(expected());
    expect(botMessages(activities).filter((m) => m.text?.startsWith(greeting))).toHaveLength(1);
    // Every activity once, in watermark order, though polls went to both instances.
    const ids = activities.map((x) => x.id ?? '');
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    expect(servedBoth(before)).toBe(true);
  });

  it("Web Chat's client streaming: its WebSocket on one instance gets the replies to messages posted on the other", async () => {
    const globals = globalThis as { WebSocket?: unknown };
    globals.WebSocket = WebSocket;
    try {
      const before = new Map(proxy.served);
      const { token } = await newToken(proxy.url, '198.51.100.2');
      const dl = client(token, { WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
      const activities = collect(dl);
      await until(() => botMessages(activities).find((m) => m.text?.startsWith(greeting)), 'the welcome over the WebSocket');
      for (const question of [QUESTION, 'je cherche du travail', 'merci']) {
        const id = await send(dl, question);
        await until(() => botMessages(activities).find((m) => m.replyToId === id), `the answer to "${question}" over the WebSocket`);
      }
      expect(botMessages(activities).filter((m) => m.text?.startsWith(greeting))).toHaveLength(1);
      const ids = activities.map((x) => x.id ?? '');
      expect(new Set(ids).size).toBe(ids.length);
      expect(servedBoth(before)).toBe(true);
    } finally {
      delete globals.WebSocket;
    }
  });

  it('a WebSocket opened on B receives the replies to messages posted on A, and replays what it missed', async () => {
    const { token, conversationId } = await newToken(a.url, '198.51.100.3');
    expect((await directLine(a.url, 'POST', '/conversations', token, {})).status).toBe(201);
    const onB = await directLine(b.url, 'GET', `/conversations/${conversationId}`, token);
    expect(onB.status).toBe(200);
    expect(String(onB.body.streamUrl)).toContain(new URL(b.url).host);

    const received: Json[] = [];
    let socket = new WebSocket(String(onB.body.streamUrl));
    const listen = (ws: WebSocket) =>
      ws.on('message', (data: Buffer) => {
        const set = JSON.parse(data.toString('utf8')) as { activities: Json[] };
        received.push(...set.activities);
      });
    listen(socket);
    await until(() => received.some((x) => String(x.text).startsWith(greeting)), 'the welcome on B');

    const path = `/conversations/${conversationId}/activities`;
    const posted = await directLine(a.url, 'POST', path, token, { type: 'message', text: QUESTION, locale: 'fr-FR' });
    expect(posted.status).toBe(200);
    const reply = await until(() => received.find((x) => x.replyToId === posted.body.id), "B's socket gets the reply to A's message");
    expect(String(reply.text)).toContain(expected());
    expect(received.some((x) => x.id === posted.body.id)).toBe(true); // the resident's own message too

    // The page loses its socket; meanwhile a message is posted on A; it reconnects on B with its watermark.
    const watermark = String(received.length > 0 ? Number(String(received.at(-1)?.id).split('|')[1]) : 0);
    socket.removeAllListeners('message'); // what the closing socket still delivers is what the page lost
    socket.close();
    const missed = await directLine(a.url, 'POST', path, token, { type: 'message', text: 'merci', locale: 'fr-FR' });
    expect(missed.status).toBe(200);
    const reconnect = await directLine(b.url, 'GET', `/conversations/${conversationId}?watermark=${watermark}`, token);
    const seen = received.length;
    socket = new WebSocket(String(reconnect.body.streamUrl));
    listen(socket);
    await until(() => received.slice(seen).some((x) => x.replyToId === missed.body.id), 'the missed reply, replayed on reconnection');
    // From the watermark on: nothing before it, nothing lost. The first replayed activity is the one right after the
    // watermark — not necessarily the resident's 'merci': a reply of several activities may still have been in flight
    // when the page lost its socket, and it is rightly replayed too.
    const sequence = (x: Json | undefined) => Number(String(x?.id).split('|')[1]);
    const replayed = received.slice(seen).map(sequence);
    expect(replayed[0]).toBe(Number(watermark) + 1);
    expect(replayed).toEqual(replayed.map((_, i) => Number(watermark) + 1 + i));
    expect(replayed).toContain(sequence(missed.body as Json));
    socket.close();
  });

  it('an instance restarted mid-conversation loses nothing; the other carries on meanwhile', async () => {
    const { token, conversationId } = await newToken(proxy.url, '198.51.100.4');
    const path = `/conversations/${conversationId}/activities`;
    expect((await directLine(proxy.url, 'POST', '/conversations', token, {})).status).toBe(201);
    const say = async (url: string, text: string) => {
      const sent = await directLine(url, 'POST', path, token, { type: 'message', text, locale: 'fr-FR' });
      expect(sent.status).toBe(200);
      return String(sent.body.id);
    };
    const asked = [await say(a.url, QUESTION)];

    const index = proxy.backends.indexOf(a.url);
    await a.close();
    asked.push(await say(b.url, 'merci'));
    a = await startTestServer(env());
    proxy.backends[index] = a.url;
    // The token minted before the restart is accepted by the new process (the key is the database's).
    asked.push(await say(a.url, QUESTION));
    asked.push(await say(proxy.url, 'merci'));
    asked.push(await say(proxy.url, QUESTION));

    for (const url of [a.url, b.url]) {
      const all = await directLine(url, 'GET', path, token);
      const activities = all.body.activities as Json[];
      for (const id of asked) {
        expect(activities.some((x) => x.id === id)).toBe(true);
        expect(activities.some((x) => x.replyToId === id)).toBe(true);
      }
      // Watermarks with no gap: nothing was dropped between the instances.
      const seqs = activities.map((x) => Number(String(x.id).split('|')[1]));
      expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      expect(all.body.watermark).toBe(String(seqs.length));
      expect(activities.filter((x) => String(x.text).startsWith(greeting))).toHaveLength(1);
    }
  });

  it('holds the per-address and the "full" bounds across the two instances', async () => {
    // Per address: the instances count the same shared conversations.
    const address = '203.0.113.50';
    const answers = [];
    for (const url of [a.url, b.url, a.url, b.url]) answers.push(await tokenFrom(url, address));
    expect(answers.map((x) => x.status)).toEqual([200, 200, 200, 429]);
    expect(answers[3]?.body.error).toMatch(/Too many open conversations/);
    expect((await tokenFrom(a.url, address)).status).toBe(429);

    // In all: new conversations from new addresses, alternately, until the shared table is full; then both refuse.
    const statuses: number[] = [];
    for (let i = 0; i < MAX_CONVERSATIONS + 2; i++) statuses.push((await tokenFrom(i % 2 ? a.url : b.url, `203.0.113.${100 + i}`)).status);
    expect(statuses.slice(-2)).toEqual([503, 503]);
    expect((await tokenFrom(a.url, '192.0.2.200')).status).toBe(503);
    expect((await tokenFrom(b.url, '192.0.2.201')).status).toBe(503);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const live = await admin.query<{ n: string }>('SELECT count(*) AS n FROM directline_conversations WHERE expires_at > $1', [Date.now()]);
      expect(Number(live.rows[0]?.n)).toBe(MAX_CONVERSATIONS);
    } finally {
      await admin.end();
    }
  });
});
