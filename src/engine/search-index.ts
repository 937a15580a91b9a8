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
import { allPhrasings, type Entry } from '../knowledge/schema.js';
import type { Normaliser, Token } from './normalise.js';
import { TopicClassifier, type TopicPosterior } from './topic-classifier.js';
import { phoneticKey, typoCost } from './typos.js';
import { Vocabulary } from './vocabulary.js';

/** How much a field of an entry vouches for a stem. Keywords and titles are chosen words; phrasings are examples. */
const FIELD_WEIGHT = { keyword: 1, title: 1, phrasingMin: 0.6, vocabulary: 0.5 } as const;
/** A stem seen in this many phrasings of an entry counts as fully characteristic of it. */
const PHRASINGS_FOR_FULL_WEIGHT = 3;

/** Similarity given to a match that is not exact. */
export const MATCH = { exact: 1, doubled: 0.95, prefix: 0.85, fuzzyMax: 0.8, phonetic: 0.75, phoneticFuzzyMax: 0.7, wordMax: 0.8 } as const;
/**
 * A word that is a knowledge word with a letter doubled or a double letter typed once ("quartierr", "menuu",
 * "apartement", "chofage" is not one) is that word: the commonest slip of French spelling and of fast typing. Words of
 * 4+ letters (a double dropped: 5+, "sale" is not "salle").
 */
const DOUBLED_MIN_LENGTH = 4;
const DOUBLE_DROPPED_MIN_LENGTH = 5;

/**
 * A word without its double letters, for `doubledReadings`. Not "ee": folded, it is the "ée" of a feminine ("douée"
 * is "doué", a word of its own, not a slip).
 */
function undoubled(word: string): string {
  return word.replace(/([b-df-hj-np-tv-z]|[aiou])\1+/g, '$1');
}
const FUZZY_MIN_LENGTH = 5;
const TYPING_MIN_LENGTH = 4;
const FUZZY_MAX_SCORE = 0.25;
/** A sound key this short ("fi", "lun") names too many words: such keys are not matched. */
const PHONETIC_MIN_KEY = 3;
const PHONETIC_MIN_WORD = 4;
/** A word this short whose stem is the knowledge's is taken as written (see exactStem). */
const STEM_COLLISION_MIN_WORD = 4;

/**
 * How a word the knowledge does not use is matched to one it does (the ablation table of docs/engine.md compares
 * them, `npm run eval:typos`):
 *  - `fuseStems`: Fuse.js proposes close stems of the vocabulary; `'edits'` keeps those within a plain edit distance
 *    starting with the same letter (before issue 13), `'typing'` those within a typing-shaped cost (typos.ts), which
 *    stops the false friends ("constitu" → "constip") and lets a dropped first "h" through;
 *  - `phonetic`: the word's French sound key equals the key of a knowledge word ("arceler" ~ "harceler");
 *  - `fusePhonetic`: Fuse.js over the sound keys of the knowledge's words, confirmed by the typing cost of the keys
 *    ("fomation" ~ "formation", "recreassion" ~ "récréation");
 *  - `fuseWords`: Fuse.js over the knowledge's whole words and the stopwords, confirmed by the typing cost of the
 *    words. Whole words, not stems: "persnnes" is one letter from "personnes" but two from its stem "person";
 *    "demnade" is one swap from "demande". A word closest to a stopword ("dnas", "sias", "touut", "puvez") is a
 *    misspelt common word and is dropped (`isMisspeltCommonWord`) instead of counting as an unknown word, which weighs
 *    as much as the rarest word of the knowledge and drowns the question.
 */
export interface TypoMatching {
  fuseStems: 'off' | 'edits' | 'typing';
  phonetic: boolean;
  fusePhonetic: boolean;
  fuseWords: boolean;
}

export const TYPO_MATCHING: Readonly<TypoMatching> = Object.freeze({ fuseStems: 'typing', phonetic: true, fusePhonetic: true, fuseWords: true });
const PREFIX_MIN_LENGTH = 4;
const PREFIX_MIN_SHORTER = 5;
const PREFIX_MAX_EXTRA = 3;
/**
 * The elided words residents glue to the next one ("lecole", "dordi", "quil"): see gluedElision. Not "c": it only
 * elides before "est", "etait", "a" (normalise.ts), and read before any vowel it made "cartier" "c'artiste" and
 * "cherhce" "c'heer".
 */
