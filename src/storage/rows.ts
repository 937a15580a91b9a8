/**
 * Rows back into the types of types.ts, for both engines: SQLite returns timestamps as the ISO text we wrote and
 * integers as numbers; PostgreSQL returns timestamptz as Date and count(*) as a string (bigint). A value of an
 * unexpected type means the schema and the code disagree: that is thrown, not guessed.
 */
import type { Row } from './db.js';
import type { AgendaRecord, AuditRecord, FicheVersion, Remarque, StaffSession, StaffUser, TaughtPhrasing } from './types.js';
import { FICHE_KINDS, REMARQUE_KINDS, REMARQUE_STATUSES } from './types.js';

function broken(row: Row, column: string, expected: string): never {
  throw new TypeError(`Column ${column} should hold ${expected}, got ${JSON.stringify(row[column])}`);
}

export function str(row: Row, column: string): string {
  const v = row[column];
  return typeof v === 'string' ? v : broken(row, column, 'text');
}

export function strOrNull(row: Row, column: string): string | null {
  const v = row[column];
  return v === null || v === undefined ? null : str(row, column);
}

export function int(row: Row, column: string): number {
  const v = row[column];
  const n = typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : typeof v === 'bigint' ? Number(v) : v;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : broken(row, column, 'an integer');
}

export function intOrNull(row: Row, column: string): number | null {
  const v = row[column];
  return v === null || v === undefined ? null : int(row, column);
}

export function numOrNull(row: Row, column: string): number | null {
  const v = row[column];
  if (v === null || v === undefined) return null;
  return typeof v === 'number' ? v : broken(row, column, 'a number');
}

export function instant(row: Row, column: string): string {
  const v = row[column];
  if (v instanceof Date) return v.toISOString();
  return typeof v === 'string' ? new Date(v).toISOString() : broken(row, column, 'a timestamp');
}

export function instantOrNull(row: Row, column: string): string | null {
  const v = row[column];
  return v === null || v === undefined ? null : instant(row, column);
}

export function bool(row: Row, column: string): boolean {
  const v = row[column];
  if (typeof v === 'boolean') return v;
  return v === 0 || v === 1 ? v === 1 : broken(row, column, 'a boolean');
}

function member<T extends string>(values: readonly T[], row: Row, column: string): T {
  const v = row[column];
  return values.find((x) => x === v) ?? broken(row, column, `one of ${values.join(', ')}`);
}

export function toRemarque(row: Row): Remarque {
  return {
    id: int(row, 'id'),
    createdAt: instant(row, 'created_at'),
    updatedAt: instant(row, 'updated_at'),
    status: member(REMARQUE_STATUSES, row, 'status'),
    kind: member(REMARQUE_KINDS, row, 'kind'),
    text: str(row, 'text'),
    note: strOrNull(row, 'note'),
    locale: str(row, 'locale'),
    channel: str(row, 'channel'),
    topic: strOrNull(row, 'topic'),
    score: numOrNull(row, 'score'),
    entryId: strOrNull(row, 'entry_id'),
  };
}

export function toPhrasing(row: Row): TaughtPhrasing {
  return {
    id: int(row, 'id'),
    entryId: str(row, 'entry_id'),
    text: str(row, 'text'),
    locale: str(row, 'locale'),
    remarqueId: intOrNull(row, 'remarque_id'),
    createdAt: instant(row, 'created_at'),
    createdBy: str(row, 'created_by'),
    revertedAt: instantOrNull(row, 'reverted_at'),
    revertedBy: strOrNull(row, 'reverted_by'),
  };
}

export function toAudit(row: Row): AuditRecord {
  return {
    id: int(row, 'id'),
    at: instant(row, 'at'),
    actor: str(row, 'actor'),
    action: str(row, 'action'),
    target: str(row, 'target'),
    details: strOrNull(row, 'details'),
  };
}

export function toStaffUser(row: Row): StaffUser {
  return { username: str(row, 'login'), passwordHash: str(row, 'password_hash'), createdAt: instant(row, 'created_at') };
}

export function toSession(row: Row): StaffSession {
  return {
    tokenHash: str(row, 'token_hash'),
    username: str(row, 'login'),
    csrfToken: str(row, 'csrf_token'),
    expiresAt: instant(row, 'expires_at'),
  };
}

/** Agenda items are stored as JSON (written by agenda-store.ts from a validated record) plus bookkeeping columns. */
export function toAgenda(row: Row): AgendaRecord {
  const data: unknown = JSON.parse(str(row, 'data'));
  if (typeof data !== 'object' || data === null) return broken(row, 'data', 'a JSON object');
  return {
    ...(data as Omit<AgendaRecord, 'id' | 'updatedAt' | 'updatedBy'>),
    id: str(row, 'id'),
    updatedAt: instant(row, 'updated_at'),
    updatedBy: strOrNull(row, 'updated_by'),
  };
}

function jsonObject(row: Row, column: string): Record<string, unknown> {
  const data: unknown = JSON.parse(str(row, column));
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : broken(row, column, 'a JSON object');
}

export function toFicheVersion(row: Row): FicheVersion {
  return {
    id: int(row, 'id'),
    kind: member(FICHE_KINDS, row, 'kind'),
    targetId: str(row, 'target_id'),
    data: jsonObject(row, 'data'),
    patch: jsonObject(row, 'patch'),
    createdAt: instant(row, 'created_at'),
    createdBy: str(row, 'created_by'),
    revertedAt: instantOrNull(row, 'reverted_at'),
    revertedBy: strOrNull(row, 'reverted_by'),
  };
}

/** The single row a statement with RETURNING gives back. */
export function single(rows: Row[]): Row {
  const row = rows[0];
  if (!row) throw new Error('The statement returned no row');
  return row;
}
