/**
 * The word-level safety net behind the danger signals. Regular expressions (danger.ts) catch the wordings someone
 * thought of; residents in distress find others ("jvois plus le bout du tunnel, jai ouvert la fenetre du 8eme").
 * A two-class naive Bayes learns from danger messages and from ordinary messages that sound alike
 * (knowledge/danger-learning.yaml, the urgence entries' phrasings and the signals' examples against every other
 * phrasing); when it finds a message very likely to be about danger, the reply carries the line of emergency numbers,
 * first. It only adds that line: it never turns an ordinary question into an urgence answer (its false alarms —
 * "tailler un rosier" — would be wrong answers), and it never hides a signal.
 *
 * Measured by cross-validation on training data only (`npm run eval:danger-cv -- --phrasings`: two corpora written
 * blind to the code, E and F, each tested by a net that learnt the knowledge and the other one; every other entry
 * phrasing held out with each fold) — docs/engine.md, section « Filet de sécurité ».
 */
import type { Knowledge } from '../knowledge/loader.js';
import type { Token } from './normalise.js';

/**
 * Probability of danger from which a reply carries the line of emergency numbers. Cross-validation on the training
 * corpora (never the control lists) for the shipped net (the defaults below, knowledge without E/F): 550/600 held-out
 * danger messages get the numbers first, 31/800 look-alikes a false ⚠️. The candidate of docs/engine.md (E/F learnt,
 * stopwords as words, α 0.3, threshold 0.95) reaches 570/600 at 23/800 and 79/4 074 held-out plain questions, but is
 * not the default yet: 12 family tests of earlier passes still fall with it.
 */
export const SAFETY_LINE_PROBABILITY = 0.9;

export interface NetOptions {
  /** Additive smoothing of the counts (default 0.1; CV with E/F and words: 0.3 over 0.1, 0.5, 1). */
  alpha?: number;
  /** Pairs of neighbouring stems as features (CV: with them, 8–15 more danger messages at the same false alarms). */
  pairs?: boolean;
  /**
   * Every word as the signals read it (folded, stopwords kept: "comment", "il", "me", "plus") as features too: the
   * stems drop them, yet they tell a question about a service ("comment …", "où …") from a story lived now ("il me
   * …"). Default off. CV: at ≤ 3 % false ⚠️ on look-alikes, 581 of 600 danger messages caught instead of 551.
   */
  words?: boolean;
  /** Words as written only where the stems dropped them: a content word is not counted twice (default on). */
  onlyDropped?: boolean;
  /**
   * Learn knowledge/danger-corpora.yaml too (the training corpora E, F, I, J, K, L… and the families written for the
   * second net): default off, the first net of the SafetyNet learns what it always learnt.
   */
  corpora?: boolean;
  /** With it, words as written are only the stopwords (Normaliser.isStopword): "gars" read as "garçon" is not a second feature. */
  isStopword?: (word: string) => boolean;
  /** 'bayes' (default) or 'logistic': weights fitted jointly (L2-regularised logistic regression) over the same features. */
  model?: 'bayes' | 'logistic';
  /** Logistic: L2 strength per feature (default 0.01). */
  l2?: number;
  /** Logistic: passes over the lessons (default 20). */
  epochs?: number;
  /** Logistic: Adagrad step (default 0.5). */
  rate?: number;
  /** Logistic: start from the naive Bayes weights and pull towards them (1) instead of towards 0 (0, default). */
  prior?: number;
  /**
   * Frames of the message as features too ("#past", "#figure", "#ask", "#now"…, FRAMES): what carries over from one
   * writer to the next is less the words of a danger than how it is told — lived now or long ago, a figure of speech,
   * a question about a service. Default off.
   */
  frames?: boolean;
}

/**
 * The frames a message is told in, read on the folded text (Normaliser.foldForPatterns: lower case, no accents nor
 * punctuation, words between spaces). Each is one feature, "#name": the nets learn its weight from their lessons like
 * any word's; none is a verdict by itself.
 */
