/**
 * Graceful shutdown (issue 16): a stopping instance is "not ready" at once (/healthz 503, /livez still 200), refuses
 * new resident messages with 503 without reading them (the reverse proxy passes them to another instance), lets the
 * turns in flight finish, then closes its Direct Line streams (clients reconnect elsewhere), its connections and its
 * database. In process, with a turn held in flight by hand; then the real `node` process on SIGTERM, with turns
 * queued at that moment: every one acknowledged is answered, its remarque stored, and the process exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createCore } from '../../src/core.js';
import { emulatorActivity, startTestServer } from '../bot/http.js';
import { directLine, newToken, until } from '../channels/helpers.js';
import { KEPT, NO_LIMITS, tag, unknownQuestion } from './helpers.js';

const ROOT = path.resolve(__dirname, '../..');
const dir = mkdtempSync(path.join(tmpdir(), 'renaissance-shutdown-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

it('in process: not ready and refusing new messages while a turn finishes, then streams and server closed', async () => {
  const t = await startTestServer(NO_LIMITS);
  const { url, assistant } = t;
  // A web conversation with its WebSocket stream open, as a resident's page has.
  const { token, conversationId } = await newToken(url);
  const started = await directLine(url, 'POST', '/conversations', token, {});
  expect(started.status).toBe(201);
  const ws = new WebSocket(String(started.body.streamUrl));
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const wsClosed = new Promise<void>((resolve) => ws.once('close', () => resolve()));

  // A turn in flight: its place in the turn gate, held until the test lets go.
  const release = await assistant.turnGate.enter();
  expect(release).toBeDefined();
  let closed = false;
  const closing = assistant.close().then(() => (closed = true));

  expect(assistant.draining).toBe(true);
  const health = await fetch(`${url}/healthz`);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ status: 'draining', ok: false });
  expect((await fetch(`${url}/livez`)).status).toBe(200);

  const refused = await t.post(emulatorActivity({ text: 'bus santé' }));
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe('1');
  const web = await directLine(url, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', from: { id: 'r' }, text: 'bonjour' });
  expect(web.status).toBe(503);
  // A new web conversation is not started here either (its welcome turn would begin as the instance stops): the
  // proxy starts it on another instance. Its token still works there (the store is shared), and polls are answered.
  const other = await newToken(url);
  const start = await directLine(url, 'POST', '/conversations', other.token, {});
  expect(start.status).toBe(503);
  const polled = await directLine(url, 'GET', `/conversations/${conversationId}/activities`, token);
  expect(polled.status).toBe(200);

  // Still waiting for the turn: the stream is open, the server still listens.
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(closed).toBe(false);
  expect(ws.readyState).toBe(WebSocket.OPEN);

  release?.();
  await closing;
  await wsClosed;
  await expect(fetch(`${url}/livez`)).rejects.toThrow();
  rmSync(path.dirname(t.sqliteFile), { recursive: true, force: true }); // t.close() would close it a second time
});

function startProcess(sqliteFile: string): Promise<{ url: string; child: ChildProcess; output: () => string }> {
  // The real entry point (src/index.ts main(), with its signal handlers), through tsx rather than a build.
  const tsx = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href; // cwd is elsewhere (no .env)
  const child = spawn(process.execPath, ['--import', tsx, path.join(ROOT, 'src/index.ts')], {
    cwd: dir,
    // SHUTDOWN_TIMEOUT_MS: room for the turns in flight on a loaded machine (CI); what is checked is that each is answered.
    env: { ...process.env, ...NO_LIMITS, PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: sqliteFile, LOG_LEVEL: 'info', MAX_CONCURRENT_TURNS: '1', SHUTDOWN_TIMEOUT_MS: '120000', KNOWLEDGE_DIR: path.join(ROOT, 'knowledge') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let out = '';
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const match = /Assistant du quartier Renaissance : (http:\/\/\S+)/.exec(out);
      if (match?.[1]) resolve({ url: match[1], child, output: () => out });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${out}`)));
  });
}

/**
 * A resident's message whose last byte is held back: the server has read its headers (the turn holds its place in the
 * turn gate, running or waiting) but cannot run it until `finish()` sends the rest.
 */
