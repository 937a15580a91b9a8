/**
 * One read and at most one write of the conversation's memory per turn (src/bot/assistant-bot.ts): a turn that
 * changes nothing writes nothing; a turn that changes anything writes once.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sameJson } from '../../src/bot/assistant-bot.js';
import type { KeyValueStore } from '../../src/storage/types.js';
import { openHarness, type Harness } from '../dialogs/harness.js';

let h: Harness;
afterEach(async () => h.close());

function counting(state: KeyValueStore): { state: KeyValueStore; writes: () => number; reads: () => number } {
  let writes = 0;
  let reads = 0;
  return {
    state: {
      ...state,
      getVersioned: (key) => (reads++, state.getVersioned(key)),
      set: (key, value, expiresAt) => (writes++, state.set(key, value, expiresAt)),
      setIf: (key, value, expiresAt, expected) => (writes++, state.setIf(key, value, expiresAt, expected)),
    },
    writes: () => writes,
    reads: () => reads,
  };
}

describe('the memory is written only when the turn changed it', () => {
  it('an answer writes it once; "?" twice in a row writes it the first time only', async () => {
    let store: ReturnType<typeof counting> | undefined;
    h = await openHarness({
      wrapStorage: (storage) => {
        store = counting(storage.state);
        return { remarques: storage.remarques, turns: storage.turns, state: store.state };
      },
    });
    const count = () => ({ reads: store?.reads() ?? 0, writes: store?.writes() ?? 0 });
    const first = await h.say('quand passe le bus santé ?');
    expect(first.traces[0]).toMatchObject({ kind: 'answer' });
    // Two keys read (conversation, resident) in one storage read; the conversation written.
    expect(count()).toEqual({ reads: 2, writes: 1 });
    await h.say('?');
    expect(count()).toEqual({ reads: 4, writes: 2 });
    const again = await h.say('?');
    expect(again.texts.length).toBeGreaterThan(0);
    expect(count()).toEqual({ reads: 6, writes: 2 });
    // The memory read stands: the last answer is still the topic; a minute later, its follow-up moves it on (written).
    h.advance(60_000);
    const next = await h.say('c est où ?');
    expect(next.traces[0]).toMatchObject({ kind: 'followup', entryId: first.traces[0]?.entryId });
    expect(count()).toEqual({ reads: 8, writes: 3 });
  });

  it('compares as stored JSON: a key whose value is undefined is no key at all', () => {
    expect(sameJson({ memory: { last: { a: 1 }, choices: undefined } }, { memory: { last: { a: 1 } }, reminder: undefined })).toBe(true);
    expect(sameJson({ memory: { choices: ['a', 'b'] } }, { memory: { choices: ['a', 'b'] } })).toBe(true);
    expect(sameJson({ memory: { choices: ['a', 'b'] } }, { memory: { choices: ['b', 'a'] } })).toBe(false);
    expect(sameJson({ memory: { score: 0.5 } }, { memory: { score: 0.51 } })).toBe(false);
    expect(sameJson({ memory: {} }, { memory: { last: null } })).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
  });
});
