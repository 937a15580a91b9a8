/**
 * Opted-in reminders (see ReminderStore in types.ts). The sending job may run in several instances at once: a
 * reminder is claimed by one UPDATE … RETURNING whose outer WHERE repeats the conditions, so that in PostgreSQL a
 * second instance blocked on the same row re-checks them on the claimed version and skips it (and SQLite runs one
 * writer at a time). Every way out of "pending" (sent, cancelled, given up) deletes the sealed address.
 */
import type { Db, Row } from './db.js';
import { StorageValidationError } from './errors.js';
import { digest } from './channel-store.js';
import { instant, int, str, strOrNull } from './rows.js';
import type { Clock } from './time.js';
import { toInstant } from './time.js';
import { REMINDER_MOMENTS, REMINDER_STATUSES, type NewReminder, type Reminder, type ReminderStore } from './types.js';
import * as valid from './validate.js';

const DEFAULT_CLAIM = 50;
const DEFAULT_PENDING = 1000;
/** A sealed address: version, then base64url parts separated by dots; bounded (a conversation reference is the longest). */
const SEALED = /^v\d+(\.[A-Za-z0-9_-]+){3}$/;

function sealed(value: unknown): string {
  if (typeof value === 'string' && value.length <= 8192 && SEALED.test(value)) return value;
  throw new StorageValidationError('addressSealed', 'must be an address sealed by src/reminders/address-seal.ts');
}

function toReminder(row: Row): Reminder {
  const status = str(row, 'status');
  const moment = str(row, 'moment');
  return {
    id: int(row, 'id'),
    channel: str(row, 'channel'),
    addressKey: str(row, 'address_key'),
    addressSealed: strOrNull(row, 'address_sealed'),
    actionId: str(row, 'action_id'),
    occurrenceStart: instant(row, 'occurrence_start'),
    moment: valid.oneOf(REMINDER_MOMENTS, moment, 'moment'),
    sendAt: instant(row, 'send_at'),
    locale: str(row, 'locale'),
    status: valid.oneOf(REMINDER_STATUSES, status, 'status'),
    attempts: int(row, 'attempts'),
    createdAt: instant(row, 'created_at'),
  };
}

export function createReminderStore(db: Db, clock: Clock): ReminderStore {
  const now = () => clock().toISOString();
  const finish = async (id: number, status: 'sent' | 'failed') => {
    await db.execute("UPDATE reminders SET status = ?, address_sealed = NULL, lease_until = NULL, done_at = ? WHERE id = ?", [status, now(), id]);
  };
  return {
    async add(reminders) {
      const out: Reminder[] = [];
      for (const r of reminders as NewReminder[]) {
        const rows = await db.query(
          `INSERT INTO reminders (channel, address_key, address_sealed, action_id, occurrence_start, moment, send_at, locale, status, attempts, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?) RETURNING *`,
          [
            valid.channel(r.channel),
            digest(r.addressKey, 'addressKey'),
            sealed(r.addressSealed),
            valid.slug(r.actionId, 'actionId'),
            toInstant(r.occurrenceStart, 'occurrenceStart'),
            valid.oneOf(REMINDER_MOMENTS, r.moment, 'moment'),
            toInstant(r.sendAt, 'sendAt'),
            valid.locale(r.locale),
            now(),
          ],
        );
        out.push(toReminder(rows[0] as Row));
      }
      return out;
    },

    async claimDue(at, leaseUntil, limit) {
      const when = toInstant(at, 'now');
      const lease = toInstant(leaseUntil, 'leaseUntil');
      // An instance died between claiming and finishing: whether the message left is unknown, so it is not resent.
      await db.execute(
        "UPDATE reminders SET status = 'failed', address_sealed = NULL, lease_until = NULL, done_at = ? WHERE status = 'sending' AND lease_until < ?",
        [when, when],
      );
      const rows = await db.query(
        `UPDATE reminders SET status = 'sending', lease_until = ?
         WHERE status = 'pending' AND send_at <= ? AND id IN (
           SELECT id FROM reminders WHERE status = 'pending' AND send_at <= ? ORDER BY send_at, id LIMIT ?)
         RETURNING *`,
        [lease, when, when, valid.limit(limit, DEFAULT_CLAIM)],
      );
      return rows.map(toReminder).sort((a, b) => a.sendAt.localeCompare(b.sendAt) || a.id - b.id);
    },

    async markSent(id) {
      await finish(id, 'sent');
    },

    async markFailed(id) {
      await finish(id, 'failed');
    },

    async retryAt(id, at) {
      await db.execute("UPDATE reminders SET status = 'pending', lease_until = NULL, attempts = attempts + 1, send_at = ? WHERE id = ? AND status = 'sending'", [
        toInstant(at, 'at'),
        id,
      ]);
    },

    async pending(limit) {
      const rows = await db.query("SELECT * FROM reminders WHERE status = 'pending' ORDER BY send_at, id LIMIT ?", [valid.limit(limit, DEFAULT_PENDING, 'limit')]);
      return rows.map(toReminder);
    },

    async reschedule(id, occurrenceStart, sendAt) {
      await db.execute("UPDATE reminders SET occurrence_start = ?, send_at = ? WHERE id = ? AND status = 'pending'", [
        toInstant(occurrenceStart, 'occurrenceStart'),
        toInstant(sendAt, 'sendAt'),
        id,
      ]);
    },

    async cancel(ids) {
      if (ids.length === 0) return 0;
      const inIds = db.inIds('id', valid.ids(ids));
      return db.execute(
        `UPDATE reminders SET status = 'cancelled', address_sealed = NULL, done_at = ? WHERE status = 'pending' AND ${inIds.sql}`,
        [now(), ...inIds.params],
      );
    },

    async cancelAddress(channel, addressKey) {
      return db.execute(
        "UPDATE reminders SET status = 'cancelled', address_sealed = NULL, done_at = ? WHERE status = 'pending' AND channel = ? AND address_key = ?",
        [now(), valid.channel(channel), digest(addressKey, 'addressKey')],
      );
    },

    async purge(before) {
      return db.execute("DELETE FROM reminders WHERE status IN ('sent', 'cancelled', 'failed') AND occurrence_start < ?", [toInstant(before, 'before')]);
    },
  };
}