const ELIDED = ['qu', 'l', 'd', 'j', 'm', 's', 't', 'n'];
/** Articles glued to the next word ("lamairie"): see gluedElision. */
const GLUED_ARTICLES = ['la', 'le', 'les'];
/** Fuse.js proposes this many close stems at most. */
const FUZZY_LIMIT = 5;
/**
 * …and this many close words (words of about the same length only: see Vocabulary.nearby); more for short words,
 * which longer words contain exactly ("sir" in "sirop") and Fuse.js ranks first.
 */
const WORDS_LIMIT = 8;
const SHORT_WORDS_LIMIT = 24;
/**
 * Fuse.js's score is its edit count over the word's length; a swap is two edits for it and one for the typing cost,
 * so Fuse.js must look further than the cost allows (up to two edits in four letters) for the cost to decide.
 */
const WORDS_FUSE_THRESHOLD = 0.5;

/** A word of the knowledge (or a stopword: stem '') within the typing cost of a resident's word. */
interface CloseWord {
  word: string;
  stem: string;
  cost: number;
}

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
  /**
   * The entry's id in `localeCompare` order, the tie-break of equal scores — precomputed because comparing ids
   * with localeCompare while sorting thousands of scores was the scorer's main cost with large knowledge.
   */
  rank: number;
  /** The entry's position in `SearchIndex.entries`: the scorer keeps its per-entry sums in arrays at this index. */
  slot: number;
}

/**
 * The entries that contain a stem, as parallel arrays (compact: the scorer reads thousands of them per message with
 * large knowledge): their slots, how strongly (their `weights` value for the stem), and 1 where it is a title word.
 */
export interface Postings {
  slots: Int32Array;
  weights: Float64Array;
  inTitle: Uint8Array;
}

const NO_POSTINGS: Postings = { slots: new Int32Array(0), weights: new Float64Array(0), inTitle: new Uint8Array(0) };

export class SearchIndex {
  readonly entries: IndexedEntry[];
  /** stem → inverse document frequency over topics (a stem found in every topic says little). */
  private readonly idf = new Map<string, number>();
  /** stem → entries that contain it, for scoring only the entries a message can touch. */
  private readonly postings = new Map<string, Postings>();
  /** By slot: the entry's rank (see IndexedEntry) and how many title stems it has. */
  readonly ranks: Int32Array;
  readonly titleStemCounts: Int32Array;
  /** Phrase (" stem stem ", see `phrases`) → the entries that have it; and the most stems in one phrase. */
  private readonly phraseEntries = new Map<string, IndexedEntry[]>();
  private longestPhrase = 0;
  /** The vocabulary's stems with the lookups of the prefix and typo matches (vocabulary.ts). */
  private readonly vocabulary: Vocabulary;
  private readonly matchCache = new Map<string, Map<string, VocabularyMatch[]>>();
  private matchCacheSize = 0;
  readonly unknownIdf: number;
  /** The second opinion on a message's topic, trained on the same texts (topic-classifier.ts). */
  private readonly classifier: TopicClassifier;
  /** Sound key (typos.ts) → the stems of the knowledge's words that have it; and those keys, for Fuse.js. */
  private readonly phoneticStems = new Map<string, string[]>();
  private readonly phoneticKeys: Vocabulary;
  /** Words the knowledge uses elsewhere (danger lists, out-of-scope domains...): real words, never someone's typo. */
  private readonly knownWords: ReadonlySet<string>;
  /** The knowledge's words (after spelling and terms, before stemming) → their stems; stopwords → ''. */
  private readonly wordStems = new Map<string, string>();
  /** Those words and the stopwords, for Fuse.js (`fuseWords`). */
  private readonly words: Vocabulary;
  /** closeWords's answers, remembered: every message asks it of its unknown words (isMisspeltCommonWord). */
  private readonly closeWordsCache = new Map<string, CloseWord[]>();
  /** Sound keys of the stopwords: "fé" sounds like "fait", "dan" like "dans". */
  private readonly stopwordSounds = new Set<string>();
  /** The knowledge's content words without their double letters → those words (`doubledReadings`). */
  private readonly undoubledWords = new Map<string, string[]>();

