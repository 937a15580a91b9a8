/**
 * The little the stores need from a database, so that each store is written once for both engines.
 *
 * SQL is written in the dialect common to SQLite ≥ 3.35 and PostgreSQL ≥ 12 (RETURNING, ON CONFLICT ... DO UPDATE,
 * LIKE ... ESCAPE) with "?" placeholders; the PostgreSQL adapter numbers them. What differs between the engines is
 * kept behind this interface or in rows.ts (which reads both engines' value types).
 */
export type SqlValue = string | number | boolean | null;
export type Row = Record<string, unknown>;

/**
 * What a write must survive. 'power-cut' (the default): on disk before the promise resolves — a remarque the bot
 * has acknowledged, a staff decision. 'crash': survives the process being killed, may lose its last moments to a
 * power cut — the bot's short-lived conversation state and the dashboard's turn events, written on every turn,
 * where a disk flush each time would cost more than the rest of the turn.
 */
export type Durability = 'power-cut' | 'crash';

export interface Db {
  /** Rows of a SELECT or of a statement with RETURNING. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement without RETURNING; resolves with the number of rows it changed. */
  execute(sql: string, params?: readonly SqlValue[], durability?: Durability): Promise<number>;
  /** A condition "column is one of ids" as a single parameter, however many ids (engines cap parameter counts). */
  inIds(column: string, ids: readonly number[]): { sql: string; params: SqlValue[] };
}
