/**
 * The bot's short-lived state (dialog stack, chosen language) as JSON with an expiry. Keys arrive hashed by the
 * caller. Values are not redacted: they are structured state, not resident text, and redacting strings inside them
 * could corrupt hashes and ids; they expire, and an expired value is never returned even before purgeExpired().
 *
 * Every write gives the row a new version (the botbuilder eTag, src/bot/state-storage.ts) that no writer ever gave
 * before: this process's random prefix and a counter. Not a counter alone, so a key that expired and was written
 * afresh (by another instance, or after a restart) never gets back a version an old reader holds; not random bytes
 * each time, which cost a call into the system's random source on every turn.
 *
 * Copies in memory (SQLite only, `copies`): a turn reads its conversation's memory and its resident's profile, and
 * writes the memory back; on SQLite this process is the only one writing the state, so what it last read or wrote
 * of a key is what the file holds. The store keeps that (the stored JSON, its version and expiry, or "absent") for
 * the keys in use, and answers a read from it without a query. It stays exact: the copies are all forgotten as soon
 * as another connection has committed anything to the file (SQLite's data_version, checked before each use: a
 * second process on the file, a command-line tool), a key's copy is dropped before it is written and replaced only
 * when no other write of the state happened meanwhile, and the versions are the file's — a conditional write still
 * runs its compare-and-set in SQL. PostgreSQL (several instances share the state) keeps none: every read asks the
 * database.
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

/** Tells whether another connection has changed the database since the last call (SQLite: PRAGMA data_version). */
export interface StateCopiesGuard {
  changedElsewhere(): boolean;
}

/** Keys whose copy is kept (two per conversation in progress); beyond, all are forgotten at once. */
const COPIES_KEPT = 2_000;

/** A key's value as stored (its JSON text, version and expiry), or null: the key holds nothing. */
type Copy = { json: string; version: string; expiresAt: string } | null;

export function createKeyValueStore(db: Db, clock: Clock, guard?: StateCopiesGuard): KeyValueStore {
  const copies = guard ? new Map<string, Copy>() : undefined;
  /** Counts the writes begun: a copy made before a write finished is not kept (another one may be newer). */
  let writes = 0;

  /** The key's copy: undefined when none is known (ask the database), null when it holds nothing. */
  const copyOf = (key: string): Copy | undefined => {
    if (!copies || !guard) return undefined;
    if (guard.changedElsewhere()) {
      copies.clear();
      return undefined;
    }
    return copies.get(key);
  };
  const keep = (key: string, copy: Copy, asOf: number): void => {
    if (!copies || writes !== asOf) return;
    if (copies.size >= COPIES_KEPT) copies.clear();
    copies.set(key, copy);
  };
  /** Before a write: its copy goes, and copies being made now will not be kept. */
  const writing = (key: string): number => {
    copies?.delete(key);
    return ++writes;
  };

  /** The stored value and version at `now`, from the copy or the database. */
  const read = async (key: string): Promise<{ json: string; version: string } | undefined> => {
    const now = clock().toISOString();
    const copy = copyOf(key);
    if (copy === null) return undefined;
    if (copy !== undefined) return copy.expiresAt > now ? copy : undefined;
    if (!copies) {
      const rows = await db.query('SELECT state_value, version FROM bot_state WHERE state_key = ? AND expires_at > ?', [key, now]);
      const row = rows[0];
      return row ? { json: str(row, 'state_value'), version: str(row, 'version') } : undefined;
    }
    const asOf = writes;
    // SQLite: expires_at is the ISO text written (toInstant), compared as text like the query does.
    const rows = await db.query('SELECT state_value, version, expires_at FROM bot_state WHERE state_key = ? AND expires_at > ?', [key, now]);
    const row = rows[0];
    const found = row ? { json: str(row, 'state_value'), version: str(row, 'version'), expiresAt: str(row, 'expires_at') } : null;
    keep(key, found, asOf);
    return found ?? undefined;
  };

  return {
    async get(key) {
      const found = await read(valid.stateKey(key));
      return found ? (JSON.parse(found.json) as unknown) : undefined;
    },

    async getVersioned(key) {
      const found = await read(valid.stateKey(key));
      return found ? { value: JSON.parse(found.json) as unknown, version: found.version } : undefined;
    },

    async set(key, value, expiresAt) {
      const stateKey = valid.stateKey(key);
      const json = valid.jsonValue(value);
      const expires = toInstant(expiresAt, 'expiresAt');
      const version = newVersion();
      const asOf = writing(stateKey);
      await db.execute(
        `INSERT INTO bot_state (state_key, state_value, expires_at, version) VALUES (?, ?, ?, ?)
         ON CONFLICT (state_key) DO UPDATE SET state_value = excluded.state_value, expires_at = excluded.expires_at, version = excluded.version`,
        [stateKey, json, expires, version],
        'crash', // rewritten every turn, expires within the hour: see Durability in db.ts
      );
      keep(stateKey, { json, version, expiresAt: expires }, asOf);
    },

    async setIf(key, value, expiresAt, expected) {
      const stateKey = valid.stateKey(key);
      const json = valid.jsonValue(value);
      const expires = toInstant(expiresAt, 'expiresAt');
      const version = newVersion();
      const now = clock().toISOString();
      const asOf = writing(stateKey);
      const changed =
        expected === undefined
          ? // Absent, or present but expired (what get() does not return is nothing).
            await db.execute(
              `INSERT INTO bot_state (state_key, state_value, expires_at, version) VALUES (?, ?, ?, ?)
               ON CONFLICT (state_key) DO UPDATE SET state_value = excluded.state_value, expires_at = excluded.expires_at, version = excluded.version
               WHERE bot_state.expires_at <= ?`,
              [stateKey, json, expires, version, now],
              'crash',
            )
          : await db.execute(
              'UPDATE bot_state SET state_value = ?, expires_at = ?, version = ? WHERE state_key = ? AND version = ? AND expires_at > ?',
              [json, expires, version, stateKey, String(expected), now],
              'crash',
            );
      if (changed !== 1) return undefined;
      keep(stateKey, { json, version, expiresAt: expires }, asOf);
      return version;
    },

    async delete(key) {
      const stateKey = valid.stateKey(key);
      writing(stateKey);
      await db.execute('DELETE FROM bot_state WHERE state_key = ?', [stateKey], 'crash');
    },

    async purgeExpired(now) {
      // Expired copies already read as nothing; the copies of keys gone are simply forgotten.
      writes++;
      copies?.clear();
      return db.execute('DELETE FROM bot_state WHERE expires_at <= ?', [toInstant(now, 'now')]);
    },
  };
}