export const FRAMES: readonly (readonly [string, RegExp])[] = [
  // Long ago, or over: "l'été dernier", "il y a deux ans", "quand j'étais petit".
  ['past', / (l an|l annee|l ete|l hiver|le mois|la semaine) derni(er|ere) | il y a (\d+|deux|trois|quelques|plusieurs) (ans|annees|mois|semaines) | quand j etais | a l epoque | autrefois | last (year|month|week) | years ago /],
  // Nearly, and no harm done: "j'ai failli", "rien de grave", "plus de peur que de mal".
  ['spared', / (a|ai|as|avons|ont) failli | rien de grave | plus de peur que de mal | (ca|tout) va (bien|mieux) | heureusement | nearly | almost /],
  // A figure of speech or a joke: "mdr", "comme un tracteur", "c'est son expression", "pour rire".
  ['figure', / (mdr|lol|ptdr|haha|hihi|mdrr|xd|jk) | comme (un|une|des) | (son|une|mon) expression | pour rire | pour de faux | en jouant | (une|c est une|pour) blague | au figure | just kidding | like a /],
  // A question about a service or a rule: "où …", "comment …", "qui contacter", "c'est normal", "il y a des …".
  ['ask', /^(ou|comment|quand|combien|quel|quelle|quels|quelles|est ce qu|est ce que|peut on|faut il|y a t il|ya t il|where|how|when|is there|are there|can i|do you) | (ou (trouver|jeter|acheter|s inscrire|se trouve|est)|comment (faire|obtenir|s inscrire|devenir|on fait)|qui (contacter|prevenir|appeler|s occupe)|c est normal|c est autorise|c est interdit|c est courant|vous avez des|il y a (un|une|des) (club|cours|atelier|aide|aides|service|salle|association)|horaires|inscription|tarif) /],
  // Lived now: "en ce moment", "là il …", "aidez-moi", "depuis dix minutes".
  ['now', / (en ce moment|maintenant|la il|la elle|tout de suite|vite|aidez moi|au secours|a l aide|right now|help me|please help) | depuis (\d+|une|deux|dix|vingt) (minutes|min|heures|h) /],
  // Someone else's danger told: "mon fils", "la voisine", "un enfant".
  ['other', / (mon|ma|mes|notre|nos|le|la|un|une) (fils|fille|enfant|enfants|bebe|petit|petite|frere|soeur|mere|pere|mari|femme|voisin|voisine|ado|copain|copine|amie|ami|grand mere|grand pere|mamie|papi) /],
];

/** The frames of a folded message, as features ("#past"…). */
export function framesOf(folded: string): string[] {
  const padded = ` ${folded} `;
  return FRAMES.filter(([, pattern]) => pattern.test(padded)).map(([name]) => `#${name}`);
}

/** The key of the logistic net's intercept among its weights: "=" alone is never a word as written (words are not empty). */
export const BIAS = '=';

/**
 * The stems of a text and its pairs of neighbouring stems: the same word weighs differently in "ça sent le gaz" and
 * "le compteur de gaz", "il va me tuer" and "ce formulaire va me tuer".
 */
function withPairs(stems: readonly string[]): string[] {
  const pairs: string[] = [];
  for (let i = 0; i + 1 < stems.length; i++) pairs.push(`${stems[i]} ${stems[i + 1]}`);
  return [...stems, ...pairs];
}

/** A text's features as a net with these options learns them: stems, pairs, then words as written ("=word"). */
function features(tokens: readonly Pick<Token, 'word' | 'stem'>[], folded: string, options: NetOptions): string[] {
  const stems = tokens.map((t) => t.stem);
  const all = (options.pairs ?? true) ? withPairs(stems) : stems;
  if (options.frames) all.push(...framesOf(folded));
  if (!(options.words ?? false)) return all;
  const kept = (options.onlyDropped ?? true) ? new Set(tokens.map((t) => t.word)) : new Set<string>();
  // "=" marks a word as written: never a stem, which has no "=".
  const stopword = options.isStopword;
  for (const word of folded.split(' ')) if (word && !kept.has(word) && (!stopword || stopword(word))) all.push(`=${word}`);
  return all;
}

