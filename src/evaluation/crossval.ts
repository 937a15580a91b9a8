/**
 * Cross-validation of the knowledge's own phrasings: the phrasings are split into folds; for each fold the engine
 * is built without it, then asked each of its phrasings. A phrasing that lands on another topic shows where two
 * entries overlap (or a phrasing is filed under the wrong entry): the staff's best guide to what to clarify.
 * Uses no evaluation set, so it can drive knowledge edits without tuning to the test.
 */
import { Engine } from '../engine/engine.js';
import type { Knowledge } from '../knowledge/loader.js';
import { evaluate, type EvalLine, type EvalReport } from './metrics.js';

/**
 * The fold a phrasing is held out in: from its text alone (FNV-1a hash), not its position, so adding or removing a
 * phrasing leaves every other phrasing in its fold and a knowledge edit's before / after figures compare the same
 * splits (by position, one line added at the top of a list moved thousands of phrasings to another fold: ±0.4 point
 * of noise, more than most edits change).
 */
export function foldOf(text: string, folds: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash % folds;
}

export function crossValidate(knowledge: Knowledge, folds = 5): EvalReport {
  const pairs: Parameters<typeof evaluate>[0] = [];
  for (let fold = 0; fold < folds; fold++) {
    const held: EvalLine[] = [];
    const entries = knowledge.entries.map((entry) => {
      const keep = (phrasings: string[]) =>
        phrasings.filter((q) => {
          const out = foldOf(q, folds) === fold;
          // Urgence is answered by danger signals, not by phrasings: leave it out of the measure.
          if (out && entry.topic !== 'urgence') held.push({ q, expect: entry.topic });
          return !out;
        });
      return { ...entry, phrasings: { fr: keep(entry.phrasings.fr), en: keep(entry.phrasings.en) } };
    });
    const engine = new Engine({ ...knowledge, entries });
    for (const line of held) {
      const d = engine.decide(line.q);
      pairs.push({ line, reply: { kind: d.kind, topic: d.kind === 'answer' ? d.topic : null, candidates: d.candidates.map((c) => c.topic), score: d.score } });
    }
  }
  return evaluate(pairs);
}
