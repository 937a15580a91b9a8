/**
 * Phrasings staff teach the engine from a remarque ("quand un habitant écrit ça, il parle de telle fiche").
 * Undo never deletes: it marks the phrasing reverted, so the audit log and the engine's history stay explainable.
 * The text is redacted again: it usually comes from a resident's remarque.
 */
import { bumpChange } from './change-store.js';
import type { Db } from './db.js';
import { StorageValidationError } from './errors.js';
import { redact } from './redact.js';
import { single, toPhrasing } from './rows.js';
import type { Clock } from './time.js';
import type { PhrasingStore } from './types.js';
import * as valid from './validate.js';

export function createPhrasingStore(db: Db, clock: Clock): PhrasingStore {
  return {
    async add(p) {
      if (typeof p !== 'object' || p === null) throw new StorageValidationError('phrasing', 'must be an object');
      const entryId = valid.slug(p.entryId, 'entryId');
      const text = redact(valid.text(p.text, 'text', 2000)).text;
      const locale = valid.locale(p.locale);
      const createdBy = valid.text(p.createdBy, 'createdBy', 100);
      const remarqueId = p.remarqueId ?? null;
      if (remarqueId !== null) {
        // The foreign key would refuse it too, but with an engine-specific error; this one names the field.
        const found = valid.id(remarqueId) && (await db.query('SELECT id FROM remarques WHERE id = ?', [remarqueId])).length > 0;
        if (!found) throw new StorageValidationError('remarqueId', `no remarque with id ${String(remarqueId)}`);
      }
      const rows = await db.query(
        `INSERT INTO taught_phrasings (entry_id, text, locale, remarque_id, created_at, created_by)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING *`,
        [entryId, text, locale, remarqueId, clock().toISOString(), createdBy],
      );
      await bumpChange(db, 'phrasings');
      return toPhrasing(single(rows));
    },

    async active() {
      const rows = await db.query('SELECT * FROM taught_phrasings WHERE reverted_at IS NULL ORDER BY id');
      return rows.map(toPhrasing);
    },

    async all() {
      return (await db.query('SELECT * FROM taught_phrasings ORDER BY id')).map(toPhrasing);
    },

    async revert(id, by) {
      if (!valid.id(id)) return undefined;
      const actor = valid.text(by, 'by', 100);
      const rows = await db.query(
        'UPDATE taught_phrasings SET reverted_at = ?, reverted_by = ? WHERE id = ? AND reverted_at IS NULL RETURNING *',
        [clock().toISOString(), actor, id],
      );
      if (rows[0]) {
        await bumpChange(db, 'phrasings');
        return toPhrasing(rows[0]);
      }
      // Already reverted (a double click, two staff at once): the first undo stands and is returned unchanged.
      const existing = await db.query('SELECT * FROM taught_phrasings WHERE id = ?', [id]);
      return existing[0] ? toPhrasing(existing[0]) : undefined;
    },
  };
}