/**
 * Two-class multinomial naive Bayes over the features each message has (each counted once per message), additive
 * smoothing, uniform prior; features seen in neither class are left out, and a message without any known feature
 * has no danger (0). Learnt with features as texts; kept as a FeatureTable's numbers (`CompactBayes`).
 */
function learnLogRatios(documents: readonly { danger: boolean; features: readonly string[] }[], alpha: number): Map<string, number> {
  const counts = [new Map<string, number>(), new Map<string, number>()] as const;
  const totals = [0, 0];
  for (const d of documents) {
    const c = d.danger ? 1 : 0;
    for (const f of new Set(d.features)) {
      counts[c].set(f, (counts[c].get(f) ?? 0) + 1);
      totals[c] = (totals[c] as number) + 1;
    }
  }
  // feature → log P(f | danger) − log P(f | ordinary).
  const logRatio = new Map<string, number>();
  const vocabulary = new Set([...counts[0].keys(), ...counts[1].keys()]);
  const [ordinaryLog, dangerLog] = totals.map((t) => Math.log(t + alpha * vocabulary.size)) as [number, number];
  for (const f of vocabulary) {
    logRatio.set(f, Math.log((counts[1].get(f) ?? 0) + alpha) - dangerLog - (Math.log((counts[0].get(f) ?? 0) + alpha) - ordinaryLog));
  }
  return logRatio;
}

/**
 * L2-regularised logistic regression over the same binary features (each counted once per message), classes weighted
 * to equal mass as the uniform prior of the naive Bayes does; Adagrad, a fixed shuffled order. Weights by feature
 * text, the intercept under BIAS.
 */
function learnLogistic(documents: readonly { danger: boolean; features: readonly string[] }[], options: NetOptions): Map<string, number> {
  const index = new Map<string, number>();
  const rows = documents.map((d) => {
    const ids: number[] = [];
    for (const f of new Set(d.features)) {
      let id = index.get(f);
      if (id === undefined) index.set(f, (id = index.size));
      ids.push(id);
    }
    return Int32Array.from(ids);
  });
  const n = index.size;
  const prior = options.prior ?? 0;
  const start = new Float64Array(n);
  if (prior > 0) {
    const bayes = learnLogRatios(documents, options.alpha ?? 0.3);
    for (const [f, id] of index) start[id] = prior * (bayes.get(f) ?? 0);
  }
  const w = Float64Array.from(start);
  const squares = new Float64Array(n);
  let bias = 0;
  let biasSquares = 0;
  const dangerCount = documents.filter((d) => d.danger).length;
  const weightOf = [documents.length / (2 * Math.max(1, documents.length - dangerCount)), documents.length / (2 * Math.max(1, dangerCount))];
  const l2 = options.l2 ?? 0.01;
  const rate = options.rate ?? 0.5;
  const order = Array.from(documents.keys());
  let seed = 12345;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let epoch = 0; epoch < (options.epochs ?? 20); epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const k of order) {
      const row = rows[k] as Int32Array;
      const y = (documents[k] as { danger: boolean }).danger ? 1 : 0;
      let z = bias;
      for (const id of row) z += w[id] as number;
      const g = (1 / (1 + Math.exp(-z)) - y) * (weightOf[y] as number);
      for (const id of row) {
        const grad = g + l2 * ((w[id] as number) - (start[id] as number));
        squares[id] = (squares[id] as number) + grad * grad;
        w[id] = (w[id] as number) - (rate * grad) / Math.sqrt((squares[id] as number) + 1e-8);
      }
      biasSquares += g * g;
      bias -= (rate * g) / Math.sqrt(biasSquares + 1e-8);
    }
  }
  const weights = new Map<string, number>();
  for (const [f, id] of index) weights.set(f, w[id] as number);
  weights.set(BIAS, bias);
  return weights;
}

