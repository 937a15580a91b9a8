const ASCII = /^[\x00-\x7f]*$/;

/** A word as the name lists hold it: lower case, without accents or apostrophe variants ("Aïcha" → "aicha"). */
export function foldName(word: string): string {
  // Plain ASCII (most words) has no accents to remove nor curly apostrophe: lower case is all (NFD is costly).
  if (ASCII.test(word)) return word.toLowerCase();
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/’/g, "'")
    .toLowerCase();
}
