/**
 * The running instances' heartbeats (see InstanceRegistry in types.ts): one row per started server, its last beat,
 * deleted when it stops. Rows of instances gone without stopping (killed) age out.
 */
import type { Db } from './db.js';
import { int } from './rows.js';
import { toInstant } from './time.js';
import type { InstanceRegistry } from './types.js';
import * as valid from './validate.js';

export function createInstanceRegistry(db: Db): InstanceRegistry {
  return {
    async beat(instanceKey, startedAt, now) {
      const key = valid.slug(instanceKey, 'instanceKey');
      const at = toInstant(now, 'now');
      await db.execute(
        `INSERT INTO instances (instance_key, started_at, seen_at) VALUES (?, ?, ?)
         ON CONFLICT (instance_key) DO UPDATE SET seen_at = excluded.seen_at`,
        [key, toInstant(startedAt, 'startedAt'), at],
        'crash',
      );
      // Instances killed without a word: forgotten after a day.
      await db.execute('DELETE FROM instances WHERE seen_at < ?', [new Date(Date.parse(at) - 24 * 60 * 60 * 1000).toISOString()], 'crash');
    },

    async others(instanceKey, since) {
      const rows = await db.query('SELECT count(*) AS n FROM instances WHERE instance_key <> ? AND seen_at >= ?', [
        valid.slug(instanceKey, 'instanceKey'),
        toInstant(since, 'since'),
      ]);
      return rows[0] ? int(rows[0], 'n') : 0;
    },

    async leave(instanceKey) {
      await db.execute('DELETE FROM instances WHERE instance_key = ?', [valid.slug(instanceKey, 'instanceKey')], 'crash');
    },
  };
}
