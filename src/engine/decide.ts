/**
 * From entry scores to a decision: answer, clarify (offer two or three close topics) or fallback (say "I don't
 * know" honestly). A wrong confident answer is the worst outcome for residents, so the answer threshold is set
 * where the development set shows almost no wrong answers, and near-ties become a question rather than a guess.
 *
 * Calibration (npm run eval -- --file tests/fixtures/dev.jsonl, and the independent tests/fixtures/holdout.jsonl):
 * see THRESHOLDS below; the README's "Engine" section gives the figures.
 */
import type { Entry } from '../knowledge/schema.js';
import type { EntryScore, ScoredMessage } from './scorer.js';

export const THRESHOLDS = Object.freeze({
  /** Below this coverage nothing is close enough: fallback. */
  answer: 0.5,
  /** A second topic within this distance of the best is a real alternative: clarify. */
  clarifyMargin: 0.06,
  /** Alternatives offered in a clarification must themselves be at least this good. */
  clarifyFloor: 0.4,
  /** An answer needs this much explained weight from non-weak words (one specific word, roughly). */
  minStrongEvidence: 0.6,
  /** At most this many choices in a clarification. */
  maxChoices: 3,
});

export interface Candidate {
  entry: Entry;
  topic: string;
  score: number;
}

/** `risk`: the message has words of danger although no danger signal matched; replies add the emergency numbers. */
export type Decision = (
  | { kind: 'answer'; entry: Entry; topic: string; score: number; candidates: Candidate[]; via: 'danger' | 'search' }
  | { kind: 'clarify'; candidates: Candidate[]; score: number }
  | { kind: 'fallback'; candidates: Candidate[]; score: number }
) & { risk?: boolean };

/** The best entry of each topic, best topics first: a clarification offers topics, not near-duplicate entries. */
export function bestPerTopic(scores: EntryScore[], limit = 5): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  for (const s of scores) {
    const topic = s.indexed.entry.topic;
    if (seen.has(topic)) continue;
    seen.add(topic);
    out.push({ entry: s.indexed.entry, topic, score: round(s.coverage) });
    if (out.length >= limit) break;
  }
  return out;
}

export function decide(scored: ScoredMessage, thresholds = THRESHOLDS): Decision {
  const candidates = bestPerTopic(scored.scores);
  const best = scored.scores[0];
  const top = candidates[0];
  if (!best || !top || best.coverage < thresholds.answer || best.strongEvidence < thresholds.minStrongEvidence) {
    return { kind: 'fallback', candidates, score: top?.score ?? 0 };
  }
  const close = candidates.filter(
    (c) => c.score >= top.score - thresholds.clarifyMargin && c.score >= thresholds.clarifyFloor,
  );
  if (close.length > 1) {
    return { kind: 'clarify', candidates: close.slice(0, thresholds.maxChoices), score: top.score };
  }
  return { kind: 'answer', entry: top.entry, topic: top.topic, score: top.score, candidates, via: 'search' };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
