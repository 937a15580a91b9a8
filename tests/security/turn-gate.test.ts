/**
 * Attack run, "also": resident memory reached 268 MB at 1,000 concurrent requests (SQLite), 328 MB at 2,000
 * (PostgreSQL), over the 250 MB target — the heap grew with the number of requests in flight. Now the bot turns in
 * flight are bounded (MAX_CONCURRENT_TURNS running, MAX_QUEUED_TURNS waiting, 503 beyond), so memory depends on
 * those numbers and not on the crowd. These tests check the bound itself, without timing; `npm run bench` measures
 * the peak memory of a 1,000-request burst with and without it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TurnGate, type Release } from '../../src/abuse/turn-gate.js';
import { emulatorActivity } from '../bot/http.js';
import { NO_LIMITS } from '../reliability/helpers.js';
import { startTestAssistant, type TestAssistant } from '../staff/helpers.js';

describe('the gate', () => {
  it('runs at most `concurrent`, queues at most `queued` in order, refuses the rest, and lets the queue in as places free', async () => {
    const gate = new TurnGate({ concurrent: 2, queued: 3 });
    const order: number[] = [];
    const releases: Release[] = [];
    const entries = Array.from({ length: 10 }, (_, i) => gate.enter()?.then((release) => (order.push(i), releases.push(release), release)));
    expect(entries.filter((e) => e === undefined)).toHaveLength(5);
    await Promise.resolve();
    await Promise.resolve();
    expect(gate.stats).toMatchObject({ running: 2, waiting: 3, refused: 5 });
    expect(order).toEqual([0, 1]);
    releases[0]?.();
    releases[0]?.(); // twice: frees one place only
    await Promise.resolve();
    expect(order).toEqual([0, 1, 2]);
    expect(gate.stats).toMatchObject({ running: 2, waiting: 2 });
    while (releases.length < 5) {
      releases[releases.length - 1]?.();
      await Promise.resolve();
    }
    for (const release of releases) release();
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(gate.stats).toMatchObject({ running: 0, waiting: 0, peakRunning: 2, peakWaiting: 3, refused: 5 });
  });

  it('0 means no bound', async () => {
    const gate = new TurnGate({ concurrent: 0, queued: 0 });
    const places = await Promise.all(Array.from({ length: 100 }, () => gate.enter()));
    expect(places.every((p) => typeof p === 'function')).toBe(true);
    expect(gate.stats.refused).toBe(0);
  });
});

describe('a crowd of resident messages at once, on the real server', () => {
  let t: TestAssistant;
  beforeAll(async () => {
    t = await startTestAssistant({ ...NO_LIMITS, MAX_CONCURRENT_TURNS: '2', MAX_QUEUED_TURNS: '5' });
  });
  afterAll(() => t.close());

  const send = (i: number) =>
    fetch(`${t.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(emulatorActivity({ text: 'kan passe le bus santé', conversation: { id: `crowd-${i}`, isGroup: false, conversationType: 'personal', name: '' } })),
    }).then(async (r) => ({ status: r.status, retryAfter: r.headers.get('retry-after'), body: await r.text() }));

  it('never runs more than MAX_CONCURRENT_TURNS turns nor queues more than MAX_QUEUED_TURNS; the rest get 503', async () => {
    const replies = await Promise.all(Array.from({ length: 200 }, (_, i) => send(i)));
    const stats = t.assistant.turnGate.stats;
    expect(stats.peakRunning).toBeLessThanOrEqual(2);
    expect(stats.peakWaiting).toBeLessThanOrEqual(5);
    const ok = replies.filter((r) => r.status === 200);
    const busy = replies.filter((r) => r.status === 503);
    expect(ok.length + busy.length).toBe(200);
    expect(busy.length).toBe(stats.refused);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    for (const r of busy) expect(r.retryAfter).toBe('1');
    expect(stats).toMatchObject({ running: 0, waiting: 0 });
    // Afterwards every resident is served again.
    expect((await send(1000)).status).toBe(200);
  });

  it('other requests are not gated: health checks and the staff console answer during a crowd', async () => {
    const crowd = Promise.all(Array.from({ length: 50 }, (_, i) => send(2000 + i)));
    const health = await fetch(`${t.url}/livez`);
    expect(health.status).toBe(200);
    await crowd;
  });
});
