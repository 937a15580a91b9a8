/**
 * Bridge turns share the web's bound on turns in flight (issue 15; src/abuse/turn-gate.ts): with every running place
 * taken, a flood of Telegram webhooks waits in the queue up to MAX_QUEUED_TURNS and, beyond it, gets a polite "try
 * again in a minute" — except a message with danger signals, which still gets the emergency numbers. The places are
 * held through the server's own gate, the one web turns go through: while it is full, a web turn gets 503 too.
 */
import { describe, expect, it } from 'vitest';
import type { Release } from '../../../src/abuse/turn-gate.js';
import { until } from '../helpers.js';
import type { FakeProviders } from './fake-providers.js';
import { bridgeHarnessPerTest, type Harness } from './harness.js';

const SECRET = 'telegram-secret-for-tests_0123456789';
const TOKEN = '123456:ABC-test-token';
const RUNNING = 2;
const QUEUED = 3;
let update = 5000;

let telegram: FakeProviders;
let h: Harness;
bridgeHarnessPerTest(
  (fake) => ({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_API_URL: fake.url,
    PUBLIC_URL: 'https://assistant.example.fr',
    MAX_CONCURRENT_TURNS: String(RUNNING),
    MAX_QUEUED_TURNS: String(QUEUED),
  }),
  (harness, fake) => {
    h = harness;
    telegram = fake;
  },
);

/** One resident's message (each its own chat: the per-conversation rate limit plays no part). */
async function post(chat: number, text: string): Promise<number> {
  const body = { update_id: ++update, message: { message_id: update, date: 1796550000, chat: { id: chat, type: 'private' }, from: { id: chat, is_bot: false, first_name: 'A', language_code: 'fr' }, text } };
  const res = await fetch(`${h.url}/api/channels/telegram`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET }, body: JSON.stringify(body) });
  return res.status;
}

const textsTo = (chat: number) => telegram.sent('/sendMessage').filter((r) => r.body['chat_id'] === String(chat)).map((r) => String(r.body['text']));

describe('bridge turns and the bound on turns in flight', () => {
  it('queues a flood of webhooks up to the bound, refuses the rest politely, and still answers danger', async () => {
    const gate = h.assistant.turnGate;
    // Every running place taken, as by web turns in flight.
    const held = (await Promise.all(Array.from({ length: RUNNING }, () => gate.enter()!))) as Release[];
    expect(gate.stats.running).toBe(RUNNING);

    const flood = Array.from({ length: QUEUED + 2 }, (_, i) => 1000 + i);
    expect(await Promise.all(flood.map((chat) => post(chat, 'bus santé')))).toEqual(flood.map(() => 200));
    // QUEUED of them wait their turn; the 2 beyond the queue are told to come back, nothing else is sent yet.
    await until(() => gate.stats.waiting === QUEUED && telegram.sent('/sendMessage').length === 2, 'the queue to fill and 2 refusals');
    const refused = flood.filter((chat) => textsTo(chat).length > 0);
    expect(refused).toHaveLength(2);
    for (const chat of refused) expect(textsTo(chat)).toEqual([expect.stringContaining("Beaucoup d'habitants m'écrivent en ce moment")]);
    expect(gate.stats.refused).toBe(2);

    // Danger, with everything full: the emergency numbers, at once.
    expect(await post(2000, 'je veux me suicider')).toBe(200);
    const danger = await until(() => textsTo(2000)[0], 'the emergency answer');
    expect(danger).toMatch(/3114|112/);
    expect(danger).not.toContain("Beaucoup d'habitants");

    // Web turns go through the same gate: one is refused as well while it is full.
    const web = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(web.status).toBe(503);

    // Places free again: the queued messages get their real answers, in turn, never more than RUNNING at once.
    for (const release of held) release();
    await until(() => gate.stats.waiting === 0 && gate.stats.running === 0, 'the queue to drain');
    await h.assistant.bridges.idle();
    const queued = flood.filter((chat) => !refused.includes(chat));
    for (const chat of queued) expect(textsTo(chat).join('\n')).toMatch(/bus/i);
    expect(gate.stats.peakRunning).toBe(RUNNING);
    expect(gate.stats.peakWaiting).toBe(QUEUED);
    // And the turn after the flood runs as usual.
    expect(await post(3000, 'bus santé')).toBe(200);
    await h.assistant.bridges.idle();
    expect(textsTo(3000).join('\n')).toMatch(/bus/i);
  }, 60_000);
});
