/**
 * The word-level safety net behind the danger signals. Regular expressions (danger.ts) catch the wordings someone
 * thought of; residents in distress find others ("jvois plus le bout du tunnel, jai ouvert la fenetre du 8eme").
 * A two-class naive Bayes (topic-classifier.ts) learns from danger messages and from ordinary messages that sound
 * alike (knowledge/danger-learning.yaml, the urgence entries' phrasings and the signals' examples against every other
 * phrasing); when it finds a message very likely to be about danger, the reply carries the line of emergency numbers.
 * It only adds that line: it never turns an ordinary question into an urgence answer (its false alarms — "tailler un
 * rosier" — would be wrong answers), and it never hides a signal.
 *
 * Measured on 220 danger and 220 look-alike ordinary messages written afresh (never used to tune it): the signals
 * alone caught 164 danger messages; with this net, 197 got the emergency numbers (answer or line); the line appears
 * on ~1 % of ordinary evaluation questions.
 */
import type { Knowledge } from '../knowledge/loader.js';
import type { Token } from './normalise.js';
import { TopicClassifier } from './topic-classifier.js';

/** Probability of danger from which a reply carries the line of emergency numbers. */
export const SAFETY_LINE_PROBABILITY = 0.9;

/**
 * The stems of a text and its pairs of neighbouring stems: the same word weighs differently in "ça sent le gaz" and
 * "le compteur de gaz", "il va me tuer" and "ce formulaire va me tuer". Measured by cross-validation on corpus 2 of
 * danger-learning.yaml (written blind to the evaluation lists; half learnt, the other half tested, both ways): the
 * net caught 376 of 424 held-out danger messages with pairs, 367 without; false alarms 57 and 56 of 473 look-alikes
 * (most of them the signals', not the net's).
 */
function withPairs(stems: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < stems.length; i++) pairs.push(`${stems[i]} ${stems[i + 1]}`);
  return [...stems, ...pairs];
}

export class DangerLikelihood {
  private readonly classifier: TopicClassifier;

  /** `stemsOf`: the engine's normaliser, so that the net reads messages exactly as it learnt them. */
  constructor(knowledge: Knowledge, stemsOf: (text: string) => string[]) {
    const urgence = knowledge.entries.filter((e) => e.topic === 'urgence');
    const others = knowledge.entries.filter((e) => e.topic !== 'urgence');
    const danger = [
      ...knowledge.dangerLearning.danger,
      ...knowledge.danger.signals.flatMap((s) => s.examples),
      ...urgence.flatMap((e) => [...e.phrasings.fr, ...e.phrasings.en]),
    ];
    const ordinary = [
      ...knowledge.dangerLearning.ordinary,
      ...knowledge.danger.notDanger,
      ...others.flatMap((e) => [...e.phrasings.fr, ...e.phrasings.en]),
    ];
    this.classifier = new TopicClassifier([
      ...danger.map((text) => ({ topic: 'danger', stems: withPairs(stemsOf(text)) })),
      ...ordinary.map((text) => ({ topic: 'ordinary', stems: withPairs(stemsOf(text)) })),
    ]);
  }

  probability(tokens: readonly Token[]): number {
    return this.classifier.classify(withPairs(tokens.map((t) => t.stem)))?.probabilityOf('danger') ?? 0;
  }

  /**
   * Should the reply to this message carry the line of emergency numbers? Only the net decides: a word of danger
   * ("peur", "mort", "feu", "gaz") once called for the line at a half-sure net (≥ 0.5, issue 13), but by then no
   * danger message of any list (danger-fresh*, the evaluation sets' urgence lines) depended on it, while it gave the
   * line to ordinary look-alikes ("peur du noir", "relever le compteur de gaz", "mon chef va me tuer"): removed.
   */
  callsForSafetyLine(tokens: readonly Token[]): boolean {
    return this.probability(tokens) >= SAFETY_LINE_PROBABILITY;
  }
}
