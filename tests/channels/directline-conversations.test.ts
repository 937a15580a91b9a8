/**
 * The local Direct Line's conversations: they expire when idle and their memory is freed, the store is bounded,
 * bad activities get a clear 4xx without harming the conversation, the sender is always the token's user, and
 * only the bot can post into a conversation (through the loopback connector).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationStore, isRefusal, type WebConversation } from '../../src/channels/directline/conversations.js';
import { startTestServer, type TestServer } from '../bot/http.js';
import { directLine, manualClock, newToken, type Json } from './helpers.js';

const MINUTE = 60 * 1000;

describe('ConversationStore', () => {
  const limits = { idleMs: 10 * MINUTE, unstartedMs: 2 * MINUTE, maxConversations: 3, maxPerClient: 0, maxActivities: 5, maxBytes: 2000 };

  /** A conversation the store opened, started as the widget does at once. */
  function opened(store: ConversationStore, userId: string, client = '192.0.2.1'): WebConversation {
    const created = store.create(userId, client);
    if (isRefusal(created)) throw new Error(`refused: ${created.refused}`);
    created.started = true;
    return created;
  }

  it('frees idle conversations, and tells who listens that they ended', () => {
    const clock = manualClock();
    const store = new ConversationStore(limits, clock.now);
    const ended: string[] = [];
    store.onEnd((c) => ended.push(c.id));
    const a = opened(store, 'dl_a');
    const b = opened(store, 'dl_b');
    a.append({ type: 'message', text: 'bonjour' }, clock.now());
    clock.advance(6 * MINUTE);
    expect(store.get(b.id)).toBe(b); // activity keeps b alive
    clock.advance(5 * MINUTE);
    expect(store.sweep()).toBe(1);
    expect(ended).toEqual([a.id]);
    expect(store.size).toBe(1);
    expect(a.activityCount).toBe(0);
    clock.advance(10 * MINUTE);
    expect(store.get(b.id)).toBeUndefined();
    expect(store.size).toBe(0);
  });

  it('when full, refuses new conversations (with when to retry) and ends none of the live ones', () => {
    const clock = manualClock();
    const store = new ConversationStore(limits, clock.now);
    const live = [opened(store, 'dl_a'), opened(store, 'dl_b'), opened(store, 'dl_c')];
    expect(store.create('dl_d', '192.0.2.9')).toEqual({ refused: 'full', retryAfterSeconds: 600 });
    expect(live.every((x) => store.get(x.id) === x)).toBe(true);
    clock.advance(10 * MINUTE); // all three idle long enough: their room is free again
    expect(isRefusal(store.create('dl_d', '192.0.2.9'))).toBe(false);
  });

  it('a token never used to start its conversation frees its room after unstartedMs', () => {
    const clock = manualClock();
    const store = new ConversationStore(limits, clock.now);
    const unstarted = store.create('dl_a', '192.0.2.1') as WebConversation;
    const talking = opened(store, 'dl_b');
    clock.advance(2 * MINUTE);
    expect(store.sweep()).toBe(1);
    expect(store.get(unstarted.id)).toBeUndefined();
    expect(store.get(talking.id)).toBe(talking);
  });

  it('bounds the live conversations of one client; other clients go on', () => {
    const clock = manualClock();
    const store = new ConversationStore({ ...limits, maxConversations: 100, maxPerClient: 2 }, clock.now);
    opened(store, 'dl_a', '2001:db8:1:2::/64');
    opened(store, 'dl_b', '2001:db8:1:2::/64');
    expect(store.create('dl_c', '2001:db8:1:2::/64')).toMatchObject({ refused: 'client' });
    expect(isRefusal(store.create('dl_d', '2001:db8:1:3::/64'))).toBe(false);
    clock.advance(10 * MINUTE);
    expect(isRefusal(store.create('dl_e', '2001:db8:1:2::/64'))).toBe(false);
  });

  it('keeps only the latest activities of a conversation, by count and by size, with watermarks intact', () => {
    const clock = manualClock();
    const store = new ConversationStore(limits, clock.now);
    const conversation = opened(store, 'dl_a');
    for (let i = 1; i <= 8; i++) conversation.append({ type: 'message', text: `message ${i}` }, clock.now());
    const all = conversation.since(undefined);
    expect(all.watermark).toBe('8');
    expect(all.activities.map((a) => a.text)).toEqual(['message 4', 'message 5', 'message 6', 'message 7', 'message 8']);
    expect(conversation.since('6').activities.map((a) => a.text)).toEqual(['message 7', 'message 8']);
    conversation.append({ type: 'message', text: 'x'.repeat(1500) }, clock.now());
    expect(conversation.activityCount).toBeLessThan(5);
    expect(conversation.since('8').activities).toHaveLength(1);
  });
});

