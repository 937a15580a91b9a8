/** Hand-made inputs of decide() for unit tests of the decision rules (no index, no knowledge). */
import type { Entry } from '../../src/knowledge/schema.js';
import type { ScoredMessage } from '../../src/engine/scorer.js';
import type { IndexedEntry } from '../../src/engine/search-index.js';
import type { TopicPosterior } from '../../src/engine/topic-classifier.js';

/** A scored message as the scorer would give it: entries of the given topics with these coverages. */
export function scored(...scores: [topic: string, coverage: number][]): ScoredMessage {
  return {
    totalWeight: 5,
    empty: false,
    scores: scores.map(([topic, coverage], slot) => ({
      indexed: { entry: { id: `${topic}-1`, topic } as Entry, slot } as IndexedEntry,
      coverage,
      strongEvidence: 3,
    })),
  };
}

/** The classifier's opinion: its best topic and the probability of each. */
export function opinion(best: string, probabilities: Record<string, number>): TopicPosterior {
  return { best, probabilityOf: (topic) => probabilities[topic] ?? 0 };
}
