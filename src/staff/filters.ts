/**
 * Query parameters and form fields → what the stores take. Staff and other tools may write statuses with or
 * without accents, with spaces or dashes ("à transmettre", "a-transmettre", "traitée", "traitee"): all are read as
 * the store's ids. Anything unknown is a 400 that names the value, never a silent "no filter".
 */
import { fold } from '../storage/fold.js';
import { REMARQUE_KINDS, REMARQUE_STATUSES, type RemarqueFilter, type RemarqueKind, type RemarqueStatus } from '../storage/types.js';
import { badDateMessage, parseFrenchDate } from './french-dates.js';
import { HttpError } from './router.js';

export const PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

/** "Traitée" → "traitee", "à transmettre" → "a-transmettre"; undefined when it is no status. */
export function toStatus(value: unknown): RemarqueStatus | undefined {
  if (typeof value !== 'string') return undefined;
  const id = fold(value).replace(/[\s_]+/g, '-');
  return REMARQUE_STATUSES.find((s) => s === id);
}

export function toKind(value: unknown): RemarqueKind | undefined {
  return REMARQUE_KINDS.find((k) => k === value);
}

/** A query value as a list: repeated keys (?status=a&status=b), comma-separated values, or both. */
export function list(value: unknown): string[] {
  const values = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? Object.values(value) : [value];
  return values
    .filter((v): v is string => typeof v === 'string')
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

function one(value: unknown): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

function parseList<T>(value: unknown, parse: (v: string) => T | undefined, name: string): T[] {
  return list(value).map((v) => parse(v) ?? badRequest(name, v));
}

function badRequest(name: string, value: string): never {
  throw new HttpError(400, 'invalid', [{ path: name, message: `unknown value ${JSON.stringify(value.slice(0, 50))}` }]);
}

function integer(value: unknown, name: string, min: number, max: number, fallback: number): number {
  const text = one(value);
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < min) return badRequest(name, text);
  return Math.min(n, max);
}

/** The filters staff can set on the remarques: status, kind, topic, period (from/to), text search (q). */
export interface RemarqueQuery {
  filter: RemarqueFilter;
  page: number;
  pageSize: number;
}

export function remarqueQuery(query: Record<string, unknown>): RemarqueQuery {
  const filter: RemarqueFilter = {};
  const status = parseList(query['status'], toStatus, 'status');
  const kind = parseList(query['kind'], toKind, 'kind');
  if (status.length) filter.status = status;
  if (kind.length) filter.kind = kind;
  const topic = one(query['topic']);
  // ISO days here (the API's contract; the stores refuse anything else, naming the field): the console's pages read
  // French days with readPeriod first.
  const from = one(query['from']);
  const to = one(query['to']);
  const search = one(query['q']) ?? one(query['search']);
  if (topic) filter.topic = topic;
  if (from) filter.from = from;
  if (to) filter.to = to;
  if (search) filter.search = search;
  const pageSize = integer(query['limit'], 'limit', 1, MAX_PAGE_SIZE, PAGE_SIZE);
  const offset = query['offset'] === undefined ? undefined : integer(query['offset'], 'offset', 0, Number.MAX_SAFE_INTEGER, 0);
  const page = offset === undefined ? integer(query['page'], 'page', 1, 1_000_000, 1) : Math.floor(offset / pageSize) + 1;
  filter.limit = pageSize;
  filter.offset = offset ?? (page - 1) * pageSize;
  return { filter, page, pageSize };
}

/** The labels the console shows beside the period's two dates (the error sentence names the field by them). */
export const PERIOD_LABELS = { from: 'Du', to: 'Au' } as const;

export interface PeriodInput {
  /** The days read, ISO (aaaa-mm-jj), for the stores. */
  period: { from?: string; to?: string };
  /** What was typed, to show it again as it was. */
  typed: { from?: string; to?: string };
  /** A French sentence per refused field. */
  errors: { from?: string; to?: string };
}

/**
 * `from` and `to` of a console page, as staff type them (06/12/2026) or as links send them (2026-12-06). The JSON API
 * keeps ISO only: another tool's "06/12/2026" could mean June, and a refusal is better than a guess.
 */
export function readPeriod(query: Record<string, unknown>): PeriodInput {
  const out: PeriodInput = { period: {}, typed: {}, errors: {} };
  for (const name of ['from', 'to'] as const) {
    const typed = one(query[name]);
    if (typed === undefined) continue;
    out.typed[name] = typed;
    const day = parseFrenchDate(typed);
    if (day === undefined) out.errors[name] = badDateMessage(PERIOD_LABELS[name], typed);
    else out.period[name] = day;
  }
  return out;
}

/** The same filters as a query string (for pagination links and export links), without paging. */
export function filterToQuery(filter: RemarqueFilter, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const s of filter.status ?? []) params.append('status', s);
  for (const k of filter.kind ?? []) params.append('kind', k);
  if (filter.topic) params.set('topic', filter.topic);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  if (filter.search) params.set('q', filter.search);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Remarque ids from a body: an array of numbers (API) or checkbox values, some of them "1,2,3" for a whole group. */
export function idList(value: unknown, max: number): number[] {
  const raw = typeof value === 'number' ? [String(value)] : Array.isArray(value) && value.every((v) => typeof v === 'number') ? value.map(String) : list(value);
  const ids = [...new Set(raw.map((v) => (/^\d{1,15}$/.test(v) ? Number(v) : badRequest('ids', v))))];
  if (ids.length > max) throw new HttpError(400, 'tooMany', [{ path: 'ids', message: `at most ${max}` }]);
  return ids;
}

export { one as singleValue };
