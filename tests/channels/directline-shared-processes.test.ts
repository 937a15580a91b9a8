/**
 * Issue 16, with real processes: two assistant processes (tests/reliability/server-process.ts) on one PostgreSQL
 * behind a round-robin proxy without stickiness; Web Chat's Direct Line client streams through it. One process is
 * killed (kill -9) mid-conversation — its WebSocket, and whatever it held in memory, gone — then started again on
 * another port. The conversation goes on through the other process, then through both, and nothing is lost: every
 * message has its reply, watermarks have no gap, the page received each activity once, the welcome was said once.
 */
import type { ChildProcess } from 'node:child_process';
import type { DirectLine } from 'botframework-directlinejs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { translator } from '../../src/replies/i18n.js';
import { createTestDatabase, postgresUnreachable, type TestDatabase } from '../support/postgres.js';
import { startRoundRobin, type RoundRobin } from '../support/round-robin.js';
import { startServerProcess, type ServerProcess } from '../support/server-process.js';
import { botMessages, collect, directLineClient, send } from './directlinejs-client.js';
import { directLine, until, type DirectLineToken, type Json } from './helpers.js';

const unreachable = postgresUnreachable('directline-shared-processes.test');
const greeting = translator('fr')('welcome.greeting');

describe.skipIf(unreachable !== undefined)('two assistant processes on one PostgreSQL, one killed mid-conversation', () => {
  let database: TestDatabase;
  let proxy: RoundRobin;
  const children: ChildProcess[] = [];
  let dl: DirectLine | undefined;

  function startInstance(): Promise<ServerProcess> {
    return startServerProcess({ DATABASE_URL: database.url, LOG_LEVEL: 'silent' }, (child) => children.push(child));
  }

  async function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }

  beforeAll(async () => {
    database = await createTestDatabase('pgshare');
    const [a, b] = await Promise.all([startInstance(), startInstance()]);
    proxy = await startRoundRobin([a.url, b.url]);
  }, 120_000);

  afterAll(async () => {
    dl?.end();
    await proxy?.close();
    for (const child of children) await stop(child, 'SIGTERM');
    await database?.drop();
  }, 60_000);

  it("Web Chat's client keeps its conversation through a kill -9 and a restart of one instance", async () => {
    const globals = globalThis as { WebSocket?: unknown };
    globals.WebSocket = WebSocket;
    try {
      const issued = (await (await fetch(`${proxy.url}/api/directline/token`, { method: 'POST' })).json()) as DirectLineToken;
      dl = directLineClient(`${proxy.url}/v3/directline`, issued.token, { WebSocket: WebSocket as unknown as typeof globalThis.WebSocket });
      const activities = collect(dl);
      const client = dl;
      await until(() => botMessages(activities).find((m) => m.text?.startsWith(greeting)), 'the welcome', 60_000);
      const asked: string[] = [];
      const ask = async (text: string) => {
        const id = await send(client, text);
        asked.push(id);
        await until(() => botMessages(activities).find((m) => m.replyToId === id), `the answer to "${text}"`, 60_000);
      };
      await ask('quand passe le bus santé');

      const first = children[0];
      if (!first) throw new Error('no first instance');
      const firstUrl = proxy.backends[0] ?? '';
      await stop(first, 'SIGKILL');
      await ask('je cherche du travail');

      const restarted = await startInstance();
      proxy.backends[0] = restarted.url;
      expect(restarted.url).not.toBe(firstUrl);
      for (const text of ['merci', 'quand passe le bus santé', 'merci']) await ask(text);

      // What the page received: each activity once, in order.
      const ids = activities.map((x) => x.id ?? '');
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids).toEqual([...ids].sort());
      // What each living instance holds: everything, with no gap in the watermarks.
      for (const url of proxy.backends) {
        const all = await directLine(url, 'GET', `/conversations/${issued.conversationId}/activities`, issued.token);
        expect(all.status).toBe(200);
        const held = all.body.activities as Json[];
        for (const id of asked) {
          expect(held.some((x) => x.id === id)).toBe(true);
          expect(held.some((x) => x.replyToId === id)).toBe(true);
        }
        const seqs = held.map((x) => Number(String(x.id).split('|')[1]));
        expect(seqs).toEqual(seqs.map((_, i) => i + 1));
        expect(held.filter((x) => String(x.text).startsWith(greeting))).toHaveLength(1);
      }
      expect([...proxy.served.values()].every((n) => n > 0)).toBe(true);
    } finally {
      delete globals.WebSocket;
    }
  }, 180_000);
});
