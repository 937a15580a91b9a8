/**
 * Staff overrides merged over the shipped YAML. An override maps a field to its new value, or to null when staff
 * cleared it; fields it does not name keep the YAML's value, so a new release of the knowledge still reaches
 * residents wherever staff did not step in.
 */
import type { Contact, Entry } from '../knowledge/schema.js';
import type { ContactOverride, EntryOverride, Stamps } from './fields.js';

export function applyFields<T extends object>(base: T, override: Record<string, unknown> | undefined): T {
  if (!override) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [field, value] of Object.entries(override)) {
    if (value === null) delete out[field];
    else out[field] = value;
  }
  return out as T;
}

export function mergeEntry(entry: Entry, override: EntryOverride): Entry {
  return { ...entry, answer: override.answer ?? entry.answer, details: applyFields(entry.details, override.details) };
}

export function mergeContact(contact: Contact, override: ContactOverride): Contact {
  return applyFields(contact, override.fields);
}

function stamped(previous: Stamps | undefined, fields: string[], stamp: { by: string; at: string }): Stamps {
  const stamps: Stamps = { ...previous };
  for (const field of fields) stamps[field] = stamp;
  return stamps;
}

/** A fiche's override after one more change: the change's fields win (stamped with who and when), the others stay. */
export function combineEntry(previous: EntryOverride, patch: EntryOverride, stamp: { by: string; at: string }): EntryOverride {
  const details = previous.details || patch.details ? { ...previous.details, ...patch.details } : undefined;
  const answer = patch.answer ?? previous.answer;
  const changed = [...Object.keys(patch.details ?? {}), ...(patch.answer ? ['answer'] : [])];
  return { ...(details && { details }), ...(answer && { answer }), stamps: stamped(previous.stamps, changed, stamp) };
}

export function combineContact(previous: ContactOverride, fields: Record<string, unknown>, stamp: { by: string; at: string }): ContactOverride {
  return { fields: { ...previous.fields, ...fields }, stamps: stamped(previous.stamps, Object.keys(fields), stamp) };
}

function objectAt(data: Record<string, unknown>, key: string): Record<string, unknown> | undefined {
  const value = data[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Reads a stored override back (the store keeps plain JSON objects). */
export function entryOverrideOf(data: Record<string, unknown>): EntryOverride {
  const details = objectAt(data, 'details');
  const answer = objectAt(data, 'answer');
  const stamps = objectAt(data, 'stamps');
  return {
    ...(details && { details }),
    ...(answer && { answer: answer as { fr: string; en: string } }),
    ...(stamps && { stamps: stamps as Stamps }),
  };
}

export function contactOverrideOf(data: Record<string, unknown>): ContactOverride {
  const fields = objectAt(data, 'fields');
  const stamps = objectAt(data, 'stamps');
  return { ...(fields && { fields }), ...(stamps && { stamps: stamps as Stamps }) };
}
