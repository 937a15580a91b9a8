// No knowledge line may copy a line of an evaluation set, word for word or nearly (same words, another order or a word
// more): a copy makes the evaluation measure memory instead of the engine. Checked against the control sets AND the
// blind sets; on failure only the knowledge line and the evaluation file's NAME are printed, never a blind line.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCopies, fold, knowledgeLines, tokenJaccard, type KnowledgeLine } from './test-copies.js';

const root = join(__dirname, '..', '..');
const fixtures = join(root, 'tests', 'fixtures');
const control = [
  'ordinary-fresh.txt',
  'ordinary-fresh2.txt',
  'ordinary-fresh3.txt',
  'ordinary-fresh4.txt',
  'danger-fresh.txt',
  'danger-fresh2.txt',
  'danger-fresh3.txt',
  'danger-fresh4.txt',
  'out-of-scope-fresh.jsonl',
  'holdout7.jsonl',
  'holdout8.jsonl',
  'holdout9.jsonl',
  'holdout10.jsonl',
  'typos-fresh.jsonl',
  'typos-fresh2.jsonl',
  'conversations-blind.json',
  'conversations-blind2.json',
  'conversations-fresh3.json',
  'holdout11.jsonl',
  'danger-fresh5.txt',
  'ordinary-fresh5.txt',
  'conversations-blind3.json',
  'holdout12.jsonl',
  'danger-fresh6.txt',
  'ordinary-fresh6.txt',
  'conversations-blind4.json',
  'holdout13.jsonl',
  'danger-fresh7.txt',
  'ordinary-fresh7.txt',
  'conversations-blind5.json',
  'holdout14.jsonl',
  'danger-fresh8.txt',
  'ordinary-fresh8.txt',
  'conversations-blind6.json',
  'danger-fresh10.txt',
  'ordinary-fresh10.txt',
  'holdout15.jsonl',
  'danger-fresh9.txt',
  'ordinary-fresh9.txt',
  'conversations-blind7.json',
  'holdout16.jsonl',
  'danger-fresh11.txt',
  'ordinary-fresh11.txt',
  'conversations-blind8.json',
  'danger-fresh13.txt',
  'ordinary-fresh13.txt',
  'out-of-scope-fresh2.jsonl',
  'holdout17.jsonl',
  'danger-fresh12.txt',
  'ordinary-fresh12.txt',
  'conversations-blind9.json',
  'out-of-scope-fresh3.jsonl',
  'danger-fresh16.txt',
  'ordinary-fresh16.txt',
  'holdout19.jsonl',
  'danger-fresh15.txt',
  'ordinary-fresh15.txt',
  'conversations-blind11.json',
  'holdout18.jsonl',
  'danger-fresh14.txt',
  'ordinary-fresh14.txt',
  'conversations-blind10.json',
  'holdout21.jsonl',
  'danger-fresh18.txt',
  'ordinary-fresh18.txt',
  'conversations-blind13.json',
  'out-of-scope-fresh4.jsonl',
  'danger-fresh19.txt',
  'ordinary-fresh19.txt',
  'holdout20.jsonl',
  'danger-fresh17.txt',
  'ordinary-fresh17.txt',
  'conversations-blind12.json',
  'holdout23.jsonl',
  'out-of-scope-fresh5.jsonl',
  'danger-fresh21.txt',
  'ordinary-fresh21.txt',
  'conversations-blind15.json',
  'holdout22.jsonl',
  'danger-fresh20.txt',
  'ordinary-fresh20.txt',
  'conversations-blind14.json',
  'danger-fresh22.txt',
  'ordinary-fresh22.txt',
  'conversations-blind16.json',
  'holdout24.jsonl',
  'out-of-scope-fresh6.jsonl',
  'holdout25.jsonl',
  'danger-fresh23.txt',
  'ordinary-fresh23.txt',
  'conversations-blind17.json',
  'holdout27.jsonl',
  'out-of-scope-fresh7.jsonl',
  'danger-fresh25.txt',
  'ordinary-fresh25.txt',
  'conversations-blind19.json',
  'holdout26.jsonl',
  'danger-fresh24.txt',
  'ordinary-fresh24.txt',
  'conversations-blind18.json',
  'holdout29.jsonl',
  'out-of-scope-fresh8.jsonl',
  'danger-fresh27.txt',
  'ordinary-fresh27.txt',
  'conversations-blind21.json',
  'holdout28.jsonl',
  'danger-fresh26.txt',
  'ordinary-fresh26.txt',
  'conversations-blind20.json',
  'holdout31.jsonl',
  'out-of-scope-fresh10.jsonl',
  'danger-fresh29.txt',
  'ordinary-fresh29.txt',
  'conversations-blind23.json',
  'holdout30.jsonl',
  'out-of-scope-fresh9.jsonl',
  'danger-fresh28.txt',
  'ordinary-fresh28.txt',
  'conversations-blind22.json',
  'holdout33.jsonl',
  'out-of-scope-fresh12.jsonl',
  'danger-fresh31.txt',
  'ordinary-fresh31.txt',
  'conversations-blind25.json',
];
// Sets kept from every engineer's eyes while they measure (released to control once newer blind sets replace them);
// `npm run eval:danger` leaves the same list out by default.
const blind = JSON.parse(readFileSync(join(fixtures, 'blind-sets.json'), 'utf8')) as string[];
// Sets written later by someone who never saw the knowledge can say a thing exactly as a knowledge line already did
// ("Qui a signé le contrat de ville ?"): a knowledge line older than the set is not a copy of it. Those coincidences,
// listed when each set was added (folded, by set), are allowed; any new knowledge line must still differ.
const olderThanTheSet = JSON.parse(readFileSync(join(__dirname, 'lines-before-release.json'), 'utf8')) as Record<string, string[]>;
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
      const allowed = new Set(olderThanTheSet[name] ?? []);
      const copies = findCopies(knowledge, path)
        .filter((c) => !allowed.has(`${basename(c.knowledge.file)}: ${fold(c.knowledge.line)}`))
        .map((c) => `${basename(c.knowledge.file)}: « ${c.knowledge.line} » copies a line of ${name}`);
      expect(copies, copies.join('\n')).toEqual([]);
    });
  }
});
