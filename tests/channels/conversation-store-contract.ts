/**
 * What every store of the local Direct Line's web conversations must do (src/channels/directline/conversations.ts),
 * run against the memory store and the PostgreSQL one. The clock is the test's; the store's end notices may arrive
 * later than the call that caused them (PostgreSQL sends them through LISTEN/NOTIFY), so the tests wait for them.
 */
import { expect, it } from 'vitest';
import { isRefusal, type ActivitySet, type ConversationLimits, type ConversationStore, type WebConversation } from '../../src/channels/directline/conversations.js';
import { manualClock, until } from './helpers.js';

export const MINUTE = 60 * 1000;
export const LIMITS: ConversationLimits = { idleMs: 10 * MINUTE, unstartedMs: 2 * MINUTE, maxConversations: 3, maxPerClient: 0, maxActivities: 5, maxBytes: 2000 };

export type OpenStore = (limits: ConversationLimits, clock: () => Date) => Promise<ConversationStore>;

/** A conversation the store opened, started as the widget does at once. */
export async function opened(store: ConversationStore, userId: string, client = '192.0.2.1'): Promise<WebConversation> {
  const created = await store.create(userId, client);
  if (isRefusal(created)) throw new Error(`refused: ${created.refused}`);
  expect(await store.start(created.id, 'fr-FR')).toBe(true);
  return created;
}

