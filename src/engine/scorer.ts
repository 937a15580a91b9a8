/**
 * Scores entries for a message: the share of the message's information that an entry explains ("coverage").
 *
 * Each content word of the message weighs its specificity (idf over topics; weak words like "samedi" a fraction of
 * it; unknown words as much as the rarest known word). An entry explains a word as much as it contains a matching
 * stem (exact, prefix or fuzzy) times how characteristic that stem is of the entry. Coverage = explained weight /
 * total weight, in [0, 1], and — unlike raw Fuse.js scores — comparable from one message to the next: "recette
 * carbonade flamande" is 0 % explained by anything, "kan passe le bus santé" is mostly explained by one entry.
 *
 * Two refinements, each for a pattern seen in residents' messages:
 *  - long stories ("depuis que mon mari est décédé, je me retrouve seule devant la tablette…") carry many incidental
 *    words; beyond a short question's worth of weight, extra weight counts for less, so a story is not diluted into
 *    "I don't know" while a short out-of-scope question ("prix du gasoil") still is;
 *  - naming an entry's title words ("pôle culturel", "club ados") favours that entry over others that merely mention
 *    them (the digital workshops also happen at the pôle culturel).
 */
import type { Token } from './normalise.js';
import type { IndexedEntry, SearchIndex } from './search-index.js';

export const SCORING = Object.freeze({
  /** Weak words count for this fraction of their specificity: they refine a question, they do not make one. */
  weakFactor: 0.5,
  /** Words the knowledge never uses count for this fraction of the highest specificity. */
  unknownFactor: 0.7,
  /** Weight of a short question (about three specific words); beyond it, weight counts for `longFactor` only. */
  shortQuestionWeight: 10,
  longFactor: 0.5,
  /** An entry none of whose title words is named keeps this share of its coverage. */
  titleBase: 0.8,
  /** A message containing one of an entry's multi-word titles or keywords ("bus santé") closes this share of the gap to 1. */
  phraseBonus: 0.15,
});

export interface EntryScore {
  indexed: IndexedEntry;
  /** 0..1: share of the message explained, adjusted for long messages and title words. */
  coverage: number;
  /** Explained weight coming from non-weak words: an answer needs some. */
  strongEvidence: number;
}

export interface ScoredMessage {
  scores: EntryScore[]; // best first
  totalWeight: number;
  /** True when the message has no content word at all ("??", "ok", only stopwords). */
  empty: boolean;
}

interface Explained {
  weight: number;
  strong: number;
  titleHits: Set<string>;
}

export function scoreMessage(tokens: Token[], index: SearchIndex, scoring = SCORING): ScoredMessage {
  const unique = new Map<string, Token>();
  for (const token of tokens) if (!unique.has(token.stem)) unique.set(token.stem, token);
  if (unique.size === 0) return { scores: [], totalWeight: 0, empty: true };

  let totalWeight = 0;
  const explained = new Map<IndexedEntry, Explained>();

  for (const token of unique.values()) {
    const matches = index.match(token);
    const specificity = matches.length > 0 ? Math.max(...matches.map((m) => index.idfOf(m.stem))) : index.unknownIdf * scoring.unknownFactor;
    const weight = specificity * (token.weak ? scoring.weakFactor : 1);
    totalWeight += weight;

    // For each entry, the best of this token's vocabulary matches (a word is explained once, not once per variant).
    const best = new Map<IndexedEntry, { strength: number; stem: string }>();
    for (const match of matches) {
      for (const indexed of index.entriesWith(match.stem)) {
        const strength = match.similarity * (indexed.weights.get(match.stem) ?? 0);
        if (strength > (best.get(indexed)?.strength ?? 0)) best.set(indexed, { strength, stem: match.stem });
      }
    }
    for (const [indexed, { strength, stem }] of best) {
      let acc = explained.get(indexed);
      if (!acc) explained.set(indexed, (acc = { weight: 0, strong: 0, titleHits: new Set() }));
      acc.weight += weight * strength;
      if (!token.weak) acc.strong += weight * strength;
      if (indexed.titleStems.has(stem)) acc.titleHits.add(stem);
    }
  }

  const effectiveTotal =
    totalWeight <= scoring.shortQuestionWeight
      ? totalWeight
      : scoring.shortQuestionWeight + scoring.longFactor * (totalWeight - scoring.shortQuestionWeight);

  const said = ` ${tokens.map((t) => t.stem).join(' ')} `;
  const scores: EntryScore[] = [...explained].map(([indexed, acc]) => {
    const titleShare = indexed.titleStems.size ? acc.titleHits.size / indexed.titleStems.size : 0;
    const titleFactor = scoring.titleBase + (1 - scoring.titleBase) * titleShare;
    let coverage = Math.min(1, acc.weight / effectiveTotal) * titleFactor;
    if (indexed.phrases.some((phrase) => said.includes(phrase))) coverage += scoring.phraseBonus * (1 - coverage);
    return { indexed, coverage, strongEvidence: acc.strong };
  });
  scores.sort((a, b) => b.coverage - a.coverage || a.indexed.entry.id.localeCompare(b.indexed.entry.id));
  return { scores, totalWeight, empty: false };
}
