/**
 * The knowledge's fiches as residents see them now: the shipped YAML with the staff's changes from the console
 * merged over it (overrides.ts), held in memory so that answering does no I/O. Staff changes call reload(): the
 * bot's next answer uses them, no restart (like the agenda, src/agenda/live-agenda.ts).
 *
 * A stored override that the current knowledge no longer accepts (a contact removed from contacts.yaml since, a
 * rule made stricter) is not applied: residents get the shipped fiche, and `problems` tells staff which one.
 */
import type { Knowledge } from '../knowledge/loader.js';
import { Contact as ContactSchema, EntryDetails, type Contact, type Entry } from '../knowledge/schema.js';
import type { FicheKind, FicheStore, FicheVersion } from '../storage/types.js';
import { contactOverrideOf, entryOverrideOf, mergeContact, mergeEntry } from './overrides.js';

export interface FicheProblem {
  kind: FicheKind;
  id: string;
  message: string;
}

const key = (kind: FicheKind, id: string) => `${kind}:${id}`;

/** Reads like the replies' FicheReader (src/replies/details.ts): entry(id), contact(id). */
export class LiveKnowledge {
  private entries = new Map<string, Entry>();
  private contactList: Contact[] = [];
  private contactsById = new Map<string, Contact>();
  private versions = new Map<string, FicheVersion>();
  private problemList: FicheProblem[] = [];

  constructor(
    private readonly store: FicheStore,
    readonly shipped: Pick<Knowledge, 'entries' | 'contacts'>,
  ) {
    this.build([]);
  }

  async reload(): Promise<void> {
    this.build(await this.store.current());
  }

  entry(id: string): Entry | undefined {
    return this.entries.get(id);
  }

  allEntries(): Entry[] {
    return this.shipped.entries.map((e) => this.entries.get(e.id) ?? e);
  }

  contact(id: string): Contact | undefined {
    return this.contactsById.get(id);
  }

  contacts(): readonly Contact[] {
    return this.contactList;
  }

  /** The staff change in force on a fiche, if any (who and when, for the page's "source and date"). */
  version(kind: FicheKind, id: string): FicheVersion | undefined {
    return this.versions.get(key(kind, id));
  }

  get problems(): readonly FicheProblem[] {
    return this.problemList;
  }

  private build(current: FicheVersion[]): void {
    const versions = new Map(current.map((v) => [key(v.kind, v.targetId), v]));
    const problems: FicheProblem[] = [];
    const contactIds = new Set(this.shipped.contacts.map((c) => c.id));
    const entries = new Map<string, Entry>();
    for (const entry of this.shipped.entries) {
      const version = versions.get(key('entry', entry.id));
      if (!version) {
        entries.set(entry.id, entry);
        continue;
      }
      const merged = mergeEntry(entry, entryOverrideOf(version.data));
      const check = EntryDetails.safeParse(merged.details);
      const unknownContact = (merged.details.contacts ?? []).find((id) => !contactIds.has(id));
      if (check.success && unknownContact === undefined) entries.set(entry.id, merged);
      else {
        entries.set(entry.id, entry);
        problems.push({ kind: 'entry', id: entry.id, message: check.success ? `unknown contact "${String(unknownContact)}"` : check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
        versions.delete(key('entry', entry.id));
      }
    }
    const contacts = this.shipped.contacts.map((contact) => {
      const version = versions.get(key('contact', contact.id));
      if (!version) return contact;
      const merged = mergeContact(contact, contactOverrideOf(version.data));
      const check = ContactSchema.safeParse(merged);
      if (check.success) return merged;
      problems.push({ kind: 'contact', id: contact.id, message: check.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') });
      versions.delete(key('contact', contact.id));
      return contact;
    });
    // Overrides of fiches the knowledge no longer has are kept in the store (history) but apply to nothing.
    this.entries = entries;
    this.contactList = contacts;
    this.contactsById = new Map(contacts.map((c) => [c.id, c]));
    this.versions = versions;
    this.problemList = problems;
  }
}
