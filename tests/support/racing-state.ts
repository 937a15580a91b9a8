/**
 * A state store whose next conditional writes lose their race: just before each of them, "another writer" (another
 * instance, a double tap) rewrites the key, so the write's expected version is stale. Used to test what a turn does
 * when it learns, before sending anything, that its memory was overtaken (src/bot/state-storage.ts, the bridges).
 */
import type { KeyValueStore } from '../../src/storage/types.js';

export interface RacingState {
  state: KeyValueStore;
  /** The next `count` conditional writes each find another writer got in first. */
  loseNext(count: number): void;
}

/** `otherValue`: what the other writer leaves when the key did not exist yet. */
export function racingState(store: KeyValueStore, otherValue: unknown): RacingState {
  let losses = 0;
  const state: KeyValueStore = {
    ...store,
    setIf: async (key, value, expiresAt, expected) => {
      if (losses > 0) {
        losses--;
        const current = await store.getVersioned(key);
        await store.set(key, current?.value ?? otherValue, expiresAt);
      }
      return store.setIf(key, value, expiresAt, expected);
    },
  };
  return { state, loseNext: (count) => void (losses = count) };
}
