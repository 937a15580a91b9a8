/**
 * Helpers for the channel tests: the Direct Line endpoint over plain HTTP, a controllable clock, a real HTTP server
 * standing in for a channel's Bot Connector service (it records what the bot posts), and a patient wait.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Engine } from '../../src/engine/engine.js';
import type { Entry } from '../../src/knowledge/schema.js';

export interface Json {
  [key: string]: unknown;
}

export interface DirectLineToken {
  token: string;
  conversationId: string;
  expires_in: number;
}

/**
 * The entry the engine answers `question` with — asked of the engine itself, so these channel tests follow the
 * knowledge and its tuning; a question that stops being answered outright fails here, saying so.
 */
export function answerFor(engine: Engine, question: string): Entry {
  const decision = engine.decide(question);
  if (decision.kind !== 'answer') throw new Error(`"${question}" is no longer answered outright (${decision.kind}): pick another question`);
  return decision.entry;
}

/** POST /api/directline/token, as the widget does. */
export async function newToken(url: string): Promise<DirectLineToken> {
  const response = await fetch(`${url}/api/directline/token`, { method: 'POST' });
  if (response.status !== 200) throw new Error(`token route answered ${response.status}`);
  return (await response.json()) as DirectLineToken;
}

/** One call to the Direct Line endpoint with a Bearer token; the body is parsed when it is JSON. */
export async function directLine(
  url: string,
  method: 'GET' | 'POST',
  path: string,
  token: string | undefined,
  body?: unknown,
): Promise<{ status: number; body: Json }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  const response = await fetch(`${url}/v3/directline${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Json) : {} };
}

/** A clock the test moves by hand (token lifetimes, conversation expiry). */
export function manualClock(start = new Date('2026-03-02T09:00:00Z')): { now: () => Date; advance(ms: number): void } {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

/** Waits until `check` returns a value (not undefined/false), polling; fails with `what` after a generous delay. */
export async function until<T>(check: () => T | undefined | false | Promise<T | undefined | false>, what: string, limitMs = 20_000): Promise<T> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface ChannelService {
  /** http://127.0.0.1:PORT/ — the serviceUrl to put in the activities. */
  url: string;
  /** What the bot posted, in order, with the path it posted to. */
  received: { path: string; activity: Json }[];
  close(): Promise<void>;
}

/** A real HTTP server standing in for a channel's Bot Connector service (Azure's Telegram, SMS, Teams…). */
export async function startChannelService(host = '127.0.0.1'): Promise<ChannelService> {
  const received: { path: string; activity: Json }[] = [];
  let next = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method === 'POST' && /\/v3\/conversations\/[^/]+\/activities/.test(req.url ?? '')) {
        received.push({ path: req.url ?? '', activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Json });
        next += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${next}` }));
      } else {
        res.writeHead(404);
        res.end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}/`,
    received,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
