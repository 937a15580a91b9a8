/**
 * Bot Framework state (the conversation core's memory, the chosen language) kept in our own key-value store, with
 * an expiry, so a conversation survives a restart of the server and a second instance sees it — and nothing lives
 * forever.
 *
 * Optimistic concurrency, with botbuilder Storage's eTag semantics: read() gives each item the eTag of its stored
 * version; write() with that eTag succeeds only if nobody wrote the key since (else it throws ETagConflictError),
 * with "*" or no eTag it writes whatever is there (last write wins). botbuilder has no "create only if absent":
 * NEW_ITEM_ETAG asks for that (an eTag the store never gives). Two turns of one conversation on two instances can
 * then never silently overwrite each other: the bot (assistant-bot.ts) retries or refuses the one that lost.
 *
 * Bot Framework keys contain the channel's user and conversation ids; they are hashed (SHA-256 with a per-install
 * salt) before they reach the store, so the database holds no identifier in clear.
 */
import { createHash } from 'node:crypto';
import type { Storage as BotStorage, StoreItems } from 'botbuilder';
import type { KeyValueStore } from '../storage/types.js';

/** Conversations are forgotten after this long without a message; the chosen language after this long. */
export const STATE_TTL = { conversationMs: 60 * 60 * 1000, userMs: 90 * 24 * 60 * 60 * 1000 } as const;

/** Digests of keys kept (two per conversation in progress); beyond, they are forgotten all at once and made again. */
const DIGESTS_KEPT = 2_000;

/** Write only if the key holds nothing yet (the read found no item). The store's versions never take this form. */
export const NEW_ITEM_ETAG = '(new)';

/** Somebody else wrote the key since it was read: this write was refused, nothing was changed. */
export class ETagConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage: error writing "${key}" due to eTag conflict.`);
    this.name = 'ETagConflictError';
  }
}

export class KeyValueBotStorage implements BotStorage {
  constructor(
    private readonly store: KeyValueStore,
    private readonly salt: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const found = await this.store.getVersioned(this.hash(key));
      if (found === undefined) continue;
      const { value, version } = found;
      items[key] = value !== null && typeof value === 'object' && !Array.isArray(value) ? { ...value, eTag: version } : value;
    }
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const ttl = key.includes('/users/') ? STATE_TTL.userMs : STATE_TTL.conversationMs;
      const expiresAt = new Date(this.clock().getTime() + ttl).toISOString();
      const { value, eTag } = splitETag(item);
      if (eTag === undefined || eTag === '*') {
        await this.store.set(this.hash(key), value, expiresAt);
        continue;
      }
      const written = await this.store.setIf(this.hash(key), value, expiresAt, eTag === NEW_ITEM_ETAG ? undefined : eTag);
      if (written === undefined) throw new ETagConflictError(key);
    }
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) await this.store.delete(this.hash(key));
  }

  /**
   * A turn reads and writes the same keys (its conversation and its resident): their digests are kept for the
   * conversations in progress rather than computed three or four times a turn.
   */
  private readonly digests = new Map<string, string>();

  private hash(key: string): string {
    let digest = this.digests.get(key);
    if (digest === undefined) {
      digest = createHash('sha256').update(this.salt).update('\0').update(key).digest('hex');
      if (this.digests.size >= DIGESTS_KEPT) this.digests.clear();
      this.digests.set(key, digest);
    }
    return digest;
  }
}

/** The item without its eTag (the store keeps versions itself), and the eTag. */
function splitETag(item: unknown): { value: unknown; eTag: string | undefined } {
  if (item && typeof item === 'object' && 'eTag' in item) {
    const { eTag, ...rest } = item as Record<string, unknown>;
    return { value: rest, eTag: typeof eTag === 'string' && eTag !== '' ? eTag : undefined };
  }
  return { value: item, eTag: undefined };
}
