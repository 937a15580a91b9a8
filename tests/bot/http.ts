/**
 * The real assistant over HTTP for the server tests: startAssistant() on an ephemeral port with a SQLite file in a
 * temporary folder, and helpers to post Bot Framework activities the way the Emulator does.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity } from 'botbuilder';
import { parseConfig } from '../../src/config.js';
import { startAssistant, type Assistant } from '../../src/index.js';
import type { TraceValue } from '../../dialogs/replies.js';

export interface TestServer {
  assistant: Assistant;
  url: string;
  sqliteFile: string;
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Posts a message (or any activity) with deliveryMode "expectReplies" and returns the bot's replies. */
  exchange(activity: Partial<Activity>): Promise<Exchange>;
  close(): Promise<void>;
}

export interface Exchange {
  status: number;
  activities: Partial<Activity>[];
  texts: string[];
  text: string;
  choices: string[];
  traces: TraceValue[];
}

export async function startTestServer(env: Record<string, string> = {}, options: { clock?: () => Date } = {}): Promise<TestServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'renaissance-http-'));
  const sqliteFile = path.join(dir, 'assistant.sqlite');
  const config = parseConfig({ PORT: '0', SQLITE_FILE: sqliteFile, LOG_LEVEL: 'silent', ...env });
  const assistant = await startAssistant({ config, ...options });
  const url = assistant.url;
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return {
    assistant,
    url,
    sqliteFile,
    post,
    async exchange(activity) {
      const response = await post(emulatorActivity(activity));
      const body = response.status === 200 ? ((await response.json()) as { activities?: Partial<Activity>[] }) : {};
      return toExchange(response.status, body.activities ?? []);
    },
    async close() {
      await assistant.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** An activity as the Bot Framework Emulator sends it, with the replies asked for in the HTTP response. */
export function emulatorActivity(overrides: Partial<Activity> = {}): Partial<Activity> {
  return {
    type: 'message',
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'resident-1', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
    locale: 'fr-FR',
    ...overrides,
  };
}

function toExchange(status: number, activities: Partial<Activity>[]): Exchange {
  const messages = activities.filter((a) => a.type === 'message');
  const texts = messages.map((a) => a.text ?? '');
  const withChoices = [...messages].reverse().find((a) => (a.suggestedActions?.actions.length ?? 0) > 0);
  return {
    status,
    activities,
    texts,
    text: texts.join('\n'),
    choices: withChoices?.suggestedActions?.actions.map((a) => String(a.value)) ?? [],
    traces: activities.filter((a) => a.type === 'trace' && a.name === 'quartier.answer').map((a) => a.value as TraceValue),
  };
}

/** What the bot posted to an Emulator stand-in: where (its host), the path, and the activity. */
export interface Posted {
  host: string;
  path: string;
  body: { type?: string; text?: string };
}

export interface EmulatorStandIn {
  port: number;
  /** http://host:port/ (IPv6 hosts in brackets). */
  url: string;
  close(): Promise<void>;
}

/**
 * A stand-in for the Emulator's own endpoint on this machine, listening on `host`: it records in `received` what the
 * bot posts to it (several stand-ins may share one list) and answers as the Emulator does.
 */
export async function startEmulatorStandIn(received: Posted[], host = '127.0.0.1'): Promise<EmulatorStandIn> {
  const emulator = createServer((req, res) => {
    void readJson(req).then((body) => {
      received.push({ host, path: req.url ?? '', body });
      res.statusCode = 200;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: String(received.length) }));
    });
  });
  await new Promise<void>((resolve) => emulator.listen(0, host, resolve));
  const port = (emulator.address() as AddressInfo).port;
  return {
    port,
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}/`,
    close: () => new Promise<void>((resolve) => emulator.close(() => resolve())),
  };
}

async function readJson(req: IncomingMessage): Promise<Posted['body']> {
  let raw = '';
  for await (const chunk of req) raw += String(chunk);
  return raw ? (JSON.parse(raw) as Posted['body']) : {};
}