  constructor(
    entries: Entry[],
    private readonly normaliser: Normaliser,
    extraPhrasings: ReadonlyMap<string, readonly string[]> = new Map(),
    private readonly typos: Readonly<TypoMatching> = TYPO_MATCHING,
    knownWords: Iterable<string> = [],
  ) {
    this.knownWords = new Set(knownWords);
    this.entries = entries.map((entry, slot) => ({
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
      rank: 0,
      slot,
    }));
    rankByLocaleCompare(this.entries);

    this.ranks = Int32Array.from(this.entries, (indexed) => indexed.rank);
    this.titleStemCounts = Int32Array.from(this.entries, (indexed) => indexed.titleStems.size);

    const topicsByStem = new Map<string, Set<string>>();
    const withStem = new Map<string, IndexedEntry[]>();
    for (const indexed of this.entries) {
      for (const stem of indexed.weights.keys()) {
        let topics = topicsByStem.get(stem);
        if (!topics) topicsByStem.set(stem, (topics = new Set()));
        topics.add(indexed.entry.topic);
        let list = withStem.get(stem);
        if (!list) withStem.set(stem, (list = []));
        list.push(indexed);
      }
      for (const phrase of indexed.phrases) {
        const list = this.phraseEntries.get(phrase);
        if (list) list.push(indexed);
        else this.phraseEntries.set(phrase, [indexed]);
        this.longestPhrase = Math.max(this.longestPhrase, phrase.trim().split(' ').length);
      }
    }
    for (const [stem, list] of withStem) {
      this.postings.set(stem, {
        slots: Int32Array.from(list, (indexed) => indexed.slot),
        weights: Float64Array.from(list, (indexed) => indexed.weights.get(stem) ?? 0),
        inTitle: Uint8Array.from(list, (indexed) => (indexed.titleStems.has(stem) ? 1 : 0)),
      });
    }
    const topicCount = new Set(entries.map((e) => e.topic)).size;
    for (const [stem, topics] of topicsByStem) this.idf.set(stem, Math.log(1 + topicCount / topics.size));
    // A word the knowledge never uses is as informative as a word of a single topic: it may be the very
    // subject of the question ("bowling", "carbonade"), which the assistant does not know.
    this.unknownIdf = Math.log(1 + topicCount);

    this.classifier = new TopicClassifier(classifierDocuments(entries, extraPhrasings, normaliser));

    const fuse = { includeScore: true, threshold: FUZZY_MAX_SCORE, ignoreLocation: true, ignoreDiacritics: true, minMatchCharLength: 3 };
    this.vocabulary = new Vocabulary([...topicsByStem.keys()], {
      // Same rule as computeMatch states: both sides ≥ 4 letters and the shorter one ≥ 5, so ≥ 5 for both.
      prefix: { minLength: Math.max(PREFIX_MIN_LENGTH, PREFIX_MIN_SHORTER), maxExtra: PREFIX_MAX_EXTRA },
      fuse,
    });

    for (const stopword of normaliser.stopwordList()) {
      this.wordStems.set(stopword, '');
      this.stopwordSounds.add(phoneticKey(stopword));
    }
    for (const entry of entries) {
      // Sound keys are French sounds: an English word has none ("while" is not said "vil", nor "mock" "moque").
      const english = new Set([entry.title.en, ...allPhrasings(entry, 'en')]);
      for (const text of entryTexts(entry, extraPhrasings)) {
        for (const token of normaliser.normalise(text).tokens) {
          if (!this.wordStems.has(token.word)) this.wordStems.set(token.word, token.stem);
          if (!english.has(text)) this.addSound(token.word, token.stem);
        }
      }
    }
    // The lexicon's words read as what they become: "travial" is "travail", which the knowledge calls "emploi";
    // "rakété" sounds like "racket", which it calls "harcèlement".
    for (const word of normaliser.lexiconWords()) {
      if (this.wordStems.has(word)) continue;
      const tokens = normaliser.normalise(word).tokens;
      // A word the lexicon writes as several ("nounou" → "assistante maternelle") stands for the most specific of them:
      // "nounoo" and "nunou" are still the childminder.
      const stem = tokens.length === 1 ? (tokens[0]?.stem ?? '') : mostSpecific(tokens.map((t) => t.stem), this.idf);
      if (tokens.length === 0) this.wordStems.set(word, '');
      if (!this.idf.has(stem)) continue;
      this.wordStems.set(word, stem);
      this.addSound(word, stem);
    }
    for (const [word, stem] of this.wordStems) {
      if (!stem || word.length < DOUBLED_MIN_LENGTH) continue;
      const key = undoubled(word);
      const list = this.undoubledWords.get(key);
      if (!list) this.undoubledWords.set(key, [word]);
      else list.push(word);
    }
    this.phoneticKeys = new Vocabulary([...this.phoneticStems.keys()], { prefix: { minLength: 99, maxExtra: 0 }, fuse });
    this.words = new Vocabulary([...this.wordStems.keys()], {
      prefix: { minLength: 99, maxExtra: 0 },
      fuse: { ...fuse, threshold: WORDS_FUSE_THRESHOLD, minMatchCharLength: 2 },
    });
  }

