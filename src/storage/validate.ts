/**
 * Checks what callers hand to the stores, once for both engines. TypeScript already checks our own calls; this is
 * for what comes from outside at run time (the staff console's HTTP bodies, the bot's activity data) and for the
 * privacy rules that types cannot express: a channel is a short name like "webchat", never a conversation id; a
 * password is stored only as a scrypt hash.
 */
import { StorageValidationError } from './errors.js';
import { isDateOnly, toBound, toInstant } from './time.js';
import {
  REMARQUE_KINDS,
  REMARQUE_STATUSES,
  type AgendaRecord,
  type NewRemarque,
  type RemarqueFilter,
  type RemarqueKind,
  type RemarquePatch,
  type RemarqueStatus,
  type StaffSession,
  type TurnEvent,
} from './types.js';

export const DEFAULT_LIST_LIMIT = 50;
export const MAX_LIST_LIMIT = 1000;
export const TURN_KINDS = ['answer', 'clarify', 'fallback'] as const;

const fail = (field: string, message: string): never => {
  throw new StorageValidationError(field, message);
};

export function oneOf<T extends string>(values: readonly T[], value: unknown, field: string): T {
  const found = values.find((v) => v === value);
  return found ?? fail(field, `must be one of ${values.join(', ')} (got ${JSON.stringify(value)})`);
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') return fail(field, 'must be a string');
  if (value.trim() === '') return fail(field, 'must not be empty');
  if (value.length > max) return fail(field, `must be at most ${max} characters`);
  if (CONTROL.test(value)) return fail(field, 'must not contain control characters');
  return value;
}

export function optionalText(value: unknown, field: string, max: number): string | null {
  return value === undefined || value === null ? null : text(value, field, max);
}

/** Knowledge ids (topics, entries, agenda items): lowercase words joined by "-", as in knowledge/. */
const SLUG = /^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/;
export function slug(value: unknown, field: string): string {
  return typeof value === 'string' && value.length <= 100 && SLUG.test(value)
    ? value
    : fail(field, 'must be an id made of lowercase letters, digits and "-" (e.g. bus-sante)');
}
export function optionalSlug(value: unknown, field: string): string | null {
  return value === undefined || value === null ? null : slug(value, field);
}

/** "fr", "en", "ar", "fr-FR"... */
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
export function locale(value: unknown, field = 'locale'): string {
  return typeof value === 'string' && value.length <= 35 && LOCALE.test(value)
    ? value
    : fail(field, 'must be a language tag such as fr or en');
}

/**
 * A channel kind ("webchat", "msteams", "directline"), short on purpose: a conversation or user id passed here by
 * mistake would be longer or contain characters outside this set, and is refused instead of stored.
 */
const CHANNEL = /^[a-z][a-z0-9._-]{0,31}$/i;
export function channel(value: unknown, field = 'channel'): string {
  return typeof value === 'string' && CHANNEL.test(value)
    ? value
    : fail(field, 'must be a channel name such as webchat (letters, digits, . _ -, at most 32)');
}

export function id(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

export function ids(values: unknown, field = 'ids'): number[] {
  if (!Array.isArray(values)) return fail(field, 'must be an array of ids');
  const out = new Set<number>();
  for (const v of values) {
    if (!id(v)) return fail(field, `contains an invalid id: ${JSON.stringify(v)}`);
    out.add(v);
  }
  return [...out];
}

function integer(value: unknown, field: string, min: number): number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= min
    ? value
    : fail(field, `must be an integer ≥ ${min}`);
}

export function limit(value: unknown, fallback: number, field = 'limit'): number {
  return value === undefined ? fallback : Math.min(integer(value, field, 0), MAX_LIST_LIMIT);
}

// ---------------------------------------------------------------------------------------------------------------
// Remarques

/** The text limit of the store: redact() caps at 2,000, the margin covers a caller with a larger cap. */
const REMARQUE_TEXT_MAX = 10_000;
const NOTE_MAX = 4_000;

export function newRemarque(input: NewRemarque): NewRemarque {
  if (typeof input !== 'object' || input === null) return fail('remarque', 'must be an object');
  const score = input.score;
  if (score !== null && (typeof score !== 'number' || !Number.isFinite(score))) fail('score', 'must be a number or null');
  return {
    text: text(input.text, 'text', REMARQUE_TEXT_MAX),
    kind: oneOf(REMARQUE_KINDS, input.kind, 'kind'),
    locale: locale(input.locale),
    channel: channel(input.channel),
    topic: optionalSlug(input.topic, 'topic'),
    score,
    entryId: optionalSlug(input.entryId, 'entryId'),
  };
}

export function remarquePatch(patch: RemarquePatch): RemarquePatch {
  if (typeof patch !== 'object' || patch === null) return fail('patch', 'must be an object');
  const out: RemarquePatch = {};
  if (patch.status !== undefined) out.status = oneOf(REMARQUE_STATUSES, patch.status, 'status');
  if (patch.note !== undefined) {
    // An emptied note field in the console means "no note".
    out.note = patch.note === null || (typeof patch.note === 'string' && patch.note.trim() === '') ? null : text(patch.note, 'note', NOTE_MAX);
  }
  return out;
}

export interface NormalFilter {
  status: RemarqueStatus[];
  kind: RemarqueKind[];
  topic: string | null;
  from: string | null;
  to: string | null;
  search: string | null;
  limit: number;
  offset: number;
}

