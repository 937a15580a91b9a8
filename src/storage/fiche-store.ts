/**
 * Staff edits of the knowledge's fiches, as versions (see FicheStore in types.ts). Undo marks the newest version
 * not undone yet as reverted in one statement, so two staff clicking "Annuler" at once undo one change, not two.
 */
import { bumpChange } from './change-store.js';
import type { Db } from './db.js';
import { StorageValidationError } from './errors.js';
import { single, toFicheVersion } from './rows.js';
import type { Clock } from './time.js';
import { FICHE_KINDS, type FicheStore } from './types.js';
import * as valid from './validate.js';

/** A fiche's override is a handful of short texts; this bound only stops a runaway request. */
const MAX_JSON_LENGTH = 64 * 1024;
const DEFAULT_HISTORY_LIMIT = 100;

function jsonObject(value: unknown, field: string): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new StorageValidationError(field, 'must be an object');
  const json = valid.jsonValue(value);
  if (json.length > MAX_JSON_LENGTH) throw new StorageValidationError(field, `must be at most ${MAX_JSON_LENGTH} characters as JSON`);
  return json;
}

export function createFicheStore(db: Db, clock: Clock): FicheStore {
  return {
    async save(version) {
      if (typeof version !== 'object' || version === null) throw new StorageValidationError('version', 'must be an object');
      const rows = await db.query(
        `INSERT INTO fiche_versions (kind, target_id, data, patch, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
        [
          valid.oneOf(FICHE_KINDS, version.kind, 'kind'),
          valid.slug(version.targetId, 'targetId'),
          jsonObject(version.data, 'data'),
          jsonObject(version.patch, 'patch'),
          clock().toISOString(),
          valid.text(version.createdBy, 'createdBy', 100),
        ],
      );
      await bumpChange(db, 'fiches');
      return toFicheVersion(single(rows));
    },

    async current() {
      const rows = await db.query(
        `SELECT * FROM fiche_versions v WHERE reverted_at IS NULL AND id = (
           SELECT max(id) FROM fiche_versions w WHERE w.kind = v.kind AND w.target_id = v.target_id AND w.reverted_at IS NULL)
         ORDER BY id`,
      );
      return rows.map(toFicheVersion);
    },

    async history(kind, targetId, limit) {
      const n = valid.limit(limit, DEFAULT_HISTORY_LIMIT);
      const rows = await db.query('SELECT * FROM fiche_versions WHERE kind = ? AND target_id = ? ORDER BY id DESC LIMIT ?', [
        valid.oneOf(FICHE_KINDS, kind, 'kind'),
        valid.slug(targetId, 'targetId'),
        n,
      ]);
      return rows.map(toFicheVersion);
    },

    async undo(kind, targetId, by) {
      const rows = await db.query(
        `UPDATE fiche_versions SET reverted_at = ?, reverted_by = ?
         WHERE reverted_at IS NULL AND id = (
           SELECT max(id) FROM fiche_versions WHERE kind = ? AND target_id = ? AND reverted_at IS NULL)
         RETURNING *`,
        [clock().toISOString(), valid.text(by, 'by', 100), valid.oneOf(FICHE_KINDS, kind, 'kind'), valid.slug(targetId, 'targetId')],
      );
      if (!rows[0]) return undefined;
      await bumpChange(db, 'fiches');
      return toFicheVersion(rows[0]);
    },
  };
}
