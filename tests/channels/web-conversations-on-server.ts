/**
 * The local Direct Line's routes over a conversation store, on a real server: idle conversations end (404), bad
 * activities get a clear 4xx, the sender is always the token's user, only the bot posts through the connector.
 * Run on memory by directline-conversations.test.ts and on PostgreSQL by directline-postgres.test.ts.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../bot/http.js';
import { MINUTE } from './conversation-store-contract.js';
import { directLine, manualClock, newToken, type Json } from './helpers.js';

/** `env` is read when the server starts (a PostgreSQL test's database exists only then). */
export function webConversationsOnServer(env: () => Record<string, string> = () => ({})): void {
  const clock = manualClock();
  let t: TestServer;

  beforeAll(async () => {
    t = await startTestServer({ DIRECTLINE_TOKEN_MINUTES: '600', DIRECTLINE_IDLE_MINUTES: '5', DIRECTLINE_MAX_CONVERSATIONS: '50', ...env() }, { clock: clock.now });
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

  it('hands a message sent again with the same client id (a proxy retrying the POST on another instance) to the bot once', async () => {
    const { token, conversationId } = await started();
    const path = `/conversations/${conversationId}/activities`;
    const message = { type: 'message', text: 'le banc du square zqretry est cassé', channelData: { clientActivityID: 'ra-retry-1' } };
    const first = await directLine(t.url, 'POST', path, token, message);
    const again = await directLine(t.url, 'POST', path, token, message);
    expect(first.status).toBe(200);
    expect(again).toMatchObject({ status: 200, body: { id: first.body.id } });
    // The same words with another client id are another message (a resident may say a thing twice).
    const other = await directLine(t.url, 'POST', path, token, { ...message, channelData: { clientActivityID: 'ra-retry-2' } });
    expect(other.status).toBe(200);
    expect(other.body.id).not.toBe(first.body.id);
    const activities = (await directLine(t.url, 'GET', path, token)).body.activities as Json[];
    const mine = activities.filter((a) => a.text === message.text);
    expect(mine.map((a) => a.id)).toEqual([first.body.id, other.body.id]);
    expect(activities.filter((a) => a.replyToId === first.body.id).length).toBeGreaterThan(0);
    const repliesTo = (id: unknown) => activities.filter((a) => a.replyToId === id).length;
    expect(repliesTo(first.body.id)).toBe(repliesTo(other.body.id));
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
}