  /** Remembers that `word`, which stands for `stem`, has its sound key (words and keys long enough to tell apart). */
  private addSound(word: string, stem: string): void {
    if (word.length < PHONETIC_MIN_WORD) return;
    const key = phoneticKey(word);
    if (key.length < PHONETIC_MIN_KEY) return;
    const stems = this.phoneticStems.get(key);
    if (!stems) this.phoneticStems.set(key, [stem]);
    else if (!stems.includes(stem)) stems.push(stem);
  }

  /** The classifier's opinion on a message, each word read as the knowledge word it matches best (typos, endings). */
  classify(tokens: readonly Token[]): TopicPosterior | undefined {
    return this.classifier.classify(tokens.map((token) => this.match(token)[0]?.stem ?? token.stem));
  }

  idfOf(stem: string): number {
    return this.idf.get(stem) ?? this.unknownIdf;
  }

  postingsOf(stem: string): Postings {
    return this.postings.get(stem) ?? NO_POSTINGS;
  }

  /**
   * The slots of the entries one of whose `phrases` the message says, word for word: `stems` are the message's stems in order.
   * (Looked up by the message's runs of words rather than by testing every entry's phrases: with large knowledge a
   * message touches thousands of entries, and has only a few runs of words.)
   */
  slotsNamedIn(stems: readonly string[]): Set<number> {
    const named = new Set<number>();
    for (let start = 0; start < stems.length; start++) {
      // The run of words from `start` grows one word at a time (no slice and join of each run).
      let run = ` ${stems[start] as string}`;
      for (let n = 2; n <= this.longestPhrase && start + n <= stems.length; n++) {
        run += ` ${stems[start + n - 1] as string}`;
        for (const indexed of this.phraseEntries.get(`${run} `) ?? []) named.add(indexed.slot);
      }
    }
    return named;
  }

  /** The vocabulary stems a message token stands for, best first; empty when the word is unknown. */
  match(token: Token): VocabularyMatch[] {
    // By stem, then word: no key string to build for each word of each message.
    let byWord = this.matchCache.get(token.stem);
    const cached = byWord?.get(token.word);
    if (cached) return cached;
    const matches = this.computeMatch(token);
    if (this.matchCacheSize >= 20_000) {
      this.matchCache.clear();
      this.matchCacheSize = 0;
      byWord = undefined;
    }
    if (byWord === undefined) this.matchCache.set(token.stem, (byWord = new Map()));
    byWord.set(token.word, matches);
    this.matchCacheSize++;
    return matches;
  }

