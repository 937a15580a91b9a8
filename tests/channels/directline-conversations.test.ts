/**
 * The local Direct Line's conversations: they expire when idle and their memory is freed, the store is bounded,
 * bad activities get a clear 4xx without harming the conversation, the sender is always the token's user, and
 * only the bot can post into a conversation (through the loopback connector).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryConversationStore } from '../../src/channels/directline/memory-conversations.js';
import { startTestServer, type TestServer } from '../bot/http.js';
import { conversationStoreContract, LIMITS, MINUTE, opened } from './conversation-store-contract.js';
import { webConversationsOnServer } from './web-conversations-on-server.js';
import { directLine, manualClock, newToken, type Json } from './helpers.js';

describe('MemoryConversationStore', () => {
  conversationStoreContract(async (limits, clock) => new MemoryConversationStore(limits, clock));

  it('frees the memory of the conversations that end', async () => {
    const clock = manualClock();
    const store = new MemoryConversationStore(LIMITS, clock.now);
    const a = await opened(store, 'dl_a');
    await opened(store, 'dl_b');
    await store.append(a.id, { type: 'message', text: 'bonjour' }, clock.now());
    expect(store.activityCount(a.id)).toBe(1);
    expect(store.size).toBe(2);
    clock.advance(11 * MINUTE);
    expect(await store.sweep()).toBe(2);
    expect(store.size).toBe(0);
    expect(store.activityCount(a.id)).toBe(0);
  });
});

describe('web conversations on the server', () => {
  webConversationsOnServer();
});

describe('bounded store on the server', () => {
  let t: TestServer;
  beforeAll(async () => {
    t = await startTestServer({ DIRECTLINE_MAX_CONVERSATIONS: '2' });
  });
  afterAll(async () => t?.close());

  it('refuses a new conversation (503, Retry-After) when DIRECTLINE_MAX_CONVERSATIONS is reached, ending none', async () => {
    const first = await newToken(t.url);
    const second = await newToken(t.url);
    const third = await fetch(`${t.url}/api/directline/token`, { method: 'POST' });
    expect(third.status).toBe(503);
    expect(third.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await directLine(t.url, 'POST', '/conversations', first.token, {})).status).toBe(201);
    expect((await directLine(t.url, 'POST', '/conversations', second.token, {})).status).toBe(201);
  });
});
