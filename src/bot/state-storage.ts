/**
 * Bot Framework state (dialog stack, chosen language) kept in our own key-value store, with an expiry, so a
 * conversation survives a restart of the server and a second instance sees it — and nothing lives forever.
 *
 * Bot Framework keys contain the channel's user and conversation ids; they are hashed (SHA-256 with a per-install
 * salt) before they reach the store, so the database holds no identifier in clear.
 */
import { createHash } from 'node:crypto';
import type { Storage as BotStorage, StoreItems } from 'botbuilder';
import type { KeyValueStore } from '../storage/types.js';

/** Conversations are forgotten after this long without a message; the chosen language after this long. */
export const STATE_TTL = { conversationMs: 60 * 60 * 1000, userMs: 90 * 24 * 60 * 60 * 1000 } as const;

export class KeyValueBotStorage implements BotStorage {
  constructor(
    private readonly store: KeyValueStore,
    private readonly salt: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const value = await this.store.get(this.hash(key));
      if (value !== undefined) items[key] = value;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, value] of Object.entries(changes)) {
      const ttl = key.includes('/users/') ? STATE_TTL.userMs : STATE_TTL.conversationMs;
      await this.store.set(this.hash(key), stripETag(value), new Date(this.clock().getTime() + ttl).toISOString());
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.store.delete(this.hash(key));
  }

  private hash(key: string): string {
    return createHash('sha256').update(this.salt).update('\0').update(key).digest('hex');
  }
}

/** Bot Framework adds an eTag for optimistic concurrency; "*" means "last write wins", which is what we do. */
function stripETag(value: unknown): unknown {
  if (value && typeof value === 'object' && 'eTag' in value) {
    const { eTag: _eTag, ...rest } = value as Record<string, unknown>;
    return rest;
  }
  return value;
}
