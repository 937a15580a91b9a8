/**
 * Upcoming actions as staff edit them in the console. Stored as one JSON document per item (the record is small,
 * nested and read whole); the list is sorted here rather than in SQL so that both engines give the same order
 * whatever their text collation.
 */
import { bumpChange } from './change-store.js';
import type { Db } from './db.js';
import { int, single, toAgenda } from './rows.js';
import type { Clock } from './time.js';
import type { AgendaRecord, AgendaStore } from './types.js';
import * as valid from './validate.js';

const byDate = (a: AgendaRecord, b: AgendaRecord): number =>
  a.date.localeCompare(b.date, 'en') || a.time.localeCompare(b.time, 'en') || a.id.localeCompare(b.id, 'en');

export function createAgendaStore(db: Db, clock: Clock): AgendaStore {
  return {
    async list() {
      const rows = await db.query('SELECT * FROM agenda_items');
      return rows.map(toAgenda).sort(byDate);
    },

    async get(id) {
      const rows = await db.query('SELECT * FROM agenda_items WHERE id = ?', [id]);
      return rows[0] ? toAgenda(rows[0]) : undefined;
    },

    async put(record) {
      const { id, updatedBy, ...data } = valid.agendaRecord(record);
      const rows = await db.query(
        `INSERT INTO agenda_items (id, data, updated_at, updated_by) VALUES (?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at,
           updated_by = excluded.updated_by
         RETURNING *`,
        [id, JSON.stringify(data), clock().toISOString(), updatedBy],
      );
      await bumpChange(db, 'agenda');
      return toAgenda(single(rows));
    },

    async remove(id) {
      const removed = (await db.execute('DELETE FROM agenda_items WHERE id = ?', [id])) > 0;
      if (removed) await bumpChange(db, 'agenda');
      return removed;
    },

    async count() {
      const rows = await db.query('SELECT count(*) AS n FROM agenda_items');
      return rows[0] ? int(rows[0], 'n') : 0;
    },
  };
}
