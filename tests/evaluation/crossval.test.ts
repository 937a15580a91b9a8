/**
 * Cross-validation folds come from each phrasing's text, so a knowledge edit's before / after figures compare the
 * same splits: adding a phrasing moves no other phrasing to another fold.
 */
import { describe, expect, it } from 'vitest';
import { foldOf } from '../../src/evaluation/crossval.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';

describe('foldOf', () => {
  const phrasings = loadKnowledge().entries.flatMap((e) => [...e.phrasings.fr, ...e.phrasings.en]);

  it('gives a phrasing the same fold whatever else the knowledge holds', () => {
    const before = phrasings.map((q) => foldOf(q, 5));
    const after = ['une phrase ajoutée en tête', ...phrasings].map((q) => foldOf(q, 5)).slice(1);
    expect(after).toEqual(before);
  });

  it('spreads the phrasings evenly over the folds', () => {
    for (const folds of [4, 5, 6]) {
      const sizes = new Array<number>(folds).fill(0);
      for (const q of phrasings) sizes[foldOf(q, folds)]! += 1;
      for (const size of sizes) expect(Math.abs(size - phrasings.length / folds)).toBeLessThan(phrasings.length / folds / 10);
    }
  });
});
