/**
 * WhatsApp Cloud API, end to end: Meta's verification GET, webhooks signed with X-Hub-Signature-256 reaching the
 * real assistant, replies through a local fake of the Graph API (buttons ≤ 3, lists ≤ 10), and a reminder sent as
 * the approved template once the 24-hour window has closed.
 */
import { describe, expect, it } from 'vitest';
import { metaSignature } from '../../../src/channels/bridges/signatures.js';
import { whatsappContent } from '../../../src/channels/whatsapp/render.js';
import type { FakeProviders } from './fake-providers.js';
import { addRealAction, bridgeHarnessPerTest, type Harness } from './harness.js';

const SECRET = 'meta-app-secret-for-tests';
const RESIDENT = '33698765432';
let wamid = 0;

let meta: FakeProviders;
let h: Harness;
bridgeHarnessPerTest(
  (fake) => ({
    WHATSAPP_VERIFY_TOKEN: 'verify-me',
    WHATSAPP_APP_SECRET: SECRET,
    WHATSAPP_ACCESS_TOKEN: 'EAAG-test-access-token',
    WHATSAPP_PHONE_NUMBER_ID: '1234567890',
    WHATSAPP_API_URL: fake.url,
    WHATSAPP_REMINDER_TEMPLATE: 'rappel_action',
  }),
  (harness, fake) => {
    h = harness;
    meta = fake;
  },
);

function webhook(message: Record<string, unknown>): string {
  return JSON.stringify({
    object: 'whatsapp_business_account',
    entry: [{ id: 'WABA', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { phone_number_id: '1234567890' }, messages: [message] } }] }],
  });
}

async function post(message: Record<string, unknown>, signature?: string | null): Promise<{ status: number; sent: Record<string, unknown>[] }> {
  const before = meta.sent('/messages').length;
  const body = webhook({ from: RESIDENT, id: `wamid.${++wamid}`, timestamp: '1796550000', ...message });
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const sig = signature === undefined ? metaSignature(SECRET, body) : signature;
  if (sig !== null) headers['x-hub-signature-256'] = sig;
  const response = await fetch(`${h.url}/api/channels/whatsapp`, { method: 'POST', headers, body });
  await h.assistant.bridges.idle();
  return { status: response.status, sent: meta.sent('/messages').slice(before).map((r) => r.body) };
}

const text = (body: string) => ({ type: 'text', text: { body } });

describe('WhatsApp bridge', () => {
  it("answers Meta's verification with the challenge, and refuses a wrong token", async () => {
    const ok = await fetch(`${h.url}/api/channels/whatsapp?hub.mode=subscribe&hub.verify_token=verify-me&hub.challenge=1158201444`);
    expect([ok.status, await ok.text()]).toEqual([200, '1158201444']);
    const wrong = await fetch(`${h.url}/api/channels/whatsapp?hub.mode=subscribe&hub.verify_token=nope&hub.challenge=1`);
    expect(wrong.status).toBe(403);
  });

  it('answers a signed webhook through the Graph API, choices as buttons', async () => {
    const { status, sent } = await post(text('bus santé'));
    expect(status).toBe(200);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((m) => m['to'] === RESIDENT && m['messaging_product'] === 'whatsapp')).toBe(true);
    const request = meta.sent('/messages')[0]!;
    expect(request.path).toBe('/v21.0/1234567890/messages');
    expect(request.headers.authorization).toBe('Bearer EAAG-test-access-token');
    const interactive = sent.map((m) => m['interactive'] as { type: string; action: { buttons?: unknown[] } } | undefined).find(Boolean);
    expect(interactive).toBeDefined();
  });

  it('takes a tapped button back as the choice', async () => {
    await post(text('bus santé'));
    const { sent } = await post({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'Oui', title: 'Oui' } } });
    expect(sent.length).toBeGreaterThan(0);
  });

  it('refuses a bad or missing signature with 403 and stores nothing', async () => {
    const before = (await h.assistant.storage.turns.stats('2026-01-01', '2027-12-31')).total;
    expect((await post(text('bus santé'), 'sha256=' + '0'.repeat(64))).status).toBe(403);
    expect((await post(text('bus santé'), null)).status).toBe(403);
    expect(meta.requests).toEqual([]);
    expect((await h.assistant.storage.turns.stats('2026-01-01', '2027-12-31')).total).toBe(before);
  });

  it('makes no second turn of a retried delivery (same wamid)', async () => {
    const body = webhook({ from: RESIDENT, id: 'wamid.same', timestamp: '1796550000', ...text('bus santé') });
    const send = () => fetch(`${h.url}/api/channels/whatsapp`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(SECRET, body) }, body });
    await send();
    await h.assistant.bridges.idle();
    const first = meta.sent('/messages').length;
    expect(first).toBeGreaterThan(0);
    await send();
    await h.assistant.bridges.idle();
    expect(meta.sent('/messages').length).toBe(first);
  });

  it('puts the emergency numbers first, and answers a voice note politely', async () => {
    const danger = await post(text('je veux me suicider'));
    expect(JSON.stringify(danger.sent[0])).toMatch(/3114|112/);
    const voice = await post({ type: 'audio', audio: { id: 'media-1', mime_type: 'audio/ogg' } });
    expect(voice.sent.map((m) => (m['text'] as { body: string }).body)).toEqual([expect.stringMatching(/ne lis que les messages écrits.*112/)]);
  });

  it('sends a reminder as the approved template once the 24-hour window has closed', async () => {
    await addRealAction(h.assistant);
    await post(text('atelier numérique'));
    await post(text('rappelle-moi'));
    const confirmed = await post({ type: 'interactive', interactive: { type: 'button_reply', button_reply: { id: 'Oui, rappelez-moi', title: 'Oui, rappelez-moi' } } });
    expect(JSON.stringify(confirmed.sent[0])).toMatch(/C'est noté/);
    h.clock.set('2026-12-09T17:00:10.000Z');
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(1);
    const reminder = meta.sent('/messages').at(-1)!.body;
    expect(reminder).toMatchObject({ to: RESIDENT, type: 'template', template: { name: 'rappel_action', language: { code: 'fr' } } });
    expect(JSON.stringify(reminder)).toContain('Atelier numérique');
    expect(h.logs.join('\n')).not.toContain(RESIDENT);
  });
});

describe('WhatsApp rendering', () => {
  const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Choix numéro ${i + 1} avec un titre long`, value: `v${i + 1}` }));
  it('uses up to 3 reply buttons with titles of at most 20 characters', () => {
    const content = whatsappContent({ text: 'Question ?', choices: choices(3) }, 'fr');
    const buttons = (content as unknown as { interactive: { action: { buttons: { reply: { id: string; title: string } }[] } } }).interactive.action.buttons;
    expect(buttons).toHaveLength(3);
    expect(buttons.every((b) => b.reply.title.length <= 20)).toBe(true);
    expect(buttons[0]!.reply.id).toBe('v1');
  });
  it('uses a list for 4 to 10 choices, and numbered text beyond', () => {
    expect((whatsappContent({ text: 'Q', choices: choices(10) }, 'fr') as unknown as { interactive: { type: string } }).interactive.type).toBe('list');
    const many = whatsappContent({ text: 'Q', choices: choices(11) }, 'fr');
    expect(many.type).toBe('text');
    expect((many as { text: { body: string } }).text.body).toMatch(/11\. Choix numéro 11/);
  });
});
