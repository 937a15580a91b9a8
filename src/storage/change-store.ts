/**
 * A counter per kind of staff change (taught phrasings, agenda, fiches), bumped by the stores themselves after
 * each change — whoever makes it: the console of any instance, or the command line. An instance compares the
 * counters with the ones it last loaded to know which of its caches to reload (src/instances/change-feed.ts);
 * that costs one tiny query every few seconds, and catches a change whose notification was missed.
 */
import type { Db } from './db.js';
import { int, str } from './rows.js';
import type { ChangeCounters, ChangeKind } from './types.js';

export async function bumpChange(db: Db, kind: ChangeKind): Promise<void> {
  await db.execute(
    'INSERT INTO change_counters (kind, version) VALUES (?, 1) ON CONFLICT (kind) DO UPDATE SET version = change_counters.version + 1',
    [kind],
  );
}

export function createChangeCounters(db: Db): ChangeCounters {
  return {
    async versions() {
      const rows = await db.query('SELECT kind, version FROM change_counters');
      const out: Partial<Record<ChangeKind, number>> = {};
      for (const row of rows) out[str(row, 'kind') as ChangeKind] = int(row, 'version');
      return out;
    },
  };
}
