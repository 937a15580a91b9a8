/**
 * Abuse: per-conversation and per-address rate limits on messages and on remarques, with a polite reply. The
 * addresses are told apart with X-Forwarded-For behind TRUST_PROXY (all traffic stays on the loopback interface);
 * time is a clock the test moves.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TokenBuckets } from '../../src/abuse/rate-limiter.js';
import { translator } from '../../src/replies/i18n.js';
import { emulatorActivity, startTestServer, type TestServer } from '../bot/http.js';
import { directLine, manualClock, newToken, until } from '../channels/helpers.js';
import { KEPT, NO_LIMITS, unknownQuestion } from './helpers.js';
import { toWebMarkdown } from '../../src/channels/phone-links.js';

// As the web and the Emulator show it: its emergency number is a tel: link (issue 10, tap to call).
const SLOW_DOWN_TEXT = translator('fr')('errors.rateLimited');
const SLOW_DOWN = toWebMarkdown(SLOW_DOWN_TEXT, []) ?? SLOW_DOWN_TEXT;
const TOO_MANY_REMARQUES = translator('fr')('errors.remarquesLimited');
/** Residents on other machines posting to /api/messages without an App ID: the endpoint must be opened to them. */
const OPEN = { LOCAL_API_MESSAGES_OPEN: 'true' };

