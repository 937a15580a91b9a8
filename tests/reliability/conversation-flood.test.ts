/**
 * Attack (issue 12, item 3): the local Direct Line kept at most 1,000 web conversations and, when full, ended the
 * least recently active one — 1,100 POST /api/directline/token from 10 addresses in 1.5 s, and a resident's open
 * conversation answered 404 "ended". Now a flood is refused (429 per address, IPv6 by /64; 503 when the store is
 * full), never paid for by residents who are talking: their conversations go on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { addressGroup } from '../../src/abuse/address-group.js';
import { startTestServer, type TestServer } from '../bot/http.js';
import { manualClock } from '../channels/helpers.js';
import { openWebChat, type WebChat } from './web-chat.js';

const QUESTION = 'kan passe le bus santé';
const MINUTE = 60_000;

let server: TestServer;
afterEach(async () => server?.close());

/** `count` token requests, `from(i)` being the client address of the i-th (behind TRUST_PROXY), 25 at a time. */
async function flood(count: number, from: (i: number) => string): Promise<Record<number, number>> {
  const statuses: Record<number, number> = {};
  for (let start = 0; start < count; start += 25) {
    const batch = Array.from({ length: Math.min(25, count - start) }, (_, k) =>
      fetch(`${server.url}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': from(start + k) } }).then(async (r) => {
        await r.arrayBuffer();
        return r.status;
      }),
    );
    for (const status of await Promise.all(batch)) statuses[status] = (statuses[status] ?? 0) + 1;
  }
  return statuses;
}

/** The resident is still there: the conversation answers, and so does the bot (an answer, or a follow-up of it). */
async function stillTalking(chat: WebChat): Promise<void> {
  expect((await chat.activities()).status).toBe(200);
  expect(await chat.say(QUESTION)).not.toEqual([]);
}

describe('a flood of new web conversations', () => {
  it('1,100 token requests from 10 addresses: the residents talking keep their conversations', async () => {
    server = await startTestServer({ TRUST_PROXY: 'true' });
    const residents = [await openWebChat(server.url), await openWebChat(server.url)];
    await residents[0]?.say('bonjour');
    const statuses = await flood(1100, (i) => `198.51.100.${i % 10}`);
    expect(statuses[200]).toBeLessThanOrEqual(10 * server.assistant.config.DIRECTLINE_MAX_CONVERSATIONS_PER_ADDRESS);
    expect(statuses[429]).toBeGreaterThan(0);
    for (const chat of residents) await stillTalking(chat);
  });

  it('addresses rotated within one IPv6 /64 count as one client', async () => {
    server = await startTestServer({ TRUST_PROXY: 'true', DIRECTLINE_MAX_CONVERSATIONS_PER_ADDRESS: '5' });
    const statuses = await flood(60, (i) => `2001:db8:77:1:${(i + 1).toString(16)}::${(i * 7 + 3).toString(16)}`);
    expect(statuses).toEqual({ 200: 5, 429: 55 });
    expect((await flood(1, () => '2001:db8:77:2::1'))[200]).toBe(1); // the next /64 is someone else
  });

  it('when many clients fill the store: 503 with Retry-After for newcomers, nobody talking is ended; idle ones free room', async () => {
    const clock = manualClock();
    server = await startTestServer({ TRUST_PROXY: 'true', DIRECTLINE_MAX_CONVERSATIONS: '40', DIRECTLINE_IDLE_MINUTES: '30', DIRECTLINE_TOKEN_MINUTES: '600' }, { clock: clock.now });
    const resident = await openWebChat(server.url);
    const statuses = await flood(200, (i) => `2001:db8:${(i + 1).toString(16)}::1`);
    expect(statuses).toEqual({ 200: 39, 503: 161 });
    const refused = await fetch(`${server.url}/api/directline/token`, { method: 'POST', headers: { 'x-forwarded-for': '203.0.113.77' } });
    expect(refused.status).toBe(503);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    await stillTalking(resident);

    // The flood's conversations were never started: they free their room after two minutes; the resident stays.
    clock.advance(3 * MINUTE);
    expect((await flood(1, () => '203.0.113.77'))[200]).toBe(1);
    await stillTalking(resident);
    // And a conversation idle for DIRECTLINE_IDLE_MINUTES ends, as before.
    clock.advance(31 * MINUTE);
    expect((await resident.activities()).status).toBe(404);
  });
});

describe('addressGroup', () => {
  it.each([
    ['198.51.100.7', '198.51.100.7'],
    ['2001:db8:1:2::5', '2001:db8:1:2::/64'],
    ['2001:0DB8:0001:0002:ffff:1:2:3', '2001:db8:1:2::/64'],
    ['[2001:db8::1]', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['2001:db8:1:2:3:4:5.6.7.8', '2001:db8:1:2::/64'],
    ['unknown', 'unknown'],
  ])('%s → %s', (address, group) => {
    expect(addressGroup(address)).toBe(group);
  });
});
