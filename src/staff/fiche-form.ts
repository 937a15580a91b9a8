/**
 * The fiche forms of the console (plain HTML, no script) ↔ the API's patches: a form sends every field; the patch
 * holds only what changed, an emptied field becoming null (cleared). The API then checks it, so the page and the
 * API refuse exactly the same things. Errors come back as schema paths ("details.phone") and are put next to the
 * form's field ("phone") with a French sentence staff understand.
 */
import { DETAIL_PLAIN_FIELDS, DETAIL_TEXT_FIELDS, type Contact, type Entry } from '../knowledge/schema.js';
import type { FieldIssue } from '../fiches/fields.js';
import type { TextKey } from './text.js';
import { parseFrenchDate, toFrenchDate } from './french-dates.js';

export type FormValues = Record<string, string | string[]>;

const CONTACT_TEXT_FIELDS = ['role', 'hours'] as const;
const CONTACT_PLAIN_FIELDS = ['name', 'address', 'phone', 'email', 'website'] as const;

function one(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}

function many(value: string | string[] | undefined): string[] {
  return (Array.isArray(value) ? value : value === undefined || value === '' ? [] : [value]).map((v) => v.trim()).filter(Boolean);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** A form body (parsed by restify) as strings, without the CSRF token. */
export function formValues(body: Record<string, unknown>): FormValues {
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k === '_csrf') continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

type TextValue = { fr: string; en?: string | undefined } | undefined;

/** Puts a field's change in `patch` when it differs from what residents see now; empty means cleared. */
function textChange(patch: Record<string, unknown>, field: string, form: FormValues, current: TextValue): void {
  const fr = one(form[`${field}_fr`]);
  const en = one(form[`${field}_en`]);
  if (fr === '' && en === '') {
    if (current !== undefined) patch[field] = null;
    return;
  }
  const value = en === '' ? { fr } : { fr, en };
  if (!same(value, current ? { fr: current.fr, ...(current.en !== undefined && { en: current.en }) } : undefined)) patch[field] = value;
}

function plainChange(patch: Record<string, unknown>, field: string, form: FormValues, current: string | undefined): void {
  const value = one(form[field]);
  if (value === '') {
    if (current !== undefined) patch[field] = null;
  } else if (value !== current) patch[field] = value;
}

function sourceChange(patch: Record<string, unknown>, form: FormValues, current: { url?: string | undefined; checked: string; note?: string | undefined } | undefined): void {
  const url = one(form['source_url']);
  // Typed the French way (06/12/2026) or ISO; something else stays as typed, for the schema to refuse and name.
  const typedDay = one(form['source_checked']);
  const checked = parseFrenchDate(typedDay) ?? typedDay;
  const note = one(form['source_note']);
  if (url === '' && typedDay === '' && note === '') {
    if (current !== undefined) patch['source'] = null;
    return;
  }
  const value = { ...(url && { url }), checked, ...(note && { note }) };
  const now = current ? { ...(current.url && { url: current.url }), checked: current.checked, ...(current.note && { note: current.note }) } : undefined;
  if (!same(value, now)) patch['source'] = value;
}

export function entryToForm(entry: Entry): FormValues {
  const d = entry.details;
  const values: FormValues = { answer_fr: entry.answer.fr, answer_en: entry.answer.en };
  for (const f of DETAIL_TEXT_FIELDS) {
    values[`${f}_fr`] = d[f]?.fr ?? '';
    values[`${f}_en`] = d[f]?.en ?? '';
  }
  for (const f of DETAIL_PLAIN_FIELDS) values[f] = d[f] ?? '';
  values['contacts_primary'] = d.contacts?.[0] ?? '';
  values['contacts'] = d.contacts?.slice(1) ?? [];
  values['source_url'] = d.source?.url ?? '';
  values['source_checked'] = toFrenchDate(d.source?.checked ?? '');
  values['source_note'] = d.source?.note ?? '';
  return values;
}

/** The API body for what the entry form changed: `{ details?, answer? }`, or undefined when nothing did. */
export function entryFormToPatch(form: FormValues, entry: Entry): Record<string, unknown> | undefined {
  const details: Record<string, unknown> = {};
  for (const f of DETAIL_TEXT_FIELDS) textChange(details, f, form, entry.details[f]);
  for (const f of DETAIL_PLAIN_FIELDS) plainChange(details, f, form, entry.details[f]);
  const primary = one(form['contacts_primary']);
  const contacts = [...new Set([...(primary ? [primary] : []), ...many(form['contacts'])])];
  if (contacts.length === 0) {
    if (entry.details.contacts !== undefined) details['contacts'] = null;
  } else if (!same(contacts, entry.details.contacts)) details['contacts'] = contacts;
  sourceChange(details, form, entry.details.source);
  const answer = { fr: one(form['answer_fr']), en: one(form['answer_en']) };
  const body: Record<string, unknown> = {};
  if (Object.keys(details).length > 0) body['details'] = details;
  if (!same(answer, { fr: entry.answer.fr, en: entry.answer.en })) body['answer'] = answer;
  return Object.keys(body).length > 0 ? body : undefined;
}

export function contactToForm(contact: Contact): FormValues {
  const values: FormValues = {};
  for (const f of CONTACT_PLAIN_FIELDS) values[f] = contact[f] ?? '';
  for (const f of CONTACT_TEXT_FIELDS) {
    values[`${f}_fr`] = contact[f]?.fr ?? '';
    values[`${f}_en`] = contact[f]?.en ?? '';
  }
  values['source_url'] = contact.source?.url ?? '';
  values['source_checked'] = toFrenchDate(contact.source?.checked ?? '');
  values['source_note'] = contact.source?.note ?? '';
  return values;
}

export function contactFormToPatch(form: FormValues, contact: Contact): Record<string, unknown> | undefined {
  const patch: Record<string, unknown> = {};
  for (const f of CONTACT_PLAIN_FIELDS) plainChange(patch, f, form, contact[f]);
  for (const f of CONTACT_TEXT_FIELDS) textChange(patch, f, form, contact[f]);
  sourceChange(patch, form, contact.source);
  return Object.keys(patch).length > 0 ? patch : undefined;
}

/** "details.place.fr" → "place_fr", "details.phone" → "phone", "answer.en" → "answer_en", "details.contacts.1" → "contacts". */
export function formFieldOf(path: string): string {
  const parts = path.split('.').filter((p) => p !== 'details');
  const [field = '', sub] = parts;
  if (field === 'contacts') return 'contacts';
  if (field === 'source') return `source_${sub && ['url', 'checked', 'note'].includes(sub) ? sub : 'url'}`;
  if ((DETAIL_TEXT_FIELDS as readonly string[]).includes(field) || ['answer', 'role', 'hours'].includes(field)) return `${field}_${sub === 'en' ? 'en' : 'fr'}`;
  return field;
}

/** The French sentence shown next to a refused field. */
export function messageKeyOf(issue: FieldIssue): TextKey {
  const field = formFieldOf(issue.path);
  if (field === 'phone') return 'fiches.messages.phone';
  if (field === 'email') return 'fiches.messages.email';
  if (field === 'website' || field === 'source_url') return issue.message.includes('url') || issue.message.includes('official') ? 'fiches.messages.source' : 'fiches.messages.website';
  if (field === 'source_checked') return 'fiches.messages.date';
  if (field === 'contacts') return 'fiches.messages.contacts';
  if (field.endsWith('_fr')) return 'fiches.messages.french';
  if (field === 'name') return 'fiches.messages.required';
  return 'fiches.messages.other';
}

/** Form field → the message key of its first problem. */
export function formErrors(issues: readonly FieldIssue[]): Map<string, TextKey> {
  const errors = new Map<string, TextKey>();
  for (const issue of issues) {
    const field = formFieldOf(issue.path);
    if (!errors.has(field)) errors.set(field, messageKeyOf(issue));
  }
  return errors;
}
