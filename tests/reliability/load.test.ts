/**
 * Load with faults: many conversations at once, each asking questions the assistant answers, clarifies and does not
 * know, with faults mixed in — malformed requests from other clients, a channel delivering the same activity twice,
 * and a database that refuses one remarque in seven. Every unanswered question whose reply said "transmise" is stored
 * exactly once; those whose reply said it could not be kept are not stored; nothing answers 5xx.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emulatorActivity, startTestServer, type Exchange, type TestServer } from '../bot/http.js';
import { KEPT, NO_LIMITS, NOT_KEPT, tag, unknownQuestion } from './helpers.js';

const CONVERSATIONS = 30;
const UNKNOWN_PER_CONVERSATION = 2;
const MALFORMED = ['{"type": "message", ', '[]', '{}', '{"type":"message","channelId":"x","conversation":"c","from":{}}'];

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(NO_LIMITS);
});
afterAll(async () => server.close());

it('records every unanswered question exactly once under concurrent load, retries and storage faults', async () => {
  const { engine, storage } = server.assistant;
  // Fault: one remarque in seven fails to be written, as a database under stress might.
  const add = storage.remarques.add.bind(storage.remarques);
  let writes = 0;
  storage.remarques.add = async (remarque) => {
    writes += 1;
    if (writes % 7 === 0) throw new Error('database is locked');
    return add(remarque);
  };

  const outcomes = new Map<string, 'kept' | 'not-kept'>();
  const statuses: number[] = [];
  const turn = async (conversation: string, id: string, text: string): Promise<Exchange> => {
    const reply = await server.exchange({ id, text, conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '' }, from: { id: `${conversation}-user`, name: 'resident' } });
    statuses.push(reply.status);
    return reply;
  };

  const conversation = async (c: number) => {
    const id = `load-${c}`;
    await turn(id, `${id}-1`, 'kan passe le bus santé');
    for (let u = 0; u < UNKNOWN_PER_CONVERSATION; u++) {
      const i = c * UNKNOWN_PER_CONVERSATION + u;
      const activityId = `${id}-unknown-${u}`;
      const reply = await turn(id, activityId, unknownQuestion(engine, i));
      expect(reply.traces[0]?.kind, `${tag(i)}: ${reply.text}`).toBe('fallback');
      if (reply.text.includes(KEPT)) outcomes.set(tag(i), 'kept');
      else if (reply.text.includes(NOT_KEPT)) outcomes.set(tag(i), 'not-kept');
      // The channel got no answer in time and sends the same activity again: it is not a second question.
      const again = await turn(id, activityId, unknownQuestion(engine, i));
      expect(again.traces).toEqual([]);
    }
    await turn(id, `${id}-2`, 'santé');
  };
  const malformed = async (m: number) => {
    const response = await server.post(MALFORMED[m % MALFORMED.length]);
    statuses.push(response.status);
  };

  await Promise.all([
    ...Array.from({ length: CONVERSATIONS }, (_, c) => conversation(c)),
    ...Array.from({ length: 20 }, (_, m) => malformed(m)),
  ]);

  expect(statuses.filter((s) => s >= 500)).toEqual([]);
  expect(outcomes.size).toBe(CONVERSATIONS * UNKNOWN_PER_CONVERSATION);
  const kept = [...outcomes].filter(([, o]) => o === 'kept').map(([t]) => t);
  const notKept = [...outcomes].filter(([, o]) => o === 'not-kept').map(([t]) => t);
  expect(notKept.length).toBeGreaterThan(0); // the fault was met, and said so
  expect(kept.length).toBeGreaterThan(notKept.length);

  const { items } = await storage.remarques.list({ kind: ['unanswered'], limit: 1000 });
  const stored = items.map((r) => /zq[a-z]+/.exec(r.text)?.[0]);
  expect(stored.filter((t) => t === undefined)).toEqual([]);
  expect([...stored].sort()).toEqual([...kept].sort()); // each kept one once, no not-kept one, no duplicate
});

it('answers as usual afterwards', async () => {
  const reply = await server.exchange(emulatorActivity({ text: 'kan passe le bus santé', conversation: { id: 'after-load', isGroup: false, conversationType: 'personal', name: '' } }));
  expect(reply.traces[0]).toMatchObject({ kind: 'answer' });
});
