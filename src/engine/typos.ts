/**
 * What residents' misspellings look like, for matching their words to the knowledge's (search-index.ts).
 *
 * Residents write French as it sounds ("arceler", "formassion", "cartier", "travaye", "fiye") and type fast
 * (dropped, doubled and swapped letters). Two tools, both over words already folded (lowercase, no accents):
 *
 *  - `phoneticKey`: a rough French sound key. Spellings of one sound meet ("harcèlement", "arcelemen" →
 *    "arselemA"; "quartier", "cartier" → "kartie"; "travaille", "travaye" → "trave").
 *  - `typoCost`: an edit distance where the edits of real typing cost 1 — a letter dropped or added, two letters
 *    swapped, a key next to the right one, a vowel for a vowel, a letter of the same sound — and any other letter
 *    for another costs 2. This is what stops the false friends of a plain edit distance: "constitu" is 3 from
 *    "constip", "conducteur" 3 from "convecteur" (two unrelated consonants), while "cherhce" is 1 from "cherche".
 */

/** Rewrites applied in order to a folded word: (pattern, replacement). Upper-case letters are sounds, not letters. */
const SOUND_RULES: readonly [RegExp, string][] = [
  // SMS writes the nasal "in"/"un" as a 1 ("bi1", "souti1", "chac1", "kelk1").
  [/(?<=[a-z])1/g, 'un'],
  [/[^a-z]/g, ''],
  [/ph/g, 'f'],
  [/(sch|sh|ch)/g, 'C'],
  [/(?<![cs])h/g, ''],
  [/qu|q|ck/g, 'k'],
  [/gu(?=[eiy])/g, 'g'],
  [/ge(?=[aou])/g, 'j'],
  [/g(?=[eiy])/g, 'j'],
  // "S": an s sound written otherwise ("formation", "ce", "passe"), so that "formassion" meets "formation".
  [/tion/g, 'Sion'],
  [/ss|sc(?=[eiy])|c(?=[eiy])/g, 'S'],
  [/c/g, 'k'],
  // A final x is silent ("veux", "deux", "travaux"): "veu" and "veux" sound alike.
  [/(?<=[aeiou])x$/g, ''],
  [/x/g, 'kS'],
  [/w/g, 'v'],
  // "ville", "village", "mille", "tranquille" say their l ("vile" ~ "ville"), unlike "fille" and "famille".
  [/^(v|m|trank)ill/g, '$1il'],
  [/([aeiou])il(l)?(?=e|$)/g, '$1i'],
  [/([aeiou])ill/g, '$1i'],
  [/ill(?=e|$)/g, 'i'],
  [/y/g, 'i'],
  [/(eau|au)/g, 'o'],
  [/(ai|ei)/g, 'e'],
  [/oi/g, 'wa'],
  [/ou/g, 'U'],
  // Residents write one "s" for two and "z" for "s" alike: every s sound is one letter in the key.
  [/[Sz]/g, 's'],
  // A final "um" is "om" ("forum", "album", "maximum": "forome" ~ "forum"); "ien" is "i" + "in" ("soutien", "bien",
  // "rien": "souti1", "bi1"), not the "an" of "enfant".
  [/um$/g, 'ome'],
  [/ien(?![aeiou]|n|m|t|c)/g, 'iin'],
  [/(ain|ein|in|im|un|um)(?![aeiou]|n|m)/g, 'I'],
  [/(an|am|en|em)(?![aeiou]|n|m)/g, 'A'],
  [/(on|om)(?![aeiou]|n|m)/g, 'O'],
  [/(er|ez|et)$/g, 'e'],
  [/([a-zA-Z])\1+/g, '$1'],
];
/** Silent endings, removed while there are any ("lunettes" and "lunete" both → "lun"), two letters kept; see phoneticKey. */
const SILENT_END = /(?<=..)(e|[stdxp]+)$/;

/** A rough French sound key of a folded word ("" for words without letters). */
export function phoneticKey(word: string): string {
  let key = word;
  for (const [pattern, replacement] of SOUND_RULES) key = key.replace(pattern, replacement);
  for (let end = SILENT_END.exec(key); end; end = SILENT_END.exec(key)) {
    key = key.slice(0, end.index);
    // An s before a final e is said ("place", "chose", "cherhce"): "place" is not "plat", nor "cherhce" "cher".
    if (end[0] === 'e' && key.endsWith('s')) break;
  }
  return key.replace(/([a-zA-Z])\1+/g, '$1');
}

const KEYBOARD_ROWS = ['azertyuiop', 'qsdfghjklm', 'wxcvbn', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/**
 * Keys one above the other on a phone's AZERTY keyboard (the top row over the middle one, "q" over "w"): a thumb slips
 * up or down as often as sideways ("fqire" is "faire", "forjm" "forum").
 */
const KEYBOARD_COLUMNS = ['aq', 'zs', 'ed', 'rf', 'tg', 'yh', 'uj', 'ik', 'ol', 'pm', 'qw'];
const VOWELS = new Set('aeiouy');
/** Letters that often stand for the same sound in French spelling. */
const SAME_SOUND = [['c', 'k', 'q', 's'], ['s', 'z', 'c'], ['f', 'v'], ['g', 'j'], ['m', 'n'], ['d', 't'], ['b', 'p'], ['i', 'y']];

const cheap = new Set<string>();
for (const row of KEYBOARD_ROWS) {
  for (let i = 0; i + 1 < row.length; i++) {
    cheap.add(`${row[i]}${row[i + 1]}`);
    cheap.add(`${row[i + 1]}${row[i]}`);
  }
}
for (const [a, b] of KEYBOARD_COLUMNS) {
  cheap.add(`${a}${b}`);
  cheap.add(`${b}${a}`);
}
for (const group of SAME_SOUND) for (const a of group) for (const b of group) if (a !== b) cheap.add(`${a}${b}`);

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  if (VOWELS.has(a) && VOWELS.has(b)) return 1;
  return cheap.has(`${a}${b}`) ? 1 : 2;
}

/**
 * Edit distance with typing-shaped costs (see the module comment), stopping early: returns `limit + 1` as soon as
 * the cost is sure to exceed `limit`. Insertions, deletions and adjacent transpositions cost 1.
 */
export function typoCost(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  let previous2 = new Array<number>(n + 1).fill(0);
  // A first letter dropped or added costs 2 — but a silent "h" ("arceler" ~ "harceler") and the "z" of a liaison
  // ("lé zainé" ~ "les aînés"): one sees the first letter one types, and an English word the knowledge lacks is a
  // French word without its first letter more often than a typo ("cover" ~ "over").
  const first = (letter: string | undefined) => (letter === 'h' || letter === 'z' ? 1 : 2);
  let previous = Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : first(b[0]) + j - 1));
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(n + 1);
    current[0] = first(a[0]) + i - 1;
    let rowMin = current[0];
    for (let j = 1; j <= n; j++) {
      const ai = a[i - 1] as string;
      const bj = b[j - 1] as string;
      let cost = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + substitution(ai, bj));
      if (i > 1 && j > 1 && ai === b[j - 2] && a[i - 2] === bj && ai !== bj) cost = Math.min(cost, (previous2[j - 2] as number) + 1);
      current[j] = cost;
      if (cost < rowMin) rowMin = cost;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return Math.min(previous[n] as number, limit + 1);
}
