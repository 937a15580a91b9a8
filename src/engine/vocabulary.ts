/**
 * Fast lookups over the knowledge's vocabulary (its stems), for the two inexact matches of search-index.ts: the
 * same word with another ending (prefix) and typos (Fuse.js). Both used to scan the whole vocabulary for every
 * word the knowledge does not know — a few milliseconds per word with one quarter's knowledge, a few hundred with a
 * hundred quarters'. These indexes return exactly what the scans returned, in the same order, while looking only at
 * the stems that can possibly qualify.
 *
 *  - Prefix forms: the stems that are a prefix of a word, or that a word is a prefix of, with at most `maxExtra`
 *    more letters and at least `minLength` in the shorter one: a direct lookup of the word's own prefixes, and a
 *    map from each stem's prefixes to the stem.
 *  - Typo candidates: Fuse.js, over the whole vocabulary, ranks stems by how few edits it takes to find the word in
 *    them (approximate substring matching) and returns the best few; the caller then keeps those within
 *    `maxEdits` whole-word edits. A stem that holds the word with at most k edits shares at least
 *    (m − 1) − 2k of the word's m − 1 letter pairs (the q-gram lemma, q = 2). Every stem Fuse.js could rank at or
 *    above a kept one needs at most `maxEdits` edits, hence passes that count: Fuse.js run over the stems that pass
 *    it ranks the kept ones exactly as over the whole vocabulary (same per-stem scores, same order of ties).
 *    Where the lemma says nothing (short words with many allowed edits, odd characters, patterns over 32 letters,
 *    Fuse.js's own chunking limit), the whole vocabulary is searched as before.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';

/** Letters and digits only: Fuse.js compares these as they are (no case or diacritics folding applies). */
const PLAIN = /^[a-z0-9]+$/;
/** Fuse.js splits longer patterns into chunks: such words are searched over the whole vocabulary. */
const FUSE_MAX_PATTERN = 32;

export interface VocabularyOptions {
  prefix: { minLength: number; maxExtra: number };
  fuse: IFuseOptions<string>;
}

export class Vocabulary {
  /** Stem → its position in the vocabulary (the order of the original scans, kept for ties). */
  private readonly position = new Map<string, number>();
  /** Prefix → the stems that extend it by 1..maxExtra letters. */
  private readonly longerForms = new Map<string, string[]>();
  /** Letter pair → positions of the stems that contain it (each once, ascending). */
  private readonly pairs = new Map<string, number[]>();
  /** Positions of stems with characters outside a-z0-9: always handed to Fuse.js (it may fold them). */
  private readonly unusual: number[] = [];
  private readonly counts: Uint16Array;
  private whole: Fuse<string> | undefined;
  /** Length → positions of the stems of that length (ascending), and each stem's letter counts, for `nearby`. */
  private readonly byLength = new Map<number, number[]>();
  private readonly letters: (Uint8Array | undefined)[] = [];

  constructor(
    readonly stems: readonly string[],
    private readonly options: VocabularyOptions,
  ) {
    const { minLength, maxExtra } = options.prefix;
    stems.forEach((stem, i) => {
      this.position.set(stem, i);
      for (let k = Math.max(minLength, stem.length - maxExtra); k < stem.length; k++) {
        const prefix = stem.slice(0, k);
        const list = this.longerForms.get(prefix);
        if (list) list.push(stem);
        else this.longerForms.set(prefix, [stem]);
      }
      if (!PLAIN.test(stem)) this.unusual.push(i);
      const sameLength = this.byLength.get(stem.length);
      if (sameLength) sameLength.push(i);
      else this.byLength.set(stem.length, [i]);
      const seen = new Set<string>();
      for (let p = 0; p + 2 <= stem.length; p++) {
        const pair = stem.slice(p, p + 2);
        if (seen.has(pair)) continue;
        seen.add(pair);
        const list = this.pairs.get(pair);
        if (list) list.push(i);
        else this.pairs.set(pair, [i]);
      }
    });
    this.counts = new Uint16Array(stems.length);
  }

  has(stem: string): boolean {
    return this.position.has(stem);
  }