describe('token buckets', () => {
  it('allow the limit at once, then one per share of the window; refuse in between, saying once', () => {
    const clock = manualClock();
    const buckets = new TokenBuckets({ limit: 3, windowMs: 60_000, clock: clock.now });
    const attempt = () => {
      const refusal = buckets.check('k');
      if (refusal) buckets.refuse('k');
      else buckets.take('k');
      return refusal;
    };
    expect([attempt(), attempt(), attempt()]).toEqual([undefined, undefined, undefined]);
    expect(attempt()).toEqual({ retryAfterSeconds: 20, first: true });
    expect(attempt()).toMatchObject({ first: false });
    clock.advance(20_000);
    expect(attempt()).toBeUndefined();
    expect(attempt()).toMatchObject({ first: true });
    expect(buckets.check('another key')).toBeUndefined();
  });

  it('a limit of 0 allows everything; the number of keys is bounded', () => {
    const clock = manualClock();
    expect(new TokenBuckets({ limit: 0, windowMs: 1000, clock: clock.now }).check('k')).toBeUndefined();
    const bounded = new TokenBuckets({ limit: 1, windowMs: 60_000, clock: clock.now, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) bounded.take(`key-${i}`);
    expect(bounded.size).toBe(100);
  });
});

describe('on the bot', () => {
  let server: TestServer;
  const clock = manualClock();
  afterEach(async () => server?.close());

  const say = (text: string, conversation: string) => server.exchange({ text, conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' } });
  /** The kind of the turn (answer, followup…), undefined when the bot did not run. */
  const turnKind = async (text: string, conversation: string) => (await say(text, conversation)).traces[0]?.kind;
  const sayFrom = async (address: string, text: string, conversation: string) => {
    const response = await server.post(emulatorActivity({ text, conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' } }), { 'x-forwarded-for': `203.0.113.50, ${address}` });
    const body = (await response.json()) as { activities: { type: string; text?: string }[] };
    return body.activities.filter((a) => a.type === 'message').map((a) => a.text ?? '').join('\n');
  };

  it('per conversation: the first message over the limit gets a polite sentence, the next ones nothing, others go on', async () => {
    server = await startTestServer({ ...NO_LIMITS, RATE_LIMIT_MESSAGES_PER_MINUTE: '3' }, { clock: clock.now });
    for (let i = 0; i < 3; i++) expect(await turnKind('kan passe le bus santé', 'chatty')).toBeDefined();
    const refused = await say('kan passe le bus santé', 'chatty');
    expect(refused.text).toBe(SLOW_DOWN);
    expect(refused.traces).toEqual([]);
    expect((await say('kan passe le bus santé', 'chatty')).activities).toEqual([]);
    expect(await turnKind('kan passe le bus santé', 'quiet')).toBe('answer');
    clock.advance(60_000);
    expect(await turnKind('kan passe le bus santé', 'chatty')).toBeDefined();
  });

  it('per address (behind a trusted proxy): across conversations, and only for that address', async () => {
    server = await startTestServer({ ...NO_LIMITS, RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: '4', TRUST_PROXY: 'true', ...OPEN }, { clock: clock.now });
    for (let i = 0; i < 4; i++) expect(await sayFrom('198.51.100.7', 'kan passe le bus santé', `a-${i}`)).not.toBe(SLOW_DOWN);
    expect(await sayFrom('198.51.100.7', 'kan passe le bus santé', 'a-new')).toBe(SLOW_DOWN);
    expect(await sayFrom('198.51.100.8', 'kan passe le bus santé', 'b-1')).not.toBe(SLOW_DOWN);
  });

  it('without TRUST_PROXY, X-Forwarded-For is ignored: every request is the loopback address', async () => {
    server = await startTestServer({ ...NO_LIMITS, RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: '2', ...OPEN }, { clock: clock.now });
    expect(await sayFrom('198.51.100.1', 'kan passe le bus santé', 'x-1')).not.toBe(SLOW_DOWN);
    expect(await sayFrom('198.51.100.2', 'kan passe le bus santé', 'x-2')).not.toBe(SLOW_DOWN);
    expect(await sayFrom('198.51.100.3', 'kan passe le bus santé', 'x-3')).toBe(SLOW_DOWN);
  });

  it('a caller on this machine itself (no proxy header: the Emulator, conversations.mjs): conversation limits only', async () => {
    // A scripted evaluation plays a hundred conversations in a minute from 127.0.0.1: none of them is refused, and
    // every unanswered question is still kept; a single conversation keeps its own limit.
    server = await startTestServer({ ...NO_LIMITS, RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: '2', RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: '1', RATE_LIMIT_MESSAGES_PER_MINUTE: '3' }, { clock: clock.now });
    const { engine, storage } = server.assistant;
    for (let i = 0; i < 5; i++) expect(await turnKind('kan passe le bus santé', `script-${i}`)).toBe('answer');
    for (let i = 0; i < 3; i++) expect((await say(unknownQuestion(engine, i), `unknown-${i}`)).text).toContain(KEPT);
    expect((await storage.remarques.list()).total).toBe(3);
    for (let i = 0; i < 3; i++) expect(await turnKind('kan passe le bus santé', 'one-conversation')).toBeDefined();
    expect((await say('kan passe le bus santé', 'one-conversation')).text).toBe(SLOW_DOWN);
  });

  it('remarques per conversation: beyond the limit the question is answered but not kept, and the resident is told', async () => {
    server = await startTestServer({ ...NO_LIMITS, RATE_LIMIT_REMARQUES_PER_HOUR: '2' }, { clock: clock.now });
    const { engine, storage } = server.assistant;
    const replies = [];
    for (let i = 0; i < 3; i++) replies.push(await say(unknownQuestion(engine, i), 'many-questions'));
    expect(replies.map((r) => r.text.includes(KEPT))).toEqual([true, true, false]);
    expect(replies[2]?.text).toContain(TOO_MANY_REMARQUES);
    expect((await storage.remarques.list()).total).toBe(2);
    expect((await say(unknownQuestion(engine, 3), 'another-conversation')).text).toContain(KEPT);
  });

  it('remarques per address: across conversations', async () => {
    server = await startTestServer({ ...NO_LIMITS, RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: '2', TRUST_PROXY: 'true', ...OPEN }, { clock: clock.now });
    const { engine, storage } = server.assistant;
    const texts = [];
    for (let i = 0; i < 3; i++) texts.push(await sayFrom('198.51.100.9', unknownQuestion(engine, i), `r-${i}`));
    expect(texts.map((t) => t.includes(KEPT))).toEqual([true, true, false]);
    expect(texts[2]).toContain(TOO_MANY_REMARQUES);
    expect((await storage.remarques.list()).total).toBe(2);
  });
});

describe('on the web widget', () => {
  let server: TestServer;
  afterEach(async () => server?.close());

  it('new conversations per address: 429 with Retry-After beyond the limit', async () => {
    server = await startTestServer({ ...NO_LIMITS, RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: '3' });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const refused = await fetch(`${server.url}/api/directline/token`, { method: 'POST' });
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it("a web conversation's messages count towards its address: the polite sentence comes through Direct Line", async () => {
    server = await startTestServer({ ...NO_LIMITS, RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: '3' });
    const { token, conversationId } = await newToken(server.url); // 1
    await directLine(server.url, 'POST', '/conversations', token);
    const post = (text: string) => directLine(server.url, 'POST', `/conversations/${conversationId}/activities`, token, { type: 'message', from: { id: 'x' }, text });
    expect((await post('kan passe le bus santé')).status).toBe(200); // 2
    expect((await post('kan passe le bus santé')).status).toBe(200); // 3
    expect((await post('kan passe le bus santé')).status).toBe(200); // refused politely
    await until(async () => {
      const { body } = await directLine(server.url, 'GET', `/conversations/${conversationId}/activities`, token);
      return (body.activities as { text?: string }[]).some((a) => a.text === SLOW_DOWN);
    }, 'the polite sentence in the web conversation');
  });
});