/**
 * The features one or more nets know, numbered once: a stem or a word as written (`=word`) by its text, a pair of
 * neighbouring stems by the numbers of its two stems — no text per pair (five features in six are pairs). The two
 * nets of the SafetyNet share one table (the first net's features are all the second's), each keeping only its
 * weights, by number, in a Float64Array: the same doubles as before, added in the same order. Before: a Map from
 * feature text to weight per net, 51 000 texts and numbers on the heap (4.2 MB); now ≈ 1 MB for both.
 */
class FeatureTable {
  /** A stem or `=word` → its number (0 … singles − 1); also the stems that only appear in pairs. */
  private readonly singles = new Map<string, number>();
  /** How many of the numbers are features (a stem seen only inside pairs has a number past them: no weight). */
  private readonly singleFeatures: number;
  /** The pairs' keys (first stem's number × `stride` + the second's), sorted: pair i is feature `singleFeatures` + i. */
  private readonly pairKeys: Float64Array;
  private readonly stride: number;
  /** Features already counted in the message being read (`mark`): stamped with the message's number. */
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(features: Iterable<string>) {
    const pairs: [string, string][] = [];
    const single: string[] = [];
    for (const f of new Set(features)) {
      const space = f.startsWith('=') || f.startsWith('#') ? -1 : f.indexOf(' ');
      if (space < 0) {
        single.push(f);
        continue;
      }
      const second = f.slice(space + 1);
      // A stem is one word: "a b c" could be read as two different pairs.
      if (second.includes(' ')) throw new Error(`safety net: a stem with a space in the feature "${f}"`);
      pairs.push([f.slice(0, space), second]);
    }
    for (const f of single) this.singles.set(f, this.singles.size);
    this.singleFeatures = this.singles.size;
    for (const pair of pairs) for (const stem of pair) if (!this.singles.has(stem)) this.singles.set(stem, this.singles.size);
    this.stride = this.singles.size;
    this.pairKeys = Float64Array.from(pairs, ([a, b]) => (this.singles.get(a) as number) * this.stride + (this.singles.get(b) as number)).sort();
    this.seen = new Uint32Array(this.size);
  }

  get size(): number {
    return this.singleFeatures + this.pairKeys.length;
  }

  /** The number of a feature as learnt (a stem, `=word`, or two stems and a space), or −1. */
  idOf(feature: string): number {
    const space = feature.startsWith('=') || feature.startsWith('#') ? -1 : feature.indexOf(' ');
    if (space < 0) return this.single(feature);
    return this.pair(this.singles.get(feature.slice(0, space)) ?? -1, this.singles.get(feature.slice(space + 1)) ?? -1);
  }

  /** A stem's or `=word`'s feature number, or −1. */
  single(text: string): number {
    const id = this.singles.get(text);
    return id === undefined || id >= this.singleFeatures ? -1 : id;
  }

  /** The number of a stem as the first or second of a pair (`stemNumber`), −1 if no learnt feature has it. */
  stemNumber(stem: string): number {
    return this.singles.get(stem) ?? -1;
  }

  /** The feature number of the pair of two stems (by `stemNumber`), or −1. */
  pair(a: number, b: number): number {
    if (a < 0 || b < 0) return -1;
    const key = a * this.stride + b;
    const keys = this.pairKeys;
    let low = 0;
    let high = keys.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const k = keys[middle] as number;
      if (k === key) return this.singleFeatures + middle;
      if (k < key) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  /** A new message: no feature counted yet. */
  start(): void {
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
  }

  /** True the first time a feature is met in the message (`start`): a feature counts once per message. */
  mark(id: number): boolean {
    if (this.seen[id] === this.stamp) return false;
    this.seen[id] = this.stamp;
    return true;
  }
}

/** A net's weights, by feature number of its table: log P(f | danger) − log P(f | ordinary), NaN for a feature it never saw. */
class CompactBayes {
  private readonly weights: Float64Array;

