/**
 * Lowercase without accents or ligatures — what residents type on phones with no accents ("creche", "ECOLE") must
 * meet what the knowledge and the records write ("Crèche", "école"). Shared by the engine's normaliser and the
 * storage's search folding, which then each do their own part (words for the engine, LIKE patterns for storage).
 */
export function withoutAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}
