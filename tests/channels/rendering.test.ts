/**
 * Replies shaped for each channel, end to end: activities as Azure Bot Service's channels send them reach the real
 * server and CloudAdapter at /api/messages (normal delivery: the bot POSTs its replies), and a real HTTP server
 * standing in for the channel's service URL records what arrives. The dialogs are the same for all; only the
 * rendering layer differs.
 */
import { describe, expect, it } from 'vitest';
import { SMS_MAX_CHARS } from '../../src/channels/render.js';
import { translator } from '../../src/replies/i18n.js';
import type { TestServer } from '../bot/http.js';
import { postFromChannel, serverWithChannelService } from './azure-channel.js';
import { answerFor, type ChannelService, type Json } from './helpers.js';

const t_fr = translator('fr');
const greeting = t_fr('welcome.greeting');
const choiceLabels = ['bus-sante', 'ateliers-numeriques'].map((topic) => t_fr(`suggest.${topic}`));

let t: TestServer;
let channel: ChannelService;
serverWithChannelService((server, service) => {
  t = server;
  channel = service;
});

/** Extra fields the channel sends (Teams names its tenant; Twilio's ids are phone numbers, here made up). */
const CHANNELS: Record<string, { from: Json; conversation: Json; channelData?: Json }> = {
  webchat: { from: { id: 'webchat-user', name: 'Vous' }, conversation: { id: 'webchat-conv' } },
  telegram: { from: { id: '123456789', name: 'resident' }, conversation: { id: '123456789' }, channelData: { message: { chat: { type: 'private' } } } },
  sms: { from: { id: 'sms-resident' }, conversation: { id: 'sms-resident' } },
  msteams: {
    from: { id: '29:teams-user', aadObjectId: '00000000-0000-0000-0000-000000000001' },
    conversation: { id: 'a:teams-conversation', conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
  },
};

/** One activity from `channelId`; resolves with what the bot posted back to the channel's service. */
async function turn(channelId: string, activity: Json): Promise<{ path: string; activity: Json }[]> {
  const shape = CHANNELS[channelId];
  if (!shape) throw new Error(channelId);
  return postFromChannel(t, channel, { channelId, ...shape, ...activity });
}

const welcome = (channelId: string) =>
  turn(channelId, { type: 'conversationUpdate', membersAdded: [{ id: 'bot-id' }, { id: (CHANNELS[channelId]?.from as Json).id }] });
const ask = (channelId: string, text: string) => turn(channelId, { type: 'message', text });

function messages(posted: { activity: Json }[]): Json[] {
  return posted.map((p) => p.activity).filter((a) => a.type === 'message');
}

describe.each(['webchat', 'telegram'])('%s: suggested actions', (channelId) => {
  it('greets with the services as suggested actions, delivered to the conversation at the service URL', async () => {
    const posted = await welcome(channelId);
    const [message] = messages(posted);
    expect(String(message?.text)).toContain(greeting);
    const actions = (message?.suggestedActions as { actions: Json[] }).actions;
    expect(actions.map((a) => a.title)).toEqual(expect.arrayContaining(choiceLabels));
    expect(actions.every((a) => a.type === 'imBack')).toBe(true);
    expect(message?.attachments ?? []).toEqual([]);
    expect(posted[0]?.path).toContain(`/v3/conversations/${encodeURIComponent(String(CHANNELS[channelId]?.conversation.id))}/activities`);
  });
});

describe('sms: short plain text, numbered choices', () => {
  it('greets with a numbered list and no buttons, within the SMS length, without emoji', async () => {
    const [message, ...rest] = messages(await welcome('sms'));
    expect(rest).toEqual([]);
    const text = String(message?.text);
    expect(message?.suggestedActions).toBeUndefined();
    expect(message?.attachments ?? []).toEqual([]);
    expect(message?.textFormat).toBe('plain');
    expect(text.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
    choiceLabels.forEach((label, i) => expect(text).toContain(`${i + 1}. ${label}`));
    expect(text.trim().endsWith(t_fr('clarify.numbered'))).toBe(true);
  });

  it('takes a number as the choice it stands for, and answers in plain short text', async () => {
    await welcome('sms');
    const answers = messages(await ask('sms', '2'));
    const text = answers.map((a) => String(a.text)).join('\n');
    const entry = t.assistant.engine.entry('ateliers-numeriques');
    expect(text).toContain(String(entry?.answer.fr).slice(0, 60));
    for (const answer of answers) {
      expect(String(answer.text).length).toBeLessThanOrEqual(SMS_MAX_CHARS);
      expect(String(answer.text)).not.toMatch(/\p{Extended_Pictographic}/u);
      expect(answer.suggestedActions).toBeUndefined();
    }
  });
});

describe('msteams: hero cards', () => {
  it('greets with a hero card whose buttons are the services', async () => {
    const [message] = messages(await welcome('msteams'));
    const [card, ...others] = (message?.attachments ?? []) as { contentType: string; content: { text: string; buttons: Json[] } }[];
    expect(others).toEqual([]);
    expect(card?.contentType).toBe('application/vnd.microsoft.card.hero');
    expect(card?.content.text).toContain(greeting);
    expect(card?.content.buttons.map((b) => b.title)).toEqual(expect.arrayContaining(choiceLabels));
    expect(message?.suggestedActions).toBeUndefined();
  });

  it('answers a question as text, and its follow-up choices as a card', async () => {
    const question = 'quand passe le bus santé';
    const posted = messages(await ask('msteams', question));
    const entry = answerFor(t.assistant.engine, question);
    expect(posted.some((m) => String(m.text).includes(String(entry?.answer.fr)))).toBe(true);
    const cards = posted.flatMap((m) => (m.attachments ?? []) as { contentType: string }[]);
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.every((c) => c.contentType === 'application/vnd.microsoft.card.hero')).toBe(true);
    expect(posted.every((m) => m.suggestedActions === undefined)).toBe(true);
  });
});