export function conversationStoreContract(open: OpenStore): void {
  it('frees idle conversations, and tells who listens that they ended', async () => {
    const clock = manualClock();
    const store = await open(LIMITS, clock.now);
    const ended: string[] = [];
    store.onEnd((id) => ended.push(id));
    const a = await opened(store, 'dl_a');
    const b = await opened(store, 'dl_b');
    await store.append(a.id, { type: 'message', text: 'bonjour' }, clock.now());
    clock.advance(6 * MINUTE);
    expect(await store.get(b.id)).toMatchObject({ id: b.id, userId: 'dl_b', started: true, locale: 'fr-FR' }); // activity keeps b alive
    clock.advance(5 * MINUTE);
    expect(await store.sweep()).toBe(1);
    await until(() => ended.length > 0, 'the end notice');
    expect(ended).toEqual([a.id]);
    expect(await store.get(a.id)).toBeUndefined();
    expect((await store.since(a.id, undefined)).activities).toEqual([]);
    expect(await store.append(a.id, { type: 'message', text: 'trop tard' }, clock.now())).toBeUndefined();
    clock.advance(10 * MINUTE);
    expect(await store.get(b.id)).toBeUndefined();
  });

  it('when full, refuses new conversations (with when to retry) and ends none of the live ones', async () => {
    const clock = manualClock();
    const store = await open(LIMITS, clock.now);
    const live = [await opened(store, 'dl_a'), await opened(store, 'dl_b'), await opened(store, 'dl_c')];
    expect(await store.create('dl_d', '192.0.2.9')).toEqual({ refused: 'full', retryAfterSeconds: 600 });
    for (const conversation of live) expect((await store.get(conversation.id))?.id).toBe(conversation.id);
    clock.advance(10 * MINUTE); // all three idle long enough: their room is free again
    expect(isRefusal(await store.create('dl_d', '192.0.2.9'))).toBe(false);
  });

  it('a token never used to start its conversation frees its room after unstartedMs', async () => {
    const clock = manualClock();
    const store = await open(LIMITS, clock.now);
    const unstarted = (await store.create('dl_a', '192.0.2.1')) as WebConversation;
    expect(unstarted.started).toBe(false);
    const talking = await opened(store, 'dl_b');
    clock.advance(2 * MINUTE);
    expect(await store.sweep()).toBe(1);
    expect(await store.get(unstarted.id)).toBeUndefined();
    expect((await store.get(talking.id))?.id).toBe(talking.id);
  });

  it('bounds the live conversations of one client; other clients go on', async () => {
    const clock = manualClock();
    const store = await open({ ...LIMITS, maxConversations: 100, maxPerClient: 2 }, clock.now);
    await opened(store, 'dl_a', '2001:db8:1:2::/64');
    await opened(store, 'dl_b', '2001:db8:1:2::/64');
    expect(await store.create('dl_c', '2001:db8:1:2::/64')).toMatchObject({ refused: 'client' });
    expect(isRefusal(await store.create('dl_d', '2001:db8:1:3::/64'))).toBe(false);
    clock.advance(10 * MINUTE);
    expect(isRefusal(await store.create('dl_e', '2001:db8:1:2::/64'))).toBe(false);
  });

  it('starts a conversation once: the second start (another tab, another instance) is told it was not the first', async () => {
    const clock = manualClock();
    const store = await open(LIMITS, clock.now);
    const created = (await store.create('dl_a', '192.0.2.1')) as WebConversation;
    const starts = await Promise.all([store.start(created.id, 'fr'), store.start(created.id, 'en'), store.start(created.id, undefined)]);
    expect(starts.filter(Boolean)).toHaveLength(1);
    expect(await store.start('unknown-conversation-id', 'fr')).toBe(false);
  });

  it('keeps only the latest activities of a conversation, by count and by size, with ids and watermarks intact', async () => {
    const clock = manualClock();
    const store = await open(LIMITS, clock.now);
    const { id } = await opened(store, 'dl_a');
    for (let i = 1; i <= 8; i++) {
      const stored = await store.append(id, { type: 'message', text: `message ${i}` }, clock.now());
      expect(stored).toMatchObject({ id: `${id}|000000${i}`, text: `message ${i}`, timestamp: clock.now().toISOString() });
    }
    const all = await store.since(id, undefined);
    expect(all.watermark).toBe('8');
    expect(all.activities.map((a) => a.text)).toEqual(['message 4', 'message 5', 'message 6', 'message 7', 'message 8']);
    expect(all.activities[0]).toEqual({ type: 'message', text: 'message 4', id: `${id}|0000004`, timestamp: clock.now().toISOString() });
    expect((await store.since(id, '6')).activities.map((a) => a.text)).toEqual(['message 7', 'message 8']);
    expect(await store.since(id, 'nonsense')).toEqual(all);
    await store.append(id, { type: 'message', text: 'x'.repeat(1500) }, clock.now());
    const after = await store.since(id, undefined);
    expect(after.activities.length).toBeLessThan(5);
    expect(after.watermark).toBe('9');
    expect((await store.since(id, '8')).activities).toHaveLength(1);
    // Even alone above the size limit, the newest is kept.
    await store.append(id, { type: 'message', text: 'y'.repeat(3000) }, clock.now());
    expect((await store.since(id, undefined)).activities.map((a) => a.id)).toEqual([`${id}|0000010`]);
  });

  it('keeps an activity sent again with the same client id once, and gives the first one back', async () => {
    const clock = manualClock();
    const store = await open(LIMITS, clock.now);
    const { id } = await opened(store, 'dl_retry');
    const other = await opened(store, 'dl_retry_other');
    const message = { type: 'message', text: 'une fois', from: { id: 'dl_retry', role: 'user' }, channelData: { clientActivityID: 'ra-1' } };
    const first = await store.appendOnce(id, message, 'ra-1', clock.now());
    expect(first).toMatchObject({ repeated: false, activity: { text: 'une fois', channelData: { clientActivityID: 'ra-1' } } });
    clock.advance(1000);
    const again = await store.appendOnce(id, message, 'ra-1', clock.now());
    expect(again).toEqual({ repeated: true, activity: first!.activity });
    // Another client id, or the same one in another conversation, is another activity.
    expect(await store.appendOnce(id, { ...message, channelData: { clientActivityID: 'ra-2' } }, 'ra-2', clock.now())).toMatchObject({ repeated: false });
    expect(await store.appendOnce(other.id, message, 'ra-1', clock.now())).toMatchObject({ repeated: false });
    expect((await store.since(id, undefined)).activities.map((a) => a.text)).toEqual(['une fois', 'une fois']);
    expect((await store.since(id, undefined)).watermark).toBe('2');
    // An ended conversation keeps nothing.
    clock.advance(LIMITS.idleMs + 1);
    await store.sweep();
    expect(await store.appendOnce(id, message, 'ra-1', clock.now())).toBeUndefined();
  });

  it('hands a follower what it missed, then each new activity once and in order, until it stops following', async () => {
    const clock = manualClock();
    const store = await open(LIMITS, clock.now);
    const { id } = await opened(store, 'dl_a');
    const other = await opened(store, 'dl_b');
    await store.append(id, { type: 'message', text: 'un' }, clock.now());
    await store.append(id, { type: 'message', text: 'deux' }, clock.now());
    const sets: ActivitySet[] = [];
    const texts = () => sets.flatMap((s) => s.activities.map((a) => a.text));
    const unfollow = store.follow(id, '1', (set) => sets.push(set));
    await until(() => texts().length === 1, 'the missed activity');
    for (const text of ['trois', 'quatre', 'cinq']) await store.append(id, { type: 'message', text }, clock.now());
    await store.append(other.id, { type: 'message', text: 'ailleurs' }, clock.now());
    await until(() => texts().length === 4, 'the new activities');
    expect(texts()).toEqual(['deux', 'trois', 'quatre', 'cinq']);
    expect(sets.at(-1)?.watermark).toBe('5');
    unfollow();
    await store.append(id, { type: 'message', text: 'six' }, clock.now());
    // Whatever was in flight has had time to arrive: a follower that stopped gets nothing more.
    const later: string[] = [];
    const stop = store.follow(id, '5', (set) => later.push(...set.activities.map((a) => String(a.text))));
    await until(() => later.length > 0, 'a second follower getting the last activity');
    stop();
    expect(later).toEqual(['six']);
    expect(texts()).toEqual(['deux', 'trois', 'quatre', 'cinq']);
  });
}