  /**
   * The stems that are `word` with up to maxExtra letters more or fewer (both sides ≥ minLength letters), in
   * vocabulary order. `word` itself is not in the vocabulary.
   */
  prefixForms(word: string): string[] {
    const { minLength, maxExtra } = this.options.prefix;
    if (word.length < minLength) return [];
    const found: string[] = [];
    for (let k = Math.max(minLength, word.length - maxExtra); k < word.length; k++) {
      const shorter = word.slice(0, k);
      if (this.position.has(shorter)) found.push(shorter);
    }
    found.push(...(this.longerForms.get(word) ?? []));
    return found.sort((a, b) => (this.position.get(a) ?? 0) - (this.position.get(b) ?? 0));
  }

  /** What `Fuse(allStems).search(word, { limit })` returns for the hits that are within `maxEdits` edits of `word`. */
  typoHits(word: string, maxEdits: number, limit: number): string[] {
    const need = word.length - 1 - 2 * maxEdits;
    if (need <= 0 || word.length > FUSE_MAX_PATTERN || !PLAIN.test(word)) return this.search(this.fuseOverAll(), word, limit);
    const touched: number[] = [];
    for (let p = 0; p + 2 <= word.length; p++) {
      for (const i of this.pairs.get(word.slice(p, p + 2)) ?? []) {
        if (this.counts[i] === 0) touched.push(i);
        this.counts[i] = (this.counts[i] ?? 0) + 1;
      }
    }
    const candidates = new Set(this.unusual);
    for (const i of touched) {
      if ((this.counts[i] ?? 0) >= need) candidates.add(i);
      this.counts[i] = 0;
    }
    if (candidates.size === 0) return [];
    const subset = [...candidates].sort((a, b) => a - b).map((i) => this.stems[i] as string);
    return this.search(new Fuse(subset, this.options.fuse), word, limit);
  }

  /**
   * The entries of the vocabulary (here, whole words) that Fuse.js finds closest to `word`, among those that can be
   * within `maxEdits` edits of it (letters dropped, added, changed or swapped), best first. Those are found by their
   * letters: an edit changes at most one letter of the word's bag of letters (a swap none), so an entry whose bag
   * differs by more than `maxEdits` letters ("bag distance") cannot qualify. Unlike typoHits, longer words that merely
   * contain `word` are never proposed: for a short word ("dan", "clb") they would fill the list ("danse",
   * "abondance") before the word meant ("dans", "club"); and swaps, which break the letter pairs of typoHits's filter,
   * are kept ("sias" → "sais").
   */
  nearby(word: string, maxEdits: number, limit: number): string[] {
    if (!PLAIN.test(word)) return [];
    const counts = letterCounts(word);
    const kept: string[] = [];
    for (let length = Math.max(1, word.length - maxEdits); length <= word.length + maxEdits; length++) {
      for (const i of this.byLength.get(length) ?? []) {
        const stem = this.stems[i] as string;
        if (!PLAIN.test(stem) || bagDistance(counts, this.lettersOf(i, stem)) <= maxEdits) kept.push(stem);
      }
    }
    return kept.length === 0 ? [] : this.search(new Fuse(kept, this.options.fuse), word, limit);
  }

  private lettersOf(i: number, stem: string): Uint8Array {
    let counts = this.letters[i];
    if (!counts) this.letters[i] = counts = letterCounts(stem);
    return counts;
  }

  private search(fuse: Fuse<string>, word: string, limit: number): string[] {
    return fuse.search(word, { limit }).map((hit) => hit.item);
  }

  private fuseOverAll(): Fuse<string> {
    this.whole ??= new Fuse([...this.stems], this.options.fuse);
    return this.whole;
  }
}

/** How many times each letter a-z and digit occurs in a plain word. */
function letterCounts(word: string): Uint8Array {
  const counts = new Uint8Array(36);
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const slot = code >= 97 ? code - 97 : code - 48 + 26;
    counts[slot] = (counts[slot] as number) + 1;
  }
  return counts;
}

/** The letters one word has and the other lacks, the larger of the two ways: at most their edit distance. */
function bagDistance(a: Uint8Array, b: Uint8Array): number {
  let missing = 0;
  let extra = 0;
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d > 0) missing += d;
    else extra -= d;
  }
  return Math.max(missing, extra);
}
