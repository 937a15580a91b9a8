/**
 * Every change staff make, in one place, each doing the same three things: change the store, write who did it and
 * when to the audit log, and make the bot use the change at once (the engine re-indexes taught phrasings, the
 * agenda reloads). The pages and the API both call these; neither writes to a store directly.
 */
import { checkContactPatch, checkEntryPatch, type FieldIssue } from '../fiches/fields.js';
import type { LiveKnowledge } from '../fiches/live-knowledge.js';
import { combineContact, combineEntry, contactOverrideOf, entryOverrideOf, mergeContact, mergeEntry } from '../fiches/overrides.js';
import { Contact as ContactSchema, EntryDetails, type AgendaItem, type Contact, type Entry } from '../knowledge/schema.js';
import type { AgendaRecord, ChangeKind, FicheKind, Remarque, RemarquePatch, Storage, TaughtPhrasing } from '../storage/types.js';
import { HttpError } from './router.js';

export interface LiveParts {
  storage: Storage;
  /** Re-reads the active taught phrasings into the engine. */
  reindex: () => Promise<void>;
  /** Reloads the agenda the bot answers from. */
  reloadAgenda: () => Promise<void>;
  /** The entry the engine would answer this text with now, if any (to tell staff whether teaching worked). */
  answers: (text: string) => string | undefined;
  entryExists: (id: string) => boolean;
  /** The fiches residents are told about (YAML + staff changes); reloaded after each change. */
  fiches: LiveKnowledge;
  /** Tells the other instances which cache to reload (src/instances/change-feed.ts); absent: one instance. */
  announce?: (kind: ChangeKind) => Promise<void>;
  clock: () => Date;
}

/** Bulk changes are bounded: a page shows at most a few hundred remarques. */
export const MAX_BULK = 500;
const AUDIT_DETAILS_MAX = 4000;
const TEACHABLE_KINDS: ReadonlySet<Remarque['kind']> = new Set(['unanswered', 'not-helpful']);

export interface Taught {
  phrasing: TaughtPhrasing;
  remarque: Remarque;
  /** True when the bot now answers the remarque's text with the chosen entry. */
  answersNow: boolean;
}

function details(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length <= AUDIT_DETAILS_MAX ? json : `${json.slice(0, AUDIT_DETAILS_MAX - 1)}…`;
}

