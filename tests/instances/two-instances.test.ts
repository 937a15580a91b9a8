/**
 * Two real assistants (startAssistant, real HTTP servers, real Bot Framework adapters) on one PostgreSQL database,
 * as behind a load balancer: what one conversation needs must not stay in either process.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../bot/http.js';
import { twilioSignature } from '../../src/channels/bridges/signatures.js';
import { translator } from '../../src/replies/i18n.js';
import { PHRASES } from '../dialogs/phrases.js';
import { NO_LIMITS } from '../reliability/helpers.js';
import { createTestDatabase, postgresUnreachable, type TestDatabase } from '../support/postgres.js';

const unreachable = postgresUnreachable('two-instances.test');
const fr = PHRASES.find((p) => p.lang === 'fr')!;
const t = translator('fr');
const PUBLIC_URL = 'https://assistant.example.fr';
const TWILIO_TOKEN = 'twilio-auth-token-for-tests';
const SMS = { PUBLIC_URL, TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000', TWILIO_AUTH_TOKEN: TWILIO_TOKEN, TWILIO_FROM: '+33700000000' };
let smsId = 0;

/** An SMS from `from` as Twilio delivers it (signed webhook) to one instance; the TwiML reply's status. */
async function sms(server: TestServer, from: string, body: string): Promise<number> {
  const params: Record<string, string> = {
    MessageSid: `SM${String(++smsId).padStart(32, '0')}`,
    AccountSid: SMS.TWILIO_ACCOUNT_SID,
    From: from,
    To: SMS.TWILIO_FROM,
    Body: body,
    NumMedia: '0',
  };
  const response = await fetch(`${server.url}/api/channels/sms`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TWILIO_TOKEN, `${PUBLIC_URL}/api/channels/sms`, params) },
    body: new URLSearchParams(params).toString(),
  });
  await response.text();
  return response.status;
}

const conversation = (id: string) => ({ conversation: { id, isGroup: false, conversationType: 'personal', name: '' }, from: { id: `${id}-resident`, name: 'User' } });

describe.skipIf(unreachable !== undefined)('two instances on one PostgreSQL database', () => {
  let db: TestDatabase;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    db = await createTestDatabase('pgstate');
    a = await startTestServer({ ...NO_LIMITS, ...SMS, DATABASE_URL: db.url });
    b = await startTestServer({ ...NO_LIMITS, ...SMS, DATABASE_URL: db.url });
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('a channel retry of an activity that lands on the other instance is recognised and skipped', async () => {
    const activity = { id: 'retry-1', text: 'kan passe le bus santé', conversation: { id: 'dup-conv', isGroup: false, conversationType: 'personal', name: '' } };
    const first = await a.exchange(activity);
    expect(first.texts.length).toBeGreaterThan(0);
    const retry = await b.exchange(activity);
    expect(retry.status).toBe(200);
    expect(retry.texts).toEqual([]);
    // Another activity of the same conversation runs.
    expect((await b.exchange({ ...activity, id: 'retry-2' })).texts.length).toBeGreaterThan(0);
  });

  it('a clarify → choice → follow-up flow whose turns alternate between the instances keeps its state', async () => {
    const c = conversation('alternating');
    const question = await a.exchange({ ...c, text: fr.clarify.question });
    const offered = question.traces[0]?.candidates ?? [];
    expect(offered.length).toBeGreaterThan(1);
    const chosen = await b.exchange({ ...c, text: question.choices[1] });
    expect(chosen.traces[0]).toMatchObject({ entryId: offered[1] });
    const where = await a.exchange({ ...c, text: fr.followUps.where });
    expect(where.traces[0]).toMatchObject({ kind: 'followup', entryId: offered[1] });
  });

  it('two remarque flows interleaved across the instances store each remarque once', async () => {
    const [x, y] = [conversation('remarque-x'), conversation('remarque-y')];
    await a.exchange({ ...x, text: fr.remarqueIntent });
    await b.exchange({ ...y, text: fr.remarqueIntent });
    await b.exchange({ ...x, text: 'Le banc du square zqbanc est cassé' });
    await a.exchange({ ...y, text: 'Le lampadaire zqlampe clignote la nuit' });
    expect((await a.exchange({ ...x, text: t('remarque.send') })).text).toBe(t('remarque.saved'));
    expect((await b.exchange({ ...y, text: t('remarque.send') })).text).toBe(t('remarque.saved'));
    const texts = (await a.assistant.storage.remarques.list({ limit: 100 })).items.map((r) => r.text);
    expect(texts.filter((text) => text.includes('zqbanc'))).toHaveLength(1);
    expect(texts.filter((text) => text.includes('zqlampe'))).toHaveLength(1);
  });

  it('two turns of one conversation at once on both instances: they run one after the other, nothing lost or doubled', async () => {
    const c = conversation('double-tap');
    await a.exchange({ ...c, text: fr.remarqueIntent });
    await b.exchange({ ...c, text: 'La poubelle zqdouble de la rue déborde' });
    // "Envoyer" tapped twice, each tap reaching another instance at the same moment.
    const [onA, onB] = await Promise.all([a.exchange({ ...c, text: t('remarque.send') }), b.exchange({ ...c, text: t('remarque.send') })]);
    expect([onA.text, onB.text]).toContain(t('remarque.saved'));
    const texts = (await b.assistant.storage.remarques.list({ search: 'zqdouble', limit: 10 })).items;
    expect(texts).toHaveLength(1);
    // The conversation goes on from the memory of whichever ran last: no remarque pending any more.
    const next = await a.exchange({ ...c, text: fr.answer.question });
    expect(next.traces[0]).toMatchObject({ entryId: fr.answer.entryId });
  });

  it('many turns of one conversation at once: each one answered, none refused as busy', async () => {
    const c = conversation('burst');
    const replies = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? a : b).exchange({ ...c, text: fr.answer.question })));
    for (const reply of replies) {
      expect(reply.status).toBe(200);
      expect(reply.texts).not.toContain(t('errors.busy'));
      expect(reply.traces[0]).toMatchObject({ entryId: fr.answer.entryId });
    }
  });

  it('SMS: one sender\'s two messages at once on both instances run one after the other (the remarque kept once)', async () => {
    const from = '+33612345670';
    expect(await sms(a, from, fr.remarqueIntent)).toBe(200);
    expect(await sms(b, from, 'Le trottoir zqsms de la rue est défoncé')).toBe(200);
    const statuses = await Promise.all([sms(a, from, t('remarque.send')), sms(b, from, t('remarque.send'))]);
    expect(statuses).toEqual([200, 200]);
    const kept = (await a.assistant.storage.remarques.list({ search: 'zqsms', limit: 10 })).items;
    expect(kept).toHaveLength(1);
  });
});