  private computeMatch({ stem, word }: Token): VocabularyMatch[] {
    if (this.idf.has(stem)) return this.exactStem(stem, word);
    const doubled = this.doubledReadings(word);
    if (doubled.length > 0) return doubled.map((other) => ({ stem: other, similarity: MATCH.doubled }));
    // Prefix: "inscript" ~ "inscrir", "numeriq" ~ "numer": same word, other ending. Both sides ≥ 4 letters, and the
    // shared part must be most of the shorter one, so "ecol" (école) never meets "ecolog" (écologie) by accident.
    const matches: VocabularyMatch[] = this.vocabulary.prefixForms(stem).map((candidate) => ({ stem: candidate, similarity: MATCH.prefix }));
    if (this.knownWords.has(word)) return matches;
    if (matches.length > 0) {
      // Another ending, or a typo of another word: "dechetri" is "dechet" + "ri" or "decheterie" misspelt.
      if (this.typos.fuseWords) {
        for (const { stem: other, cost } of this.closeWords(word)) {
          if (other && !matches.some((m) => m.stem === other)) matches.push({ stem: other, similarity: this.wordSimilarity(word, cost) });
        }
      }
      return matches;
    }
    const best = new Map<string, number>();
    const offer = (candidate: string, similarity: number) => {
      if (similarity > (best.get(candidate) ?? 0)) best.set(candidate, similarity);
    };
    // Typos: Fuse.js proposes close vocabulary stems (with ignoreLocation it also proposes words that merely contain
    // the pattern); only those within a small cost are kept.
    // The typing cost keeps false friends out well enough to try stems of 4 letters too ("crch" ~ "crech").
    const minLength = this.typos.fuseStems === 'typing' ? TYPING_MIN_LENGTH : FUZZY_MIN_LENGTH;
    if (this.typos.fuseStems !== 'off' && stem.length >= minLength) {
      const allowed = stem.length >= 8 ? 2 : 1;
      for (const candidate of this.vocabulary.typoHits(stem, allowed, FUZZY_LIMIT)) {
        if (candidate.length < minLength) continue;
        const cost = this.typos.fuseStems === 'edits' ? (candidate[0] === stem[0] ? distance(stem, candidate) : allowed + 1) : typoCost(stem, candidate, allowed);
        if (cost <= allowed) offer(candidate, MATCH.fuzzyMax * (1 - cost / (allowed + 2)));
      }
    }
    const key = this.typos.phonetic || this.typos.fusePhonetic ? phoneticKey(word) : '';
    if (word.length >= PHONETIC_MIN_WORD && key.length >= PHONETIC_MIN_KEY) {
      // Sounds: "arceler" is written as "harceler" sounds; "cartier" as "quartier".
      if (this.typos.phonetic) for (const candidate of this.phoneticStems.get(key) ?? []) offer(candidate, MATCH.phonetic);
      // Sounds with a typo on top: Fuse.js over the knowledge's sound keys ("fomasiO" ~ "formasiO").
      if (this.typos.fusePhonetic && !this.phoneticStems.has(key) && key.length >= FUZZY_MIN_LENGTH) {
        const allowed = key.length >= 8 ? 2 : 1;
        for (const candidate of this.phoneticKeys.typoHits(key, allowed, FUZZY_LIMIT)) {
          const cost = typoCost(key, candidate, allowed);
          if (cost > allowed || candidate.length < FUZZY_MIN_LENGTH) continue;
          for (const s of this.phoneticStems.get(candidate) ?? []) offer(s, MATCH.phoneticFuzzyMax * (1 - cost / (allowed + 2)));
        }
      }
    }
    if (this.typos.fuseWords) {
      for (const { stem: candidateStem, cost } of this.closeWords(word)) {
        if (!candidateStem) continue;
        offer(candidateStem, this.wordSimilarity(word, cost));
      }
      for (const { stem: candidateStem, similarity } of this.gluedElision(word)) offer(candidateStem, similarity);
    }
    for (const [candidate, similarity] of best) matches.push({ stem: candidate, similarity });
    return matches.sort((a, b) => b.similarity - a.similarity || (a.stem < b.stem ? -1 : 1));
  }

  /**
   * A stem of the knowledge, reached by a word it never writes: a new ending of a known word ("inscrivez"), or a
   * misspelt word whose stem falls on another word's ("meri" → "mer" of "mère", not "mairie"; "parant" → "par";
   * "metie" → "met"). The exact stem comes first and sets the word's weight; the words it sounds like or is within
   * the typing cost of are offered too, so the entry the resident meant is explained as well.
   */
  private exactStem(stem: string, word: string): VocabularyMatch[] {
    const matches: VocabularyMatch[] = [{ stem, similarity: MATCH.exact }];
    if (!this.typos.fuseWords || word.length < STEM_COLLISION_MIN_WORD || this.wordStems.has(word) || this.knownWords.has(word)) return matches;
    // "apartement" is "appartement", not the "apart" its stem falls on.
    const doubled = this.doubledReadings(word).filter((other) => other !== stem);
    if (doubled.length > 0) return [...doubled.map((other) => ({ stem: other, similarity: MATCH.exact })), { stem, similarity: MATCH.doubled }];
    const offer = (candidate: string, similarity: number) => {
      const known = matches.find((m) => m.stem === candidate);
      if (known) known.similarity = Math.max(known.similarity, similarity);
      else matches.push({ stem: candidate, similarity });
    };
    for (const { stem: other, cost } of this.closeWords(word)) if (other) offer(other, this.wordSimilarity(word, cost));
    const key = phoneticKey(word);
    if (this.typos.phonetic && key.length >= PHONETIC_MIN_KEY) for (const other of this.phoneticStems.get(key) ?? []) offer(other, MATCH.phonetic);
    return matches.sort((a, b) => b.similarity - a.similarity || (a.stem < b.stem ? -1 : 1));
  }

