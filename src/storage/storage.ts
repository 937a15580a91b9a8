/**
 * Assembles the stores over one database: the engines differ only in how they open, migrate and talk (sqlite.ts,
 * postgres.ts); everything a store does is written once.
 */
import { createAgendaStore } from './agenda-store.js';
import { createAuditLog } from './audit-log.js';
import { createChannelDeliveryStore } from './channel-store.js';
import type { Db } from './db.js';
import { createFicheStore } from './fiche-store.js';
import { createPhrasingStore } from './phrasing-store.js';
import { createReminderStore } from './reminder-store.js';
import { createRemarqueStore } from './remarque-store.js';
import { createStaffStore } from './staff-store.js';
import { createSeenActivityStore } from './seen-activity-store.js';
import { createKeyValueStore, type StateCopiesGuard } from './state-store.js';
import { createChangeCounters } from './change-store.js';
import { createInstanceRegistry } from './instance-store.js';
import type { Clock } from './time.js';
import { createTurnEventStore } from './turn-store.js';
import type { Storage } from './types.js';

export interface StorageParts<K extends Storage['kind']> {
  kind: K;
  db: Db;
  clock: Clock;
  /** Releases the engine; called once, however many times close() is. */
  close: () => Promise<void>;
  /** SQLite: the bot state may keep copies in memory, forgotten when another connection changes the file (state-store.ts). */
  stateCopies?: StateCopiesGuard;
}

export function assembleStorage<K extends Storage['kind']>(parts: StorageParts<K>): Storage & { readonly kind: K } {
  const { db, clock } = parts;
  let closing: Promise<void> | undefined;
  const turns = createTurnEventStore(db);
  return {
    kind: parts.kind,
    remarques: createRemarqueStore(db, clock),
    turns,
    agenda: createAgendaStore(db, clock),
    phrasings: createPhrasingStore(db, clock),
    fiches: createFicheStore(db, clock),
    audit: createAuditLog(db, clock),
    staff: createStaffStore(db, clock),
    state: createKeyValueStore(db, clock, parts.stateCopies),
    deliveries: createChannelDeliveryStore(db, clock),
    reminders: createReminderStore(db, clock),
    activities: createSeenActivityStore(db),
    changes: createChangeCounters(db),
    instances: createInstanceRegistry(db),
    async ping() {
      // /healthz wants a yes or no, not an exception (a closed or unreachable database is a "no").
      try {
        const rows = await db.query('SELECT 1 AS ok');
        return rows.length === 1;
      } catch {
        return false;
      }
    },
    close() {
      // The dashboard's events kept to be written in a batch are written first (a graceful stop loses none).
      closing ??= turns.flush().catch(() => undefined).then(() => parts.close());
      return closing;
    },
  };
}
