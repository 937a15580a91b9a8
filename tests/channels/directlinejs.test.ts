/**
 * The local Direct Line driven by Microsoft's own client, botframework-directlinejs, as Web Chat uses it: by
 * polling and by WebSocket streaming; the welcome on start, an answer to a question, the answer to a tapped
 * suggested action, and a page reload resuming the same conversation with its transcript.
 */
import { ConnectionStatus, type DirectLine } from 'botframework-directlinejs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { translator } from '../../src/replies/i18n.js';
import { startTestServer, type TestServer } from '../bot/http.js';
import { answerFor, newToken, until } from './helpers.js';
import { botMessages, collect, directLineClient, send, type ReceivedMessage } from './directlinejs-client.js';

let t: TestServer;
const clients: DirectLine[] = [];
const greeting = translator('fr')('welcome.greeting');

beforeAll(async () => {
  t = await startTestServer();
});
afterEach(() => {
  for (const client of clients.splice(0)) client.end();
});
afterAll(async () => t?.close());

function answerOf(entryId: string): string {
  const entry = t.assistant.engine.entry(entryId);
  if (!entry) throw new Error(`no entry ${entryId} in the knowledge`);
  return entry.answer.fr;
}

const QUESTION = 'quand passe le bus santé';

function client(token: string, options: Parameters<typeof directLineClient>[2] = {}): DirectLine {
  const created = directLineClient(`${t.url}/v3/directline`, token, options);
  clients.push(created);
  return created;
}

/** The last bot message offering suggested actions, and the value of the action titled `title`. */
function suggested(messages: ReceivedMessage[], title: string): string {
  const offer = [...messages].reverse().find((m) => (m.suggestedActions?.actions.length ?? 0) > 0);
  const action = offer?.suggestedActions?.actions.find((a) => a.title === title);
  if (!action) throw new Error(`no suggested action "${title}" in ${JSON.stringify(offer?.suggestedActions)}`);
  return String(action.value);
}

describe('botframework-directlinejs against the local endpoint', () => {
  it('by polling: welcome, an answer, and the answer to a suggested action', async () => {
    const { token } = await newToken(t.url);
    const dl = client(token, { webSocket: false });
    const activities = collect(dl);

    const welcome = await until(() => botMessages(activities).find((m) => m.text?.startsWith(greeting)), 'the welcome');
    expect(welcome.suggestedActions?.actions.length).toBeGreaterThan(2);
    expect(dl.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);

    const questionId = await send(dl, QUESTION);
    const expected = answerFor(t.assistant.engine, QUESTION).answer.fr;
    const answer = await until(() => botMessages(activities).find((m) => m.replyToId === questionId && m.text?.includes(expected)), 'the answer');
    expect(answer.from.role).toBe('bot');
    // The resident's own message comes back too (Web Chat marks it "sent" from this echo).
    expect(activities.some((a) => a.id === questionId && a.type === 'message' && a.text === QUESTION)).toBe(true);

    const value = suggested([welcome], translator('fr')('suggest.ateliers-numeriques'));
    const tapId = await send(dl, value);
    await until(() => botMessages(activities).find((m) => m.replyToId === tapId && m.text?.includes(answerOf('ateliers-numeriques'))), "the suggested action's answer");
  });

  it('by WebSocket streaming, then resumed after a "reload" with the transcript replayed and no second welcome', async () => {
    // The client streams only where a global WebSocket exists, as in browsers; Node 20 has none.
    const opened: string[] = [];
    class CountedWebSocket extends WebSocket {
      constructor(url: string) {
        super(url);
        opened.push(url);
      }
    }
    const globals = globalThis as { WebSocket?: unknown };
    globals.WebSocket = CountedWebSocket;
    try {
      const { token, conversationId } = await newToken(t.url);
      const dl = client(token, { WebSocket: CountedWebSocket as unknown as typeof globalThis.WebSocket });
      const activities = collect(dl);
      await until(() => botMessages(activities).find((m) => m.text?.startsWith(greeting)), 'the welcome over the WebSocket');
      const questionId = await send(dl, 'je cherche du travail');
      await until(() => botMessages(activities).find((m) => m.replyToId === questionId), 'the answer over the WebSocket');
      expect(opened).toHaveLength(1);
      expect(opened[0]).toContain(`/v3/directline/conversations/${conversationId}/stream?t=`);
      const seen = activities.length;
      dl.end();

      // The widget after a reload: refresh the saved token, reconnect to the saved conversation.
      const refreshed = (await (await fetch(`${t.url}/v3/directline/tokens/refresh`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).json()) as { token: string };
      const resumed = client(refreshed.token, { conversationId, WebSocket: CountedWebSocket as unknown as typeof globalThis.WebSocket });
      const replayed = collect(resumed);
      await until(() => replayed.length >= seen && replayed, 'the replayed transcript');
      expect(replayed.map((a) => a.id)).toEqual(activities.map((a) => a.id));
      const afterId = await send(resumed, 'merci');
      await until(() => botMessages(replayed).find((m) => m.replyToId === afterId), 'an answer in the resumed conversation');
      expect(botMessages(replayed).filter((m) => m.text?.startsWith(greeting))).toHaveLength(1);
    } finally {
      delete globals.WebSocket;
    }
  });
});

describe('the stream URL', () => {
  it('opens only with its own short-lived stream token', async () => {
    const { token, conversationId } = await newToken(t.url);
    const start = await fetch(`${t.url}/v3/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: '{}' });
    const { streamUrl } = (await start.json()) as { streamUrl: string };

    const statusOf = (url: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url);
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => resolve(0));
      });
    expect(await statusOf(streamUrl)).toBe(101);
    const base = streamUrl.split('?')[0];
    expect(await statusOf(`${base}?t=${token}`)).toBe(403);
    expect(await statusOf(`${base}?t=forged`)).toBe(403);
    const other = await newToken(t.url);
    expect(await statusOf(streamUrl.replace(conversationId, other.conversationId))).toBe(403);
  });
});
