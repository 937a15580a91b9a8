/**
 * The messaging bridges' bookkeeping (see ChannelDeliveryStore in types.ts). Each check-and-record is one
 * statement (INSERT … ON CONFLICT), so two instances receiving the same retried webhook, or sending to the same
 * number at once, cannot both get a yes.
 */
import type { Db } from './db.js';
import { StorageValidationError } from './errors.js';
import type { Clock } from './time.js';
import { toInstant } from './time.js';
import type { ChannelDeliveryStore } from './types.js';
import * as valid from './validate.js';

/** Salted digests and hashed message ids: hexadecimal, nothing else (a raw number or id is refused). */
const DIGEST = /^[a-f0-9]{32,128}$/;
export function digest(value: unknown, field: string): string {
  if (typeof value === 'string' && DIGEST.test(value)) return value;
  throw new StorageValidationError(field, 'must be a hexadecimal digest (never an address or id in clear)');
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function createChannelDeliveryStore(db: Db, clock: Clock): ChannelDeliveryStore {
  return {
    async first(provider, messageKey) {
      const changed = await db.execute(
        'INSERT INTO channel_deliveries (provider, message_key, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
        [valid.channel(provider, 'provider'), digest(messageKey, 'messageKey'), clock().toISOString()],
        'crash',
      );
      return changed === 1;
    },

    async purge(before) {
      const at = toInstant(before, 'before');
      const deliveries = await db.execute('DELETE FROM channel_deliveries WHERE received_at < ?', [at]);
      const counts = await db.execute('DELETE FROM outbound_counts WHERE day < ?', [at.slice(0, 10)]);
      return deliveries + counts;
    },

    async takeOutbound(addressKey, day, max) {
      if (typeof day !== 'string' || !DAY.test(day)) throw new StorageValidationError('day', 'must be a date YYYY-MM-DD');
      if (!Number.isInteger(max) || max <= 0) return false;
      const changed = await db.execute(
        `INSERT INTO outbound_counts (address_key, day, sent) VALUES (?, ?, 1)
         ON CONFLICT (address_key, day) DO UPDATE SET sent = outbound_counts.sent + 1 WHERE outbound_counts.sent < ?`,
        [digest(addressKey, 'addressKey'), day, max],
      );
      return changed === 1;
    },
  };
}
