/**
 * Two real instances (`node`, src/index.ts) on one PostgreSQL database, behind a real nginx (Debian's package, on
 * loopback) running the shipped configuration over TLS: round robin, no stickiness (issue 16). Residents talk to
 * them through Microsoft's Direct Line client, the one Web Chat uses, by polling and by WebSocket; nginx's access log
 * says which instance served each request, so the test sees the conversation's messages alternate. Shown:
 *  - a web conversation keeps working while its requests alternate (polling and WebSocket);
 *  - a clarify → choice flow and a remarque flow whose turns alternate keep their state; each remarque stored once;
 *  - the per-conversation limit holds across instances;
 *  - a phrasing taught on one instance is used by the other within seconds;
 *  - a rolling restart in the middle of conversations loses nothing.
 * Without PostgreSQL or nginx (or openssl), the suite says why and is skipped.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Activity, DirectLine } from 'botframework-directlinejs';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { toWebMarkdown } from '../../src/channels/phone-links.js';
import { createCore } from '../../src/core.js';
import { translator } from '../../src/replies/i18n.js';
import { hashPassword } from '../../src/staff/passwords.js';
import { answerFor, until } from '../channels/helpers.js';
import { botMessages, collect, send, type ReceivedMessage } from '../channels/directlinejs-client.js';
import { ask, call, signIn, STAFF, TAUGHT_ENTRY, UNKNOWN_QUESTION } from '../staff/helpers.js';
import { createTestDatabase, postgresUnreachable, type TestDatabase } from '../support/postgres.js';
import { killAllInstances, startInstance, type Instance } from './instances.js';
import { freePort, nginxMissing, selfSignedCertificate, startNginx, writeConfig, type Certificate, type RunningNginx } from './nginx.js';
import { directLineOverTls, httpsCall, trustingWebSocket } from './tls-client.js';
import { tag, unknownQuestion } from '../reliability/helpers.js';

const noPostgres = postgresUnreachable('deploy/two-instances.test');
const noNginx = nginxMissing();
if (noNginx) console.warn(`\n[deploy/two-instances.test] SKIPPED: ${noNginx}\n`);

const t = translator('fr');
/** Messages per conversation per minute: low, so that counting per instance (twice as many) would show. */
const LIMIT = 20;
const SLOW_DOWN_TEXT = t('errors.rateLimited');
const SLOW_DOWN = toWebMarkdown(SLOW_DOWN_TEXT, []) ?? SLOW_DOWN_TEXT;
const { engine } = createCore();