  constructor(
    readonly table: FeatureTable,
    logRatio: ReadonlyMap<string, number>,
  ) {
    this.weights = new Float64Array(table.size).fill(Number.NaN);
    for (const [feature, ratio] of logRatio) if (feature !== BIAS) this.weights[table.idOf(feature)] = ratio;
    this.bias = logRatio.get(BIAS) ?? 0;
  }

  /** The logistic net's intercept (0 for the naive Bayes: uniform prior). */
  private readonly bias: number;

  /** `ids`: the message's features in the order they were listed (−1: unknown to the table), repeats included. */
  probability(ids: readonly number[]): number {
    const z = this.logOdds(ids);
    return z === Number.NEGATIVE_INFINITY ? 0 : 1 / (1 + Math.exp(-z));
  }

  /** log P(danger) − log P(ordinary) for the message's features (`probability`); −∞ without any known feature. */
  logOdds(ids: readonly number[]): number {
    let z = 0;
    let known = 0;
    this.table.start();
    for (const id of ids) {
      if (id < 0 || !this.table.mark(id)) continue;
      const ratio = this.weights[id] as number;
      if (Number.isNaN(ratio)) continue;
      z += ratio;
      known++;
    }
    return known === 0 ? Number.NEGATIVE_INFINITY : z + this.bias;
  }
}

export class DangerLikelihood {
  private readonly model: CompactBayes;
  private readonly pairs: boolean;
  private readonly words: boolean;
  private readonly onlyDropped: boolean;
  private readonly isStopword: ((word: string) => boolean) | undefined;
  private readonly frames: boolean;

  /**
   * `stemsOf`, `foldedOf`: the engine's normaliser (its stems; the text as the signals read it), so that the net
   * reads messages exactly as it learnt them. `options`: the defaults are the shipped net; others are compared by
   * `npm run eval:danger-cv`. `learnt`: weights already learnt (`DangerLikelihood.learn`) and the table to keep them
   * in, shared with another net (SafetyNet).
   */
  constructor(
    knowledge: Knowledge,
    stemsOf: (text: string) => readonly Pick<Token, 'word' | 'stem'>[],
    foldedOf: (text: string) => string,
    options: NetOptions = {},
    learnt?: { logRatio: ReadonlyMap<string, number>; table: FeatureTable },
  ) {
    this.pairs = options.pairs ?? true;
    this.words = options.words ?? false;
    this.onlyDropped = options.onlyDropped ?? true;
    this.isStopword = options.isStopword;
    this.frames = options.frames ?? false;
    const logRatio = learnt?.logRatio ?? DangerLikelihood.learn(knowledge, stemsOf, foldedOf, options);
    this.model = new CompactBayes(learnt?.table ?? new FeatureTable(logRatio.keys()), logRatio);
  }

  /** The weights a net with these options learns from the knowledge, by feature text (features as in `featuresOf`). */
  static learn(knowledge: Knowledge, stemsOf: (text: string) => readonly Pick<Token, 'word' | 'stem'>[], foldedOf: (text: string) => string, options: NetOptions = {}): Map<string, number> {
    const urgence = knowledge.entries.filter((e) => e.topic === 'urgence');
    const others = knowledge.entries.filter((e) => e.topic !== 'urgence');
    const corpora = options.corpora ? knowledge.dangerCorpora : undefined;
    const danger = [
      ...knowledge.dangerLearning.danger,
      ...(corpora?.danger ?? []),
      ...knowledge.danger.signals.flatMap((s) => s.examples),
      ...urgence.flatMap((e) => [...e.phrasings.fr, ...e.phrasings.en]),
    ];
    const ordinary = [
      ...knowledge.dangerLearning.ordinary,
      ...(corpora?.ordinary ?? []),
      ...knowledge.danger.notDanger,
      ...others.flatMap((e) => [...e.phrasings.fr, ...e.phrasings.en]),
    ];
    const featuresOf = (text: string): string[] => {
      const tokens = stemsOf(text);
      // Features are texts while learning, numbers after (FeatureTable): a stem is one word, never "=…".
      for (const t of tokens) if (t.stem.includes(' ') || t.stem.startsWith('=') || t.stem.startsWith('#')) throw new Error(`safety net: the stem "${t.stem}" cannot be a feature`);
      return features(tokens, foldedOf(text), options);
    };
    const documents = [...danger.map((text) => ({ danger: true, features: featuresOf(text) })), ...ordinary.map((text) => ({ danger: false, features: featuresOf(text) }))];
    if (options.model === 'logistic') return learnLogistic(documents, options);
    return learnLogRatios(documents, options.alpha ?? 0.1);
  }

