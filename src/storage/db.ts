/**
 * The little the stores need from a database, so that each store is written once for both engines.
 *
 * SQL is written in the dialect common to SQLite ≥ 3.35 and PostgreSQL ≥ 12 (RETURNING, ON CONFLICT ... DO UPDATE,
 * LIKE ... ESCAPE) with "?" placeholders; the PostgreSQL adapter numbers them. What differs between the engines is
 * kept behind this interface or in rows.ts (which reads both engines' value types).
 */
export type SqlValue = string | number | boolean | null;
export type Row = Record<string, unknown>;

export interface Db {
  /** Rows of a SELECT or of a statement with RETURNING. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs a statement without RETURNING; resolves with the number of rows it changed. */
  execute(sql: string, params?: readonly SqlValue[]): Promise<number>;
  /** A condition "column is one of ids" as a single parameter, however many ids (engines cap parameter counts). */
  inIds(column: string, ids: readonly number[]): { sql: string; params: SqlValue[] };
}
