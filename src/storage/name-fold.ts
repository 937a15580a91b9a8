/** A word as the name lists hold it: lower case, without accents or apostrophe variants ("Aïcha" → "aicha"). */
export function foldName(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase();
}
