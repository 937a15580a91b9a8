/**
 * The bot's short-lived state (dialog stack, chosen language) as JSON with an expiry. Keys arrive hashed by the
 * caller. Values are not redacted: they are structured state, not resident text, and redacting strings inside them
 * could corrupt hashes and ids; they expire, and an expired value is never returned even before purgeExpired().
 *
 * Every write gives the row a new version (the botbuilder eTag, src/bot/state-storage.ts) that no writer ever gave
 * before: this process's random prefix and a counter. Not a counter alone, so a key that expired and was written
 * afresh (by another instance, or after a restart) never gets back a version an old reader holds; not random bytes
 * each time, which cost a call into the system's random source on every turn.
 */
import { randomBytes } from 'node:crypto';
import type { Db } from './db.js';
import { str } from './rows.js';
import type { Clock } from './time.js';
import { toInstant } from './time.js';
import type { KeyValueStore } from './types.js';
import * as valid from './validate.js';

const versionPrefix = randomBytes(12).toString('base64url');
let versionsGiven = 0;

function newVersion(): string {
  return `${versionPrefix}${(versionsGiven++).toString(36)}`;
}

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

    async getVersioned(key) {
      const rows = await db.query('SELECT state_value, version FROM bot_state WHERE state_key = ? AND expires_at > ?', [
        valid.stateKey(key),
        clock().toISOString(),
      ]);
      const row = rows[0];
      return row ? { value: JSON.parse(str(row, 'state_value')) as unknown, version: str(row, 'version') } : undefined;
    },

    async set(key, value, expiresAt) {
      await db.execute(
        `INSERT INTO bot_state (state_key, state_value, expires_at, version) VALUES (?, ?, ?, ?)
         ON CONFLICT (state_key) DO UPDATE SET state_value = excluded.state_value, expires_at = excluded.expires_at, version = excluded.version`,
        [valid.stateKey(key), valid.jsonValue(value), toInstant(expiresAt, 'expiresAt'), newVersion()],
        'crash', // rewritten every turn, expires within the hour: see Durability in db.ts
      );
    },

    async setIf(key, value, expiresAt, expected) {
      const version = newVersion();
      const params = [valid.stateKey(key), valid.jsonValue(value), toInstant(expiresAt, 'expiresAt'), version] as const;
      const now = clock().toISOString();
      const changed =
        expected === undefined
          ? // Absent, or present but expired (what get() does not return is nothing).
            await db.execute(
              `INSERT INTO bot_state (state_key, state_value, expires_at, version) VALUES (?, ?, ?, ?)
               ON CONFLICT (state_key) DO UPDATE SET state_value = excluded.state_value, expires_at = excluded.expires_at, version = excluded.version
               WHERE bot_state.expires_at <= ?`,
              [...params, now],
              'crash',
            )
          : await db.execute(
              'UPDATE bot_state SET state_value = ?, expires_at = ?, version = ? WHERE state_key = ? AND version = ? AND expires_at > ?',
              [params[1], params[2], version, params[0], String(expected), now],
              'crash',
            );
      return changed === 1 ? version : undefined;
    },

    async delete(key) {
      await db.execute('DELETE FROM bot_state WHERE state_key = ?', [valid.stateKey(key)], 'crash');
    },

    async purgeExpired(now) {
      return db.execute('DELETE FROM bot_state WHERE expires_at <= ?', [toInstant(now, 'now')]);
    },
  };
}