  /**
   * A glued elision whose rest the normaliser could not split, because it is misspelt or a lexicon word: "limeuble"
   * is "l'immeuble", "lamploi" "l'emploi" (the lexicon's "amploi"), "dordi" "d'ordi". The rest (4+ letters, from a
   * vowel or h) is read as a word of the knowledge, exactly, within the typing cost or by its sound. An article glued
   * the same way ("lamairie", "lecantine") is read alike, whatever the rest starts with.
   */
  private gluedElision(word: string): VocabularyMatch[] {
    const found: VocabularyMatch[] = [];
    for (const prefix of [...ELIDED, ...GLUED_ARTICLES]) {
      const rest = word.slice(prefix.length);
      if (!word.startsWith(prefix) || rest.length < TYPING_MIN_LENGTH) continue;
      if (!GLUED_ARTICLES.includes(prefix) && !/^[aeiouyh]/.test(rest)) continue;
      const exact = this.wordStems.get(rest);
      if (exact) found.push({ stem: exact, similarity: MATCH.prefix });
      for (const { stem, cost } of this.closeWords(rest)) if (stem) found.push({ stem, similarity: this.wordSimilarity(rest, cost) });
      for (const stem of this.phoneticStems.get(phoneticKey(rest)) ?? []) found.push({ stem, similarity: MATCH.phonetic });
    }
    return found;
  }

  /**
   * The stems of the knowledge words that `word` is with double letters typed single or single ones doubled
   * ("quartierr", "meenu", "apartement", "demarrche"); none for a word the knowledge or its danger lists use.
   */
  private doubledReadings(word: string): string[] {
    if (!this.typos.fuseWords || word.length < DOUBLED_MIN_LENGTH || this.wordStems.has(word) || this.knownWords.has(word)) return [];
    const stems: string[] = [];
    for (const other of this.undoubledWords.get(undoubled(word)) ?? []) {
      if (other.length > word.length && word.length < DOUBLE_DROPPED_MIN_LENGTH) continue;
      const stem = this.wordStems.get(other) as string;
      if (!stems.includes(stem)) stems.push(stem);
    }
    return stems;
  }

  /** The share of the word's letters typed right: one slip in "cherhce" is surer than one in "clb". */
  private wordSimilarity(word: string, cost: number): number {
    return MATCH.wordMax * (1 - cost / word.length);
  }

  /**
   * The knowledge's words and stopwords within a typing cost of `word` (stem '' for a stopword): Fuse.js proposes,
   * the cost confirms. Words of 2–3 letters only meet the word with one letter more ("clb" → "club", "dan" → "dans"):
   * any other change of a word that short makes another word.
   */
  private closeWords(word: string): CloseWord[] {
    let found = this.closeWordsCache.get(word);
    if (!found) {
      found = this.findCloseWords(word);
      if (this.closeWordsCache.size > 20_000) this.closeWordsCache.clear();
      this.closeWordsCache.set(word, found);
    }
    return found;
  }

  private findCloseWords(word: string): CloseWord[] {
    if (word.length < 2 || !/^[a-z]+$/.test(word)) return [];
    const allowed = word.length >= 8 ? 2 : 1;
    const found: CloseWord[] = [];
    for (const candidate of this.words.nearby(word, allowed, word.length < 5 ? SHORT_WORDS_LIMIT : WORDS_LIMIT)) {
      if (word.length < 4 && candidate.length !== word.length + 1) continue;
      const stem = this.wordStems.get(candidate) ?? '';
      // A content word of 3 letters is too short to be told from the typos of others ("mona" is not "moa"), and a
      // word of 4 letters is a name or a foreign word more often than a stopword with a letter more ("mona", "lisa").
      if (stem ? candidate.length < TYPING_MIN_LENGTH : candidate.length < word.length && word.length < 5) continue;
      const cost = typoCost(word, candidate, allowed);
      if (cost <= allowed) found.push({ word: candidate, stem, cost });
    }
    return found.sort((a, b) => a.cost - b.cost);
  }

