/**
 * SMS through Twilio, end to end: a webhook signed as Twilio signs it reaches the real assistant, the answer comes
 * back as TwiML; reminders go out through a local fake of Twilio's REST API.
 */
import { describe, expect, it } from 'vitest';
import { addressKey } from '../../../src/channels/bridges/address-key.js';
import { twilioSignature } from '../../../src/channels/bridges/signatures.js';
import { AddressSeal } from '../../../src/reminders/address-seal.js';
import { addRealAction, bridgeHarnessPerTest, REMINDER_KEY, startHarness, type Harness } from './harness.js';
import type { FakeProviders } from './fake-providers.js';

const PUBLIC_URL = 'https://assistant.example.fr';
const TOKEN = 'twilio-auth-token-for-tests';
const RESIDENT = '+33612345678';
let sid = 0;

let twilio: FakeProviders;
let h: Harness;
bridgeHarnessPerTest(
  (fake) => ({
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID: 'AC00000000000000000000000000000000',
    TWILIO_AUTH_TOKEN: TOKEN,
    TWILIO_FROM: '+33700000000',
    TWILIO_API_URL: fake.url,
    SMS_DAILY_LIMIT_PER_NUMBER: '2',
  }),
  (harness, fake) => {
    h = harness;
    twilio = fake;
  },
);

interface Sent {
  status: number;
  body: string;
  messages: string[];
}

