/**
 * The bot's short-lived state (dialog stack, chosen language) as JSON with an expiry. Keys arrive hashed by the
 * caller. Values are not redacted: they are structured state, not resident text, and redacting strings inside them
 * could corrupt hashes and ids; they expire, and an expired value is never returned even before purgeExpired().
 */
import type { Db } from './db.js';
import { str } from './rows.js';
import type { Clock } from './time.js';
import { toInstant } from './time.js';
import type { KeyValueStore } from './types.js';
import * as valid from './validate.js';

export function createKeyValueStore(db: Db, clock: Clock): KeyValueStore {
  return {
    async get(key) {
      const rows = await db.query('SELECT state_value FROM bot_state WHERE state_key = ? AND expires_at > ?', [
        valid.stateKey(key),
        clock().toISOString(),
      ]);
      const row = rows[0];
      return row ? (JSON.parse(str(row, 'state_value')) as unknown) : undefined;
    },

    async set(key, value, expiresAt) {
      await db.execute(
        `INSERT INTO bot_state (state_key, state_value, expires_at) VALUES (?, ?, ?)
         ON CONFLICT (state_key) DO UPDATE SET state_value = excluded.state_value, expires_at = excluded.expires_at`,
        [valid.stateKey(key), valid.jsonValue(value), toInstant(expiresAt, 'expiresAt')],
        'crash', // rewritten every turn, expires within the hour: see Durability in db.ts
      );
    },

    async delete(key) {
      await db.execute('DELETE FROM bot_state WHERE state_key = ?', [valid.stateKey(key)], 'crash');
    },

    async purgeExpired(now) {
      return db.execute('DELETE FROM bot_state WHERE expires_at <= ?', [toInstant(now, 'now')]);
    },
  };
}
