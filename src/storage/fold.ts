/**
 * Folding for search: staff type "creche" or "ECOLE" and expect "Crèche" and "école". Both engines compare a folded
 * copy stored next to the text with a folded search term, so neither needs an accent-aware collation (SQLite has
 * none built in, PostgreSQL's unaccent is an extension that may not be installed).
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

/** A LIKE pattern that finds `term` anywhere, with LIKE's own wildcards taken literally (use with ESCAPE '\'). */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
