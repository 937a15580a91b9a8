/**
 * The "Fiches" of the console as data, for the page and the API: each entry and contact as residents see it now,
 * what is missing, and for each fact its source and date (the file's source, or the staff member who typed it and
 * when), flagged when nobody checked it for 12 months. Entries come most-asked first: the topics residents asked
 * about over the last weeks (anonymous turn events and remarques), so staff complete what matters first.
 */
import { CONTACT_PRACTICAL, MISSING_CANDIDATES, type Stamps } from '../fiches/fields.js';
import type { LiveKnowledge } from '../fiches/live-knowledge.js';
import { contactOverrideOf, entryOverrideOf } from '../fiches/overrides.js';
import type { Contact, Entry } from '../knowledge/schema.js';
import { allRemarques } from '../storage/export.js';
import type { FicheVersion, Storage } from '../storage/types.js';
import { parisDate } from './reports.js';

const DAY_MS = 86_400_000;
/** "Recently": the weeks a conseil citoyen looks back on. */
export const DEMAND_DAYS = 90;
/** A fact nobody checked for this long is flagged on the page. */
export const STALE_DAYS = 365;
/** Descriptions rather than facts to check (the answer text, who to ask, a contact's name and role): never flagged. */
const NOT_CHECKED: ReadonlySet<string> = new Set(['answer', 'contacts', 'name', 'role']);
/** Conversation topics (hello, help, privacy, leaving a remarque) have no practical details: listed last. */
const CONVERSATION_TOPICS: ReadonlySet<string> = new Set(['salutation', 'aide', 'confidentialite', 'remarque']);

export interface Fact {
  /** "staff": typed in the console; "file": from the knowledge files. */
  origin: 'staff' | 'file';
  /** Who typed it, or where the file says it comes from (a web address, the convention). */
  source: string;
  url: string | null;
  /** YYYY-MM-DD of the check, or null when nobody recorded one. */
  checked: string | null;
  stale: boolean;
}

export interface ChangeInfo {
  by: string;
  at: string;
}

export interface EntryItem {
  id: string;
  topic: string;
  title: string;
  details: Entry['details'];
  missing: string[];
  answer: Entry['answer'];
  /** Turns and remarques about its topic over the last DEMAND_DAYS days. */
  asked: number;
  conversation: boolean;
  facts: Record<string, Fact>;
  changed: ChangeInfo | null;
}

export interface ContactItem extends Contact {
  missing: string[];
  facts: Record<string, Fact>;
  changed: ChangeInfo | null;
}

function isStale(checked: string | null, now: Date): boolean {
  return checked === null || Date.parse(`${checked}T00:00:00Z`) < now.getTime() - STALE_DAYS * DAY_MS;
}

function changeOf(version: FicheVersion | undefined): ChangeInfo | null {
  return version ? { by: version.createdBy, at: version.createdAt } : null;
}

/** The fact of each field present: stamped by staff, or sourced by the file's source (else the convention). */
function factsOf(fields: string[], stamps: Stamps, fileSource: { url?: string | undefined; checked: string; note?: string | undefined } | undefined, fallback: string, now: Date): Record<string, Fact> {
  const facts: Record<string, Fact> = {};
  for (const field of fields) {
    const stamp = stamps[field];
    if (stamp) {
      const checked = parisDate(new Date(stamp.at));
      facts[field] = { origin: 'staff', source: stamp.by, url: null, checked, stale: !NOT_CHECKED.has(field) && isStale(checked, now) };
    } else {
      const checked = fileSource?.checked ?? null;
      const source = fileSource?.url ? new URL(fileSource.url).hostname : (fileSource?.note ?? fallback);
      facts[field] = { origin: 'file', source, url: fileSource?.url ?? null, checked, stale: !NOT_CHECKED.has(field) && isStale(checked, now) };
    }
  }
  return facts;
}

export function entryItem(entry: Entry, live: LiveKnowledge, asked: number, now: Date): EntryItem {
  const version = live.version('entry', entry.id);
  const stamps = version ? (entryOverrideOf(version.data).stamps ?? {}) : {};
  const details = entry.details;
  const present = [...Object.keys(details).filter((f) => f !== 'source'), 'answer'];
  return {
    id: entry.id,
    topic: entry.topic,
    title: entry.title.fr,
    details,
    missing: MISSING_CANDIDATES.filter((f) => Reflect.get(details, f) === undefined),
    answer: entry.answer,
    asked,
    conversation: CONVERSATION_TOPICS.has(entry.topic),
    facts: factsOf(present, stamps, details.source, `Contrat de ville — ${entry.source.section}`, now),
    changed: changeOf(version),
  };
}

export function contactItem(contact: Contact, live: LiveKnowledge, now: Date): ContactItem {
  const version = live.version('contact', contact.id);
  const stamps = version ? (contactOverrideOf(version.data).stamps ?? {}) : {};
  const present = Object.keys(contact).filter((f) => !['id', 'source', 'scope', 'commune'].includes(f));
  return {
    ...contact,
    missing: CONTACT_PRACTICAL.filter((f) => Reflect.get(contact, f) === undefined),
    facts: factsOf(present, stamps, contact.source, 'contacts.yaml', now),
    changed: changeOf(version),
  };
}

/** How often residents asked about each topic over the last DEMAND_DAYS days: turn events plus remarques. */
export async function topicDemand(storage: Pick<Storage, 'turns' | 'remarques'>, now: Date): Promise<Map<string, number>> {
  const from = parisDate(new Date(now.getTime() - DEMAND_DAYS * DAY_MS));
  const to = parisDate(now);
  const [stats, remarques] = await Promise.all([storage.turns.stats(from, to), allRemarques(storage.remarques, { from, to })]);
  const demand = new Map<string, number>();
  for (const { topic, count } of stats.topics) demand.set(topic, (demand.get(topic) ?? 0) + count);
  for (const r of remarques) if (r.topic) demand.set(r.topic, (demand.get(r.topic) ?? 0) + 1);
  return demand;
}

/** Every entry, most asked topics first (then most missing, then the knowledge's order); conversation topics last. */
export async function entryItems(storage: Pick<Storage, 'turns' | 'remarques'>, live: LiveKnowledge, now: Date): Promise<EntryItem[]> {
  const demand = await topicDemand(storage, now);
  const items = live.allEntries().map((e) => entryItem(e, live, demand.get(e.topic) ?? 0, now));
  const order = new Map(items.map((item, i) => [item.id, i]));
  return items.sort(
    (a, b) =>
      Number(a.conversation) - Number(b.conversation) ||
      b.asked - a.asked ||
      b.missing.length - a.missing.length ||
      (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
  );
}

export function contactItems(live: LiveKnowledge, now: Date): ContactItem[] {
  return live.contacts().map((c) => contactItem(c, live, now));
}