describe('web conversations on the server', () => {
  const clock = manualClock();
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ DIRECTLINE_TOKEN_MINUTES: '600', DIRECTLINE_IDLE_MINUTES: '5', DIRECTLINE_MAX_CONVERSATIONS: '50' }, { clock: clock.now });
  });
  afterAll(async () => t?.close());

  async function started() {
    const issued = await newToken(t.url);
    expect((await directLine(t.url, 'POST', '/conversations', issued.token, {})).status).toBe(201);
    return issued;
  }

  it('ends a conversation idle for DIRECTLINE_IDLE_MINUTES (404 "ended"), not one still in use', async () => {
    const idle = await started();
    const busy = await started();
    clock.advance(4 * MINUTE);
    expect((await directLine(t.url, 'GET', `/conversations/${busy.conversationId}/activities`, busy.token)).status).toBe(200);
    clock.advance(2 * MINUTE);
    expect((await directLine(t.url, 'GET', `/conversations/${busy.conversationId}/activities`, busy.token)).status).toBe(200);

    const gone = await directLine(t.url, 'GET', `/conversations/${idle.conversationId}/activities`, idle.token);
    expect(gone.status).toBe(404);
    expect(gone.body).toEqual({ error: { code: 'ConversationNotFound', message: 'The conversation has ended.' } });
    // Its token, still valid, cannot bring it back.
    expect((await directLine(t.url, 'POST', '/conversations', idle.token, {})).status).toBe(404);
    expect((await directLine(t.url, 'POST', '/tokens/refresh', idle.token)).status).toBe(404);
  });

  it('answers bad activities with a clear 4xx and the conversation goes on', async () => {
    const { token, conversationId } = await started();
    const path = `/conversations/${conversationId}/activities`;
    const bad: [unknown, number][] = [
      [{}, 400],
      [{ type: 'invoke', name: 'x' }, 400],
      [{ type: 'message', text: 42 }, 400],
      [[{ type: 'message' }], 400],
      [{ type: 'message', text: 'é'.repeat(5001) }, 413],
      [{ type: 'message', text: 'ok', channelData: { big: 'x'.repeat(40_000) } }, 413],
    ];
    for (const [body, status] of bad) {
      const response = await directLine(t.url, 'POST', path, token, body);
      expect({ body: JSON.stringify(body).slice(0, 40), status: response.status }).toEqual({ body: JSON.stringify(body).slice(0, 40), status });
      expect((response.body.error as Json).code).toEqual(expect.any(String));
    }
    const raw = await fetch(`${t.url}/v3/directline${path}`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{"type":' });
    expect(raw.status).toBe(400);

    const fine = await directLine(t.url, 'POST', path, token, { type: 'message', text: 'bonjour' });
    expect(fine.status).toBe(200);
    expect(String(fine.body.id)).toMatch(new RegExp(`^${conversationId}\\|\\d{7}$`));
  });

  it("stamps the resident's activity itself: the token's user, this conversation, the server's time", async () => {
    const { token, conversationId } = await started();
    const path = `/conversations/${conversationId}/activities`;
    const sent = await directLine(t.url, 'POST', path, token, {
      type: 'message',
      text: 'aide',
      from: { id: 'dl_someone_else', name: 'Marie Dupont' },
      conversation: { id: 'another' },
      serviceUrl: 'https://attacker.example/',
      recipient: { id: 'x' },
      channelData: { clientActivityID: 'c-1' },
    });
    expect(sent.status).toBe(200);
    const poll = await directLine(t.url, 'GET', path, token);
    const echo = (poll.body.activities as Json[]).find((a) => a.id === sent.body.id);
    const user = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')).user as string;
    expect(echo).toMatchObject({ type: 'message', text: 'aide', from: { id: user, role: 'user' }, conversation: { id: conversationId }, channelData: { clientActivityID: 'c-1' } });
    expect(echo).not.toHaveProperty('serviceUrl');
    expect(echo).not.toHaveProperty('recipient');
    expect(echo?.timestamp).toBe(clock.now().toISOString());
    // The reply to it is the bot's, and says which activity it answers.
    const reply = (poll.body.activities as Json[]).find((a) => a.replyToId === sent.body.id);
    expect(reply?.from).toMatchObject({ role: 'bot' });
  });

  it('lets only the bot post into a conversation through the loopback connector', async () => {
    const { token, conversationId } = await started();
    const connector = `${t.url}/directline-connector/v3/conversations/${conversationId}/activities`;
    const attempts: Record<string, string>[] = [{}, { authorization: `Bearer ${token}` }, { authorization: 'Bearer guess' }];
    for (const headers of attempts) {
      const response = await fetch(connector, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ type: 'message', text: 'Appelez le 06 00 00 00 00' }),
      });
      expect(response.status).toBe(401);
    }
    const poll = await directLine(t.url, 'GET', `/conversations/${conversationId}/activities`, token);
    expect((poll.body.activities as Json[]).some((a) => String(a.text).includes('06 00'))).toBe(false);
  });
});

describe('bounded store on the server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ DIRECTLINE_MAX_CONVERSATIONS: '2' });
  });
  afterAll(async () => t?.close());

  it('refuses a new conversation (503, Retry-After) when DIRECTLINE_MAX_CONVERSATIONS is reached, ending none', async () => {
    const first = await newToken(t.url);
    const second = await newToken(t.url);
    const third = await fetch(`${t.url}/api/directline/token`, { method: 'POST' });
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await directLine(t.url, 'POST', '/conversations', first.token, {})).status).toBe(201);
    expect((await directLine(t.url, 'POST', '/conversations', second.token, {})).status).toBe(201);
  });
});
