/**
 * The search index: which stems point to which entries, how strongly, and how specific each stem is.
 *
 * Why not hand whole sentences to Fuse.js: its Bitap matcher works on 32-character chunks and matches inside words
 * ("recette" ~ "recrutement"), and its scores are not comparable across queries, so a whole-sentence score cannot
 * tell "I know" from "I don't". Instead, each word of the message is matched on its own against the knowledge's
 * vocabulary (exactly, by stem prefix, or — for typos — through Fuse.js over the vocabulary), and an entry's score
 * is the share of the message's information it explains (see scorer.ts).
 */
import { distance } from 'fastest-levenshtein';
import Fuse from 'fuse.js';
import type { Entry } from '../knowledge/schema.js';
import type { Normaliser, Token } from './normalise.js';

/** How much a field of an entry vouches for a stem. Keywords and titles are chosen words; phrasings are examples. */
const FIELD_WEIGHT = { keyword: 1, title: 1, phrasingMin: 0.6, vocabulary: 0.5 } as const;
/** A stem seen in this many phrasings of an entry counts as fully characteristic of it. */
const PHRASINGS_FOR_FULL_WEIGHT = 3;

/** Similarity given to a match that is not exact. */
export const MATCH = { exact: 1, prefix: 0.85, fuzzyMax: 0.8 } as const;
const FUZZY_MIN_LENGTH = 5;
const FUZZY_MAX_SCORE = 0.25;
const PREFIX_MIN_LENGTH = 4;

export interface VocabularyMatch {
  stem: string;
  similarity: number;
}

export interface IndexedEntry {
  entry: Entry;
  /** stem → how strongly this entry is about it (0..1). */
  weights: Map<string, number>;
  /** The non-weak stems of the entry's titles: naming them is naming the entry. */
  titleStems: Set<string>;
  /** Multi-word titles and keywords as " stem stem " strings: "bus santé" said as such is about this entry. */
  phrases: string[];
}

export class SearchIndex {
  readonly entries: IndexedEntry[];
  /** stem → inverse document frequency over topics (a stem found in every topic says little). */
  private readonly idf = new Map<string, number>();
  /** stem → entries that contain it, for scoring only the entries a message can touch. */
  private readonly postings = new Map<string, IndexedEntry[]>();
  private readonly fuse: Fuse<string>;
  private readonly stemsByLength: string[];
  private readonly matchCache = new Map<string, VocabularyMatch[]>();
  readonly unknownIdf: number;

  constructor(
    entries: Entry[],
    private readonly normaliser: Normaliser,
    extraPhrasings: ReadonlyMap<string, readonly string[]> = new Map(),
  ) {
    this.entries = entries.map((entry) => ({
      entry,
      weights: this.weigh(entry, extraPhrasings.get(entry.id) ?? []),
      titleStems: new Set(
        [entry.title.fr, entry.title.en].flatMap((t) => normaliser.normalise(t).tokens.filter((tk) => !tk.weak).map((tk) => tk.stem)),
      ),
      phrases: [...new Set(
        [entry.title.fr, entry.title.en, ...entry.keywords]
          .map((t) => normaliser.normalise(t).tokens.map((tk) => tk.stem))
          .filter((stems) => stems.length >= 2)
          .map((stems) => ` ${stems.join(' ')} `),
      )],
    }));

    const topicsByStem = new Map<string, Set<string>>();
    for (const indexed of this.entries) {
      for (const stem of indexed.weights.keys()) {
        let topics = topicsByStem.get(stem);
        if (!topics) topicsByStem.set(stem, (topics = new Set()));
        topics.add(indexed.entry.topic);
        let list = this.postings.get(stem);
        if (!list) this.postings.set(stem, (list = []));
        list.push(indexed);
      }
    }
    const topicCount = new Set(entries.map((e) => e.topic)).size;
    for (const [stem, topics] of topicsByStem) this.idf.set(stem, Math.log(1 + topicCount / topics.size));
    // A word the knowledge never uses is as informative as a word of a single topic: it may be the very
    // subject of the question ("bowling", "carbonade"), which the assistant does not know.
    this.unknownIdf = Math.log(1 + topicCount);

    this.stemsByLength = [...topicsByStem.keys()];
    this.fuse = new Fuse(this.stemsByLength, {
      includeScore: true,
      threshold: FUZZY_MAX_SCORE,
      ignoreLocation: true,
      ignoreDiacritics: true,
      minMatchCharLength: 3,
    });
  }