  /**
   * The message's features as numbers of the table, in the order of `features` (stems, pairs, words as written),
   * repeats included, −1 for a feature the table does not know: the same features, looked up without writing them.
   */
  idsOf(tokens: readonly Pick<Token, 'word' | 'stem'>[], folded: string): number[] {
    const table = this.model.table;
    const ids: number[] = [];
    for (const t of tokens) ids.push(table.idOf(t.stem));
    if (this.pairs && tokens.length > 1) {
      let previous = table.stemNumber((tokens[0] as Token).stem);
      for (let i = 1; i < tokens.length; i++) {
        const next = table.stemNumber((tokens[i] as Token).stem);
        ids.push(table.pair(previous, next));
        previous = next;
      }
    }
    if (this.frames) for (const frame of framesOf(folded)) ids.push(table.single(frame));
    if (!this.words) return ids;
    const stopword = this.isStopword;
    const kept = this.onlyDropped ? new Set(tokens.map((t) => t.word)) : undefined;
    for (const word of folded.split(' ')) if (word && !kept?.has(word) && (!stopword || stopword(word))) ids.push(table.single(`=${word}`));
    return ids;
  }

  /** `folded`: the message as the signals read it (Normaliser.foldForPatterns). */
  probability(tokens: readonly Token[], folded: string): number {
    return this.model.probability(this.idsOf(tokens, folded));
  }

  /** The log-odds behind `probability` (−∞ for a message without any known feature). */
  logOdds(tokens: readonly Token[], folded: string): number {
    return this.model.logOdds(this.idsOf(tokens, folded));
  }

  /** `logOdds` of a message's features already numbered by a net of the same table and options (`idsOf`). */
  logOddsOfIds(ids: readonly number[]): number {
    return this.model.logOdds(ids);
  }