function heldMessage(url: string, text: string, conversation: string): { finish(): void; answer: Promise<{ status: number; text: string }> } {
  const body = Buffer.from(JSON.stringify(emulatorActivity({ text, conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' } })));
  const request = http.request(`${url}/api/messages`, { method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': String(body.length) } });
  const answer = new Promise<{ status: number; text: string }>((resolve) => {
    request.on('response', (response) => {
      let raw = '';
      response.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
      response.on('end', () => {
        const texts = response.statusCode === 200 ? (JSON.parse(raw) as { activities: { text?: string }[] }).activities.map((a) => a.text ?? '') : [raw];
        resolve({ status: response.statusCode ?? 0, text: texts.join('\n') });
      });
    });
    request.on('error', (error) => resolve({ status: 0, text: String(error) }));
  });
  request.write(body.subarray(0, body.length - 1));
  return { finish: () => request.end(body.subarray(body.length - 1)), answer };
}

interface Health {
  status: string;
  turns: { running: number; waiting: number };
}

it('SIGTERM: the messages in flight are answered and kept, a new one is refused unread (503), exit 0', async () => {
  const { engine } = createCore();
  const sqliteFile = path.join(dir, 'assistant.sqlite');
  const server = await startProcess(sqliteFile);
  const exited = new Promise<number | null>((resolve) => server.child.once('exit', (code) => resolve(code)));
  const health = async () => (await (await fetch(`${server.url}/healthz`)).json()) as Health;

  // Turns in flight: their headers read, one running (waiting for its body) and the others queued behind it.
  const COUNT = 6;
  const held = Array.from({ length: COUNT }, (_, i) => heldMessage(server.url, unknownQuestion(engine, i), `shutdown-${i}`));
  await until(async () => {
    const { turns } = await health();
    return turns.running + turns.waiting === COUNT;
  }, 'the turns to be in flight', 120_000);

  server.child.kill('SIGTERM');
  const draining = await until(async () => {
    const report = await health();
    return report.status === 'draining' && report;
  }, 'the instance to say it is draining', 120_000);
  expect(draining.turns.running + draining.turns.waiting).toBe(COUNT);
  // A message arriving now is refused before being read: the proxy sends it to another instance.
  const refused = await fetch(`${server.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(emulatorActivity({ text: unknownQuestion(engine, COUNT), conversation: { id: 'shutdown-late', isGroup: false, conversationType: 'personal', name: '' } })),
  });
  expect(refused.status).toBe(503);
  expect(refused.headers.get('retry-after')).toBe('1');

  for (const message of held) message.finish();
  const answers = await Promise.all(held.map((message) => message.answer));
  expect(await exited).toBe(0);
  expect(server.output()).toMatch(new RegExp(`"turns":${COUNT},"msg":"stopping: finishing the turns in flight"`));
  expect(server.output()).toMatch(/"msg":"stopped"/);
  for (const [i, answer] of answers.entries()) {
    expect(answer.status, `turn ${i}`).toBe(200);
    expect(answer.text, `turn ${i}`).toContain(KEPT);
  }

  const db = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const texts = (db.prepare("SELECT text FROM remarques WHERE kind = 'unanswered'").all() as { text: string }[]).map((r) => r.text);
    for (let i = 0; i < COUNT; i++) expect(texts.filter((text) => text.includes(tag(i))), `remarque ${tag(i)}`).toHaveLength(1);
    // The refused message was not read: nothing of it is stored.
    expect(texts.some((text) => text.includes(tag(COUNT)))).toBe(false);
  } finally {
    db.close();
  }
  // A process to start (through tsx) and six turns to run on a loaded machine: room, not a measure of time.
}, 300_000);