function issuesAt(prefix: string, issues: readonly { path: PropertyKey[]; message: string }[]): FieldIssue[] {
  return issues.map((i) => ({ path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'), message: i.message }));
}

export class StaffActions {
  constructor(private readonly live: LiveParts) {}

  private get storage(): Storage {
    return this.live.storage;
  }

  private async audit(actor: string, action: string, target: string, data: unknown): Promise<void> {
    await this.storage.audit.write({ actor, action, target, details: details(data) });
  }

  async updateRemarque(actor: string, id: number, patch: RemarquePatch): Promise<Remarque> {
    const before = await this.storage.remarques.get(id);
    const updated = await this.storage.remarques.update(id, patch);
    if (!updated) throw new HttpError(404, 'notFound');
    // The note itself stays in the remarque; the log says that it changed, not what it says.
    await this.audit(actor, 'remarque.update', `remarque:${id}`, {
      previousStatus: patch.status !== undefined && before ? before.status : undefined,
      status: patch.status,
      note: patch.note === undefined ? undefined : 'changed',
    });
    return updated;
  }

  async updateRemarques(actor: string, ids: number[], patch: RemarquePatch): Promise<number> {
    if (ids.length === 0) return 0;
    const count = await this.storage.remarques.updateMany(ids, patch);
    await this.audit(actor, 'remarque.bulk-update', `remarques:${ids.length}`, { ids, status: patch.status, note: patch.note === undefined ? undefined : 'changed' });
    return count;
  }

  /** Attaches a remarque's text to an entry as a new phrasing; the bot answers it at once; the remarque is traitée. */
  async teach(actor: string, remarqueId: number, entryId: string): Promise<Taught> {
    const remarque = await this.storage.remarques.get(remarqueId);
    if (!remarque) throw new HttpError(404, 'notFound');
    if (!TEACHABLE_KINDS.has(remarque.kind)) throw new HttpError(409, 'notTeachable');
    if (!this.live.entryExists(entryId)) throw new HttpError(400, 'unknownEntry', [{ path: 'entryId', message: 'unknown entry' }]);
    const phrasing = await this.storage.phrasings.add({ entryId, text: remarque.text, locale: remarque.locale === 'en' ? 'en' : 'fr', remarqueId, createdBy: actor });
    await this.live.reindex();
    const updated = (await this.storage.remarques.update(remarqueId, { status: 'traitee' })) ?? remarque;
    await this.audit(actor, 'phrasing.teach', `phrasing:${phrasing.id}`, { remarque: remarqueId, entry: entryId, previousStatus: remarque.status });
    return { phrasing, remarque: updated, answersNow: this.live.answers(remarque.text) === entryId };
  }

  /**
   * Undoes a taught phrasing: the engine forgets it at once, and its remarque goes back to « nouvelle » so that it is
   * looked at again (it is no longer answered).
   */
  async undo(actor: string, phrasingId: number): Promise<TaughtPhrasing> {
    const before = (await this.storage.phrasings.all()).find((p) => p.id === phrasingId);
    if (!before) throw new HttpError(404, 'notFound');
    if (before.revertedAt !== null) return before;
    const reverted = await this.storage.phrasings.revert(phrasingId, actor);
    if (!reverted) throw new HttpError(404, 'notFound');
    await this.live.reindex();
    if (reverted.remarqueId !== null) {
      const remarque = await this.storage.remarques.get(reverted.remarqueId);
      if (remarque?.status === 'traitee') await this.storage.remarques.update(remarque.id, { status: 'nouvelle' });
    }
    await this.audit(actor, 'phrasing.undo', `phrasing:${phrasingId}`, { entry: reverted.entryId, remarque: reverted.remarqueId });
    return reverted;
  }

  /**
   * Changes an entry's details and/or answer text (a PATCH body, see fiches/fields.ts): checked field by field and
   * as a whole with the files' schema, stored as a new version, and the bot answers with it from now on.
   */
  async saveEntry(actor: string, id: string, body: unknown): Promise<Entry> {
    const { fiches } = this.live;
    const shipped = fiches.shipped.entries.find((e) => e.id === id);
    const current = fiches.entry(id);
    if (!shipped || !current) throw new HttpError(404, 'notFound');
    const checked = checkEntryPatch(body, current, new Set(fiches.contacts().map((c) => c.id)));
    if (!checked.ok) throw new HttpError(400, 'invalid', checked.issues);
    const version = fiches.version('entry', id);
    const data = combineEntry(version ? entryOverrideOf(version.data) : {}, checked.value, { by: actor, at: this.live.clock().toISOString() });
    const whole = EntryDetails.safeParse(mergeEntry(shipped, data).details);
    if (!whole.success) throw new HttpError(400, 'invalid', issuesAt('details', whole.error.issues));
    await this.storage.fiches.save({ kind: 'entry', targetId: id, data: { ...data }, patch: { ...checked.value }, createdBy: actor });
    await fiches.reload();
    await this.live.announce?.('fiches');
    await this.audit(actor, 'fiche.update', `entry:${id}`, checked.value);
    return fiches.entry(id) ?? current;
  }

  /** Changes a contact's fields (name, role, address, phone, email, website, hours, source). */
  async saveContact(actor: string, id: string, body: unknown): Promise<Contact> {
    const { fiches } = this.live;
    const shipped = fiches.shipped.contacts.find((c) => c.id === id);
    const current = fiches.contact(id);
    if (!shipped || !current) throw new HttpError(404, 'notFound');
    const checked = checkContactPatch(body);
    if (!checked.ok) throw new HttpError(400, 'invalid', checked.issues);
    const version = fiches.version('contact', id);
    const data = combineContact(version ? contactOverrideOf(version.data) : {}, checked.value, { by: actor, at: this.live.clock().toISOString() });
    const whole = ContactSchema.safeParse(mergeContact(shipped, data));
    if (!whole.success) throw new HttpError(400, 'invalid', issuesAt('', whole.error.issues));
    await this.storage.fiches.save({ kind: 'contact', targetId: id, data: { ...data }, patch: checked.value, createdBy: actor });
    await fiches.reload();
    await this.live.announce?.('fiches');
    await this.audit(actor, 'fiche.update', `contact:${id}`, checked.value);
    return fiches.contact(id) ?? current;
  }

  /** Undoes the last change of a fiche still in force: residents get the fiche as it was before it, at once. */
  async undoFiche(actor: string, kind: FicheKind, id: string): Promise<void> {
    const { fiches } = this.live;
    const exists = kind === 'entry' ? fiches.entry(id) : fiches.contact(id);
    if (!exists) throw new HttpError(404, 'notFound');
    const undone = await this.storage.fiches.undo(kind, id, actor);
    if (!undone) throw new HttpError(409, 'nothingToUndo');
    await fiches.reload();
    await this.live.announce?.('fiches');
    await this.audit(actor, 'fiche.undo', `${kind}:${id}`, { version: undone.id, patch: undone.patch });
  }

  async saveAgenda(actor: string, item: AgendaItem, sample: boolean): Promise<{ record: AgendaRecord; created: boolean }> {
    const previous = await this.storage.agenda.get(item.id);
    const record = await this.storage.agenda.put({ ...item, sample, updatedBy: actor });
    await this.live.reloadAgenda();
    await this.audit(actor, previous ? 'agenda.update' : 'agenda.create', `agenda:${item.id}`, previous ? { previous } : { title: item.title.fr, date: item.date });
    return { record, created: previous === undefined };
  }

  async removeAgenda(actor: string, id: string): Promise<void> {
    const previous = await this.storage.agenda.get(id);
    if (!previous || !(await this.storage.agenda.remove(id))) throw new HttpError(404, 'notFound');
    await this.live.reloadAgenda();
    // The whole record goes to the log, so a removal by mistake can be typed back in.
    await this.audit(actor, 'agenda.delete', `agenda:${id}`, { previous });
  }
}
