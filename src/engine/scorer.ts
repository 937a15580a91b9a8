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

export function scoreMessage(tokens: Token[], index: SearchIndex, scoring = SCORING): ScoredMessage {
  const unique = new Map<string, Token>();
  for (const token of tokens) if (!unique.has(token.stem)) unique.set(token.stem, token);
  if (unique.size === 0) return { scores: [], totalWeight: 0, empty: true };

  // The per-entry arrays are the index's, reused from message to message: zero wherever no message is writing.
  const scratch = scratchOf(index);
  const explained: number[] = [];
  const touched: number[] = [];
  try {
    return scoreWith(unique, tokens, index, scoring, scratch, explained, touched);
  } finally {
    for (const slot of explained) {
      scratch.weightOf[slot] = scratch.strongOf[slot] = scratch.coverageOf[slot] = scratch.isExplained[slot] = 0;
      scratch.titleHitsOf[slot] = undefined;
    }
    for (const slot of touched) scratch.bestStrength[slot] = 0;
  }
}

/**
 * Per entry, by its slot (typed arrays rather than maps of objects: with large knowledge a message touches
 * thousands of entries): explained weight, the part from non-weak words, the title words named; `explained` lists
 * the slots in order of first explanation. Per token: each entry's best vocabulary match (a word is explained once,
 * not once per variant); 0 = none yet.
 */
function scoreWith(
  unique: Map<string, Token>,
  tokens: Token[],
  index: SearchIndex,
  scoring: typeof SCORING,
  { weightOf, strongOf, titleHitsOf, isExplained, bestStrength, bestStem, bestInTitle, coverageOf }: Scratch,
  explained: number[],
  touched: number[],
): ScoredMessage {
  let totalWeight = 0;

  for (const token of unique.values()) {
    const matches = index.match(token);
    // A word weighs as much as the most specific of its best readings: a weaker guess ("inscris" ~ "linscris" beside
    // "inscrits") must not make the word weigh more than what it most likely is.
    const best = matches[0]?.similarity ?? 0;
    let specificity = matches.length > 0 ? -Infinity : index.unknownIdf * scoring.unknownFactor;
    for (const m of matches) if (m.similarity === best) specificity = Math.max(specificity, index.idfOf(m.stem));
    const weight = specificity * (token.weak ? scoring.weakFactor : 1);
    totalWeight += weight;

    for (const match of matches) {
      const { slots, weights, inTitle } = index.postingsOf(match.stem);
      for (let i = 0; i < slots.length; i++) {
        const slot = slots[i] as number;
        const strength = match.similarity * (weights[i] as number);
        const previous = bestStrength[slot] as number;
        if (strength > previous) {
          if (previous === 0) touched.push(slot);
          bestStrength[slot] = strength;
          bestStem[slot] = match.stem;
          bestInTitle[slot] = inTitle[i] as number;
        }
      }
    }
    for (const slot of touched) {
      const strength = bestStrength[slot] as number;
      bestStrength[slot] = 0;
      if (!isExplained[slot]) {
        isExplained[slot] = 1;
        explained.push(slot);
      }
      weightOf[slot] = (weightOf[slot] as number) + weight * strength;
      if (!token.weak) strongOf[slot] = (strongOf[slot] as number) + weight * strength;
      if (bestInTitle[slot]) (titleHitsOf[slot] ??= new Set()).add(bestStem[slot] as string);
    }
    touched.length = 0;
  }

  const effectiveTotal =
    totalWeight <= scoring.shortQuestionWeight
      ? totalWeight
      : scoring.shortQuestionWeight + scoring.longFactor * (totalWeight - scoring.shortQuestionWeight);

  const named = index.slotsNamedIn(tokens.map((t) => t.stem));
  for (const slot of explained) {
    const titleStems = index.titleStemCounts[slot] as number;
    const titleShare = titleStems ? (titleHitsOf[slot]?.size ?? 0) / titleStems : 0;
    const titleFactor = scoring.titleBase + (1 - scoring.titleBase) * titleShare;
    let coverage = Math.min(1, (weightOf[slot] as number) / effectiveTotal) * titleFactor;
    if (named.has(slot)) coverage += scoring.phraseBonus * (1 - coverage);
    coverageOf[slot] = coverage;
  }
  // Ties by entry id (localeCompare order, precomputed as ranks), so the same message always gets the same order.
  const { ranks } = index;
  explained.sort((a, b) => (coverageOf[b] as number) - (coverageOf[a] as number) || (ranks[a] as number) - (ranks[b] as number));
  const scores: EntryScore[] = explained.map((slot) => ({
    indexed: index.entries[slot] as IndexedEntry,
    coverage: coverageOf[slot] as number,
    strongEvidence: strongOf[slot] as number,
  }));
  return { scores, totalWeight, empty: false };
}

/** One message's sums per entry slot (see scoreMessage); all zero between two messages. */
interface Scratch {
  weightOf: Float64Array;
  strongOf: Float64Array;
  titleHitsOf: (Set<string> | undefined)[];
  isExplained: Uint8Array;
  bestStrength: Float64Array;
  bestStem: string[];
  bestInTitle: Uint8Array;
  coverageOf: Float64Array;
}

/**
 * Scoring is synchronous, so one set of arrays per index serves every message: a message no longer allocates and
 * zeroes eight arrays the size of the knowledge (most of a turn's short-lived memory in the engine).
 */
const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const size = index.entries.length;
    scratch = {
      weightOf: new Float64Array(size),
      strongOf: new Float64Array(size),
      titleHitsOf: new Array<Set<string> | undefined>(size),
      isExplained: new Uint8Array(size),
      bestStrength: new Float64Array(size),
      bestStem: new Array<string>(size),
      bestInTitle: new Uint8Array(size),
      coverageOf: new Float64Array(size),
    };
    scratches.set(index, scratch);
  }
  return scratch;
}
