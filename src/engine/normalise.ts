/**
 * Normalisation of residents' French (and English) into comparable tokens.
 *
 * The same pipeline runs on residents' messages and on the knowledge's phrasings and keywords, so both sides meet
 * in the middle: "Jsuis seule avec 2 ptits, personne pr les garder!!" and "Je suis seule avec deux petits…" end as
 * the same stems. Steps, in order (each one exists because residents write that way):
 *   1. fold: lowercase, no accents (many phones type none), œ → oe, letters repeated 3+ times collapsed
 *      ("merciiii"), punctuation and apostrophes → spaces ("l'école" → "l ecole").
 *   2. spelling (lexicon): SMS and abbreviations, longest match first ("jsuis" → "je suis", "qlq1" → "quelqu un").
 *   3. glued elisions: "jai", "lecole", "davoir", "sinscrire" are split when the rest is a known word.
 *   → this "folded" text is what danger signals and follow-ups are matched against.
 *   4. terms (lexicon): residents' and English words → the knowledge's terms ("nounou" → "assistante maternelle").
 *   5. a verb's third person plural read as its singular ("passent" → "passe"), when that is a known word;
 *   6. stopwords dropped, short numbers dropped (ages, hours: "2 ans", "6h"), the rest stemmed (Snowball French).
 */
import { StemmerFr } from '@nlpjs/lang-fr';
import standardStopwords from 'stopwords-iso';
import { MAX_WORDS_IN_A_RULE, type LexiconFile } from '../knowledge/schema.js';
import { withoutAccents } from '../text/accents.js';
import { phoneticKey } from './typos.js';

/**
 * A bus line named by its number ("la ligne 5", "ligne de bus 12", "les lignes 3 et 7") asks for one network's
 * timetable, which the quarter's transports topic never gives: the number, otherwise dropped as a short number (step 6),
 * becomes the word NUMBERED_LINE, which an out-of-scope domain's vocabulary carries (knowledge/hors-champ.yaml).
 */
export const NUMBERED_LINE = 'lignenumero';
const LINE_WORDS = new Set(['ligne', 'lignes', 'line']);
const LINE_FILLERS = new Set(['de', 'du', 'bus', 'car', 'n', 'no', 'numero']);

/**
 * A coach or bus named by its number right after the word ("le bus 401", "bus 12 timetable", "le car 205") is a line
 * too, unless the number counts something ("le bus 2 fois par jour", "car 3 enfants"): "car" (also "because") needs
 * two digits at least.
 */
const VEHICLE_WORDS = new Set(['bus', 'car']);
const COUNTED = new Set(['fois', 'h', 'heure', 'heures', 'min', 'mn', 'minute', 'minutes', 'euro', 'euros', 'e', 'km', 'kilometre', 'kilometres', 'metre', 'metres', 'm', 'an', 'ans', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'personne', 'personnes', 'place', 'places', 'enfant', 'enfants', 'arret', 'arrets', 'ticket', 'tickets', 'trajet', 'trajets', 'x', 'times', 'hours', 'minutes', 'stops', 'par']);

function vehicleNumber(words: readonly string[], i: number): boolean {
  const before = words[i - 1];
  if (before === undefined || !VEHICLE_WORDS.has(before)) return false;
  if (before === 'car' && words[i]!.length < 2) return false;
  const after = words[i + 1];
  return after === undefined || !COUNTED.has(after);
}

function numberedLines(words: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < words.length; i++) {
    if (!/^\d{1,3}$/.test(words[i]!)) continue;
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && LINE_FILLERS.has(words[j]!)) j--;
    if ((j < 0 || !LINE_WORDS.has(words[j]!)) && !vehicleNumber(words, i)) continue;
    out ??= words.slice();
    out[i] = NUMBERED_LINE;
  }
  return out ?? words;
}

/**
 * Look-alikes told apart by what is near (lexicon `senses`): within a few words of a pet ("mon chien", "un chaton"),
 * "nounou", "garder", "famille d'accueil" speak of a pet sitter, not of childcare; near a phone or a console,
 * "chauffe" or "se charge plus" is a breakdown, not energy saving. The matched words are replaced before the terms
 * (step 4); the rest of the message is left alone. Words are compared folded, a final "s" or "x" ignored. The
 * danger safety net's reading (`singularVerbs: false`) leaves them out. `apply` returns its input when nothing changed.
 */
