/**
 * Telegram, end to end: updates posted with the webhook's secret reach the real assistant, the replies leave
 * through a local fake of the Bot API (sendMessage, choices as a keyboard); reminders too; and
 * `npm run channels -- telegram-webhook` registers the webhook with the fake.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { until } from '../helpers.js';
import type { FakeProviders } from './fake-providers.js';
import { addRealAction, bridgeHarnessPerTest, type Harness } from './harness.js';

const SECRET = 'telegram-secret-for-tests_0123456789';
const TOKEN = '123456:ABC-test-token';
const CHAT = 987654321;
let update = 1000;

let telegram: FakeProviders;
let h: Harness;
bridgeHarnessPerTest(
  (fake) => ({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_URL: fake.url, PUBLIC_URL: 'https://assistant.example.fr' }),
  (harness, fake) => {
    h = harness;
    telegram = fake;
  },
);

async function post(text: string | undefined, options: { secret?: string | null; updateId?: number; extra?: Record<string, unknown> } = {}): Promise<{ status: number; sent: Record<string, unknown>[] }> {
  const before = telegram.sent('/sendMessage').length;
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const secret = options.secret === undefined ? SECRET : options.secret;
  if (secret !== null) headers['x-telegram-bot-api-secret-token'] = secret;
  const body = {
    update_id: options.updateId ?? ++update,
    message: { message_id: update, date: 1796550000, chat: { id: CHAT, type: 'private' }, from: { id: CHAT, is_bot: false, first_name: 'A', language_code: 'fr' }, ...(text === undefined ? {} : { text }), ...options.extra },
  };
  const response = await fetch(`${h.url}/api/channels/telegram`, { method: 'POST', headers, body: JSON.stringify(body) });
  await h.assistant.bridges.idle();
  return { status: response.status, sent: telegram.sent('/sendMessage').slice(before).map((r) => r.body) };
}

describe('Telegram bridge', () => {
  it('answers through sendMessage, choices as a keyboard', async () => {
    const { status, sent } = await post('bus santé');
    expect(status).toBe(200);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((m) => m['chat_id'] === String(CHAT))).toBe(true);
    expect(String(sent[0]!['text'])).toMatch(/bus/i);
    const keyboard = sent.map((m) => m['reply_markup'] as { keyboard?: { text: string }[][] }).find((k) => k.keyboard);
    expect(keyboard?.keyboard?.length).toBeGreaterThan(0);
    expect(telegram.sent('/sendMessage')[0]!.path).toBe(`/bot${TOKEN}/sendMessage`);
  });

  it('refuses a wrong or missing secret with 403 and stores nothing', async () => {
    const stats = async () => (await h.assistant.storage.turns.stats('2026-01-01', '2027-12-31')).total;
    const before = await stats();
    expect((await post('bus santé', { secret: 'wrong-secret-wrong-secret', updateId: 5 })).status).toBe(403);
    expect((await post('bus santé', { secret: null, updateId: 6 })).status).toBe(403);
    expect(telegram.requests).toEqual([]);
    expect(await stats()).toBe(before);
    expect((await post('bus santé', { updateId: 5 })).sent.length).toBeGreaterThan(0);
  });

  it('makes no second turn of a retried update', async () => {
    const first = await post('bus santé', { updateId: 77 });
    expect(first.sent.length).toBeGreaterThan(0);
    const again = await post('bus santé', { updateId: 77 });
    expect(again).toEqual({ status: 200, sent: [] });
  });

  it('puts the emergency numbers first for a message in danger', async () => {
    const { sent } = await post('je veux me suicider');
    expect(String(sent[0]!['text'])).toMatch(/3114|112/);
  });

  it('answers a voice note with "I can only read text" and the emergency line', async () => {
    const { sent } = await post(undefined, { extra: { voice: { file_id: 'x', duration: 3 } } });
    expect(sent.map((m) => m['text'])).toEqual([expect.stringMatching(/ne lis que les messages écrits.*112/)]);
  });

  it('goes from "rappelle-moi" to the reminder sent, and "stop rappels" cancels', async () => {
    await addRealAction(h.assistant);
    await post('atelier numérique');
    const offer = await post('rappelle-moi');
    expect(String(offer.sent[0]!['text'])).toMatch(/Voulez-vous un rappel pour « Atelier numérique »/);
    const labels = (offer.sent[0]!['reply_markup'] as { keyboard: { text: string }[][] }).keyboard.flat().map((b) => b.text);
    expect(labels).toEqual(['Oui, rappelez-moi', 'Non merci']);
    const confirmed = await post('Oui, rappelez-moi');
    expect(String(confirmed.sent[0]!['text'])).toMatch(/^C'est noté/);
    expect(h.logs.join('\n')).not.toContain(String(CHAT));

    h.clock.set('2026-12-09T17:00:10.000Z');
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(1);
    const reminder = telegram.sent('/sendMessage').at(-1)!.body;
    expect(reminder['chat_id']).toBe(String(CHAT));
    expect(String(reminder['text'])).toMatch(/^Rappel : demain à 14 h 00, « Atelier numérique », Pôle culturel\./);
    expect(h.databaseBytes()).not.toContain(String(CHAT));

    // A second one, then "stop rappels".
    h.clock.set('2026-12-10T18:00:00.000Z');
    await addRealAction(h.assistant, { id: 'atelier-numerique-suite', date: '2026-12-17' });
    await post('atelier numérique');
    await post('rappelle-moi');
    await post('oui');
    expect(await h.assistant.storage.reminders.pending()).toHaveLength(1);
    const stop = await post('stop rappels');
    expect(stop.sent.map((m) => m['text'])).toEqual(["C'est fait : plus aucun rappel, et votre numéro est effacé."]);
    expect(await h.assistant.storage.reminders.pending()).toEqual([]);
  });

  it('`npm run channels -- telegram-webhook` registers the webhook', async () => {
    const child = spawn('npm', ['run', '--silent', 'channels', '--', 'telegram-webhook'], {
      cwd: path.resolve(__dirname, '../../..'),
      env: { ...process.env, TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_WEBHOOK_SECRET: SECRET, TELEGRAM_API_URL: telegram.url, PUBLIC_URL: 'https://assistant.example.fr', SQLITE_FILE: '/nonexistent/x.sqlite' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(output).toContain('Webhook Telegram inscrit : https://assistant.example.fr/api/channels/telegram');
    expect(output).not.toContain(TOKEN);
    expect(code).toBe(0);
    const registered = await until(() => telegram.sent('/setWebhook')[0], 'setWebhook');
    expect(registered.body).toMatchObject({ url: 'https://assistant.example.fr/api/channels/telegram', secret_token: SECRET });
    // npm, then tsx compiling the CLI, on a loaded machine (CI; 60 s were nearly spent here at load 20): room, not a measure.
  }, 240_000);
});
