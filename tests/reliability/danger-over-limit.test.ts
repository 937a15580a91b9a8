/**
 * Attack (issue 12, item 4): once a conversation is over its rate limit, a message with danger signals was
 * dropped — 21 × "bonjour", then "je vais me suicider ce soir" → 200 and no activity. A message with danger signals
 * always gets the emergency answer, on /api/messages and on the web widget, however many messages came before;
 * other messages over the limit are still refused (one polite sentence, then nothing).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { admitTurn } from '../../src/bot/turn-admission.js';
import { translator } from '../../src/replies/i18n.js';
import { startTestServer, type TestServer } from '../bot/http.js';
import { answerFor, manualClock } from '../channels/helpers.js';
import { openWebChat } from './web-chat.js';
import { toWebMarkdown } from '../../src/channels/phone-links.js';

/** As the web and the Emulator show them: phone numbers are tel: links (issue 10, tap to call). */
const asOnTheWeb = (text: string) => toWebMarkdown(text, []) ?? text;
const SLOW_DOWN = asOnTheWeb(translator('fr')('errors.rateLimited'));
const DANGER = 'je vais me suicider ce soir';
/** The default limit is 20 messages a minute per conversation: the 21st is over it. */
const FLOOD = 21;

let server: TestServer;
afterEach(async () => server?.close());

/** The first paragraph of the urgence entry the engine gives this message: what the resident must read. */
function emergencyText(text: string): string {
  const entry = answerFor(server.assistant.engine, text);
  expect(entry.topic).toBe('urgence');
  return asOnTheWeb(entry.answer.fr.split('\n')[0] as string);
}

describe('a danger message over the rate limit', () => {
  it('/api/messages: still gets the emergency answer, every time; an ordinary message gets nothing', async () => {
    const clock = manualClock();
    server = await startTestServer({}, { clock: clock.now });
    const say = (text: string) => server.exchange({ text, conversation: { id: 'flooded', isGroup: false, conversationType: 'personal', name: '' } });
    const replies = [];
    for (let i = 0; i < FLOOD; i++) replies.push((await say('bonjour')).text);
    expect(replies[FLOOD - 1]).toBe(SLOW_DOWN); // over the limit now (the clock does not move)
    const urgent = emergencyText(DANGER);
    expect((await say(DANGER)).text).toContain(urgent);
    expect((await say('bonjour')).activities).toEqual([]);
    expect((await say("j'ai envie d'en finir")).text).toContain(emergencyText("j'ai envie d'en finir"));
  });

  it('web widget (local Direct Line): still gets the emergency answer', async () => {
    const clock = manualClock();
    server = await startTestServer({}, { clock: clock.now });
    const chat = await openWebChat(server.url);
    const replies = [];
    for (let i = 0; i < FLOOD; i++) replies.push(await chat.say('bonjour'));
    expect(replies.flat()).toContain(SLOW_DOWN); // (the welcome counted too: the 20th message was over)
    expect(await chat.say('bonjour')).toEqual([]);
    const answered = await chat.say(DANGER);
    expect(answered.join('\n')).toContain(emergencyText(DANGER));
  });
});

describe('admitTurn (the edge decision the conversation core relies on)', () => {
  const over = { message: () => Promise.resolve({ retryAfterSeconds: 3, first: false }) };
  const within = { message: () => Promise.resolve(undefined) };
  const danger = (text: string) => text.includes('suicid');

  it('runs within the limits, answers danger over them, refuses the rest', async () => {
    expect(await admitTurn(within, { conversation: 'c', address: undefined, text: 'bonjour' }, danger)).toEqual({ verdict: 'run' });
    expect(await admitTurn(over, { conversation: 'c', address: undefined, text: DANGER }, danger)).toEqual({ verdict: 'urgence' });
    expect(await admitTurn(over, { conversation: 'c', address: undefined, text: 'bonjour' }, danger)).toEqual({ verdict: 'refused', tell: false, retryAfterSeconds: 3 });
    expect(await admitTurn(over, { conversation: 'c', address: undefined, text: undefined }, danger)).toMatchObject({ verdict: 'refused' });
  });
});