describe.skipIf(Boolean(noPostgres || noNginx))('two instances on one PostgreSQL behind nginx', () => {
  let dir: string;
  let db: TestDatabase;
  let certificate: Certificate;
  let nginx: RunningNginx | undefined;
  let base: string;
  const instances: Instance[] = [];
  const ports: number[] = [];
  let env: Record<string, string>;
  const clients: DirectLine[] = [];
  const globals = globalThis as { WebSocket?: unknown };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'renaissance-two-'));
    db = await createTestDatabase('deploy');
    certificate = selfSignedCertificate(dir);
    const httpsPort = await freePort();
    ports.push(await freePort(), await freePort());
    base = `https://127.0.0.1:${httpsPort}`;
    env = {
      DATABASE_URL: db.url,
      PUBLIC_URL: base,
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
      STATE_SALT: 'deploy-test-salt',
      RATE_LIMIT_MESSAGES_PER_MINUTE: String(LIMIT),
      RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: '0',
      RATE_LIMIT_REMARQUES_PER_HOUR: '0',
      RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: '0',
      DIRECTLINE_MAX_CONVERSATIONS_PER_ADDRESS: '0',
      STAFF_USERS: `${STAFF.username}:${await hashPassword(STAFF.password)}`,
    };
    // One after the other: the first creates the schema (the second would wait on the migration lock anyway).
    for (const port of ports) instances.push(await startInstance(dir, port, env));
    const args = writeConfig(path.join(dir, 'nginx'), { httpPort: await freePort(), httpsPort, certificate, upstreams: ports.map((p) => `127.0.0.1:${p}`) });
    nginx = await startNginx(path.join(dir, 'nginx'), args, httpsPort);
    // The Direct Line client streams only where a global WebSocket exists, as in browsers; Node 20 has none.
    globals.WebSocket = trustingWebSocket(certificate.pem);
    // Two processes to start on a loaded machine (CI runs many test files at once): room, not a measure of time.
  }, 240_000);

  // A client left polling would take every other turn of nginx's round robin, and could keep a later conversation's
  // messages on one instance.
  afterEach(() => {
    for (const client of clients.splice(0)) client.end();
  });

  afterAll(async () => {
    delete globals.WebSocket;
    for (const client of clients) client.end();
    await nginx?.stop();
    for (const instance of instances) await Promise.race([instance.stop(), new Promise((resolve) => setTimeout(resolve, 15_000))]);
    for (const instance of instances) instance.kill();
    killAllInstances();
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 120_000);

  interface Conversation {
    id: string;
    token: string;
    client: DirectLine;
    activities: Activity[];
    /** Sends a message; resolves with the bot's replies to it (waiting at most `limitMs`). */
    say(text: string, limitMs?: number): Promise<ReceivedMessage[]>;
  }

  async function open(mode: 'polling' | 'websocket'): Promise<Conversation> {
    const issued = await httpsCall(`${base}/api/directline/token`, certificate.pem, 'POST');
    expect(issued.status).toBe(200);
    const { token, conversationId } = issued.json<{ token: string; conversationId: string }>();
    const client = directLineOverTls(`${base}/v3/directline`, token, certificate.pem, { webSocket: mode === 'websocket' });
    clients.push(client);
    const activities = collect(client);
    await until(() => botMessages(activities).find((m) => m.text?.startsWith(t('welcome.greeting'))), 'the welcome', 120_000);
    return {
      id: conversationId,
      token,
      client,
      activities,
      async say(text, limitMs = 60_000) {
        const id = await send(client, text);
        // The client says "retry" when the endpoint refused the message (both instances failed it, through nginx).
        if (!id.startsWith(`${conversationId}|`)) throw new Error(`the message "${text}" was refused (${id})`);
        // The endpoint answers a message once its turn is over, so every reply of the turn is stored by then: how
        // many this page must receive (a turn may send several messages), read from the database, not guessed by a delay.
        const expected = Math.max(1, await storedReplies(conversationId, id));
        const replies = () => botMessages(activities).filter((m) => m.replyToId === id);
        await until(() => replies().length >= expected, `the reply to "${text}"`, limitMs);
        return replies();
      },
    };
  }

  /** The instances (host:port) nginx sent this conversation's messages to. */
  function instancesOf(conversationId: string, method = 'POST'): Set<string> {
    const seen = new Set<string>();
    for (const line of nginx?.log() ?? []) {
      if (line.method !== method || !line.path.includes(conversationId)) continue;
      for (const upstream of line.upstream.split(/,\s*/)) if (upstream !== '-') seen.add(upstream);
    }
    return seen;
  }

  /** The bot's messages stored in reply to activity `id` of the conversation (the Direct Line's own table). */
  async function storedReplies(conversationId: string, id: string): Promise<number> {
    const kept = await rows('SELECT body FROM directline_activities WHERE conversation_id = $1', [conversationId]);
    return kept.map((r) => JSON.parse(String(r.body)) as { type?: string; replyToId?: string }).filter((a) => a.type === 'message' && a.replyToId === id).length;
  }

  async function rows(sql: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      return (await client.query<Record<string, unknown>>(sql, values)).rows;
    } finally {
      await client.end();
    }
  }

  const QUESTIONS = ['quand passe le bus santé', 'forum emploi'];
  const expectedAnswer = (question: string) => answerFor(engine, question).answer.fr.slice(0, 60);

  it.each(['polling', 'websocket'] as const)('a web conversation keeps working while its messages alternate between the instances (%s)', async (mode) => {
    const conversation = await open(mode);
    for (let i = 0; i < 4; i++) {
      const question = QUESTIONS[i % 2] as string;
      const replies = await conversation.say(question);
      expect(replies.map((r) => r.text).join('\n'), `answer ${i} (${mode})`).toContain(expectedAnswer(question));
    }
    // Polling, its reads and its messages share the round robin; streaming, its messages alternate on their own.
    expect([...(mode === 'polling' ? new Set([...instancesOf(conversation.id, 'GET'), ...instancesOf(conversation.id)]) : instancesOf(conversation.id))].sort()).toEqual(
      ports.map((p) => `127.0.0.1:${p}`).sort(),
    );
  });

  it('a clarify → choice flow whose turns alternate keeps its state, and its remarque is stored once', async () => {
    const conversation = await open('websocket');
    const question = 'santé';
    const asked = await conversation.say(question);
    const prompt = asked.find((m) => (m.suggestedActions?.actions.length ?? 0) > 0);
    expect(prompt?.text).toBe(t('clarify.prompt'));
    const first = String(prompt?.suggestedActions?.actions[0]?.value);
    const chosen = await conversation.say(first);
    expect(chosen.map((m) => m.text).join('\n')).not.toContain(t('clarify.prompt'));
    const topics = engine.decide(question);
    expect(topics.kind).toBe('clarify');

    // "None of these" only means something to an instance that remembers the question: it is then kept as a remarque.
    const again = await conversation.say(question);
    const none = again.find((m) => (m.suggestedActions?.actions.length ?? 0) > 0)?.suggestedActions?.actions.find((a) => a.title === t('clarify.none'));
    expect(none).toBeDefined();
    await conversation.say(String(none?.value));
    const kept = await rows("SELECT text, kind FROM remarques WHERE kind = 'unanswered' AND text = $1", [question]);
    expect(kept).toHaveLength(1);
    expect(instancesOf(conversation.id).size).toBe(2);
  });

  it('a remarque flow whose turns alternate keeps its state, and the remarque is stored once', async () => {
    const conversation = await open('websocket');
    const marker = tag(4242);
    expect((await conversation.say('je veux faire une remarque')).map((m) => m.text)).toContain(t('remarque.askText'));
    const shown = await conversation.say(`le lampadaire de la rue ${marker} est cassé`);
    const actions = shown.flatMap((m) => m.suggestedActions?.actions ?? []);
    const sendAction = actions.find((a) => a.title === t('remarque.send'));
    expect(sendAction, JSON.stringify(shown.map((m) => m.text))).toBeDefined();
    expect((await conversation.say(String(sendAction?.value))).map((m) => m.text)).toContain(t('remarque.saved'));
    const kept = await rows("SELECT text FROM remarques WHERE kind = 'suggestion' AND text LIKE $1", [`%${marker}%`]);
    expect(kept).toHaveLength(1);
    expect(instancesOf(conversation.id).size).toBe(2);
  });

  it(`the per-conversation limit (${LIMIT} a minute) holds across the instances`, async () => {
    const conversation = await open('websocket');
    let refusedAt: number | undefined;
    const started = Date.now();
    for (let i = 1; i <= 2 * LIMIT && refusedAt === undefined; i++) {
      const replies = await conversation.say(QUESTIONS[0] as string);
      if (replies.some((m) => m.text === SLOW_DOWN)) refusedAt = i;
    }
    // The bucket holds LIMIT messages and gets one back every 60/LIMIT s: what it may have let through meanwhile
    // (the conversation's start counts as one). Counted per instance, twice as many would pass.
    const refilled = Math.ceil((Date.now() - started) / (60_000 / LIMIT));
    expect(refusedAt).toBeGreaterThanOrEqual(LIMIT);
    expect(refusedAt).toBeLessThanOrEqual(LIMIT + refilled);
    expect(refusedAt).toBeLessThan(2 * LIMIT);
    expect(instancesOf(conversation.id).size).toBe(2);
  });

  it('nginx keeps /api/messages closed in local mode (no App ID), while each instance still answers it on loopback', async () => {
    const activity = { type: 'message', channelId: 'emulator', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'deploy-local' }, from: { id: 'r' }, recipient: { id: 'bot' }, text: QUESTIONS[0] };
    const outside = await httpsCall(`${base}/api/messages`, certificate.pem, 'POST', activity);
    expect(outside.status).toBe(404);
    expect((nginx?.log() ?? []).filter((l) => l.path === '/api/messages').every((l) => l.upstream === '-')).toBe(true);
    const inside = await fetch(`${instances[0]?.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(inside.status).toBe(200);
  });

  it('a phrasing taught on one instance is used by the other within seconds', async () => {
    const [a, b] = instances as [Instance, Instance];
    expect((await ask(b.url, UNKNOWN_QUESTION)).kind, 'precondition: the bot cannot answer UNKNOWN_QUESTION').toBe('fallback');
    const session = await signIn(a.url);
    const found = (await call(a.url, 'GET', '/staff/api/remarques?q=chat%20a%20disparu&kind=unanswered', { session })).json<{ items: { id: number }[] }>();
    expect(found.items).toHaveLength(1);
    const taught = await call(a.url, 'POST', `/staff/api/remarques/${found.items[0]?.id}/teach`, { session, body: { entryId: TAUGHT_ENTRY } });
    expect(taught.status).toBe(201);
    expect((await ask(a.url, UNKNOWN_QUESTION)).entryId).toBe(TAUGHT_ENTRY);
    // The other instance learns it from the database, within seconds (NOTIFY at once, else its 3 s poll: the wait's
    // limit leaves a loaded machine room), without a restart.
    await until(async () => (await ask(b.url, UNKNOWN_QUESTION)).entryId === TAUGHT_ENTRY, 'the other instance to use the taught phrasing', 60_000);
  });

  it('a rolling restart in the middle of conversations loses nothing (polling and WebSocket)', async () => {
    const conversations = [await open('polling'), await open('websocket')];
    const modeOf = (conversation: Conversation) => (conversation === conversations[0] ? 'polling' : 'websocket');
    // What the stopped processes said, for a failure's report (theirs is often the interesting part).
    const stoppedInstances: Instance[] = [];
    let restarting = true;
    let failure: Error | undefined;
    let next = 1000;
    const asked: { conversation: string; marker: string }[] = [];
    const answered = new Map<Conversation, number>(conversations.map((c) => [c, 0]));
    // Residents keep talking while the instances restart one after the other; each message must be answered.
    const talk = async (conversation: Conversation) => {
      while (restarting) {
        const i = next++;
        // A stream closed by a stopping instance is reopened by the client after 3 to 15 s (botframework-directlinejs's
        // random delay), through nginx, on an instance that listens; a rolling restart may cost two of those delays,
        // and a loaded machine (CI) slows everything: the limit is generous, what is checked is that the reply comes.
        const replies = await conversation.say(unknownQuestion(engine, i), 150_000).catch(async (error: unknown) => {
          // What the conversation holds, as the Direct Line endpoint says: was the reply lost, or not delivered?
          const stored = await httpsCall(`${base}/v3/directline/conversations/${conversation.id}/activities`, certificate.pem, 'GET', undefined, { authorization: `Bearer ${conversation.token}` });
          throw new Error(`${conversation.id} (${modeOf(conversation)}): ${String(error)}; ids seen: ${conversation.activities.map((a) => `${a.id}:${a.from.role ?? ''}:${(a as { replyToId?: string }).replyToId ?? ''}`).slice(-8).join(' ')}; stored: ${stored.text.slice(-1500)}`);
        });
        expect(replies.length, `reply to message ${i}`).toBeGreaterThan(0);
        asked.push({ conversation: conversation.id, marker: tag(i) });
        answered.set(conversation, (answered.get(conversation) ?? 0) + 1);
        // Below the per-conversation limit (one message per 60/LIMIT s): this test is about restarts, not limits.
        await new Promise((resolve) => setTimeout(resolve, 60_000 / LIMIT + 500));
      }
    };
    const talking = Promise.all(conversations.map(talk)).catch((error: unknown) => {
      restarting = false;
      const requests = (nginx?.log() ?? []).filter((l) => l.status >= 400 || l.upstream.includes(',') || !/activities$/.test(l.path));
      const lines = requests.map((l) => `${new Date(l.at).toISOString()} ${l.method} ${l.path} ${l.status} ${l.upstream} (${l.upstreamStatus})`);
      const outputs = [...stoppedInstances, ...instances].map((i) => `instance ${i.port}:\n${i.output().slice(-3000)}`);
      failure = new Error(`${String(error)}\nnginx answered:\n${lines.join('\n')}\nnginx's errors:\n${nginx?.errors().slice(-3000)}\n${outputs.join('\n---\n')}`);
      throw failure;
    });
    talking.catch(() => undefined); // reported by the wait below that sees it first, or by `await talking`
    /** Paced by the conversations, not by a clock: each has had one more message answered since this was called. */
    const progress = async (what: string) => {
      const since = new Map(answered);
      await until(() => {
        if (failure) throw failure;
        return conversations.every((c) => (answered.get(c) ?? 0) > (since.get(c) ?? 0));
      }, what, 300_000);
    };
    for (const [index, instance] of instances.entries()) {
      // As docs/deploying.md says: the next instance stops once the previous one is ready (/healthz 200); here also
      // once each conversation has had a message answered meanwhile, so that every step of the restart is talked through.
      await progress(`a message of each conversation answered before stopping the instance on ${instance.port}`);
      expect(await instance.stop(), `instance ${instance.port} stopped cleanly`).toBe(0);
      stoppedInstances.push(instance);
      instances[index] = await startInstance(dir, instance.port, env);
      await until(async () => (await fetch(`${instances[index]?.url}/healthz`)).status === 200, 'the restarted instance to be ready', 120_000);
    }
    await progress('a message of each conversation answered after the restarts');
    restarting = false;
    await talking;
    expect(asked.length).toBeGreaterThan(4);
    // The WebSocket conversation's stream was closed by a stopping instance (nginx logs a stream when it ends) and the
    // client carried on over a new one.
    const streams = (nginx?.log() ?? []).filter((l) => l.path === `/v3/directline/conversations/${conversations[1]?.id}/stream`);
    expect(streams.length).toBeGreaterThanOrEqual(1);
    // Each of those questions is a remarque, stored exactly once.
    const stored = (await rows("SELECT text FROM remarques WHERE kind = 'unanswered' AND text LIKE 'recette de la tarte zq%'")).map((r) => String(r.text));
    for (const { marker } of asked) expect(stored.filter((text) => text.includes(marker)), `remarque ${marker}`).toHaveLength(1);
    // And the conversations go on, on both instances.
    for (const conversation of conversations) {
      const replies = await conversation.say(QUESTIONS[0] as string, 150_000);
      expect(replies.map((r) => r.text).join('\n'), modeOf(conversation)).toContain(expectedAnswer(QUESTIONS[0] as string));
    }
  }, 900_000);
});