export class SenseRules {
  private readonly rules: { near: string[][]; window: number; words: { key: string[]; to: string[] }[] }[];

  constructor(senses: LexiconFile['senses']) {
    const split = (text: string) => fold(text).split(' ').filter(Boolean).map(singularish);
    this.rules = senses.map((sense) => ({
      near: sense.near.map(split).filter((w) => w.length > 0),
      window: sense.window,
      words: Object.entries(sense.words)
        .map(([key, to]) => ({ key: split(key), to: fold(to).split(' ').filter(Boolean) }))
        .filter((w) => w.key.length > 0)
        .sort((a, b) => b.key.length - a.key.length),
    }));
  }

  apply(words: readonly string[]): readonly string[] {
    if (this.rules.length === 0 || words.length < 2) return words;
    const loose = words.map(singularish);
    let out: readonly string[] = words;
    let looseOut: readonly string[] = loose;
    for (const rule of this.rules) {
      const spans: [number, number][] = [];
      for (const near of rule.near) for (let i = 0; i + near.length <= looseOut.length; i++) if (startsAt(looseOut, i, near)) spans.push([i, i + near.length - 1]);
      if (spans.length === 0) continue;
      let changed = false;
      const next: string[] = [];
      const nextLoose: string[] = [];
      for (let i = 0; i < out.length; ) {
        const hit = rule.words.find(
          (w) =>
            startsAt(looseOut, i, w.key) &&
            !spans.some(([a, b]) => i <= b && i + w.key.length - 1 >= a) &&
            spans.some(([a, b]) => Math.min(Math.abs(i - b), Math.abs(i + w.key.length - 1 - a)) <= rule.window),
        );
        if (hit) {
          changed = true;
          next.push(...hit.to);
          nextLoose.push(...hit.to);
          i += hit.key.length;
        } else {
          next.push(out[i] as string);
          nextLoose.push(looseOut[i] as string);
          i++;
        }
      }
      if (!changed) continue;
      out = next;
      looseOut = nextLoose;
    }
    return out;
  }
}

function singularish(word: string): string {
  return word.length > 3 && /[sx]$/.test(word) ? word.slice(0, -1) : word;
}

function startsAt(words: readonly string[], i: number, key: readonly string[]): boolean {
  for (let k = 0; k < key.length; k++) if (words[i + k] !== key[k]) return false;
  return true;
}

export interface Token {
  /** The word after spelling and terms, before stemming ("assistante"). */
  word: string;
  /** What is compared ("assist"). */
  stem: string;
  /** Weak words (places, days, prices...) never identify a topic on their own. */
  weak: boolean;
}

export interface Normalised {
  /** Lowercase words without accents, spelling fixed and elisions split, joined by single spaces. */
  folded: string;
  /** Content tokens, in order, duplicates kept. */
  tokens: Token[];
}

/** Words in "-ent" that are no verb's plural although their "-e" form is a word (see singularVerb). */
const NOT_VERBS = new Set(['parent', 'content', 'violent', 'couvent', 'present', 'serpent', 'talent', 'excellent', 'equivalent', 'president', 'resident', 'confident', 'accident', 'incident', 'evident', 'different', 'absent', 'urgent', 'souvent', 'comment', 'moment', 'argent', 'patient', 'client', 'recent', 'frequent']);
/** Texts whose folded words are remembered (see Normaliser.wordsOf); beyond, the memory starts afresh. */
const WORDS_CACHE_SIZE = 20_000;
/**
 * Texts whose normalisation is remembered: the few a turn asks about (the message, the last question and it, the rest
 * of the message), not more — a larger memory would flatter a benchmark that repeats its questions.
 */
const NORMALISED_MEMO_SIZE = 16;
/** Words whose token is remembered (like stems: the vocabulary of residents' messages is bounded). */
const TOKENS_CACHE_SIZE = 50_000;

/** "noous" → "nous": a double letter typed once too often. */
function undoubled(word: string): string {
  return word.replace(/([a-z])\1+/g, '$1');
}

