/**
 * Crash: the server is killed with SIGKILL (kill -9) while residents' unanswered questions are being written as
 * remarques, several turns in flight. After a restart on the same SQLite file, every remarque whose turn was
 * acknowledged ("transmise au conseil citoyen") is there, exactly once, and the database passes integrity_check.
 * Runs the server as a child process (tsx, no build), on the loopback interface only.
 *
 * Nothing here waits on time, only on events (a server listening or warm, replies, the kill). On a busy machine
 * what costs is starting a process (tsx compiling the application, the knowledge, the engine): the first server
 * starts in a hook; the restarted server's process loads and warms its code in another, and opens the SQLite file
 * only after the kill (prepareServerProcess). The test process builds no engine: every reply must say the question
 * was kept, which also proves the questions are still unknown to the assistant.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emulatorActivity } from '../bot/http.js';
import { prepareServerProcess, startServerProcess, type ServerProcess } from '../support/server-process.js';
import { KEPT, NO_LIMITS, tag, unknownQuestionText } from './helpers.js';

/** Acknowledged remarques before the kill; the turns in flight at that moment are the point of the test. */
const BEFORE_KILL = 30;
const WORKERS = 8;
const MAX_ATTEMPTS = 300;

const dir = mkdtempSync(path.join(tmpdir(), 'renaissance-crash-'));
const sqliteFile = path.join(dir, 'assistant.sqlite');
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

const ENV = { ...NO_LIMITS, SQLITE_FILE: sqliteFile, LOG_LEVEL: 'silent' };
const track = (child: ChildProcess) => children.push(child);

async function ask(url: string, text: string, conversation: string): Promise<string | undefined> {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(emulatorActivity({ text, conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' } })),
  });
  if (response.status !== 200) return undefined;
  const body = (await response.json()) as { activities: { type: string; text?: string }[] };
  return body.activities.map((a) => a.text ?? '').join('\n');
}

// Each start in its own hook (each its own time budget): the test itself is the turns, the kill and the restart.
let first: ServerProcess;
/** The restarted server: its code loaded and warmed before the kill; it opens the SQLite file on start(). */
let restart: ReturnType<typeof prepareServerProcess>;
beforeAll(async () => {
  first = await startServerProcess(ENV, track);
});
beforeAll(async () => {
  restart = prepareServerProcess(ENV, track);
  await restart.warm;
});

it('keeps every acknowledged remarque across a kill -9, and the database stays consistent', async () => {
  const acknowledged = new Set<string>();
  /** Questions answered without being kept: the store failing, or a question the assistant has learnt to answer. */
  const notKept: string[] = [];
  let next = 0;
  let killed = false;

  const worker = async () => {
    while (next < MAX_ATTEMPTS) {
      const i = next++;
      const reply = await ask(first.url, unknownQuestionText(i), `crash-${i}`).catch(() => undefined);
      if (reply === undefined) {
        if (killed) return; // the server is gone: this turn was never acknowledged
        continue;
      }
      if (reply.includes(KEPT)) acknowledged.add(tag(i));
      else notKept.push(`${tag(i)}: ${reply.slice(0, 80)}`);
      if (!killed && acknowledged.size >= BEFORE_KILL) {
        killed = true;
        first.child.kill('SIGKILL'); // while the other workers' turns are in flight
      }
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
  expect(notKept, 'every answered turn keeps its question (else pick another text in helpers.ts)').toEqual([]);
  expect(killed).toBe(true);
  expect(acknowledged.size).toBeGreaterThanOrEqual(BEFORE_KILL);

  const second = await restart.start();
  expect((await fetch(`${second.url}/healthz`)).status).toBe(200);
  const db = new Database(sqliteFile, { readonly: true, fileMustExist: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const texts = db.prepare("SELECT text FROM remarques WHERE kind = 'unanswered'").all() as { text: string }[];
    const stored = texts.map((r) => /zq[a-z]+/.exec(r.text)?.[0] ?? r.text);
    for (const t of acknowledged) expect(stored.filter((s) => s === t), `remarque ${t}`).toHaveLength(1);
  } finally {
    db.close();
  }
  // And the restarted assistant goes on answering and keeping.
  expect(await ask(second.url, unknownQuestionText(MAX_ATTEMPTS + 1), 'after-restart')).toContain(KEPT);
  second.child.kill('SIGTERM');
});
