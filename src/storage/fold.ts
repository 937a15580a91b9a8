/**
 * Folding for search: staff type "creche" or "ECOLE" and expect "Crèche" and "école". Both engines compare a folded
 * copy stored next to the text with a folded search term, so neither needs an accent-aware collation (SQLite has
 * none built in, PostgreSQL's unaccent is an extension that may not be installed).
 */
import { withoutAccents } from '../text/accents.js';

export function fold(text: string): string {
  return withoutAccents(text)
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern that finds `term` anywhere, with LIKE's own wildcards taken literally (use with ESCAPE '\'). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
