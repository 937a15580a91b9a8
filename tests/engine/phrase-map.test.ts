/**
 * The lexicon's rewrite tables (PhraseMap) against the plainest reading of their rules: at each word, the longest
 * rule first — its words joined and looked up, exact before loose at each length — then a single word. The tables
 * keep their rules as trees of words whose identical subtrees are one object (docs/performance.md, the peak memory
 * of 9fd5eda): this checks that they rewrite exactly as the plain rules do, on every rule of the shipped lexicon,
 * alone, in a sentence, written loosely, cut short and run into the next rule.
 */
import { describe, expect, it } from 'vitest';
import { fold, PhraseMap } from '../../src/engine/normalise.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { MAX_WORDS_IN_A_RULE } from '../../src/knowledge/schema.js';

const looseWord = (word: string) => {
  const single = word.replace(/([b-df-hj-np-tv-z])\1+/g, '$1');
  return single.length > 4 ? single.replace(/(es|e|s|x)$/, '') : single;
};

function plainRules(entries: Record<string, string>, loose: boolean): (words: readonly string[]) => string[] {
  const rules = new Map<string, string[]>();
  const looseRules = new Map<string, string[]>();
  let longest = 1;
  for (const [from, to] of Object.entries(entries)) {
    const key = fold(from);
    if (!key) continue;
    const replacement = fold(to).split(' ').filter(Boolean);
    rules.set(key, replacement);
    const words = key.split(' ');
    if (loose && words.length > 1) {
      const lk = words.map(looseWord).join(' ');
      if (!looseRules.has(lk)) looseRules.set(lk, replacement);
    }
    longest = Math.max(longest, Math.min(words.length, MAX_WORDS_IN_A_RULE));
  }
  return (words) => {
    const out: string[] = [];
    next: for (let i = 0; i < words.length; ) {
      for (let n = Math.min(longest, words.length - i); n >= 2; n--) {
        const slice = words.slice(i, i + n);
        const found = rules.get(slice.join(' ')) ?? (loose ? looseRules.get(slice.map(looseWord).join(' ')) : undefined);
        if (found) {
          out.push(...found);
          i += n;
          continue next;
        }
      }
      out.push(...(rules.get(words[i] as string) ?? [words[i] as string]));
      i++;
    }
    return out;
  };
}

/** Every rule's words alone, in a sentence, loosely written, cut short, and followed by the next rule's words. */
function sentences(entries: Record<string, string>): string[][] {
  const keys = Object.keys(entries).map((k) => fold(k).split(' ')).filter((w) => w[0]);
  const out: string[][] = [];
  keys.forEach((words, i) => {
    const next = keys[(i + 1) % keys.length] as string[];
    out.push(
      words,
      ['je', 'veux', ...words, 'svp'],
      words.map((w) => `${w}s`),
      words.map((w, j) => (j % 2 ? w.replace(/([b-df-hj-np-tv-z])/, '$1$1') : w)),
      words.slice(0, -1),
      [...words.slice(0, -1), ...next],
      [...words, ...next],
    );
  });
  return out;
}

describe('PhraseMap (the lexicon rules as shared trees of words)', () => {
  const { lexicon } = loadKnowledge();
  it.each([
    ['spelling', false],
    ['terms', true],
  ] as const)('%s: rewrites every sentence as the plain rules do', (table, loose) => {
    const map = new PhraseMap(lexicon[table], loose);
    const plain = plainRules(lexicon[table], loose);
    const all = sentences(lexicon[table]);
    expect(all.length).toBeGreaterThan(table === 'terms' ? 40_000 : 3_000);
    const differ = all.filter((words) => map.apply(words).join(' ') !== plain(words).join(' '));
    expect(differ.slice(0, 5).map((w) => w.join(' '))).toEqual([]);
  });

  it('reads a small table longest match first, exact before loose, the last of two equal rules winning', () => {
    const map = new PhraseMap({ 'carte vitale': 'cv', 'carte vitale perdue': 'cv perdue', 'pole emploi': 'france travail', 'Pôle emploi': 'pe' }, true);
    expect(map.apply('ma carte vitale perdue hier'.split(' '))).toEqual(['ma', 'cv', 'perdue', 'hier']);
    expect(map.apply('carte vital et pole emplois'.split(' '))).toEqual(['cv', 'et', 'france', 'travail']);
    expect(map.apply('pole emploi'.split(' '))).toEqual(['pe']);
  });
});
