/**
 * What staff may change on a fiche and how a change is checked: the same zod schemas as the knowledge files
 * (src/knowledge/schema.ts), field by field, so a phone, an e-mail or a link typed in the console is refused before
 * it can reach a resident, with an error that names the field ("details.phone").
 *
 * A change is a patch: field → value, or null to clear the field (residents are then not told it). Text fields take
 * {fr, en?} or a plain French string. The staff override of a fiche is the sum of its patches (overrides.ts).
 */
import { z } from 'zod';
import { Contact, DETAIL_PLAIN_FIELDS, DETAIL_TEXT_FIELDS, EntryDetails, Localized, type Entry } from '../knowledge/schema.js';

export interface FieldIssue {
  path: string;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; issues: FieldIssue[] };

/** Who set each field the override holds, and when: the page shows it as that fact's source and date. */
export type Stamps = Record<string, { by: string; at: string }>;

/** An entry's staff override: its details (null = cleared) and its answer text. */
export interface EntryOverride {
  details?: Record<string, unknown>;
  answer?: { fr: string; en: string };
  stamps?: Stamps;
}

/** A contact's staff override: field → value, null = cleared. */
export interface ContactOverride {
  fields?: Record<string, unknown>;
  stamps?: Stamps;
}

/** The entry details staff edit, in the order the form shows them (practical fields first, then who to ask, the source). */
export const ENTRY_DETAIL_FIELDS = [...DETAIL_TEXT_FIELDS, ...DETAIL_PLAIN_FIELDS, 'contacts', 'source'] as const;
export type EntryDetailField = (typeof ENTRY_DETAIL_FIELDS)[number];
/** What residents act on: the list flags an entry that has none of these, or lacks one of them. */
export const MISSING_CANDIDATES: readonly string[] = [...DETAIL_TEXT_FIELDS, ...DETAIL_PLAIN_FIELDS];

/** The contact fields staff edit (the issue's list), then its source. */
export const CONTACT_FIELDS = ['name', 'role', 'address', 'phone', 'email', 'website', 'hours', 'source'] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];
/** A contact without these cannot be named at all: they are never cleared. */
const CONTACT_REQUIRED: ReadonlySet<string> = new Set(['name', 'role']);
export const CONTACT_PRACTICAL: readonly ContactField[] = ['address', 'phone', 'email', 'website', 'hours'];

const DETAIL_TEXTS: ReadonlySet<string> = new Set<string>(DETAIL_TEXT_FIELDS);
const CONTACT_TEXTS: ReadonlySet<string> = new Set(['role', 'hours']);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function issuesOf(error: z.ZodError, prefix: string): FieldIssue[] {
  return error.issues.map((i) => ({ path: [prefix, ...i.path.map(String)].join('.'), message: i.message }));
}

/** A plain string given for a text field means its French text; an empty English text means "none". */
function asText(value: unknown): unknown {
  if (typeof value === 'string') return { fr: value };
  if (isObject(value) && (value['en'] === '' || value['en'] === null)) {
    const { en: _en, ...rest } = value;
    return rest;
  }
  return value;
}

function checkField(schema: z.ZodType, value: unknown, path: string, issues: FieldIssue[]): unknown {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  issues.push(...issuesOf(parsed.error, path));
  return undefined;
}

const DETAIL_SCHEMAS = EntryDetails.shape as unknown as Record<string, z.ZodType>;
const CONTACT_SCHEMAS = Contact.shape as unknown as Record<string, z.ZodType>;

/**
 * Checks a PATCH body for an entry: `{ details?: {field: value | null}, answer?: {fr?, en?} | string }`, against the
 * entry as residents see it now (`current`) and the contacts that exist. Gives the patch to store, normalised.
 */
