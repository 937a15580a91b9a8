/**
 * The activities already handled, shared by every instance on the database (see SeenActivityStore in types.ts).
 * One statement decides: INSERT … ON CONFLICT DO UPDATE … WHERE the earlier sighting is older than the window —
 * one row changes when this is a first sighting (new, or outside the window), none when it is a repeat, so two
 * instances receiving the same retried activity at once cannot both get a yes.
 */
import { digest } from './channel-store.js';
import type { Db } from './db.js';
import { toInstant } from './time.js';
import type { SeenActivityStore } from './types.js';

export function createSeenActivityStore(db: Db): SeenActivityStore {
  return {
    async firstSight(activityHash, now, windowStart) {
      // One row changed: inserted, or an old sighting renewed; none: a repeat within the window. 'crash' durability
      // (db.ts): written on every turn, and a sighting lost to a power cut costs at most one repeated answer.
      const changed = await db.execute(
        `INSERT INTO seen_activities (activity_hash, seen_at) VALUES (?, ?)
         ON CONFLICT (activity_hash) DO UPDATE SET seen_at = excluded.seen_at WHERE seen_activities.seen_at <= ?`,
        [digest(activityHash, 'activityHash'), toInstant(now, 'now'), toInstant(windowStart, 'windowStart')],
        'crash',
      );
      return changed === 1;
    },

    async purge(before) {
      return db.execute('DELETE FROM seen_activities WHERE seen_at <= ?', [toInstant(before, 'before')], 'crash');
    },
  };
}