async function sms(body: string, options: { from?: string; messageSid?: string; signature?: string | null; extra?: Record<string, string> } = {}): Promise<Sent> {
  const params: Record<string, string> = {
    MessageSid: options.messageSid ?? `SM${String(++sid).padStart(32, '0')}`,
    AccountSid: 'AC00000000000000000000000000000000',
    From: options.from ?? RESIDENT,
    To: '+33700000000',
    Body: body,
    NumMedia: '0',
    ...options.extra,
  };
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  const signature = options.signature === undefined ? twilioSignature(TOKEN, `${PUBLIC_URL}/api/channels/sms`, params) : options.signature;
  if (signature !== null) headers['x-twilio-signature'] = signature;
  const response = await fetch(`${h.url}/api/channels/sms`, { method: 'POST', headers, body: new URLSearchParams(params).toString() });
  const text = await response.text();
  const messages = [...text.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((m) =>
    (m[1] ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'),
  );
  return { status: response.status, body: text, messages };
}

async function counts() {
  const stats = await h.assistant.storage.turns.stats('2026-01-01', '2027-12-31');
  const remarques = await h.assistant.storage.remarques.list();
  return { turns: stats.total, remarques: remarques.total };
}

describe('SMS bridge (Twilio)', () => {
  it('answers a signed webhook with TwiML, in SMS style', async () => {
    const reply = await sms('atelier numérique');
    expect(reply.status).toBe(200);
    expect(reply.body.startsWith('<?xml version="1.0" encoding="UTF-8"?><Response><Message>')).toBe(true);
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(reply.messages.join('\n')).toMatch(/atelier/i);
    for (const m of reply.messages) expect(m).not.toMatch(/[\p{Extended_Pictographic}’«»…]/u);
  });

  it('refuses a bad or missing signature with 403 and stores nothing', async () => {
    const before = await counts();
    const forged = await sms('un message que je ne garde pas', { messageSid: `SM${'f'.repeat(32)}`, signature: 'bm90IGEgc2lnbmF0dXJl' });
    const missing = await sms('un message que je ne garde pas', { messageSid: `SM${'e'.repeat(32)}`, signature: null });
    // Signed for other parameters: the body was changed on the way.
    const params = { Body: 'autre' };
    const tampered = await sms('un message que je ne garde pas', { messageSid: `SM${'d'.repeat(32)}`, signature: twilioSignature(TOKEN, `${PUBLIC_URL}/api/channels/sms`, params) });
    expect([forged.status, missing.status, tampered.status]).toEqual([403, 403, 403]);
    expect(await counts()).toEqual(before);
    // The refused message ids were not recorded: the same ids, signed, are handled as new.
    expect((await sms('bonjour', { messageSid: `SM${'f'.repeat(32)}` })).messages.length).toBeGreaterThan(0);
  });

  it('makes no second turn of a retried delivery (same MessageSid)', async () => {
    // A question nobody can answer, kept as a remarque. ("je cherche un truc introuvable" now reads to the safety net as
    // someone missing — "introuvable" — and gets the emergency numbers, which keep nothing.)
    const first = await sms('je cherche des graines de zorglub', { messageSid: `SM${'1'.repeat(32)}` });
    expect(first.messages.length).toBeGreaterThan(0);
    const after = await counts();
    expect(after.remarques).toBe(1);
    const retry = await sms('je cherche des graines de zorglub', { messageSid: `SM${'1'.repeat(32)}` });
    expect(retry.status).toBe(200);
    expect(retry.messages).toEqual([]);
    expect(await counts()).toEqual(after);
  });

  it('puts the emergency numbers first for a message in danger', async () => {
    const reply = await sms('je veux me suicider');
    expect(reply.messages[0]).toMatch(/3114|112/);
  });

  it('answers a picture or a voice note politely, with the emergency line', async () => {
    const reply = await sms('', { extra: { NumMedia: '1', MediaContentType0: 'audio/amr' } });
    expect(reply.messages).toEqual([expect.stringMatching(/ne lis que les messages écrits.*112/)]);
  });

  it('never logs nor stores the number in clear', async () => {
    await sms('atelier numérique');
    await sms('je cherche des graines de zorglub');
    await sms('refusé', { signature: 'bm90IGEgc2lnbmF0dXJl' });
    const local = RESIDENT.slice(3);
    expect(h.logs.join('\n')).not.toContain(local);
    expect(h.databaseBytes()).not.toContain(local);
  });

  it('is off (404) when Twilio is not configured', async () => {
    const off = await startHarness({});
    try {
      const response = await fetch(`${off.url}/api/channels/sms`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'Body=x' });
      expect(response.status).toBe(404);
    } finally {
      await off.close();
    }
  });
});

describe('SMS reminders', () => {
  async function askReminder(): Promise<string[]> {
    await addRealAction(h.assistant);
    const answer = await sms('atelier numérique');
    expect(answer.messages.join('\n')).toMatch(/atelier/i);
    const offer = await sms('rappelle-moi');
    expect(offer.messages.join('\n')).toMatch(/rappel pour "Atelier numérique".*la veille à 18 h 00/s);
    expect(offer.messages.join('\n')).toMatch(/1\. Oui, rappelez-moi\n2\. Non merci/);
    const confirmed = await sms('1');
    return confirmed.messages;
  }

  it('goes from the request to the reminder sent the day before at 18:00, once, then deletes the address', async () => {
    const confirmed = await askReminder();
    expect(confirmed.join('\n')).toMatch(/C'est noté : je vous écrirai la veille à 18 h 00 pour "Atelier numérique"/);
    const pending = await h.assistant.storage.reminders.pending();
    expect(pending).toHaveLength(1);
    expect(pending[0]).toMatchObject({ channel: 'sms', moment: 'eve', sendAt: '2026-12-09T17:00:00.000Z' });
    expect(h.databaseBytes()).not.toContain(RESIDENT.slice(3));

    h.clock.set('2026-12-09T16:59:00.000Z');
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(0);
    h.clock.set('2026-12-09T17:00:30.000Z');
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(1);
    const sent = twilio.sent('/Messages.json');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.body).toMatchObject({ To: RESIDENT, From: '+33700000000' });
    expect(String(sent[0]!.body['Body'])).toMatch(/^Rappel : demain à 14 h 00, "Atelier numérique", Pole culturel\. Pour ne plus recevoir de rappels/);
    expect(sent[0]!.headers.authorization).toBe(`Basic ${Buffer.from(`AC00000000000000000000000000000000:${TOKEN}`).toString('base64')}`);
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(0);
    expect(twilio.sent('/Messages.json')).toHaveLength(1);
    expect(await h.assistant.storage.reminders.pending()).toEqual([]);
  });

  it('"stop rappels" cancels every reminder and nothing is sent', async () => {
    await askReminder();
    const stop = await sms('Stop rappels');
    expect(stop.messages).toEqual(["C'est fait : plus aucun rappel, et votre numéro est effacé."]);
    expect(await h.assistant.storage.reminders.pending()).toEqual([]);
    h.clock.set('2026-12-09T17:01:00.000Z');
    await h.assistant.bridges.job!.tick();
    expect(twilio.sent('/Messages.json')).toEqual([]);
    expect((await sms('stop rappels')).messages).toEqual(['Vous n\'avez aucun rappel en cours.']);
  });

  it("Twilio's carrier-level STOP cancels the reminders too, and the assistant stays silent", async () => {
    await askReminder();
    const stop = await sms('STOP', { extra: { OptOutType: 'STOP' } });
    expect(stop.messages).toEqual([]);
    expect(await h.assistant.storage.reminders.pending()).toEqual([]);
  });

  it('sends a reminder that fell due while the server was stopped, after the restart, never twice', async () => {
    await askReminder();
    await h.restart();
    h.clock.set('2026-12-10T07:00:00.000Z');
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(1);
    await h.restart();
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(0);
    expect(twilio.sent('/Messages.json')).toHaveLength(1);
  });

  it('follows the agenda: a moved action moves its reminder, a removed one cancels it', async () => {
    await askReminder();
    await addRealAction(h.assistant, { date: '2026-12-17' });
    expect((await h.assistant.bridges.job!.tick()).rescheduled).toBe(1);
    expect((await h.assistant.storage.reminders.pending())[0]).toMatchObject({ sendAt: '2026-12-16T17:00:00.000Z', occurrenceStart: '2026-12-17T13:00:00.000Z' });
    await h.assistant.storage.agenda.remove('atelier-numerique-decembre');
    await h.assistant.agenda.reload();
    expect((await h.assistant.bridges.job!.tick()).cancelled).toBe(1);
    expect(await h.assistant.storage.reminders.pending()).toEqual([]);
  });

  it('keeps to the daily budget of outbound SMS per number', async () => {
    const seal = new AddressSeal(REMINDER_KEY);
    const key = addressKey(h.assistant.config.STATE_SALT, 'sms', RESIDENT);
    await addRealAction(h.assistant);
    await h.assistant.storage.reminders.add(
      [0, 1, 2].map((i) => ({
        channel: 'sms',
        addressKey: key,
        addressSealed: seal.seal(RESIDENT),
        actionId: 'atelier-numerique-decembre',
        occurrenceStart: '2026-12-10T13:00:00.000Z',
        moment: 'eve' as const,
        sendAt: `2026-12-09T17:0${i}:00.000Z`,
        locale: 'fr',
      })),
    );
    h.clock.set('2026-12-09T17:05:00.000Z');
    expect(await h.assistant.bridges.job!.tick()).toMatchObject({ sent: 2, failed: 1, retried: 0 });
    expect(twilio.sent('/Messages.json')).toHaveLength(2);
  });

  it('retries a failed send a bounded number of times', async () => {
    await askReminder();
    twilio.failNext(3);
    h.clock.set('2026-12-09T17:00:30.000Z');
    const first = await h.assistant.bridges.job!.tick();
    expect(first).toMatchObject({ sent: 0, retried: 1 });
    expect(h.logs.join('\n')).not.toMatch(/Atelier numérique|Rappel/);
    h.clock.set('2026-12-09T17:06:00.000Z');
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(1);
  });
});
