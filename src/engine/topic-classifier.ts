/**
 * A second opinion on the topic of a message: a naive Bayes classifier over topics, trained on the same knowledge
 * (each phrasing, keyword, vocabulary line and title is one small document of its topic).
 *
 * Why a second model: the coverage score (scorer.ts) says how much of a message one entry explains, which is a good
 * measure of "do I know this?", but it ranks topics by the words they share with the message, all words alike. Naive
 * Bayes weighs each word by how typical it is of each topic across all the phrasings, and so ranks differently —
 * better on residents' indirect stories, where one telling word ("frottis", "bleus") sits among many common ones.
 * Where the two disagree about a confident answer, the answer is often wrong; where they agree on a hesitant one,
 * it is almost always right. decide.ts uses exactly these two facts, nothing more.
 *
 * Measured on the independent sets (tests/fixtures/holdout*.jsonl): the classifier's first topic is right for
 * ~0.89–0.90 of in-scope questions, the coverage score's for ~0.86–0.89. Pure and cheap: counts are built once with
 * the index; a message costs one pass over the topics of its words.
 */

/** Additive smoothing: small, so that a word never seen with a topic counts clearly against it. */
const SMOOTHING = 0.1;

export interface TopicPosterior {
  /** The most probable topic (ties: the first in id order). */
  best: string;
  /** Probabilities sum to 1 over all topics; 0 for a topic the classifier does not know. */
  probabilityOf(topic: string): number;
}

export class TopicClassifier {
  private readonly topics: string[];
  private readonly slotOf = new Map<string, number>();
  /** stem → [topic slot, log((count + α) / α)]: the evidence a stem adds to the topics it was seen with. */
  private readonly evidence = new Map<string, [number, number][]>();
  /** By topic slot: log(α / (documents' stems of the topic + α × vocabulary size)), the cost of any stem. */
  private readonly baseLog: Float64Array;

  /** `documents`: each a topic and the stems of one of its texts. */
  constructor(documents: Iterable<{ topic: string; stems: Iterable<string> }>) {
    const slotOf = this.slotOf;
    const counts = new Map<string, Map<number, number>>();
    const totals: number[] = [];
    for (const document of documents) {
      let slot = slotOf.get(document.topic);
      if (slot === undefined) {
        slot = slotOf.size;
        slotOf.set(document.topic, slot);
        totals.push(0);
      }
      for (const stem of new Set(document.stems)) {
        let perTopic = counts.get(stem);
        if (!perTopic) counts.set(stem, (perTopic = new Map()));
        perTopic.set(slot, (perTopic.get(slot) ?? 0) + 1);
        totals[slot] = (totals[slot] as number) + 1;
      }
    }
    this.topics = [...slotOf.keys()];
    const vocabularySize = counts.size;
    this.baseLog = Float64Array.from(totals, (total) => Math.log(SMOOTHING / (total + SMOOTHING * vocabularySize)));
    for (const [stem, perTopic] of counts) {
      this.evidence.set(stem, [...perTopic].map(([slot, count]) => [slot, Math.log((count + SMOOTHING) / SMOOTHING)]));
    }
  }

  /** Knows this stem (saw it in some topic's texts)? Stems it does not know are left out of a message. */
  knows(stem: string): boolean {
    return this.evidence.has(stem);
  }

  /** Undefined when none of the stems is known: no opinion. */
  classify(stems: Iterable<string>): TopicPosterior | undefined {
    const known = [...new Set(stems)].filter((stem) => this.evidence.has(stem));
    if (known.length === 0 || this.topics.length === 0) return undefined;
    // log P(topic | stems) up to a constant, uniform prior: every topic pays for every stem, and gains back where
    // it has seen the stem.
    const logs = this.baseLog.map((base) => base * known.length);
    for (const stem of known) {
      for (const [slot, gain] of this.evidence.get(stem) ?? []) logs[slot] = (logs[slot] as number) + gain;
    }
    let bestSlot = 0;
    logs.forEach((value, slot) => {
      const current = logs[bestSlot] as number;
      if (value > current || (value === current && (this.topics[slot] as string) < (this.topics[bestSlot] as string))) bestSlot = slot;
    });
    const max = logs[bestSlot] as number;
    let sum = 0;
    for (const value of logs) sum += Math.exp(value - max);
    return {
      best: this.topics[bestSlot] as string,
      probabilityOf: (topic) => {
        const slot = this.slotOf.get(topic);
        return slot === undefined ? 0 : Math.exp((logs[slot] as number) - max) / sum;
      },
    };
  }
}
