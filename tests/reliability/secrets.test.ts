/**
 * No secret and no resident's text in the logs. Two assistants with secrets configured and logging everything
 * (level trace) into a buffer, console output captured too:
 *  - one with a Microsoft App ID and password and a state salt: a full web conversation through the local Direct
 *    Line (the path that works with an App ID and no network), with personal data typed by the resident, an
 *    unanswered question kept as a remarque, a staff member signing in, reading and changing it, signing out;
 *    plus the usual failures (wrong password, forged tokens, a refused /api/messages);
 *  - one with an Azure Direct Line secret, exchanged at a stand-in for Azure that first fails, then answers.
 * Then every secret, token, cookie and resident's sentence is looked for in what was written.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startAssistant, type Assistant } from '../../src/index.js';
import { createLogger } from '../../src/logging.js';
import { hashPassword } from '../../src/staff/passwords.js';
import { emulatorActivity } from '../bot/http.js';
import { directLine, newToken, until } from '../channels/helpers.js';
import { call, signIn } from '../staff/helpers.js';
import { KEPT } from './helpers.js';

const SECRETS = {
  appPassword: 'APP-PASSWORD-x7Qm2-never-logged',
  stateSalt: 'STATE-SALT-k4Lp9-never-logged',
  directLineSecret: 'DL-SECRET-r5Tz8-never-logged',
  staffPassword: 'STAFF-PASSWORD-une phrase secrète',
};
const RESIDENT = {
  phone: '06 12 34 56 78',
  email: 'jean.dupont@example.com',
  question: 'ou acheter des graines de tournesol zqsecret',
};

let logs = '';
const capture = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logs += chunk.toString('utf8');
    done();
  },
});
const dir = mkdtempSync(path.join(tmpdir(), 'renaissance-secrets-'));
const started: Assistant[] = [];
const seen: string[] = []; // tokens and cookies handed out during the test, which must not be logged either
let azure: http.Server;
let azureStatus = 500;

async function start(name: string, env: Record<string, string>): Promise<Assistant> {
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: path.join(dir, `${name}.sqlite`), LOG_LEVEL: 'trace', ...env });
  const assistant = await startAssistant({ config, logger: createLogger('trace', capture) });
  started.push(assistant);
  return assistant;
}

beforeAll(async () => {
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logs += `${args.map((a) => (a instanceof Error ? `${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' ')}\n`;
    });
  }
  azure = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      res.writeHead(azureStatus, { 'content-type': 'application/json' });
      res.end(JSON.stringify(azureStatus === 200 ? { conversationId: 'AzureConv', token: 'azure.token.for.the.page', expires_in: 1800 } : { error: 'boom' }));
    });
  });
  await new Promise<void>((resolve) => azure.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  for (const assistant of started) await assistant.close();
  await new Promise<void>((resolve) => azure.close(() => resolve()));
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

it('a full conversation with an App ID, a state salt and a staff session logs none of them', async () => {
  const assistant = await start('app', {
    MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
    MicrosoftAppPassword: SECRETS.appPassword,
    STATE_SALT: SECRETS.stateSalt,
  });
  await assistant.storage.staff.addUser({ username: 'agent.secret', passwordHash: await hashPassword(SECRETS.staffPassword) });
  const url = assistant.url;

  // The resident, on the web widget.
  const { token, conversationId } = await newToken(url);
  seen.push(token);
  const startReply = await directLine(url, 'POST', '/conversations', token);
  seen.push(String(startReply.body.streamUrl).split('t=')[1] ?? '');
  const say = (text: string) => directLine(url, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', from: { id: 'x' }, text });
  await say(`bonjour, mon numéro est le ${RESIDENT.phone} et mon mail ${RESIDENT.email}`);
  await say(RESIDENT.question);
  await until(async () => {
    const { body } = await directLine(url, 'GET', `/conversations/${conversationId}/activities`, token);
    return (body.activities as { text?: string }[]).some((a) => a.text?.includes(KEPT));
  }, 'the unanswered question kept');
  const refreshed = await directLine(url, 'POST', '/tokens/refresh', token);
  seen.push(String(refreshed.body.token));
  // Failures that are logged: forged tokens, a refused /api/messages, a wrong staff password.
  await directLine(url, 'GET', `/conversations/${conversationId}/activities`, `${token}x`);
  await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer forged.jwt.value' }, body: JSON.stringify(emulatorActivity({ text: RESIDENT.question })) });
  await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(emulatorActivity({ text: RESIDENT.question })) });
  await call(url, 'POST', '/staff/api/login', { body: { username: 'agent.secret', password: `${SECRETS.staffPassword}-wrong` } });

  // Staff read and handle the remarque.
  const session = await signIn(url, { username: 'agent.secret', password: SECRETS.staffPassword });
  seen.push(session.cookie.split('=')[1] ?? '', session.csrf);
  const list = await call(url, 'GET', '/staff/api/remarques', { session });
  const [remarque] = list.json<{ items: { id: number; text: string }[] }>().items.filter((r) => r.text.includes('zqsecret'));
  expect(remarque).toBeDefined();
  expect((await call(url, 'PATCH', `/staff/api/remarques/${remarque?.id}`, { session, body: { status: 'a-transmettre', note: 'vu' } })).status).toBe(200);
  await call(url, 'GET', '/staff/remarques', { session });
  await call(url, 'POST', '/staff/api/logout', { session });
  expect(logs.length).toBeGreaterThan(0);
});

it('the Azure Direct Line secret is used, and logged neither on failure nor on success', async () => {
  const assistant = await start('azure', {
    DIRECTLINE_SECRET: SECRETS.directLineSecret,
    DIRECTLINE_ENDPOINT: `http://127.0.0.1:${(azure.address() as AddressInfo).port}/v3/directline`,
  });
  azureStatus = 500;
  expect((await fetch(`${assistant.url}/api/directline/token`, { method: 'POST' })).status).toBe(502);
  azureStatus = 200;
  const ok = await fetch(`${assistant.url}/api/directline/token`, { method: 'POST' });
  expect(ok.status).toBe(200);
  expect(await ok.text()).not.toContain(SECRETS.directLineSecret);
});

it('the logs hold none of the secrets, tokens, cookies or resident sentences', () => {
  // Something was logged about these very requests (or this test would prove nothing).
  expect(logs).toContain('request without a Bot Framework token refused');
  expect(logs).toContain('no Direct Line token for the page');
  const forbidden = [...Object.values(SECRETS), ...Object.values(RESIDENT), 'tournesol', ...seen.filter((s) => s.length >= 8)];
  for (const secret of forbidden) expect(logs.includes(secret), `"${secret.slice(0, 12)}…" found in the logs`).toBe(false);
});