  /**
   * Should the reply to this message carry the line of emergency numbers? Only the net decides: a word of danger
   * ("peur", "mort", "feu", "gaz") once called for the line at a half-sure net (≥ 0.5, issue 13), but by then no
   * danger message of any list (danger-fresh*, the evaluation sets' urgence lines) depended on it, while it gave the
   * line to ordinary look-alikes ("peur du noir", "relever le compteur de gaz", "mon chef va me tuer"): removed.
   */
  callsForSafetyLine(tokens: readonly Token[], folded: string): boolean {
    return this.probability(tokens, folded) >= SAFETY_LINE_PROBABILITY;
  }
}

/**
 * The second net: learnt on knowledge/danger-corpora.yaml too (six corpora written blind, families of look-alikes),
 * words as written (stopwords), α = 0.3 (docs/engine.md, « Deux filets »).
 */
export const SECOND_NET: NetOptions = { corpora: true, words: true, alpha: 0.3 };

/**
 * The third net: the second's lessons and features, its weights fitted jointly (L2-regularised logistic regression,
 * λ 0.03) instead of counted one by one. Alone it is no better than the second; with it (`joint`, `third`), it
 * corrects the naive Bayes where features that go together count twice (docs/engine.md, « Troisième filet »).
 */
export const THIRD_NET: NetOptions = { ...SECOND_NET, model: 'logistic', l2: 0.03 };

/** A net's certainty counts at most this much (log-odds): 1 in 10¹² — the second net's 50 matching features do not drown the third. */
const LOG_ODDS_CAP = Math.log(1e12);

/** Log-odds capped at ±LOG_ODDS_CAP (−∞, a message without known features, counts −LOG_ODDS_CAP). */
function capped(z: number): number {
  return Math.max(-LOG_ODDS_CAP, Math.min(LOG_ODDS_CAP, z));
}

/** Thresholds of the nets together. */
export interface SafetyThresholds {
  /** The first net alone calls for the line from here (SAFETY_LINE_PROBABILITY). */
  first: number;
  /** Without a third net: the second net calls for the line from here… */
  second: number;
  /** …when the first net gives the message at least this much. */
  floor: number;
  /** Without a third net: the first net's call is heard only where the second gives the message at least this much (0: always). */
  veto: number;
  /**
   * With a third net: the line from this sum of the second and third nets' log-odds (each capped at ±LOG_ODDS_CAP),
   * i.e. from this product of their odds; the first net's call is then heard only where the sum reaches `firstJoint`.
   */
  joint?: number;
  firstJoint?: number;
  /** With a third net: the joint calls for the line only where the third alone gives at least these log-odds. */
  third?: number;
  /**
   * With a third net: the first net's call is heard only where the third alone gives at least these log-odds (default
   * −∞): the first net learnt the knowledge alone, and is sure of messages no writer of the corpora would call danger.
   */
  firstThird?: number;
}

/** The probabilities of the nets (the second 0, the third undefined, where the net is not there). */
export interface SafetyProbabilities {
  first: number;
  second: number;
  /** The third net's log-odds (not a probability: the second's and third's are added). */
  thirdLogOdds?: number;
  /** The second net's log-odds, where the third is there. */
  secondLogOdds?: number;
}

/**
 * Chosen on the seven-corpus cross-validation (E–M, `npm run eval:danger-cv -- --phrasings --pooled-only --combine`):
 * the pair as shipped before (second ≥ 0.999 OR first ≥ 0.9 with second ≥ 0.4) 2071/2200 danger, 95/2900 look-alikes
 * and 77/4088 plain questions with a false ⚠️; now second ≥ 0.999, OR third ≥ 1.5 (log-odds) with the joint ≥ 5, OR
 * first ≥ 0.9 with the joint ≥ 0.5: 2081, 84, 68 — the best of the grid that loses no danger of a control list or a
 * family test (joint ≥ 4 alone: 2124, 76, 70, but 9 control lines lost; without `third`, 11 family look-alikes fall).
 * `veto`, `floor`: the rule without a third net (no corpora).
 */
export const SAFETY_THRESHOLDS: SafetyThresholds = { first: SAFETY_LINE_PROBABILITY, second: 0.999, floor: 0, veto: 0.4, joint: 5, firstJoint: 0.5, third: 1.5 };

/**
 * The safety net as shipped: the first net (knowledge alone, stems and pairs, α 0.1 — the one the older control lists
 * and family tests were measured on), the second (the knowledge plus the training corpora, words as written, α 0.3)
 * and the third (the same lessons and features, logistic regression): SafetyNet.calls. Without corpora: the first net
 * alone.
 */
export class SafetyNet {
  readonly first: DangerLikelihood;
  readonly second: DangerLikelihood | undefined;
  readonly third: DangerLikelihood | undefined;

