/**
 * Remarques: what the assistant could not answer, suggestions, answers that did not help. Written by the bot,
 * read and sorted by staff, exported for the conseil citoyen.
 *
 * Every text is redacted again here, whatever the caller did: this is the last door before the disk. The note
 * staff write is redacted too, since it is exported with the remarque and may quote the resident.
 */
import type { Db, SqlValue } from './db.js';
import { StorageValidationError } from './errors.js';
import { containsPattern, fold } from './fold.js';
import { redact } from './redact.js';
import { int, single, toRemarque } from './rows.js';
import type { Clock } from './time.js';
import { toBound } from './time.js';
import { REMARQUE_STATUSES, type RemarquePatch, type RemarqueStatus, type RemarqueStore } from './types.js';
import * as valid from './validate.js';

function redacted(text: string, field: string): string {
  const clean = redact(text).text;
  if (clean === '') throw new StorageValidationError(field, 'is empty once control characters are removed');
  return clean;
}

/** The WHERE clause of list(): shared by the count and the page query so that they always agree. */
function whereClause(filter: valid.NormalFilter): { sql: string; params: SqlValue[] } {
  const conditions: string[] = [];
  const params: SqlValue[] = [];
  const anyOf = (column: string, values: readonly string[]): void => {
    if (values.length === 0) return;
    conditions.push(`${column} IN (${values.map(() => '?').join(', ')})`);
    params.push(...values);
  };
  anyOf('status', filter.status);
  anyOf('kind', filter.kind);
  if (filter.topic !== null) {
    conditions.push('topic = ?');
    params.push(filter.topic);
  }
  if (filter.from !== null) {
    conditions.push('created_at >= ?');
    params.push(filter.from);
  }
  if (filter.to !== null) {
    conditions.push('created_at <= ?');
    params.push(filter.to);
  }
  const term = filter.search === null ? '' : fold(filter.search);
  if (term !== '') {
    conditions.push("(text_folded LIKE ? ESCAPE '\\' OR note_folded LIKE ? ESCAPE '\\')");
    params.push(containsPattern(term), containsPattern(term));
  }
  return { sql: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** The SET clause of update() and updateMany(), or null when the patch changes nothing. */
function setClause(patch: RemarquePatch, now: string): { sql: string; params: SqlValue[] } | null {
  const sets: string[] = [];
  const params: SqlValue[] = [];
  if (patch.status !== undefined) {
    sets.push('status = ?');
    params.push(patch.status);
  }
  if (patch.note !== undefined) {
    const note = patch.note === null ? null : redacted(patch.note, 'note');
    sets.push('note = ?', 'note_folded = ?');
    params.push(note, note === null ? null : fold(note));
  }
  if (sets.length === 0) return null;
  sets.push('updated_at = ?');
  params.push(now);
  return { sql: sets.join(', '), params };
}

export function createRemarqueStore(db: Db, clock: Clock): RemarqueStore {
  const get = async (id: number) => {
    if (!valid.id(id)) return undefined;
    const rows = await db.query('SELECT * FROM remarques WHERE id = ?', [id]);
    return rows[0] ? toRemarque(rows[0]) : undefined;
  };

  return {
    async add(input) {
      const r = valid.newRemarque(input);
      const text = redacted(r.text, 'text');
      const now = clock().toISOString();
      const rows = await db.query(
        `INSERT INTO remarques (created_at, updated_at, status, kind, text, text_folded, note, note_folded, locale,
           channel, topic, score, entry_id)
         VALUES (?, ?, 'nouvelle', ?, ?, ?, NULL, NULL, ?, ?, ?, ?, ?)
         RETURNING *`,
        [now, now, r.kind, text, fold(text), r.locale, r.channel, r.topic, r.score, r.entryId],
      );
      return toRemarque(single(rows));
    },

    get,

    async list(filter = {}) {
      const f = valid.remarqueFilter(filter);
      const where = whereClause(f);
      const [countRows, rows] = await Promise.all([
        db.query(`SELECT count(*) AS total FROM remarques ${where.sql}`, where.params),
        f.limit === 0
          ? Promise.resolve([])
          : db.query(`SELECT * FROM remarques ${where.sql} ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?`, [
              ...where.params,
              f.limit,
              f.offset,
            ]),
      ]);
      const total = countRows[0] ? int(countRows[0], 'total') : 0;
      return { items: rows.map(toRemarque), total };
    },

    async update(id, patch) {
      const set = setClause(valid.remarquePatch(patch), clock().toISOString());
      if (!valid.id(id)) return undefined;
      if (set === null) return get(id);
      const rows = await db.query(`UPDATE remarques SET ${set.sql} WHERE id = ? RETURNING *`, [...set.params, id]);
      return rows[0] ? toRemarque(rows[0]) : undefined;
    },

    async updateMany(ids, patch) {
      const set = setClause(valid.remarquePatch(patch), clock().toISOString());
      const list = valid.ids(ids);
      if (set === null || list.length === 0) return 0;
      const cond = db.inIds('id', list);
      return db.execute(`UPDATE remarques SET ${set.sql} WHERE ${cond.sql}`, [...set.params, ...cond.params]);
    },

    async purge(status: RemarqueStatus, before: string) {
      const s = valid.oneOf(REMARQUE_STATUSES, status, 'status');
      const limit = toBound(before, 'start', 'before');
      return db.execute('DELETE FROM remarques WHERE status = ? AND updated_at < ?', [s, limit]);
    },
  };
}
