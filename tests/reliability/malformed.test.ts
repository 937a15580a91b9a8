/**
 * Malformed input on every endpoint — the bot's, the Direct Line's, the token route, the connector, every route of
 * the staff console (with a valid session and its CSRF token, so the input reaches the handlers) and the pages:
 * invalid JSON, wrong content types, missing fields, 1 MB bodies, deep nesting, 10,000-character messages, control
 * characters, emoji, right-to-left text, attachments without text, non-message activities. Each gets a 4xx or a
 * polite reply: never a 5xx, never a crash, and the assistant answers normally afterwards.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaffDeps, staffRoutes } from '../../src/staff/index.js';
import { emulatorActivity } from '../bot/http.js';
import { newToken } from '../channels/helpers.js';
import { signIn, startTestAssistant, type StaffSession, type TestAssistant } from '../staff/helpers.js';
import { NO_LIMITS } from './helpers.js';

const TECHNICAL_ERROR = /problème technique|technical problem/;
const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

/** Bodies that are wrong in themselves, whatever the endpoint: [name, body, content type]. */
const BAD_BODIES: [string, string, string][] = [
  ['invalid JSON', '{"type": "message", ', 'application/json'],
  ['an empty body', '', 'application/json'],
  ['null', 'null', 'application/json'],
  ['an array', '[{"type":"message"}]', 'application/json'],
  ['a number', '42', 'application/json'],
  ['a form', 'type=message&text=bonjour', 'application/x-www-form-urlencoded'],
  ['plain text', 'bonjour', 'text/plain'],
  ['XML', '<activity><text>bonjour</text></activity>', 'application/xml'],
  ['broken multipart', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n', 'multipart/form-data; boundary=x'],
  ['an unknown content type', '{}', 'application/x-unknown'],
  ['1 MB of JSON', JSON.stringify({ type: 'message', text: 'a'.repeat(1_000_000) }), 'application/json'],
  ['arrays nested 20,000 deep', deepArray(20_000), 'application/json'],
  ['objects nested 10,000 deep', deepObject(10_000), 'application/json'],
  ['control characters', '{"type":"message","text":"\\u0000\\u0007\\u001b[2J"}', 'application/json'],
];

/** Messages that are valid activities with odd content: they get a polite reply. */
const ODD_MESSAGES: [string, Record<string, unknown>][] = [
  ['10,000 characters', { text: 'bus santé '.repeat(1000) }],
  ['control characters', { text: '\u0000\u0001\u0007\u001b[31m bus santé \u007f\u0085' }],
  ['emoji only', { text: '🚌🏥👩‍👩‍👧‍👦🙏🏽' }],
  ['right-to-left text', { text: 'متى تأتي حافلة الصحة؟ \u202Ebus santé\u202C' }],
  ['mixed scripts and zero-width', { text: 'b\u200Bu\u200Ds sa\uFEFFnté 𝐛𝐮𝐬' }],
  ['lone surrogates', { text: '\uD800 bus \uDC00 santé' }],
  ['an attachment without text', { text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1:9/x.png' }] }],
  ['an empty attachment list', { text: '', attachments: [] }],
  ['a deeply nested channelData', { text: 'bus santé', channelData: JSON.parse(deepObject(2_000)) as unknown }],
];
const NON_MESSAGES = ['event', 'typing', 'invoke', 'endOfConversation', 'messageReaction', 'installationUpdate', 'somethingNew'];

let t: TestAssistant;
let session: StaffSession;
let directLine: { token: string; conversationId: string };
const statuses: { where: string; status: number }[] = [];

async function send(method: string, path: string, body: string | undefined, headers: Record<string, string> = {}): Promise<Response> {
  const response = await fetch(t.url + path, { method, headers, body });
  statuses.push({ where: `${method} ${path}`, status: response.status });
  return response;
}

beforeAll(async () => {
  t = await startTestAssistant(NO_LIMITS);
  session = await signIn(t.url);
  const issued = await newToken(t.url);
  directLine = { token: issued.token, conversationId: issued.conversationId };
  await send('POST', '/v3/directline/conversations', '{}', { authorization: `Bearer ${directLine.token}`, 'content-type': 'application/json' });
});
afterAll(() => t.close());

describe('bad bodies on every endpoint that takes one → 4xx, never 5xx', () => {
  const endpoints = (): [string, string, Record<string, string>][] => {
    const dl = { authorization: `Bearer ${directLine.token}` };
    const staff = { cookie: session.cookie, 'x-csrf-token': session.csrf };
    const { config, logger, storage, knowledge, engine, agenda } = t.assistant;
    const staffChanges = staffRoutes(buildStaffDeps({ config, logger, clock: t.clock.now, storage, knowledge, engine, agenda }))
      .filter((r) => r.method !== 'GET' && !/logout|deconnexion/.test(r.path))
      .map((r): [string, string, Record<string, string>] => [r.method, r.path.replace(':id', '1'), staff]);
    return [
      ['POST', '/api/messages', {}],
      ['POST', '/api/directline/token', {}],
      ['POST', '/v3/directline/conversations', dl],
      ['POST', `/v3/directline/conversations/${directLine.conversationId}/activities`, dl],
      ['POST', '/v3/directline/tokens/refresh', dl],
      ['POST', `/directline-connector/v3/conversations/${directLine.conversationId}/activities`, {}],
      ...staffChanges,
    ];
  };

  it.each(BAD_BODIES)('%s', async (_name, body, contentType) => {
    for (const [method, path, headers] of endpoints()) {
      const response = await send(method, path, body, { ...headers, 'content-type': contentType });
      expect(response.status, `${method} ${path}`).toBeLessThan(500);
      await response.arrayBuffer();
    }
  });
});

describe('odd but valid messages → a polite reply', () => {
  it.each(ODD_MESSAGES)('on /api/messages: %s', async (name, overrides) => {
    const response = await send('POST', '/api/messages', JSON.stringify(emulatorActivity({ conversation: { id: `odd-${name}`, isGroup: false, conversationType: 'personal', name: '' }, ...overrides })), { 'content-type': 'application/json' });
    expect(response.status).toBe(200);
    const { activities } = (await response.json()) as { activities: { type: string; text?: string }[] };
    const texts = activities.filter((a) => a.type === 'message').map((a) => a.text ?? '');
    expect(texts.length).toBeGreaterThan(0);
    for (const text of texts) expect(text).not.toMatch(TECHNICAL_ERROR);
  });

  it.each(ODD_MESSAGES)('on the Direct Line: %s', async (_name, overrides) => {
    const response = await send('POST', `/v3/directline/conversations/${directLine.conversationId}/activities`, JSON.stringify({ type: 'message', from: { id: 'x' }, ...overrides }), {
      authorization: `Bearer ${directLine.token}`,
      'content-type': 'application/json',
    });
    expect([200, 400, 413]).toContain(response.status);
  });

  it.each(NON_MESSAGES)('a "%s" activity → 200 without a technical error, or a 4xx', async (type) => {
    const response = await send('POST', '/api/messages', JSON.stringify(emulatorActivity({ type, text: undefined, conversation: { id: `type-${type}`, isGroup: false, conversationType: 'personal', name: '' } })), { 'content-type': 'application/json' });
    expect(response.status).toBeLessThan(500);
    const body = await response.text();
    expect(body).not.toMatch(TECHNICAL_ERROR);
  });
});

describe('odd requests on the pages and the read routes → never 5xx', () => {
  const QUERY = `?status=%00&kind=x&topic=%F0%9F%9A%8C&from=9999-99-99&to=%3Cscript%3E&limit=-1&offset=1e309&search=${'%E2%80%AE'.repeat(300)}&watermark=-1&lang=%00`;
  it('every GET route of the console (with a session), the widget, the Direct Line and the health check', async () => {
    const { config, logger, storage, knowledge, engine, agenda } = t.assistant;
    const gets = staffRoutes(buildStaffDeps({ config, logger, clock: t.clock.now, storage, knowledge, engine, agenda }))
      .filter((r) => r.method === 'GET')
      .flatMap((r) => ['1', '99999999999999999999', '%00', '..%2F..%2Fetc', 'ééé'].map((id) => r.path.replace(':id', id)));
    const pages = ['/', '/widget.js', '/widget.css', '/demo.css', '/healthz', '/staff', '/%00', '/staff/%E2%80%AE', `/v3/directline/conversations/${directLine.conversationId}/activities`];
    for (const path of [...new Set([...gets, ...pages])]) {
      for (const suffix of ['', QUERY]) {
        const response = await send('GET', path + suffix, undefined, { cookie: session.cookie, authorization: `Bearer ${directLine.token}` });
        expect(response.status, path + suffix).toBeLessThan(500);
        await response.arrayBuffer();
      }
    }
  });
});

it('after all of that: no 5xx anywhere, healthy, and answering', async () => {
  expect(statuses.filter((s) => s.status >= 500)).toEqual([]);
  expect(statuses.length).toBeGreaterThan(300);
  expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
  const response = await fetch(`${t.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(emulatorActivity({ text: 'kan passe le bus santé', conversation: { id: 'after-malformed', isGroup: false, conversationType: 'personal', name: '' } })),
  });
  const { activities } = (await response.json()) as { activities: { type: string; name?: string; value?: { kind?: string } }[] };
  expect(activities.find((a) => a.name === 'quartier.answer')?.value?.kind).toBe('answer');
});
