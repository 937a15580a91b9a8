/**
 * The real assistant for the console's tests: startAssistant() on an ephemeral port with a SQLite file in a temporary
 * folder, one staff account, and small HTTP helpers (sign in, call the API with the session, ask the bot).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../../src/config.js';
import { startAssistant, type Assistant } from '../../src/index.js';
import { createLogger } from '../../src/logging.js';
import { hashPassword } from '../../src/staff/passwords.js';

export const STAFF = { username: 'agent.test', password: 'une phrase de passe pour les tests' };

/** Quarter time for the tests: early June 2026, before every sample action of knowledge/agenda.yaml. */
export const TEST_START = '2026-06-01T08:00:00.000Z';

/** A clock the test moves by hand; each reading advances it by one millisecond (records keep their order). */
export class TestClock {
  private ms: number;
  constructor(start = TEST_START) {
    this.ms = Date.parse(start);
  }
  readonly now = (): Date => new Date(this.ms++);
  advance(ms: number): void {
    this.ms += ms;
  }
}

export interface TestAssistant {
  assistant: Assistant;
  url: string;
  clock: TestClock;
  dir: string;
  close(): Promise<void>;
}

export async function startTestAssistant(env: Record<string, string> = {}): Promise<TestAssistant> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-staff-'));
  const clock = new TestClock();
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: path.join(dir, 'test.sqlite'), LOG_LEVEL: 'silent', ...env });
  const assistant = await startAssistant({ config, clock: clock.now, logger: createLogger('silent') });
  await assistant.storage.staff.addUser({ username: STAFF.username, passwordHash: await hashPassword(STAFF.password) });
  return {
    assistant,
    url: assistant.url,
    clock,
    dir,
    async close() {
      await assistant.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json<T = unknown>(): T;
}

export interface StaffSession {
  cookie: string;
  csrf: string;
}

export async function call(
  url: string,
  method: string,
  pathname: string,
  options: { session?: StaffSession | undefined; csrf?: string | undefined; body?: unknown; form?: Record<string, string>; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.session) headers['cookie'] = options.session.cookie;
  const csrf = options.csrf ?? options.session?.csrf;
  if (csrf !== undefined && method !== 'GET') headers['x-csrf-token'] = csrf;
  let body: string | undefined;
  if (options.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  const res = await fetch(url + pathname, { method, headers, body, redirect: 'manual' });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: <T>() => JSON.parse(text) as T };
}

export async function signIn(url: string, user = STAFF): Promise<StaffSession> {
  const res = await call(url, 'POST', '/staff/api/login', { body: { username: user.username, password: user.password } });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${res.text}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  return { cookie, csrf: res.json<{ csrfToken: string }>().csrfToken };
}

let conversation = 0;

/** Sends one message to the bot as a resident would (expectReplies: the replies come back in the response). */
export async function ask(url: string, text: string): Promise<{ text: string; kind: string | undefined; entryId: string | null | undefined }> {
  const id = `staff-test-${process.pid}-${++conversation}`;
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      id: `${id}-1`,
      text,
      locale: 'fr',
      channelId: 'test',
      deliveryMode: 'expectReplies',
      serviceUrl: 'http://127.0.0.1:9',
      from: { id: `${id}-user` },
      recipient: { id: 'bot' },
      conversation: { id },
    }),
  });
  if (res.status !== 200) throw new Error(`the bot answered ${res.status}`);
  const { activities } = (await res.json()) as { activities: { type: string; text?: string; name?: string; value?: { kind?: string; entryId?: string | null } }[] };
  const trace = activities.find((a) => a.type === 'trace' && a.name === 'quartier.answer');
  return {
    text: activities.filter((a) => a.type === 'message').map((a) => a.text ?? '').join('\n'),
    kind: trace?.value?.kind,
    entryId: trace?.value?.entryId,
  };
}

/**
 * A question the knowledge has nothing about: the bot must fall back (and keep it as a remarque). The tests check that
 * it does before teaching, so a change of the engine that starts answering it fails with that message.
 */
export const UNKNOWN_QUESTION = 'mon chat a disparu, qui contacter';
/** The entry staff attach it to (the mairie's contacts). */
export const TAUGHT_ENTRY = 'contact-mairie';