/** An empty status or kind list means "no filter", as an unticked group of checkboxes does in the console. */
export function remarqueFilter(filter: RemarqueFilter): NormalFilter {
  if (typeof filter !== 'object' || filter === null) return fail('filter', 'must be an object');
  const list = <T extends string>(values: readonly T[], value: unknown, field: string): T[] => {
    if (value === undefined) return [];
    if (!Array.isArray(value)) return fail(field, 'must be an array');
    return [...new Set(value.map((v) => oneOf(values, v, field)))];
  };
  return {
    status: list(REMARQUE_STATUSES, filter.status, 'status'),
    kind: list(REMARQUE_KINDS, filter.kind, 'kind'),
    topic: filter.topic === undefined || filter.topic === '' ? null : slug(filter.topic, 'topic'),
    from: filter.from === undefined || filter.from === '' ? null : toBound(filter.from, 'start', 'from'),
    to: filter.to === undefined || filter.to === '' ? null : toBound(filter.to, 'end', 'to'),
    search: filter.search === undefined ? null : text(filter.search, 'search', 200),
    limit: limit(filter.limit, DEFAULT_LIST_LIMIT),
    offset: filter.offset === undefined ? 0 : integer(filter.offset, 'offset', 0),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Turn events

export function turnEvent(event: TurnEvent): TurnEvent {
  if (typeof event !== 'object' || event === null) return fail('event', 'must be an object');
  return {
    at: toInstant(event.at, 'at'),
    kind: oneOf(TURN_KINDS, event.kind, 'kind'),
    topic: optionalSlug(event.topic, 'topic'),
    channel: channel(event.channel),
    locale: locale(event.locale),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Agenda

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const localDate = (value: unknown, field: string): string =>
  typeof value === 'string' && isDateOnly(value) ? value : fail(field, 'must be a date YYYY-MM-DD');
const localTime = (value: unknown, field: string): string =>
  typeof value === 'string' && TIME.test(value) ? value : fail(field, 'must be a time HH:MM (24 h)');

function localized(value: unknown, field: string): { fr: string; en: string } {
  if (typeof value !== 'object' || value === null) return fail(field, 'must have fr and en');
  const fr: unknown = Reflect.get(value, 'fr');
  const en: unknown = Reflect.get(value, 'en');
  return { fr: text(fr, `${field}.fr`, 2000), en: text(en, `${field}.en`, 2000) };
}

export type AgendaInput = Omit<AgendaRecord, 'updatedAt'>;

/** Rebuilt field by field: unknown keys are dropped, optional ones are left out rather than stored as null. */
export function agendaRecord(record: AgendaInput): AgendaInput {
  if (typeof record !== 'object' || record === null) return fail('agenda', 'must be an object');
  if (typeof record.sample !== 'boolean') fail('sample', 'must be true or false');
  const out: AgendaInput = {
    id: slug(record.id, 'id'),
    topic: slug(record.topic, 'topic'),
    title: localized(record.title, 'title'),
    date: localDate(record.date, 'date'),
    time: localTime(record.time, 'time'),
    place: localized(record.place, 'place'),
    sample: record.sample,
    updatedBy: optionalText(record.updatedBy, 'updatedBy', 100),
  };
  if (record.entry !== undefined) out.entry = slug(record.entry, 'entry');
  if (record.endTime !== undefined) out.endTime = localTime(record.endTime, 'endTime');
  if (record.description !== undefined) out.description = localized(record.description, 'description');
  if (record.registration !== undefined) out.registration = localized(record.registration, 'registration');
  if (record.price !== undefined) out.price = localized(record.price, 'price');
  if (record.repeat !== undefined) {
    out.repeat = {
      every: oneOf(['week', 'month'] as const, record.repeat.every, 'repeat.every'),
      until: localDate(record.repeat.until, 'repeat.until'),
    };
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Staff

/** Staff log-in names: short, no spaces, so they read well in the audit log. */
const LOGIN = /^[\p{L}\p{N}._@-]{2,64}$/u;
export function login(value: unknown, field = 'username'): string {
  return typeof value === 'string' && LOGIN.test(value)
    ? value
    : fail(field, 'must be 2 to 64 letters, digits or . _ @ -');
}

/** Refusing anything else is what keeps a plain password from ever being stored by a slip of the caller. */
const SCRYPT_HASH = /^scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}$/;
export function passwordHash(value: unknown): string {
  return typeof value === 'string' && SCRYPT_HASH.test(value)
    ? value
    : fail('passwordHash', 'must be a scrypt hash scrypt$N$r$p$salt$hash (base64), never a password');
}

/** Only the SHA-256 of a session token is stored; anything else is refused. */
const SHA256_HEX = /^[0-9a-f]{64}$/;
export function tokenHash(value: unknown): string {
  return typeof value === 'string' && SHA256_HEX.test(value)
    ? value
    : fail('tokenHash', 'must be a SHA-256 in lowercase hex (64 characters)');
}

export function staffSession(session: StaffSession): StaffSession {
  if (typeof session !== 'object' || session === null) return fail('session', 'must be an object');
  return {
    tokenHash: tokenHash(session.tokenHash),
    username: login(session.username),
    csrfToken: text(session.csrfToken, 'csrfToken', 200),
    expiresAt: toInstant(session.expiresAt, 'expiresAt'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Bot state

export function stateKey(value: unknown): string {
  return typeof value === 'string' && value.length > 0 && value.length <= 256 && !CONTROL.test(value)
    ? value
    : fail('key', 'must be a non-empty string of at most 256 characters');
}

export function jsonValue(value: unknown): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(value);
  } catch (error) {
    return fail('value', `cannot be stored as JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  return json === undefined ? fail('value', 'cannot be stored as JSON (undefined or a function)') : json;
}
