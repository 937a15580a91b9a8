/** Malformed requests get a clear 4xx (never a 500, never a crash); the bot goes on answering afterwards. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../src/server.js';
import { emulatorActivity, startTestServer, type TestServer } from './http.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server.close());

const valid = emulatorActivity({ text: 'kan passe le bus santé' });
const without = (field: string) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== field));

it.each<[string, unknown, Record<string, string>?]>([
  ['an empty object', {}],
  ['an array', [valid]],
  ['null', 'null'],
  ['a number', '42'],
  ['a string', '"hello"'],
  ['broken JSON', '{"type": "message", '],
  ['not JSON at all', 'type=message&text=hello', { 'content-type': 'application/x-www-form-urlencoded' }],
  ['no type', without('type')],
  ['an empty type', { ...valid, type: '' }],
  ['a numeric type', { ...valid, type: 5 }],
  ['no conversation', without('conversation')],
  ['a conversation without id', { ...valid, conversation: {} }],
  ['a conversation that is a string', { ...valid, conversation: 'c1' }],
  ['no sender', without('from')],
  ['a sender without id', { ...valid, from: { name: 'x' } }],
  ['no channel', without('channelId')],
  ['a text that is an object', { ...valid, text: { fr: 'bonjour' } }],
  ['a locale that is an object', { ...valid, locale: { lang: 'fr' } }],
  ['members that are not a list', { ...valid, type: 'conversationUpdate', membersAdded: 'everyone' }],
  ['members without ids', { ...valid, type: 'conversationUpdate', membersAdded: [null, 5] }],
  ['attachments that are not a list', { ...valid, attachments: 'x' }],
])('%s → 400', async (_name, body, headers) => {
  const response = await server.post(body, headers);
  expect(response.status).toBe(400);
});

it('plain text → 415 (only JSON and forms are read, see tests/security/request-bodies.test.ts)', async () => {
  const response = await server.post('hello', { 'content-type': 'text/plain' });
  expect(response.status).toBe(415);
});

it('a body over the size limit → 413', async () => {
  const response = await server.post({ ...valid, text: 'a'.repeat(MAX_BODY_BYTES + 1) });
  expect(response.status).toBe(413);
});

it('GET on the endpoint → 405, not an answer', async () => {
  const response = await fetch(`${server.url}/api/messages`);
  expect(response.status).toBe(405);
});

it.each<[string, Record<string, unknown>]>([
  ['an empty text', { text: '' }],
  ['only spaces', { text: ' \n\t ' }],
  ['a very long text', { text: 'bus santé '.repeat(5000) }],
  ['odd unicode', { text: '\u0000\uD800 🚌 bus\u202E santé \uFFFF\u200B' }],
  ['an attachment only', { text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }] }],
  ['an unknown activity type', { type: 'somethingNew' }],
  ['a bad timestamp', { timestamp: 'yesterday' }],
])('%s → 200 and a polite reply (or none), no crash', async (_name, overrides) => {
  const response = await server.post(emulatorActivity({ text: 'bonjour', ...overrides }));
  expect(response.status).toBe(200);
  const body = (await response.json()) as { activities: { type: string; text?: string }[] };
  for (const a of body.activities.filter((x) => x.type === 'message')) expect(a.text ?? '').not.toMatch(/problème technique|technical problem/);
});

it('after all of that, the server is healthy and answers', async () => {
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
  const reply = await server.exchange({ text: 'kan passe le bus santé', conversation: { id: 'after', isGroup: false, conversationType: 'personal', name: '' } });
  expect(reply.traces[0]).toMatchObject({ kind: 'answer', entryId: 'bus-sante' });
});
