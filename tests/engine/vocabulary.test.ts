/**
 * The vocabulary lookups (src/engine/vocabulary.ts) return exactly what the whole-vocabulary scans they replace
 * returned: same stems, same order — checked on random vocabularies over a small alphabet, where near-misses,
 * shared prefixes and ties abound.
 */
import { distance } from 'fastest-levenshtein';
import fc from 'fast-check';
import Fuse from 'fuse.js';
import { expect, it } from 'vitest';
import { typoCost } from '../../src/engine/typos.js';
import { Vocabulary, type VocabularyOptions } from '../../src/engine/vocabulary.js';

const OPTIONS: VocabularyOptions = {
  prefix: { minLength: 5, maxExtra: 3 },
  fuse: { includeScore: true, threshold: 0.25, ignoreLocation: true, ignoreDiacritics: true, minMatchCharLength: 3 },
};
const word = (min: number, max: number) => fc.stringMatching(new RegExp(`^[abcde]{${min},${max}}$`));
const vocabulary = fc.uniqueArray(fc.oneof(word(2, 12), fc.stringMatching(/^[a-eé1]{3,9}$/)), { minLength: 1, maxLength: 300 });

/** The scan search-index.ts used to run over every stem. */
function scanPrefixForms(stems: readonly string[], stem: string): string[] {
  return stems.filter((candidate) => {
    if (candidate === stem || candidate.length < 4) return false;
    const [short, long] = candidate.length < stem.length ? [candidate, stem] : [stem, candidate];
    return long.startsWith(short) && long.length - short.length <= 3 && short.length >= 5;
  });
}

/** What search-index.ts keeps of Fuse.js's hits over the whole vocabulary. */
function kept(hits: string[], stem: string, maxEdits: number): string[] {
  return hits.filter((candidate) => candidate[0] === stem[0] && candidate.length >= 5 && distance(stem, candidate) <= maxEdits);
}

it('prefix forms: the same stems, in vocabulary order, as the scan', () => {
  fc.assert(
    fc.property(vocabulary, word(4, 12), (stems, stem) => {
      fc.pre(!stems.includes(stem));
      expect(new Vocabulary(stems, OPTIONS).prefixForms(stem)).toEqual(scanPrefixForms(stems, stem));
    }),
    { numRuns: 500 },
  );
});

/** `stem` with a few random edits (insertions, deletions, substitutions) and maybe letters around it. */
const variant = (stem: string) =>
  fc
    .tuple(
      fc.array(fc.tuple(fc.nat(), fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.constantFrom('insert', 'delete', 'replace')), { maxLength: 4 }),
      word(0, 4),
      word(0, 4),
    )
    .map(([edits, before, after]) => {
      let out = stem;
      for (const [at, letter, edit] of edits) {
        const i = at % (out.length + 1);
        out = edit === 'insert' ? out.slice(0, i) + letter + out.slice(i) : edit === 'delete' ? out.slice(0, i) + out.slice(i + 1) : out.slice(0, i) + letter + out.slice(i + 1);
      }
      return before + out + after;
    });

/** A word and a vocabulary crowded with its near forms: words with it inside, a few edits away, at the boundary. */
const crowded = fc
  .oneof(word(5, 14), fc.stringMatching(/^[a-eé]{5,10}$/))
  .chain((stem) => fc.tuple(fc.constant(stem), fc.uniqueArray(fc.oneof(variant(stem), word(2, 12)), { minLength: 1, maxLength: 120 })));

it('typo candidates: the same kept hits, in the same order, as Fuse.js over the whole vocabulary', () => {
  fc.assert(
    fc.property(crowded, ([stem, stems]) => {
      const maxEdits = stem.length >= 8 ? 2 : 1;
      const whole = new Fuse([...stems], OPTIONS.fuse).search(stem, { limit: 5 }).map((h) => h.item);
      const fast = new Vocabulary(stems, OPTIONS).typoHits(stem, maxEdits, 5);
      expect(kept(fast, stem, maxEdits)).toEqual(kept(whole, stem, maxEdits));
    }),
    { numRuns: 1500 },
  );
});

it('nearby words: every word within the typing cost that Fuse.js would find is proposed (the letter filter loses none)', () => {
  const words = fc.uniqueArray(word(2, 9), { minLength: 1, maxLength: 200 });
  fc.assert(
    fc.property(words, word(2, 9), fc.integer({ min: 1, max: 2 }), (vocabulary, probe, maxEdits) => {
      const options = { ...OPTIONS, fuse: { ...OPTIONS.fuse, threshold: 0.5, minMatchCharLength: 2 } };
      const proposed = new Vocabulary(vocabulary, options).nearby(probe, maxEdits, vocabulary.length);
      for (const candidate of vocabulary) {
        const reachable = typoCost(probe, candidate, maxEdits) <= maxEdits && new Fuse([candidate], options.fuse).search(probe).length > 0;
        if (reachable) expect(proposed).toContain(candidate);
      }
    }),
    { numRuns: 300 },
  );
});
