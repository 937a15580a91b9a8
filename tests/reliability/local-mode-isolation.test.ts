/**
 * Attack (issue 12, item 5): in local mode (no App ID), /api/messages took over a web conversation whose id it
 * knew (it is in every Direct Line URL): a POST with channelId "directline", the victim's conversation id and
 * deliveryMode "expectReplies" started a remarque in the victim's conversation, and 25 such posts used up the
 * victim's rate limit. Now only the local Direct Line reaches web conversations (state and limits are keyed by the
 * way in), and /api/messages without an App ID answers this machine only — the address as TRUST_PROXY resolves it,
 * so a reverse proxy does not make the world loopback — unless LOCAL_API_MESSAGES_OPEN says otherwise.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { emulatorActivity, startTestServer, type TestServer } from '../bot/http.js';
import { answerFor, manualClock } from '../channels/helpers.js';
import { openWebChat } from './web-chat.js';
import { toWebMarkdown } from '../../src/channels/phone-links.js';

const t = translator('fr');
const QUESTION = 'kan passe le bus santé';

let server: TestServer;
afterEach(async () => server?.close());

/** What the attacker posts: the victim's web conversation, named on /api/messages. */
function forged(conversationId: string, text: string) {
  return emulatorActivity({
    text,
    channelId: 'directline',
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'dl_attacker', name: '' },
  });
}

describe('/api/messages cannot touch a web conversation', () => {
  it("a forged remarque and 25 messages under the victim's conversation id change nothing for the victim", async () => {
    server = await startTestServer({}, { clock: manualClock().now });
    const victim = await openWebChat(server.url);
    const started = await server.post(forged(victim.conversationId, 'je veux faire une remarque'));
    expect(started.status).toBe(200); // the attacker gets a conversation of its own, not the victim's
    for (let i = 0; i < 25; i++) await server.post(forged(victim.conversationId, 'bonjour'));

    const replies = await victim.say(QUESTION);
    const slowDown = t('errors.rateLimited');
    expect(replies.join('\n')).not.toContain(toWebMarkdown(slowDown, []) ?? slowDown); // as the web shows it (tel: link)
    expect(replies.join('\n')).not.toContain(t('remarque.confirm', { text: '' }).split('\n')[0]);
    expect(replies.join('\n')).toContain(answerFor(server.assistant.engine, QUESTION).answer.fr.split('\n')[0]);
    expect((await victim.activities()).texts.join('\n')).not.toContain(t('remarque.askText'));
  });
});

describe('/api/messages in local mode serves this machine only', () => {
  const status = async (headers: Record<string, string> = {}) => (await server.post(emulatorActivity({ text: QUESTION }), headers)).status;

  it('behind a trusted proxy: a remote client is refused, a local one served', async () => {
    server = await startTestServer({ TRUST_PROXY: 'true' });
    expect(await status({ 'x-forwarded-for': '203.0.113.5' })).toBe(403);
    expect(await status({ 'x-forwarded-for': '2001:db8::5' })).toBe(403);
    expect(await status({ 'x-forwarded-for': '203.0.113.5, 127.0.0.1' })).toBe(200);
    expect(await status()).toBe(200);
  });

  it('without TRUST_PROXY, a request a proxy forwarded is not taken for a local one', async () => {
    server = await startTestServer();
    expect(await status({ 'x-forwarded-for': '203.0.113.5' })).toBe(403);
    expect(await status({ forwarded: 'for=203.0.113.5' })).toBe(403);
    expect(await status({ 'x-real-ip': '203.0.113.5' })).toBe(403);
    expect(await status()).toBe(200);
  });

  it('LOCAL_API_MESSAGES_OPEN=true opens it to other machines', async () => {
    server = await startTestServer({ TRUST_PROXY: 'true', LOCAL_API_MESSAGES_OPEN: 'true' });
    expect(await status({ 'x-forwarded-for': '203.0.113.5' })).toBe(200);
  });
});
