/**
 * Typo-perturbed evaluation sets, generated deterministically (seeded) from existing sets: the same questions as
 * residents who write fast or by ear would type them. Each content word of 4+ letters is, with some probability,
 * given one realistic misspelling:
 *  - phonetic French spelling: "harceler" → "arceler", "formation" → "formassion", "quartier" → "cartier",
 *    "emploi" → "amploi", "travaille" → "travaye", "photo" → "foto", final "-er/-é" → "-é/-er/-ez";
 *  - typing slips: a letter dropped, two letters swapped, a letter doubled, a neighbouring key;
 *  - SMS forms: accents gone, "qu" → "k", "-ais/-ait" → "-é".
 * Short words, digits and the first letter of a word are left alone (residents rarely mistype those), so the
 * meaning stays recoverable by a person — which is the bar the engine is held to.
 */

/** mulberry32: a small, fast, seeded generator (the same seed gives the same sets on every machine). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Phonetic rewrites residents use: [pattern, replacement]; one applicable rule is picked at random. */
const PHONETIC: readonly [RegExp, string][] = [
  [/^h/, ''],
  [/ph/, 'f'],
  [/qu/, 'k'],
  [/c(?=[aou])/, 'k'],
  [/tion/, 'ssion'],
  [/tion/, 'cion'],
  [/ss/, 's'],
  [/(?<=[aeiou])s(?=[aeiou])/, 'z'],
  [/ll/, 'l'],
  [/tt/, 't'],
  [/mm/, 'm'],
  [/nn/, 'n'],
  [/rr/, 'r'],
  [/eau/, 'o'],
  [/au/, 'o'],
  [/ai(?=[^n]|$)/, 'é'],
  [/ei/, 'è'],
  [/em(?=[pb])/, 'am'],
  [/en(?=[^aeiou]|$)/, 'an'],
  [/an(?=[^aeiou]|$)/, 'en'],
  [/ill(?=e)/, 'y'],
  [/er$/, 'é'],
  [/é$/, 'er'],
  [/ez$/, 'é'],
  [/ent$/, 'e'],
  [/es$/, 'e'],
  [/s$/, ''],
  [/t$/, ''],
  [/e$/, ''],
  [/x$/, 's'],
  [/gn/, 'ni'],
  [/[éèêë]/, 'e'],
  [/ç/, 's'],
  [/y/, 'i'],
];

const NEIGHBOURS: Record<string, string> = {
  a: 'zqs', z: 'aes', e: 'zrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'om',
  q: 'asw', s: 'qdz', d: 'sfe', f: 'dgr', g: 'fht', h: 'gjy', j: 'hku', k: 'jli', l: 'kmo', m: 'lp',
  w: 'xq', x: 'wc', c: 'xv', v: 'cb', b: 'vn', n: 'b',
};

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** One misspelling of a word (4+ letters), or the word itself when no rule applies. */
export function misspell(word: string, random: () => number): string {
  const kind = random();
  if (kind < 0.5) {
    const rules = PHONETIC.filter(([pattern]) => pattern.test(word.slice(1)) || (pattern.source === '^h' && word.startsWith('h')));
    if (rules.length > 0) {
      const [pattern, replacement] = pick(rules, random);
      if (pattern.source === '^h') return word.slice(1);
      return word[0] + word.slice(1).replace(pattern, replacement);
    }
  }
  const letters = [...word];
  const at = 1 + Math.floor(random() * (letters.length - 1)); // never the first letter
  const slip = random();
  if (slip < 0.35) letters.splice(at, 1); // dropped
  else if (slip < 0.6 && at + 1 < letters.length) [letters[at], letters[at + 1]] = [letters[at + 1] as string, letters[at] as string]; // swapped
  else if (slip < 0.8) letters.splice(at, 0, letters[at] as string); // doubled
  else {
    const near = NEIGHBOURS[letters[at] as string];
    if (near) letters[at] = pick([...near], random); // neighbouring key
    else letters.splice(at, 1);
  }
  return letters.join('');
}

/**
 * The message with some of its words misspelt: each word of 4+ letters (letters only) with probability `rate`.
 * SMS habit on top: accents dropped from the whole message with probability `noAccents`.
 */
export function perturb(message: string, random: () => number, options: { rate?: number; noAccents?: number } = {}): string {
  const rate = options.rate ?? 0.35;
  let text = message.replace(/\p{L}{4,}/gu, (word) => {
    if (random() >= rate) return word;
    const lower = word.toLowerCase();
    const changed = misspell(lower, random);
    return word === lower ? changed : changed; // residents who misspell rarely keep capitals
  });
  if (random() < (options.noAccents ?? 0.5)) text = text.normalize('NFD').replace(/\p{M}/gu, '');
  return text;
}