  /**
   * A word the knowledge does not use that is a misspelt stopword: as close to a stopword as to any word of the
   * knowledge ("dnas", "sias", "touut", "puvez", "tou"), or sounding like one and like no word of the knowledge
   * ("fé" → "fait", "dan" → "dans": short words only, a longer one sounding like a stopword is rather a name or a
   * foreign word, "painted"). Dropped like the stopwords (engine.ts).
   */
  isMisspeltCommonWord({ stem, word }: Token): boolean {
    if (!this.typos.fuseWords || !/^[a-z]+$/.test(word) || this.idf.has(stem) || this.knownWords.has(word) || this.wordStems.has(word)) return false;
    if (this.vocabulary.prefixForms(stem).length > 0 || this.doubledReadings(word).length > 0) return false;
    const key = phoneticKey(word);
    if (this.phoneticStems.has(key)) return false;
    if (this.twoStopwordsGlued(word)) return true;
    const close = this.closeWords(word);
    const stopwordCost = Math.min(...close.filter((c) => !c.stem).map((c) => c.cost));
    const contentCost = Math.min(...close.filter((c) => c.stem).map((c) => c.cost));
    if (Number.isFinite(stopwordCost)) return stopwordCost <= contentCost;
    return !Number.isFinite(contentCost) && word.length <= 4 && this.stopwordSounds.has(key);
  }

  /**
   * "jeveux", "cestou", "keske": two common words (of 2+ letters each) typed as one; or an elision glued to a common
   * word ("mavoir", "tetre": the normaliser splits only the usual pairs).
   */
  private twoStopwordsGlued(word: string): boolean {
    for (const prefix of ELIDED) {
      const rest = word.slice(prefix.length);
      if (word.startsWith(prefix) && rest.length >= 3 && /^[aeiouyh]/.test(rest) && this.wordStems.get(rest) === '') return true;
    }
    for (let cut = 2; cut <= word.length - 2; cut++) {
      if (this.wordStems.get(word.slice(0, cut)) === '' && this.wordStems.get(word.slice(cut)) === '') return true;
    }
    return false;
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
    for (const text of [...allPhrasings(entry), ...extraPhrasings]) {
      for (const stem of stems(text)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
    for (const [stem, count] of counts) {
      const share = Math.min(1, count / PHRASINGS_FOR_FULL_WEIGHT);
      raise(stem, FIELD_WEIGHT.phrasingMin + (1 - FIELD_WEIGHT.phrasingMin) * share);
    }
    return weights;
  }
}

/** The stem of the highest idf among `stems` that the knowledge uses ('' when none is). */
function mostSpecific(stems: readonly string[], idf: ReadonlyMap<string, number>): string {
  let best = '';
  for (const stem of stems) if ((idf.get(stem) ?? 0) > (idf.get(best) ?? 0)) best = stem;
  return best;
}

/** Every text of an entry that the index reads: titles, keywords, vocabulary, phrasings (and taught ones). */
function entryTexts(entry: Entry, extraPhrasings: ReadonlyMap<string, readonly string[]>): string[] {
  return [entry.title.fr, entry.title.en, ...entry.keywords, ...entry.vocabulary, ...allPhrasings(entry), ...(extraPhrasings.get(entry.id) ?? [])];
}

/** Each phrasing, keyword, vocabulary line and the titles of an entry: one small document of its topic. */
function* classifierDocuments(
  entries: Entry[],
  extraPhrasings: ReadonlyMap<string, readonly string[]>,
  normaliser: Normaliser,
): Iterable<{ topic: string; stems: string[] }> {
  for (const entry of entries) {
    const texts = [
      ...allPhrasings(entry),
      ...(extraPhrasings.get(entry.id) ?? []),
      ...entry.keywords,
      ...entry.vocabulary,
      `${entry.title.fr} ${entry.title.en}`,
    ];
    for (const text of texts) yield { topic: entry.topic, stems: normaliser.normalise(text).tokens.map((t) => t.stem) };
  }
}

/** Sets each entry's `rank`: its id's place in localeCompare order, equal ranks where localeCompare says equal. */
function rankByLocaleCompare(entries: IndexedEntry[]): void {
  const sorted = [...entries].sort((a, b) => a.entry.id.localeCompare(b.entry.id));
  let rank = 0;
  sorted.forEach((indexed, i) => {
    const previous = sorted[i - 1];
    if (previous && previous.entry.id.localeCompare(indexed.entry.id) !== 0) rank += 1;
    indexed.rank = rank;
  });
}
