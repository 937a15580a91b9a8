/**
 * Direct Line tokens on the real server: the token route, and what the endpoint refuses — no token (401), a forged
 * or tampered token, an expired one, another conversation's (403) — while a refreshed token keeps working.
 */
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { startTestServer, type TestServer } from '../bot/http.js';
import { directLine, manualClock, newToken, type DirectLineToken } from './helpers.js';

const clock = manualClock();
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ DIRECTLINE_TOKEN_MINUTES: '30' }, { clock: clock.now });
});
afterAll(async () => t?.close());

function claims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

async function startedConversation(): Promise<DirectLineToken> {
  const issued = await newToken(t.url);
  const start = await directLine(t.url, 'POST', '/conversations', issued.token, { locale: 'fr-FR' });
  expect(start.status).toBe(201);
  return issued;
}

describe('POST /api/directline/token', () => {
  it('mints a short-lived token bound to a new conversation and to a "dl_" user', async () => {
    const response = await fetch(`${t.url}/api/directline/token`, { method: 'POST' });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as DirectLineToken;
    expect(Object.keys(body).sort()).toEqual(['conversationId', 'expires_in', 'token']);
    expect(body.expires_in).toBe(30 * 60);
    const payload = claims(body.token);
    expect(payload.conv).toBe(body.conversationId);
    expect(String(payload.user)).toMatch(/^dl_[\w-]{8,}$/);
    expect(payload.exp).toBe(Math.floor(clock.now().getTime() / 1000) + 30 * 60);
  });

  it('gives every page its own conversation', async () => {
    const [a, b] = await Promise.all([newToken(t.url), newToken(t.url)]);
    expect(a.conversationId).not.toBe(b.conversationId);
    expect(claims(a.token).user).not.toBe(claims(b.token).user);
  });
});

describe('starting a conversation', () => {
  it('answers 201 with a streamUrl, greets once, and answers 200 (no second welcome) when started again', async () => {
    const issued = await newToken(t.url);
    const first = await directLine(t.url, 'POST', '/conversations', issued.token, { locale: 'fr-FR' });
    expect(first.status).toBe(201);
    expect(first.body.conversationId).toBe(issued.conversationId);
    expect(String(first.body.streamUrl)).toMatch(new RegExp(`^ws://.+/v3/directline/conversations/${issued.conversationId}/stream\\?t=`));
    const again = await directLine(t.url, 'POST', '/conversations', issued.token, {});
    expect(again.status).toBe(200);

    // A message turn runs after any turn the two starts queued: once it is answered, every greeting is in.
    const posted = await directLine(t.url, 'POST', `/conversations/${issued.conversationId}/activities`, issued.token, { type: 'message', text: 'aide' });
    expect(posted.status).toBe(200);
    const poll = await directLine(t.url, 'GET', `/conversations/${issued.conversationId}/activities`, issued.token);
    const activities = poll.body.activities as { text?: string }[];
    const greeting = translator('fr')('welcome.greeting');
    expect(activities.filter((a) => a.text?.startsWith(greeting.slice(0, 30))).length).toBe(1);
  });
});

describe('refused tokens', () => {
  it('answers 401 without a token and 403 for a forged or tampered one', async () => {
    const issued = await startedConversation();
    const path = `/conversations/${issued.conversationId}/activities`;
    expect((await directLine(t.url, 'GET', path, undefined)).status).toBe(401);
    expect((await directLine(t.url, 'GET', path, 'not-a-token')).status).toBe(403);

    const forged = await new SignJWT({ conv: issued.conversationId, user: 'dl_intruder', scope: 'conversation' })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('renaissance-assistant')
      .setAudience('directline')
      .setExpirationTime(Math.floor(clock.now().getTime() / 1000) + 600)
      .sign(new TextEncoder().encode('a key that is not the server key, 32+ chars long'));
    const refused = await directLine(t.url, 'GET', path, forged);
    expect(refused.status).toBe(403);
    expect(refused.body).toEqual({ error: { code: 'BadToken', message: 'The token is not valid.' } });

    // The real signature over a payload naming another user is no better.
    const [header, , signature] = issued.token.split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims(issued.token), user: 'dl_intruder' })).toString('base64url');
    expect((await directLine(t.url, 'GET', path, `${header}.${payload}.${signature}`)).status).toBe(403);

    // "none" algorithm tokens are not accepted either.
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims(issued.token))).toString('base64url')}.`;
    expect((await directLine(t.url, 'GET', path, unsigned)).status).toBe(403);
  });

  it("never lets one conversation's token read or write another conversation", async () => {
    const mine = await startedConversation();
    const other = await startedConversation();
    await directLine(t.url, 'POST', `/conversations/${other.conversationId}/activities`, other.token, { type: 'message', text: 'bonjour' });

    const read = await directLine(t.url, 'GET', `/conversations/${other.conversationId}/activities`, mine.token);
    expect(read.status).toBe(403);
    expect(read.body.activities).toBeUndefined();
    expect((await directLine(t.url, 'GET', `/conversations/${other.conversationId}`, mine.token)).status).toBe(403);
    const write = await directLine(t.url, 'POST', `/conversations/${other.conversationId}/activities`, mine.token, { type: 'message', text: 'intrus' });
    expect(write.status).toBe(403);

    const theirs = await directLine(t.url, 'GET', `/conversations/${other.conversationId}/activities`, other.token);
    expect((theirs.body.activities as { text?: string }[]).some((a) => a.text === 'intrus')).toBe(false);
  });

  it('refuses an expired token (403) — also for refreshing — and a refreshed token works on the same conversation', async () => {
    const issued = await startedConversation();
    const path = `/conversations/${issued.conversationId}/activities`;

    clock.advance(20 * 60 * 1000);
    const refreshed = await directLine(t.url, 'POST', '/tokens/refresh', issued.token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(issued.conversationId);
    const fresh = String(refreshed.body.token);
    expect(claims(fresh).conv).toBe(issued.conversationId);
    expect(claims(fresh).user).toBe(claims(issued.token).user);

    clock.advance(11 * 60 * 1000);
    const expired = await directLine(t.url, 'GET', path, issued.token);
    expect(expired.status).toBe(403);
    expect(expired.body).toEqual({ error: { code: 'TokenExpired', message: 'The token has expired.' } });
    expect((await directLine(t.url, 'POST', '/tokens/refresh', issued.token)).status).toBe(403);
    expect((await directLine(t.url, 'GET', path, fresh)).status).toBe(200);
  });

  it('does not accept the WebSocket stream token in place of the conversation token', async () => {
    const issued = await newToken(t.url);
    const start = await directLine(t.url, 'POST', '/conversations', issued.token, {});
    const streamToken = new URL(String(start.body.streamUrl)).searchParams.get('t') ?? '';
    expect(claims(streamToken).scope).toBe('stream');
    expect((await directLine(t.url, 'GET', `/conversations/${issued.conversationId}/activities`, streamToken)).status).toBe(403);
  });
});