/** Step 1. Also used alone where only a rough comparison is needed (e.g. follow-up words). */
export function fold(text: string): string {
  return withoutAccents(text)
    .replace(/(\p{L})\1{2,}/gu, '$1')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A word as the loose rules of several words compare it (`PhraseMap` with `loose`): double consonants single, a final
 * e, s, es or x gone — "carte vital", "france travaille", "pole emplois" are the lexicon's "carte vitale", "france
 * travail", "pole emploi" written as residents do. Only inside rules of several words, whose other words vouch for
 * the meaning.
 */
function looseWordOf(word: string): string {
  const single = word.replace(/([b-df-hj-np-tv-z])\1+/g, '$1');
  return single.length > 4 ? single.replace(/(es|e|s|x)$/, '') : single;
}

/** Words' loose forms, remembered: every word of a message is asked for (PhraseMap.apply), two expressions each. */
const looseWords = new Map<string, string>();
const LOOSE_WORDS_CACHE_SIZE = 50_000;

function looseWord(word: string): string {
  let loose = looseWords.get(word);
  if (loose === undefined) {
    loose = looseWordOf(word);
    if (looseWords.size >= LOOSE_WORDS_CACHE_SIZE) looseWords.clear();
    looseWords.set(word, loose);
  }
  return loose;
}

const looseKey = (words: readonly string[]) => words.map(looseWord).join(' ');

function nodeOf(root: RuleNode, words: readonly string[]): RuleNode {
  let node = root;
  for (const word of words) {
    node.next ??= new Map();
    let next = node.next.get(word);
    if (next === undefined) {
      next = {};
      node.next.set(word, next);
    }
    node = next;
  }
  return node;
}

/**
 * Rules of several words as a tree of words: the replacement of the rule that ends at a node, and what may follow
 * (no `next` when nothing does). Read only once built: `shareSubtrees` lets identical subtrees be one object.
 */
interface RuleNode {
  replacement?: string[];
  next?: Map<string, RuleNode>;
}

/**
 * The tree with its identical subtrees made one (same replacement, same words to the same subtrees): the lexicon's
 * rules are written as developed products ("laisser / laisse / deposer" × "une / mon / mes" × "idee / suggestion"),
 * whose branches end alike — ~3 700 such rules were ~4 Mo of nodes (docs/performance.md). Nothing reads a node but
 * `apply`, which cannot tell two equal subtrees from one.
 */
function shareSubtrees(root: RuleNode): RuleNode {
  const canonical = new Map<string, RuleNode>();
  const ids = new Map<RuleNode, number>();
  const replacementIds = new Map<string[], number>();
  const visit = (node: RuleNode): RuleNode => {
    let children = '';
    if (node.next) {
      const shared = new Map<string, RuleNode>();
      for (const [word, child] of [...node.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const one = visit(child);
        shared.set(word, one);
        children += `${word} ${ids.get(one)} `;
      }
      node.next = shared;
    }
    let replacement = '-';
    if (node.replacement) {
      let id = replacementIds.get(node.replacement);
      if (id === undefined) replacementIds.set(node.replacement, (id = replacementIds.size));
      replacement = String(id);
    }
    const signature = `${replacement}|${children}`;
    const found = canonical.get(signature);
    if (found) return found;
    canonical.set(signature, node);
    ids.set(node, ids.size);
    return node;
  };
  return visit(root);
}

/** A word → words rewrite table where keys may be several words; applied longest match first (exported for its test). */
export class PhraseMap {
  private readonly rules = new Map<string, string[]>();
  private longest = 1;
  /**
   * The rules of several words as trees of their words (exact, and loose by the loose form of each word): from each
   * word of a message, one walk finds every rule that starts there — instead of joining and looking up each length
   * from the longest down (it was the hot loop). Identical subtrees are one object (`shareSubtrees`), equal
   * replacements one array and equal words one string.
   */
  private readonly tree: RuleNode;
  private readonly looseTree: RuleNode;

  constructor(entries: Record<string, string>, private readonly loose = false) {
    const words = new Map<string, string>();
    const word = (w: string): string => {
      const known = words.get(w);
      if (known !== undefined) return known;
      words.set(w, w);
      return w;
    };
    const replacements = new Map<string, string[]>();
    /** The rules of several words by their loose key (when `loose`): the first one wins there. */
    const looseKeys = new Set<string>();
    const tree: RuleNode = {};
    const looseTree: RuleNode = {};
    for (const [from, to] of Object.entries(entries)) {
      const key = fold(from);
      if (!key) continue;
      const folded = fold(to);
      let replacement = replacements.get(folded);
      if (replacement === undefined) {
        replacement = folded.split(' ').filter(Boolean).map(word);
        replacements.set(folded, replacement);
      }
      this.rules.set(key, replacement);
      const keyWords = key.split(' ').map(word);
      if (keyWords.length > 1) {
        // Last one wins, as in `rules`.
        nodeOf(tree, keyWords).replacement = replacement;
        if (loose) {
          const lk = looseKey(keyWords);
          if (!looseKeys.has(lk)) {
            looseKeys.add(lk);
            nodeOf(looseTree, keyWords.map((w) => word(looseWord(w)))).replacement = replacement;
          }
        }
      }
      this.longest = Math.max(this.longest, Math.min(keyWords.length, MAX_WORDS_IN_A_RULE));
    }
    this.tree = shareSubtrees(tree);
    this.looseTree = shareSubtrees(looseTree);
  }

  /** Longest match first (at most `longest` words), exact before loose at each length, a single word last. */
  apply(words: readonly string[]): string[] {
    const out: string[] = [];
    for (let i = 0; i < words.length; ) {
      const most = Math.min(this.longest, words.length - i);
      let exact: RuleNode | undefined;
      let exactLength = 0;
      let node = this.tree.next?.get(words[i] as string);
      for (let n = 2; node && n <= most; n++) {
        node = node.next?.get(words[i + n - 1] as string);
        if (node?.replacement) {
          exact = node;
          exactLength = n;
        }
      }
      let looseMatch: RuleNode | undefined;
      let looseLength = 0;
      if (this.loose && this.looseTree.next !== undefined) {
        let walk = this.looseTree.next.get(looseWord(words[i] as string));
        for (let n = 2; walk && n <= most; n++) {
          walk = walk.next?.get(looseWord(words[i + n - 1] as string));
          if (walk?.replacement && n > exactLength) {
            looseMatch = walk;
            looseLength = n;
          }
        }
      }
      const replacement = looseLength > exactLength ? looseMatch?.replacement : exact?.replacement;
      const length = Math.max(exactLength, looseLength);
      if (replacement && length > 1) {
        out.push(...replacement);
        i += length;
        continue;
      }
      const single = this.rules.get(words[i] as string);
      if (single) out.push(...single);
      else out.push(words[i] as string);
      i++;
    }
    return out;
  }

  /**
   * The words of the rules whose replacement contains (as a part of one of its words) one of `texts`, and of the rules
   * that write those words, and so on: every word from which rewriting could produce one of `texts`.
   */
  sourcesOf(texts: Iterable<string>): Set<string> {
    const sources = new Set(texts);
    for (let grew = true; grew; ) {
      grew = false;
      for (const [key, replacement] of this.rules) {
        if (!replacement.some((word) => [...sources].some((text) => word.includes(text)))) continue;
        for (const word of key.split(' ')) if (!sources.has(word)) (sources.add(word), (grew = true));
      }
    }
    return sources;
  }

  words(): string[] {
    return [...this.rules.keys(), ...[...this.rules.values()].flat()].flatMap((w) => w.split(' '));
  }
}

/**
 * Glued elisions of SMS French ("jai", "den", "quon", "lecole", "sinscrire"). A word is split after one of these
 * prefixes when the rest is one of the prefix's usual partners below (these never form a real word together), or
 * a content word of 4+ letters that the knowledge uses ("lemploi" → "l emploi"). Stopwords, lexicon words and weak
 * words are never split ("mes", "mamie", "samedi").
 */
const GLUED_PARTNERS: Record<string, readonly string[]> = {
  j: ['ai', 'en', 'y', 'avais', 'aurais', 'etais', 'arrive', 'arrivais', 'habite', 'aime', 'aimerais', 'attends', 'ecris', 'essaie', 'essaye', 'ose', 'allais', 'appelle', 'entends', 'etait'],
  c: ['est', 'etait', 'a'],
  qu: ['on', 'il', 'ils', 'elle', 'elles', 'en', 'y', 'un', 'une', 'est', 'a'],
  d: ['en', 'un', 'une', 'avoir', 'ici', 'abord', 'accord'],
  l: ['un', 'une', 'on', 'a', 'ai'],
  s: ['en', 'il', 'ils', 'y', 'est', 'inscrire', 'inscrit', 'occuper', 'occupe'],
  n: ['en', 'y', 'ai', 'a', 'est'],
  m: ['en', 'a', 'ai', 'y'],
  t: ['en', 'es', 'a', 'ai'],
};
const ELIDED = Object.keys(GLUED_PARTNERS).sort((a, b) => b.length - a.length);
const VOWEL_START = /^[aeiouyh]/;
const MIN_CONTENT_REST = 4;

export class Normaliser {
  private readonly spelling: PhraseMap;
  private readonly terms: PhraseMap;
  private readonly senses: SenseRules;
  private readonly stopwords: Set<string>;
  private readonly weak: Set<string>;
  /**
   * Sound keys of the stopwords of 4+ letters, and their spellings without double letters: "fére", "quoii", "noous"
   * are "faire", "quoi", "nous" misspelt. Left as they are, they count as unknown words — the most informative kind —
   * and drown the question; a word the knowledge does not use that sounds like one of these is dropped as they are.
   */
  private readonly stopwordSounds = new Set<string>();
  /** Sound keys of the knowledge's content words: a word that sounds like one of them is never dropped ("santer"). */
  private readonly contentSounds = new Set<string>();
  /** Words never split: stopwords, lexicon words, weak words, real words that look glued (`wholeWords`). */
  private readonly protectedWords = new Set<string>();
  /** Content words of the knowledge, the possible rests of a glued elision. */
  private readonly contentWords = new Set<string>();
  private readonly stemmer = new StemmerFr();
  private readonly stemCache = new Map<string, string>();
  private readonly wordsCache = new Map<string, { words: readonly string[]; folded?: string }>();
  /** The last texts normalised, both ways (`normalise`): a turn normalises its message four times or more. */
  private readonly normalised = new Map<string, { plain: Normalised; asWritten: Normalised }>();
  /** Word → its token, or null when the word is dropped (`tokenOf`). */
  private readonly tokens = new Map<string, Token | null>();
  private rememberAll = false;

  constructor(lexicon: LexiconFile) {
    this.spelling = new PhraseMap(lexicon.spelling);
    this.terms = new PhraseMap(lexicon.terms, true);
    this.senses = new SenseRules(lexicon.senses ?? []);
    const keep = new Set(lexicon.notStopwords.map(fold));
    this.stopwords = new Set(
      [...(standardStopwords.fr ?? []), ...lexicon.stopwords].map(fold).filter((w) => w && !w.includes(' ') && !keep.has(w)),
    );
    this.weak = new Set(lexicon.weak.map((w) => this.stem(fold(w))));
    for (const word of this.stopwords) {
      if (word.length < 4) continue;
      const key = phoneticKey(word);
      if (key.length >= 3) this.stopwordSounds.add(key);
      this.stopwordSounds.add(undoubled(word));
    }
    for (const word of [...this.stopwords, ...lexicon.weak.map(fold), ...this.spelling.words(), ...this.terms.words(), ...lexicon.wholeWords.map(fold)]) {
      this.protectedWords.add(word);
    }
  }

  /**
   * Teaches the normaliser the words of the knowledge, so that glued elisions can be split ("lemploi" → "l emploi"
   * only because "emploi" is a known word). Call before normalising residents' messages.
   */
  learnWords(texts: Iterable<string>): void {
    for (const text of texts) {
      for (const word of fold(text).split(' ')) {
        if (word.length >= MIN_CONTENT_REST && !this.stopwords.has(word)) {
          this.contentWords.add(word);
          this.contentSounds.add(phoneticKey(word));
        }
      }
    }
    // Elisions are split by the known words, and misspelt stopwords told from them: what was computed before may
    // now read differently.
    this.wordsCache.clear();
    this.normalised.clear();
    this.tokens.clear();
  }

  /** The stopwords (folded): the common words a misspelt word may stand for (search-index.ts). */
  stopwordList(): string[] {
    return [...this.stopwords];
  }

  /** The single words the lexicon rewrites or writes ("travail", "nounou", "koi"): a misspelt word may be one. */
  lexiconWords(): string[] {
    return [...this.spelling.words(), ...this.terms.words()];
  }

  /** Is this folded word a stopword, a lexicon word or a content word of the knowledge (learnWords)? */
  isKnownWord(word: string): boolean {
    return this.stopwords.has(word) || this.protectedWords.has(word) || this.contentWords.has(word);
  }

  /**
   * `singularVerbs: false` keeps third person plurals as written (step 5): the danger safety net was calibrated on
   * them (danger-likelihood.ts), and reading "ils cassent tout" as "il casse tout" moved messages across its line.
   */
  normalise(text: string, { singularVerbs = true }: { singularVerbs?: boolean } = {}): Normalised {
    let both = this.normalised.get(text);
    if (both === undefined) {
      both = this.normaliseBoth(text);
      if (this.normalised.size >= NORMALISED_MEMO_SIZE) this.normalised.clear();
      this.normalised.set(text, both);
    }
    return singularVerbs ? both.plain : both.asWritten;
  }

  /**
   * Both readings of a text in one pass (with and without step 5): they differ only where a plural verb is read as
   * its singular, and a turn asks for both (the search and the danger safety net). The second shares the first
   * (same object) when no word differs.
   */
  private normaliseBoth(text: string): { plain: Normalised; asWritten: Normalised } {
    const words = this.wordsOf(text);
    const folded = this.foldedOf(text);
    const plain: Token[] = [];
    let asWritten: Token[] | undefined;
    const lines = numberedLines(words);
    const sensed = this.senses.apply(lines);
    for (const written of this.terms.apply(sensed)) {
      const word = this.singularVerb(written);
      const token = this.tokenOf(word);
      if (word === written) {
        if (token) {
          plain.push(token);
          asWritten?.push(token);
        }
        continue;
      }
      asWritten ??= plain.slice();
      if (token) plain.push(token);
      const writtenToken = this.tokenOf(written);
      if (writtenToken) asWritten.push(writtenToken);
    }
    // The danger safety net reads the words as written, look-alike senses left out (it was calibrated without them:
    // "recette" read as a cook's word moved "recette soupe poireaux" across its line).
    if (sensed !== lines) asWritten = this.terms.apply(lines).flatMap((written) => this.tokenOf(written) ?? []);
    const plainNormalised = { folded, tokens: plain };
    return { plain: plainNormalised, asWritten: asWritten ? { folded, tokens: asWritten } : plainNormalised };
  }

  /** A word's token, or undefined when it is dropped (stopword, short number, misspelt stopword). Remembered. */
  private tokenOf(word: string): Token | undefined {
    let token = this.tokens.get(word);
    if (token === undefined) {
      if (this.stopwords.has(word) || /^\d{1,2}[a-z]{0,2}$/.test(word) || word.length < 2 || this.misspeltStopword(word)) token = null;
      else {
        const stem = this.stem(word);
        token = { word, stem, weak: this.weak.has(stem) };
      }
      if (this.tokens.size > TOKENS_CACHE_SIZE) this.tokens.clear();
      this.tokens.set(word, token);
    }
    return token ?? undefined;
  }

  /**
   * "passent", "habitent", "mangent" → "passe", "habite", "mange": Snowball leaves the third person plural whole, so
   * "les bus passent" never met "le bus passe". Only when the singular is a word the knowledge or the lexicon uses,
   * and never for the nouns and adjectives whose "-e" form is another word (NOT_VERBS: "parent", "violent").
   */
  private singularVerb(word: string): string {
    if (word.length < 6 || !word.endsWith('ent') || NOT_VERBS.has(word)) return word;
    const singular = word.slice(0, -2);
    return this.isKnownWord(singular) ? singular : word;
  }

  /** A word of 4+ letters the knowledge does not use, that sounds or is spelt like a stopword ("fére", "noous"). */
  private misspeltStopword(word: string): boolean {
    if (word.length < 4 || this.contentWords.has(word) || this.protectedWords.has(word)) return false;
    if (this.stopwordSounds.has(undoubled(word))) return true;
    const key = phoneticKey(word);
    return this.stopwordSounds.has(key) && !this.contentSounds.has(key);
  }

  /** Is this folded word a stopword (dropped before stems: "comment", "il", "me")? The danger net reads them. */
  isStopword(word: string): boolean {
    return this.stopwords.has(word);
  }

  /**
   * What `foldForPatterns` may write one of `texts` from: the texts themselves and the words of the spelling rules that
   * write them (directly or through other rules). A text whose `fold` contains none of these nowhere — not as a word,
   * not inside one — can have none of `texts` among its folded words, nor can any part of it cut between words.
   */
  spellingSourcesOf(texts: Iterable<string>): string[] {
    return [...this.spelling.sourcesOf(texts)].filter(Boolean);
  }

  /** Folding and spelling only: what danger signals and follow-up phrases are matched against. */
  foldForPatterns(text: string): string {
    return this.foldedOf(text);
  }

  /**
   * Runs `work` (building an index) with every text's folded words remembered until it ends, however many: large
   * knowledge has more texts than the usual bound, and building reads each of them several times.
   */
  rememberingAll<T>(work: () => T): T {
    this.rememberAll = true;
    try {
      return work();
    } finally {
      this.rememberAll = false;
      this.wordsCache.clear();
    }
  }

  /**
   * Steps 1–3 (fold, spelling, elisions), the shared start of `normalise` and `foldForPatterns`. Remembered: the
   * same text goes through both several times (building the index: each phrasing four times; a turn: the message
   * for danger, titles, the decision). The result is never modified by its callers.
   */
  private wordsOf(text: string): readonly string[] {
    return this.foldedWords(text).words;
  }

  /** The words of `wordsOf` joined by single spaces (asked for several times a turn: remembered with them). */
  private foldedOf(text: string): string {
    const remembered = this.foldedWords(text);
    return (remembered.folded ??= remembered.words.join(' '));
  }

  private foldedWords(text: string): { words: readonly string[]; folded?: string } {
    let remembered = this.wordsCache.get(text);
    if (remembered === undefined) {
      remembered = { words: this.splitElisions(this.spelling.apply(fold(text).split(' ').filter(Boolean))) };
      if (this.wordsCache.size > WORDS_CACHE_SIZE && !this.rememberAll) this.wordsCache.clear();
      this.wordsCache.set(text, remembered);
    }
    return remembered;
  }

  stem(word: string): string {
    let stem = this.stemCache.get(word);
    if (stem === undefined) {
      // Snowball leaves digits alone; very short words are kept whole (stemming "bus" or "caf" only loses meaning).
      stem = word.length <= 3 || /\d/.test(word) ? word : this.stemmer.stemWord(word);
      if (this.stemCache.size > 50_000) this.stemCache.clear();
      this.stemCache.set(word, stem);
    }
    return stem;
  }

  private splitElisions(words: string[]): string[] {
    const out: string[] = [];
    for (const word of words) {
      const split = this.protectedWords.has(word) ? undefined : this.splitOne(word);
      if (split) out.push(...this.spelling.apply(split));
      else out.push(word);
    }
    return out;
  }

  private splitOne(word: string): string[] | undefined {
    // "jdors", "jmennuie", "jreprends": no French word starts with j + consonant, so it is always "je" + verb.
    if (/^j[bcdfgklmnpqrstvwxz]/.test(word) && word.length >= 4) {
      const rest = word.slice(1);
      return ['je', ...(this.splitOne(rest) ?? [rest])];
    }
    for (const prefix of ELIDED) {
      if (!word.startsWith(prefix)) continue;
      const rest = word.slice(prefix.length);
      if (!VOWEL_START.test(rest)) continue;
      if (GLUED_PARTNERS[prefix]?.includes(rest)) return [prefix, rest];
      // "c" only elides before "est/etait/a": "chere" must not become "c here".
      if (prefix !== 'c' && rest.length >= MIN_CONTENT_REST && this.contentWords.has(rest)) return [prefix, rest];
    }
    return undefined;
  }
}