  idfOf(stem: string): number {
    return this.idf.get(stem) ?? this.unknownIdf;
  }

  entriesWith(stem: string): readonly IndexedEntry[] {
    return this.postings.get(stem) ?? [];
  }

  /** The vocabulary stems a message token stands for, best first; empty when the word is unknown. */
  match(token: Token): VocabularyMatch[] {
    const cached = this.matchCache.get(token.stem);
    if (cached) return cached;
    const matches = this.computeMatch(token.stem);
    if (this.matchCache.size > 20_000) this.matchCache.clear();
    this.matchCache.set(token.stem, matches);
    return matches;
  }

  private computeMatch(stem: string): VocabularyMatch[] {
    if (this.idf.has(stem)) return [{ stem, similarity: MATCH.exact }];
    const matches: VocabularyMatch[] = [];
    // Prefix: "inscript" ~ "inscrir", "numeriq" ~ "numer": same word, other ending. Both sides ≥ 4 letters, and the
    // shared part must be most of the shorter one, so "ecol" (école) never meets "ecolog" (écologie) by accident.
    if (stem.length >= PREFIX_MIN_LENGTH) {
      for (const candidate of this.stemsByLength) {
        if (candidate.length < PREFIX_MIN_LENGTH) continue;
        const [short, long] = candidate.length < stem.length ? [candidate, stem] : [stem, candidate];
        if (long.startsWith(short) && long.length - short.length <= 3 && short.length >= 5) {
          matches.push({ stem: candidate, similarity: MATCH.prefix });
        }
      }
    }
    // Typos: Fuse.js proposes close vocabulary stems; only those within a small edit distance and starting with the
    // same letter are kept (Fuse alone, with ignoreLocation, also proposes words that merely contain the pattern).
    if (matches.length === 0 && stem.length >= FUZZY_MIN_LENGTH) {
      const allowed = stem.length >= 8 ? 2 : 1;
      for (const hit of this.fuse.search(stem, { limit: 5 })) {
        const candidate = hit.item;
        if (candidate[0] !== stem[0] || candidate.length < FUZZY_MIN_LENGTH) continue;
        const edits = distance(stem, candidate);
        if (edits > allowed) continue;
        matches.push({ stem: candidate, similarity: MATCH.fuzzyMax * (1 - edits / (allowed + 2)) });
      }
    }
    return matches.sort((a, b) => b.similarity - a.similarity);
  }

  private weigh(entry: Entry, extraPhrasings: readonly string[]): Map<string, number> {
    const weights = new Map<string, number>();
    const raise = (stem: string, weight: number) => {
      if (weight > (weights.get(stem) ?? 0)) weights.set(stem, weight);
    };
    const stems = (text: string) => new Set(this.normaliser.normalise(text).tokens.map((t) => t.stem));

    for (const text of entry.vocabulary) {
      for (const stem of stems(text)) raise(stem, FIELD_WEIGHT.vocabulary);
    }
    for (const text of [entry.title.fr, entry.title.en, ...entry.keywords]) {
      for (const stem of stems(text)) raise(stem, FIELD_WEIGHT.keyword);
    }
    const counts = new Map<string, number>();
    for (const text of [...entry.phrasings.fr, ...entry.phrasings.en, ...extraPhrasings]) {
      for (const stem of stems(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
    for (const [stem, count] of counts) {
      const share = Math.min(1, count / PHRASINGS_FOR_FULL_WEIGHT);
      raise(stem, FIELD_WEIGHT.phrasingMin + (1 - FIELD_WEIGHT.phrasingMin) * share);
    }
    return weights;
  }
}
