// No knowledge line may copy a line of an evaluation set, word for word or nearly (same words, another order or a word
// more): a copy makes the evaluation measure memory instead of the engine. Checked against the control sets AND the
// blind sets; on failure only the knowledge line and the evaluation file's NAME are printed, never a blind line.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCopies, fold, knowledgeLines, tokenJaccard, type KnowledgeLine } from './test-copies.js';

const root = join(__dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const control = ['ordinary-fresh.txt', 'danger-fresh.txt', 'out-of-scope-fresh.jsonl', 'holdout8.jsonl', 'typos-fresh.jsonl'];
const blind = [
  'holdout7.jsonl',
  'holdout9.jsonl',
  'danger-fresh2.txt',
  'danger-fresh3.txt',
  'ordinary-fresh2.txt',
  'ordinary-fresh3.txt',
  'conversations-blind.json',
  'conversations-blind2.json',
];
// Lines under five words ("bonjour", "menu", "tu sers à quoi") are the obvious way to say a thing, not a copy.
const MIN_WORDS = 5;

function longLines(): KnowledgeLine[] {
  return knowledgeLines(join(root, 'knowledge')).filter((k) => fold(k.line).split(' ').length >= MIN_WORDS);
}

describe('knowledge lines never copy an evaluation line', () => {
  it('the comparison finds a copy: accents, case, punctuation and a word more', () => {
    expect(fold('Ma fille a PEUR du noir, des idées ?')).toBe('ma fille a peur du noir des idees');
    expect(tokenJaccard(fold('mon compteur de gaz doit être relevé'), fold('mon compteur gaz doit etre relevé'))).toBeGreaterThanOrEqual(0.8);
    expect(tokenJaccard('le bus passe quand', 'ou est la mairie')).toBe(0);
  });

  const knowledge = longLines();
  for (const name of [...control, ...blind]) {
    const path = join(fixtures, name);
    it.skipIf(!existsSync(path))(`none copies ${name}`, () => {
      const copies = findCopies(knowledge, path).map(
        (c) => `${basename(c.knowledge.file)}: « ${c.knowledge.line} » copies a line of ${name}`,
      );
      expect(copies, copies.join('\n')).toEqual([]);
    });
  }
});