  constructor(
    knowledge: Knowledge,
    stemsOf: (text: string) => readonly Pick<Token, 'word' | 'stem'>[],
    foldedOf: (text: string) => string,
    isStopword: (word: string) => boolean,
    private readonly thresholds: SafetyThresholds = SAFETY_THRESHOLDS,
  ) {
    const corpora = knowledge.dangerCorpora;
    const both = corpora !== undefined && corpora.danger.length + corpora.ordinary.length > 0;
    // The nets read the knowledge's texts: each read once (the other nets would otherwise normalise them again).
    const memo = <T>(read: (text: string) => T): ((text: string) => T) => {
      if (!both) return read;
      const seen = new Map<string, T>();
      return (text) => {
        let value = seen.get(text);
        if (value === undefined) seen.set(text, (value = read(text)));
        return value;
      };
    };
    const stems = memo(stemsOf);
    const folds = memo(foldedOf);
    const firstOptions: NetOptions = { isStopword };
    const secondOptions: NetOptions = { isStopword, ...SECOND_NET };
    const thirdOptions: NetOptions = { isStopword, ...THIRD_NET };
    const first = DangerLikelihood.learn(knowledge, stems, folds, firstOptions);
    const second = both ? DangerLikelihood.learn(knowledge, stems, folds, secondOptions) : undefined;
    const third = both && thresholds.joint !== undefined ? DangerLikelihood.learn(knowledge, stems, folds, thirdOptions) : undefined;
    // One table of features for the nets (the first net's are all the second's, the second's the third's): each keeps only its weights.
    const table = new FeatureTable([...first.keys(), ...(second?.keys() ?? [])]);
    this.first = new DangerLikelihood(knowledge, stems, folds, firstOptions, { logRatio: first, table });
    this.second = second && new DangerLikelihood(knowledge, stems, folds, secondOptions, { logRatio: second, table });
    this.third = third && new DangerLikelihood(knowledge, stems, folds, thirdOptions, { logRatio: third, table });
  }

  /**
   * The nets' probabilities (the second 0 without corpora) and, with a third net, the second's and third's log-odds.
   * `withFirst` false: the first net is not read (0), where the thresholds never hear it.
   */
  probabilities(tokens: readonly Token[], folded: string, withFirst = true): SafetyProbabilities {
    const first = withFirst ? this.first.probability(tokens, folded) : 0;
    if (!this.second) return { first, second: 0 };
    // The second and third nets read the same features of the same table: numbered once.
    const ids = this.second.idsOf(tokens, folded);
    const secondLogOdds = this.second.logOddsOfIds(ids);
    const second = secondLogOdds === Number.NEGATIVE_INFINITY ? 0 : 1 / (1 + Math.exp(-secondLogOdds));
    if (!this.third) return { first, second };
    return { first, second, secondLogOdds, thirdLogOdds: this.third.logOddsOfIds(ids) };
  }

  /** The second and third nets' capped log-odds added (`joint`). */
  static joint(p: SafetyProbabilities): number {
    return capped(p.secondLogOdds ?? Number.NEGATIVE_INFINITY) + capped(p.thirdLogOdds ?? Number.NEGATIVE_INFINITY);
  }

  static calls(p: SafetyProbabilities, t: SafetyThresholds): boolean {
    if (p.thirdLogOdds !== undefined && t.joint !== undefined) {
      const joint = SafetyNet.joint(p);
      return (
        p.second >= t.second ||
        (joint >= t.joint && capped(p.thirdLogOdds) >= (t.third ?? Number.NEGATIVE_INFINITY)) ||
        (p.first >= t.first && joint >= (t.firstJoint ?? Number.NEGATIVE_INFINITY) && capped(p.thirdLogOdds) >= (t.firstThird ?? Number.NEGATIVE_INFINITY))
      );
    }
    return (p.first >= t.first && p.second >= t.veto) || (p.second >= t.second && p.first >= t.floor);
  }

  callsForSafetyLine(tokens: readonly Token[], folded: string): boolean {
    if (!this.second) return this.first.probability(tokens, folded) >= this.thresholds.first;
    const t = this.thresholds;
    const firstHeard = !this.third || t.joint === undefined || (t.firstJoint ?? Number.NEGATIVE_INFINITY) < Number.POSITIVE_INFINITY;
    return SafetyNet.calls(this.probabilities(tokens, folded, firstHeard), t);
  }
}
