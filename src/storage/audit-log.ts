/** Who changed what in the staff console: append-only, newest first when read. */
import type { Db } from './db.js';
import { StorageValidationError } from './errors.js';
import { single, toAudit } from './rows.js';
import type { Clock } from './time.js';
import type { AuditLog } from './types.js';
import * as valid from './validate.js';

const DEFAULT_AUDIT_LIMIT = 100;

export function createAuditLog(db: Db, clock: Clock): AuditLog {
  return {
    async write(entry) {
      if (typeof entry !== 'object' || entry === null) throw new StorageValidationError('entry', 'must be an object');
      const rows = await db.query(
        'INSERT INTO audit_log (at, actor, action, target, details) VALUES (?, ?, ?, ?, ?) RETURNING *',
        [
          clock().toISOString(),
          valid.text(entry.actor, 'actor', 100),
          valid.text(entry.action, 'action', 100),
          valid.text(entry.target, 'target', 200),
          valid.optionalText(entry.details, 'details', 4000),
        ],
      );
      return toAudit(single(rows));
    },

    async list(limit) {
      const n = valid.limit(limit, DEFAULT_AUDIT_LIMIT);
      return (await db.query('SELECT * FROM audit_log ORDER BY at DESC, id DESC LIMIT ?', [n])).map(toAudit);
    },
  };
}
