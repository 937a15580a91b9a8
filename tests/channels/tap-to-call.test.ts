/**
 * Tap to call, end to end (issue 10, part 5): a resident's question played over real HTTP — the local Direct Line
 * that Web Chat uses, through botframework-directlinejs — comes back with every phone number of the reply as a
 * `tel:` link (a danger message: the emergency numbers first), while the same question by SMS (an Azure-style
 * activity to /api/messages, the reply posted to a local channel service) stays plain text with the numbers as
 * written.
 */
import { describe, expect, it } from 'vitest';
import { phoneNumbersIn, telUri } from '../../src/channels/phone-links.js';
import { firstMessageText } from '../../src/replies/compose.js';
import type { TestServer } from '../bot/http.js';
import { postFromChannel, serverWithChannelService } from './azure-channel.js';
import { botMessages, collect, directLineClient, send } from './directlinejs-client.js';
import { newToken, until, type ChannelService, type Json } from './helpers.js';

const QUESTIONS = {
  service: 'mon fils se fait harceler au college',
  danger: 'mon mari me frappe',
};
/** The numbers a resident in danger must be able to tap at once. */
const EMERGENCY = new Set(['15', '17', '18', '112', '114', '115', '119', '3919', '3114']);

let t: TestServer;
let channel: ChannelService;
serverWithChannelService((server, service) => {
  t = server;
  channel = service;
});

/** The phone numbers the first message of the answer shows, as the assistant composes it (before any channel). */
function numbersOf(question: string): string[] {
  const core = t.assistant;
  const decision = core.engine.decide(question);
  const text = firstMessageText(decision, { locale: 'fr', now: new Date(), agenda: core.agenda.current(), fiches: core.fiches });
  return [...new Set(phoneNumbersIn(text))];
}

/** The question through the local Direct Line, as Web Chat sends it; resolves with the bot's first reply. */
async function onTheWeb(question: string): Promise<{ text: string; textFormat?: string }> {
  const { token } = await newToken(t.url);
  const client = directLineClient(`${t.url}/v3/directline`, token, { webSocket: false });
  try {
    const activities = collect(client);
    const id = await send(client, question);
    const reply = await until(() => botMessages(activities).find((m) => m.replyToId === id), `the answer to "${question}"`);
    return { text: reply.text ?? '', textFormat: reply.textFormat };
  } finally {
    client.end();
  }
}

/** The same question by SMS: the texts the bot posts back to the channel's service. */
async function bySms(question: string): Promise<Json[]> {
  const sender = `sms-${question.length}`;
  const posted = await postFromChannel(t, channel, { type: 'message', text: question, channelId: 'sms', from: { id: sender }, conversation: { id: sender } });
  return posted.map((p) => p.activity).filter((a) => a.type === 'message');
}

/** "[17](tel:17)" links of a markdown text, in order. */
const telLinks = (markdown: string) => [...markdown.matchAll(/\[([^\]]+)\]\((tel:[^)]+)\)/g)].map((m) => ({ number: m[1]!, uri: m[2]! }));

describe('tap to call over HTTP', () => {
  it.each(Object.entries(QUESTIONS))('%s: on the web every phone number of the reply is a tel: link', async (_kind, question) => {
    const numbers = numbersOf(question);
    expect(numbers.length, 'the answer must show phone numbers for this test to mean anything').toBeGreaterThan(1);
    const reply = await onTheWeb(question);
    expect(reply.textFormat).toBe('markdown');
    const links = telLinks(reply.text);
    for (const number of numbers) expect(links, number).toContainEqual({ number, uri: telUri(number) });
    // No number left as plain text beside the links.
    expect(phoneNumbersIn(reply.text.replace(/\[[^\]]+\]\(tel:[^)]+\)/g, ''))).toEqual([]);
  });

  it('a danger message: the emergency numbers come first, and all are links', async () => {
    const links = telLinks((await onTheWeb(QUESTIONS.danger)).text);
    expect(EMERGENCY.has(links[0]?.number ?? '')).toBe(true);
    expect(links.map((l) => l.number)).toEqual(expect.arrayContaining(['17', '112', '114', '3919']));
  });

  it.each(Object.entries(QUESTIONS))('%s: by SMS the numbers stay plain text', async (_kind, question) => {
    const messages = await bySms(question);
    const text = messages.map((m) => String(m.text)).join('\n');
    expect(messages.every((m) => m.textFormat === 'plain')).toBe(true);
    expect(text).not.toContain('tel:');
    expect(text).not.toMatch(/\]\(/);
    // The first numbers of the answer are there as written (a long SMS may be cut, never its first lines).
    for (const number of numbersOf(question).slice(0, 2)) expect(text).toContain(number);
  });
});
