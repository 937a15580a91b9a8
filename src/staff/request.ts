/** Reading a request the same way in the pages and the API: query, body, ids in the path, the agenda action named there. */
import type { Request } from 'restify';
import type { AgendaRecord, AgendaStore } from '../storage/types.js';
import { HttpError } from './router.js';

function plainObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function queryOf(req: Request): Record<string, unknown> {
  return plainObject(req.query) ?? {};
}

/** A parsed form or JSON body; {} when there is none (a form with no field). */
export function bodyOf(req: Request): Record<string, unknown> {
  return plainObject(req.body) ?? {};
}

/** The API wants a JSON object: anything else is a 400 that says so. */
export function jsonBodyOf(req: Request): Record<string, unknown> {
  const body = plainObject(req.body);
  if (!body) throw new HttpError(400, 'expectedJson');
  return body;
}

/** The numeric :id of the path; 404 for anything else (an id that cannot exist names nothing). */
export function numericId(req: Request): number {
  const raw: unknown = req.params?.['id'];
  if (typeof raw !== 'string' || !/^\d{1,15}$/.test(raw)) throw new HttpError(404, 'notFound');
  return Number(raw);
}

export async function agendaRecordOf(store: AgendaStore, req: Request): Promise<AgendaRecord> {
  const id: unknown = req.params?.['id'];
  const record = typeof id === 'string' ? await store.get(id) : undefined;
  if (!record) throw new HttpError(404, 'notFound');
  return record;
}