export function checkEntryPatch(body: unknown, current: Entry, contactIds: ReadonlySet<string>): Checked<EntryOverride> {
  if (!isObject(body)) return { ok: false, issues: [{ path: '(body)', message: 'must be a JSON object' }] };
  const issues: FieldIssue[] = [];
  // Shorthand: a detail field given at the top level ({"phone": "..."}) is read as if under "details".
  const shorthand = Object.fromEntries(Object.entries(body).filter(([k]) => (ENTRY_DETAIL_FIELDS as readonly string[]).includes(k)));
  for (const key of Object.keys(body)) {
    if (key !== 'details' && key !== 'answer' && !(key in shorthand)) issues.push({ path: key, message: 'unknown field (give details and/or answer)' });
  }
  const patch: EntryOverride = {};
  const given = body['details'];
  const details = Object.keys(shorthand).length > 0 ? { ...(isObject(given) ? given : {}), ...shorthand } : given;
  if (details !== undefined) {
    if (!isObject(details)) issues.push({ path: 'details', message: 'must be an object of fields' });
    else {
      const checked: Record<string, unknown> = {};
      for (const [field, raw] of Object.entries(details)) {
        const path = `details.${field}`;
        const schema = (ENTRY_DETAIL_FIELDS as readonly string[]).includes(field) ? DETAIL_SCHEMAS[field] : undefined;
        if (!schema) {
          issues.push({ path, message: `unknown field (one of ${ENTRY_DETAIL_FIELDS.join(', ')})` });
          continue;
        }
        if (raw === null) {
          checked[field] = null;
          continue;
        }
        const value = checkField(schema, DETAIL_TEXTS.has(field) ? asText(raw) : raw, path, issues);
        if (field === 'contacts' && Array.isArray(value)) {
          value.forEach((id, i) => {
            if (typeof id === 'string' && !contactIds.has(id)) issues.push({ path: `${path}.${i}`, message: `"${id}" is not a contact` });
          });
        }
        if (value !== undefined) checked[field] = value;
      }
      patch.details = checked;
    }
  }
  const answer = body['answer'];
  if (answer !== undefined) {
    const given = typeof answer === 'string' ? { fr: answer } : answer;
    if (!isObject(given)) issues.push({ path: 'answer', message: 'must be {fr, en} or a French text' });
    else {
      const merged = { fr: given['fr'] ?? current.answer.fr, en: given['en'] ?? current.answer.en };
      const value = checkField(Localized, merged, 'answer', issues);
      if (value !== undefined) patch.answer = value as { fr: string; en: string };
    }
  }
  if (issues.length === 0 && patch.details === undefined && patch.answer === undefined) {
    issues.push({ path: 'details', message: 'give details and/or answer' });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: patch };
}

/** Checks a PATCH body for a contact: `{ name?, role?, address?, phone?, email?, website?, hours?, source? }`. */
export function checkContactPatch(body: unknown): Checked<Record<string, unknown>> {
  if (!isObject(body)) return { ok: false, issues: [{ path: '(body)', message: 'must be a JSON object' }] };
  const issues: FieldIssue[] = [];
  const patch: Record<string, unknown> = {};
  for (const [field, raw] of Object.entries(body)) {
    const schema = (CONTACT_FIELDS as readonly string[]).includes(field) ? CONTACT_SCHEMAS[field] : undefined;
    if (!schema) {
      issues.push({ path: field, message: `unknown field (one of ${CONTACT_FIELDS.join(', ')})` });
      continue;
    }
    if (raw === null) {
      if (CONTACT_REQUIRED.has(field)) issues.push({ path: field, message: 'cannot be cleared' });
      else patch[field] = null;
      continue;
    }
    const value = checkField(schema, CONTACT_TEXTS.has(field) ? asText(raw) : raw, field, issues);
    if (value !== undefined) patch[field] = value;
  }
  if (issues.length === 0 && Object.keys(patch).length === 0) issues.push({ path: '(body)', message: `give at least one of ${CONTACT_FIELDS.join(', ')}` });
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: patch };
}
