/**
 * The answering engine: a message in, a decision out. Pure: the index is built once from the knowledge (and rebuilt
 * when staff teach a phrasing); answering does no I/O and knows nothing of bots, channels or languages — the dialogs
 * turn decisions into words.
 *
 * Order of a message (explicit because it matters):
 *   1. normalise (normalise.ts)
 *   2. danger signals, before anything else (danger.ts) → answer with an urgence entry
 *   3. search: per-word matching and coverage scores (search-index.ts, scorer.ts)
 *   4. decide: answer / clarify / fallback (decide.ts)
 */
import type { Knowledge } from '../knowledge/loader.js';
import { allPhrasings, type Entry, type HorsChampRedirect, type Topic } from '../knowledge/schema.js';
import { DangerDetector } from './danger.js';
import { SafetyNet } from './danger-likelihood.js';
import { DangerSpelling } from './danger-spelling.js';
import { type Candidate, decide, HORS_CHAMP, type Decision, THRESHOLDS } from './decide.js';
import { Normaliser, type Normalised, type Token } from './normalise.js';
import { scoreMessage, type ScoredMessage } from './scorer.js';
import type { TopicPosterior } from './topic-classifier.js';
import { SearchIndex, TYPO_MATCHING, type TypoMatching } from './search-index.js';

/** The topic of the quarter's own mairies (how to reach them), which a question about another town's mairie is not. */
const CONTACT_MAIRIE = 'contact-mairie';
/** Words that make the next one an owner: "le maire de Lens", "the mayor of Lille". */
const GENITIVE = new Set(['de', 'd', 'du', 'of']);
/** Before "de", a place one is near, goes to or comes from, not a service's owner ("près de Lens", "je viens de Lille"). */
const PLACE_OR_MOVEMENT = new Set([
  'pres', 'proche', 'proches', 'loin', 'cote', 'autour', 'environs', 'alentours', 'region', 'secteur', 'coin', 'direction', 'sortie',
  'agglo', 'agglomeration', 'communaute', 'intercommunalite', 'vient', 'viens', 'venu', 'venue', 'venus', 'venues', 'venons', 'venez', 'viennent',
  'arrive', 'arrivee', 'arrives', 'arrivees', 'arrivons', 'originaire', 'originaires', 'sorti', 'sortie', 'partir', 'parti', 'partie', 'depuis', 'route',
  'way', 'out', 'north', 'south', 'east', 'west', 'nord', 'sud', 'est', 'ouest', 'centre', 'center', 'centre-ville', 'outside', 'inside',
]);
/** Going somewhere: a town's place named after these is a destination ("pour aller au marché de Douai"), not a service. */
const MOVEMENT = new Set([
  'aller', 'va', 'vais', 'vas', 'allez', 'allons', 'vont', 'rendre', 'rend', 'rends', 'jusqu', 'jusque', 'emmener', 'emmene', 'amener', 'amene',
  'conduire', 'accompagner', 'trajet', 'itineraire', 'get', 'go', 'going', 'goes', 'reach', 'travel', 'commute',
]);
/** A means of transport, then "pour|vers|to…": "un bus pour le marché de Béthune" is a trip too. */
const TRANSPORT = new Set(['bus', 'car', 'train', 'tram', 'navette', 'taxi', 'ligne', 'transport', 'covoiturage']);
const TOWARDS = new Set(['pour', 'pr', 'vers', 'to', 'direction', 'jusqu', 'jusque']);

/** The resident speaks of themself or their own ("je", "m'", "mon", "nos", "my"…): a story, not a question about a service. */
const FIRST_PERSON = new Set(['je', 'j', 'me', 'm', 'moi', 'mon', 'ma', 'mes', 'nous', 'nos', 'notre', 'jai', 'jsuis', 'jpeux', 'jveux', 'i', 'my', 'we', 'our', 'us', 'im']);

function firstPerson(text: string): boolean {
  return text.toLowerCase().split(/[^\p{L}]+/u).some((w) => FIRST_PERSON.has(w));
}

/**
 * The resident's own need ("mon père vit seul, moi j'habite à Arras"), a trip ("aller bosser à Bruay sans permis") or
 * a service looked for ("ya des ateliers informatique à Lens ?", "is there…"): another town named in such a message is
 * where the resident is, goes or looks, and the quarter's answer helps; not in "la fête de la musique à Lille".
 */
function ownNeedOrTrip(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}]+/u);
  return firstPerson(text) || towardsIt(words) || LOOKING_FOR.test(words.join(' '));
}
const LOOKING_FOR = /(?:^| )(?:ya|y a|il y a|y a t il|existe|existent|is there|are there)(?: |$)/u;

/** The out-of-scope domain of shopping (hors-champ.yaml), and the coverage at which a topic keeps a purchase question. */
const SHOPPING = 'shopping-soldes';
const PURCHASE_KEEPS = 0.75;
/**
 * Advice on what to buy, read from the construction: "quel(le) <product> acheter", "<product> lequel prendre",
 * "le meilleur <product> à moins de 200 €", "rapport qualité prix", "which … should I buy", "best … under".
 */
const PURCHASE = new RegExp([
  String.raw`\b(?:quel|quelle|quels|quelles|kel|kelle)\s+(?:\S+\s+){0,3}?(?:acheter|acheté|achete|commander)\b`,
  String.raw`\b(?:lequel|laquelle|lesquels|lesquelles)\s+(?:acheter|prendre|choisir|vaut)\b`,
  String.raw`\b(?:acheter|prendre)\s+(?:\S+\s+){0,3}?(?:lequel|laquelle)\b`,
  String.raw`\b(?:le|la|les|quel|quelle|est)\s+meilleure?s?\s+(?!moyen|facon|façon|solution|chose|endroit|aide|ami|amie)\S+(?:\s+\S+)?\s+(?:a|à|pour|de)\s+moins\s+de\b`,
  String.raw`\bmeilleure?s?\s+(?:marque|modele|modèle|smartphone|telephone|téléphone|portable|ordi|ordinateur|pc|tablette|tele|télé|television|télévision|tv|appareil|aspirateur|frigo|console|casque|imprimante|machine)\b`,
  String.raw`\brapport\s+qualit[eé]\s*[-/]?\s*prix\b`,
  String.raw`\bwhich\s+(?:\S+\s+){1,3}(?:should\s+i|to)\s+buy\b`,
  String.raw`\bbest\s+(?:cheap\s+)?\S+(?:\s+\S+)?\s+(?:to\s+buy|under|for\s+less\s+than)\b`,
].join('|'), 'iu');
function purchaseAdvice(text: string): boolean {
  return PURCHASE.test(text.slice(0, MAX_MESSAGE_CHARS));
}

/** Whether these words (before a "de <town>") say one goes there. */
function towardsIt(before: readonly string[]): boolean {
  const lower = before.map((w) => w.toLowerCase());
  return lower.some((w, i) => MOVEMENT.has(w) || (TRANSPORT.has(w) && TOWARDS.has(lower[i + 1] ?? '')));
}
/** Before "de", a person: the next name is someone's ("le fils de Karim"), not a town. */
const PERSON_HEADS = new Set([
  'fils', 'fille', 'filles', 'enfant', 'enfants', 'frere', 'freres', 'soeur', 'soeurs', 'mere', 'pere', 'maman', 'papa', 'mari', 'femme', 'copain',
  'copine', 'copains', 'copines', 'ami', 'amie', 'amis', 'amies', 'voisin', 'voisine', 'voisins', 'maitresse', 'maitre', 'prof', 'professeur',
  'cousin', 'cousine', 'oncle', 'tante', 'neveu', 'niece', 'bebe', 'petit', 'petite', 'classe', 'chien', 'chat', 'nom', 'prenom', 'parents',
  'son', 'daughter', 'friend', 'mother', 'father', 'wife', 'husband', 'teacher', 'name', 'mamie', 'papi', 'grand-mere', 'grand-pere',
]);
/** A town's mairie or mayor: the next word is a town ("la mairie de cuinchy", "le maire de wingles"). */
const MAIRIE_HEADS = new Set(['mairie', 'mairies', 'maire', 'mayor', 'townhall', 'hall', 'ville', 'town', 'city']);
/** The linking words of a commune's compound name ("Noeux-les-Mines", "Boulogne-sur-Mer", "Saint-Omer"). */
const COMMUNE_LINKS = new Set(['les', 'la', 'le', 'sur', 'sous', 'lez', 'en', 'aux', 'au', 'saint', 'sainte', 'st', 'ste']);
/** The emergency topic, never held back for a town. */
const URGENCE_TOPIC = 'urgence';
/** Messages longer than this are cut before matching: nobody describes one need in more, and cost stays bounded. */
export const MAX_MESSAGE_CHARS = 2_000;
/** Word-set similarity (Jaccard) needed to match a message of common words to such a phrasing. */
const COMMON_WORDS_MIN_SIMILARITY = 0.6;
/**
 * Similarity (specificity-weighted Jaccard of the words, typos matched) from which a message is a paraphrase of a
 * phrasing staff taught: other word order, a word more or less, misspellings. Staff attached that question to that
 * entry on purpose, so its paraphrases go there too.
 */
const TAUGHT_MIN_SIMILARITY = 0.7;
/** The danger safety net's normalisation: verbs' plurals as written, as it was calibrated (normalise.ts, step 5). */
const AS_WRITTEN = { singularVerbs: false } as const;

export interface TaughtPhrasing {
  entryId: string;
  text: string;
}

export class Engine {
  readonly normaliser: Normaliser;
  private readonly danger: DangerDetector;
  private readonly dangerLikelihood: SafetyNet;
  private readonly dangerSpelling: DangerSpelling;
  private readonly entriesById: Map<string, Entry>;
  private readonly topicsById: Map<string, Topic>;
  private index: SearchIndex;
  /** Folded phrasing → its entry: a message that is exactly a known phrasing is answered without scoring. */
  private exact = new Map<string, Entry>();
  /** Phrasings made only of common words ("tu sers à quoi ?"), as word sets: see `likeCommonWordsPhrasing`. */
  private commonWordPhrasings: { words: Set<string>; entry: Entry }[] = [];
  /** Folded title (French or English) → entry: what a "see also" button sends back. */
  private readonly titles = new Map<string, Entry>();
  private taught: TaughtPhrasing[] = [];
  /** The taught phrasings' stems (at least two), for `likeTaughtPhrasing`. */
  private taughtStems: { entry: Entry; stems: Set<string> }[] = [];
  /** Out-of-scope domain id → where residents are sent for it (municipal services: hors-champ.yaml `redirect`). */
  private readonly redirects: Map<string, HorsChampRedirect>;
  /** Stems of the towns outside the quarter (lexicon `elsewhere`): see `aboutElsewhere`. */
  private readonly elsewhere: Set<string>;
  /**
   * Out-of-scope domain id → the stems of its one-word vocabulary items ("piscine", "déchetterie"). A message of one
   * word belongs to a domain only through these and the words of its id ("marche-forains"): a word met only inside one of its compounds or phrasings
   * ("famille" of "livret de famille", "loisirs" of "centre de loisirs") is the word of the quarter's topics.
   */
  private readonly domainWords: Map<string, Set<string>>;
  /**
   * Municipal domain id → its own words, for the redirect (`namesService`): the stems of its one-word items and id
   * (`domainWords`) and the stems its texts (vocabulary items and phrasings) use twice or more — unless such a stem
   * recurs so in three domains or more ("jour", "rue", "mairie", "dimanche"), or is a weak word; and its multi-word items.
   */
  private readonly serviceWords: Map<string, { words: Set<string>; items: string[][] }>;

  constructor(
    readonly knowledge: Knowledge,
    options: { taught?: TaughtPhrasing[]; thresholds?: typeof THRESHOLDS; typos?: TypoMatching } = {},
  ) {
    this.thresholds = options.thresholds ?? THRESHOLDS;
    this.typos = options.typos ?? TYPO_MATCHING;
    this.normaliser = new Normaliser(knowledge.lexicon);
    this.normaliser.learnWords(knowledgeTexts(knowledge.entries));
    this.normaliser.learnWords(horsChampTexts(knowledge));
    this.danger = new DangerDetector(knowledge.danger);
    this.dangerLikelihood = new SafetyNet(
      knowledge,
      (text) => this.normaliser.normalise(text, AS_WRITTEN).tokens,
      (text) => this.normaliser.foldForPatterns(text),
      (word) => this.normaliser.isStopword(word),
    );
    this.dangerSpelling = dangerSpelling(knowledge, this.normaliser);
    this.entriesById = new Map(knowledge.entries.map((e) => [e.id, e]));
    this.topicsById = new Map(knowledge.topics.map((t) => [t.id, t]));
    this.elsewhere = new Set(knowledge.lexicon.elsewhere.flatMap((town) => this.normaliser.normalise(town).tokens.map((t) => t.stem)));
    this.redirects = new Map(knowledge.horsChamp.domains.flatMap((d) => (d.redirect ? [[d.id, d.redirect] as const] : [])));
    this.domainWords = new Map(knowledge.horsChamp.domains.map((d) => [d.id, new Set([d.id.replaceAll('-', ' '), ...d.vocabulary].flatMap((item, i) => {
      const stems = this.normaliser.normalise(item).tokens.map((t) => t.stem);
      return stems.length === 1 || i === 0 ? stems : [];
    }))]));
    this.serviceWords = serviceWords(knowledge, this.normaliser, this.domainWords);
    this.taught = [...(options.taught ?? [])].filter((t) => this.entriesById.has(t.entryId));
    for (const entry of knowledge.entries) {
      for (const title of [entry.title.fr, entry.title.en]) {
        const key = this.normaliser.foldForPatterns(title);
        if (!this.titles.has(key)) this.titles.set(key, entry);
      }
    }
    this.index = this.normaliser.rememberingAll(() => this.buildIndex());
  }

  /** The entry whose title this message is exactly (a tapped "see also" or clarification button), if any. */
  entryByTitle(message: string): Entry | undefined {
    return this.titles.get(this.normaliser.foldForPatterns(message.slice(0, MAX_MESSAGE_CHARS)));
  }

  private readonly thresholds: typeof THRESHOLDS;
  private readonly typos: TypoMatching;
  /** Real words the knowledge uses outside the entries (danger lists): never read as someone's typo. */
  private knownWords: Set<string> | undefined;

  decide(message: string): Decision {
    const text = message.slice(0, MAX_MESSAGE_CHARS);
    const folded = this.normaliser.foldForPatterns(text);
    const danger = this.detectDanger(folded);
    const dangerEntry = danger && this.entriesById.get(danger.entryId);
    if (dangerEntry) return answerWith(dangerEntry, 'danger');
    // Normalised once for the exact-phrasing check and the search; the safety net reads plurals as written (AS_WRITTEN).
    const tokens = this.searchTokens(text);
    const known = this.exact.get(folded) ?? this.likeCommonWordsPhrasing(folded, tokens) ?? this.likeTaughtPhrasing(tokens);
    const decision = known ? answerWith(known, 'search') : this.search(tokens, text);
    const urgence = decision.kind === 'answer' && decision.topic === 'urgence';
    const risk = !urgence && this.dangerLikelihood.callsForSafetyLine(this.normaliser.normalise(text, AS_WRITTEN).tokens, folded);
    // Danger talked about, not lived (an exposé, a training, an idiom: danger.yaml `contexts`): no numbers first.
    // Looked at only when the numbers would come first: most messages need no guard.
    if ((urgence || risk) && this.danger.context(folded) !== undefined) return withoutUrgence(decision);
    return risk ? { ...decision, risk: true } : decision;
  }

  /**
   * What the search sees of a message — the coverage scores and the classifier's opinion — without deciding: for the
   * evaluation tools (`npm run eval:kinds`), which ask where the right topic stood.
   */
  explain(message: string): { scored: ScoredMessage; opinion: TopicPosterior | undefined } {
    const tokens = this.searchTokens(message.slice(0, MAX_MESSAGE_CHARS));
    return { scored: scoreMessage(tokens, this.index), opinion: this.index.classify(tokens) };
  }

  /**
   * The words the search reads. Misspelt common words ("dnas", "fé") are dropped like the common words: counted as
   * unknown words, they drowned the question. The danger likelihood keeps every word (it was calibrated so).
   */
  private searchTokens(text: string): Token[] {
    return this.normaliser.normalise(text).tokens.filter((token) => !this.index.isMisspeltCommonWord(token));
  }

  /** Coverage scores, the classifier's second opinion, and the decision they make together (decide.ts). */
  private search(tokens: Token[], text = ''): Decision {
    const scored = scoreMessage(tokens, this.index);
    const opinion = this.index.classify(tokens);
    let decision = decide(scored, this.thresholds, opinion);
    const theirs = this.anotherTownsService(decision, text);
    if (theirs) return theirs;
    if (decision.kind === 'fallback' && decision.outOfScope && this.wordOfTheTopics(tokens, decision.outOfScope)) {
      const inScope = scored.scores.filter((s) => s.indexed.entry.topic !== HORS_CHAMP);
      const domain = scored.scores.find((s) => s.indexed.entry.topic === HORS_CHAMP);
      // Only where a topic knows the word as written (a one-word message read as written covers 0.8, a guess at a
      // typo less: "demin") and as well as the domain's compound does: a domain phrasing that explains the word
      // better ("combien de degrés" of the weather) keeps it.
      const topic = inScope[0]?.coverage ?? 0;
      if (topic >= 0.75 && topic >= (domain?.coverage ?? 0)) decision = decide({ ...scored, scores: inScope }, this.thresholds, opinion);
    }
    if (decision.kind === 'clarify' && this.aboutElsewhere(tokens, decision.candidates[0])) {
      // A hesitation that offers the quarter's mairie for another town's ("la mairie de Lille ferme à quelle heure":
      // emploi or contact-mairie?) is about that town's mairie: the directory of every mairie, as below.
      const mairie = decision.candidates.find((c) => c.topic === CONTACT_MAIRIE);
      const redirect = this.knowledge.horsChamp.elsewhere;
      if (redirect && mairie && mairie.score >= this.thresholds.clarifyMin - this.thresholds.clarifySpread && this.aboutElsewhere(tokens, mairie)) {
        return { kind: 'fallback', candidates: decision.candidates, score: decision.score, redirect };
      }
      return { kind: 'fallback', candidates: decision.candidates, score: decision.score };
    }
    // The same for an answer the second opinion rescued from "I don't know" (coverage under `answerAlone`: only the
    // classifier answers there): sure of the topic, it still knows nothing of an event in another town ("la chasse
    // aux œufs à Arras" is not the quarter's agenda). Not above: a check-question ("vous parlez de … ?") on a story that
    // merely names a town ("ma mère habite à Lille et je n'ai personne ici") must stay one.
    if (decision.kind === 'answer' && decision.via === 'search' && decision.topic !== CONTACT_MAIRIE && decision.score < this.thresholds.answerAlone && this.aboutElsewhere(tokens, decision.candidates.find((c) => c.topic === decision.topic))) {
      return { kind: 'fallback', candidates: decision.candidates, score: decision.score };
    }
    // Above too when every town it names is one the entry never mentions and the classifier is not sure of the topic
    // ("un concert gratuit à Arras", "la course à pied de Calais"): a sure topic keeps it ("ya des ateliers
    // informatique à Lens" gets the quarter's workshops), and so does a topic that knows one of the towns.
    if (
      decision.kind === 'answer' &&
      decision.via === 'search' &&
      decision.topic !== CONTACT_MAIRIE &&
      ((opinion?.probabilityOf(decision.topic) ?? 0) < this.thresholds.elsewhereProbability || !ownNeedOrTrip(text)) &&
      this.onlyElsewhere(tokens, decision.candidates.find((c) => c.topic === decision.topic))
    ) {
      return { kind: 'fallback', candidates: decision.candidates, score: decision.score };
    }
    // The quarter's mairies are not the mairie of another town ("la mairie de Lille ouvre quand ?"): honest, and sent
    // to the official directory of every mairie (hors-champ.yaml `elsewhere`) — also when a domain held the answer back
    // by a hair ("l'hôtel de ville de Lens ouvre quand" is not a question about the bins).
    // Only when the mairie is a real candidate (at least a hesitation): a faint one ("un métro à lyon jusqu'à quelle
    // heure", 0.09) is no question about a mairie, and the redirect would name the wrong service.
    const chosen = decision.kind === 'answer' ? { entry: decision.entry, topic: decision.topic, score: decision.score } : decision.candidates[0];
    if (chosen?.topic === CONTACT_MAIRIE && chosen.score >= this.thresholds.clarifyMin - this.thresholds.clarifySpread && this.aboutElsewhere(tokens, chosen)) {
      const redirect = this.knowledge.horsChamp.elsewhere;
      return { kind: 'fallback', candidates: decision.candidates, score: decision.score, ...(redirect ? { redirect } : {}) };
    }
    // Advice on what to buy ("quel ordinateur acheter", "le meilleur téléphone à moins de 200 euros", "which phone
    // should I buy"): shopping, whatever the product's words evoke in the quarter's topics — unless a topic explains the
    // message nearly whole ("quel mode de garde choisir").
    if (decision.kind !== 'fallback' && !(decision.kind === 'answer' && (decision.via !== 'search' || decision.topic === URGENCE_TOPIC || decision.score >= PURCHASE_KEEPS)) && purchaseAdvice(text)) {
      return { kind: 'fallback', candidates: decision.candidates, score: decision.score, outOfScope: SHOPPING };
    }
    if (decision.kind !== 'fallback' || !decision.outOfScope) return decision;
    const redirect = this.redirects.get(decision.outOfScope);
    return redirect && this.namesService(tokens, decision.outOfScope) ? { ...decision, redirect } : decision;
  }

  /**
   * Issue 13.2, eleventh out-of-scope pass: a service that belongs to another town ("le forum de l'emploi de
   * Montpellier", "la mairie de Vermelles", "le club ados de Bruay-la-Buissière", "the mayor of Lille") is that town's,
   * not the quarter's, however sure the classifier is of the topic: the quarter's answer would be about something else.
   * Read from the construction, not from phrases: a noun, then "de/d'/du/of", then a town (`genitiveTowns`). An answer
   * whose entry never names that town, and any hesitation, become "I don't know" (with the directory of every mairie
   * when the quarter's mairie was a candidate). A place one goes to or comes from ("aller à la gare de Béthune", "je
   * viens de Lille", "près de Lens", "un bus pour le marché de Douai") is no such service, and "ya des ateliers
   * informatique à Lens" keeps its answer.
   */
  private anotherTownsService(decision: Decision, text: string): Decision | undefined {
    if (decision.kind === 'fallback' && decision.outOfScope) return undefined;
    if (decision.kind === 'answer' && (decision.via !== 'search' || decision.topic === URGENCE_TOPIC)) return undefined;
    const towns = this.genitiveTowns(text);
    if (towns.length === 0) return undefined;
    const names = (c: Candidate | undefined) => {
      const indexed = c && this.index.entries.find((e) => e.entry === c.entry);
      return indexed !== undefined && towns.every((town) => indexed.weights.has(town));
    };
    if (decision.kind === 'answer' && names(decision.candidates.find((c) => c.topic === decision.topic) ?? { entry: decision.entry, topic: decision.topic, score: decision.score })) {
      return undefined;
    }
    // The resident's own need, where the other town's service is only part of the story ("la CAF d'Arras m'a envoyé un
    // courrier, qui peut m'aider ?", "mon fils est au collège de Lens, il se fait harceler"): the quarter's answer helps.
    if (decision.kind === 'answer' && decision.topic !== CONTACT_MAIRIE && firstPerson(text)) return undefined;
    const mairie = decision.candidates.find((c) => c.topic === CONTACT_MAIRIE);
    const redirect = this.knowledge.horsChamp.elsewhere;
    const toMairies = redirect && mairie && mairie.score >= this.thresholds.clarifyMin - this.thresholds.clarifySpread;
    if (decision.kind === 'fallback' && !toMairies) return undefined;
    return { kind: 'fallback', candidates: decision.candidates, score: decision.score, ...(toMairies ? { redirect } : {}) };
  }

  /**
   * The towns of the message said as the owners of something: "<noun> de|d'|du|of <town>", "<town>'s". A town is one of the
   * lexicon's `elsewhere`, a compound name built like a commune's ("Noeux-les-Mines", "Boulogne-sur-Mer",
   * "Saint-Omer"), or a word the knowledge does not know and no typo of a known word (a name), unless the noun
   * before is a person's ("le fils de Karim", "la maîtresse de Lina"). Not after a word of place or movement ("près
   * de", "je viens de", "l'agglomération de Béthune-Bruay", which is the quarter's own). Stems, for the entries' weights.
   */
  private genitiveTowns(text: string): string[] {
    // Accents off once, case kept (a capital marks a name): withoutAccents would lower it.
    const plain = text.slice(0, MAX_MESSAGE_CHARS).normalize('NFD').replace(/\p{M}/gu, '');
    if (!/\b(?:de|d|du|of|s)\b/i.test(plain)) return [];
    const words = plain.split(/[^\p{L}\p{N}-]+/u).map((w) => w.replace(/^-+|-+$/g, '')).filter(Boolean);
    const towns: string[] = [];
    for (let i = 0; i + 1 < words.length; i++) {
      // English: "Lille's job fair".
      if (words[i + 1] === 's') {
        const town = this.townStem(words[i] as string, i === 0);
        if (town && !towardsIt(words.slice(0, i))) towns.push(town);
      }
      if (i === 0) continue;
      if (!GENITIVE.has((words[i] as string).toLowerCase())) continue;
      const head = (words[i - 1] as string).toLowerCase();
      if (PLACE_OR_MOVEMENT.has(head) || GENITIVE.has(head) || towardsIt(words.slice(0, i))) continue;
      const town = this.townStem(words[i + 1] as string, PERSON_HEADS.has(head), MAIRIE_HEADS.has(head));
      if (town) towns.push(town);
    }
    return towns;
  }

  /**
   * The stem standing for a town written `word` (see `genitiveTowns`), if it is one; `knownTownsOnly`: not an unknown
   * name (after a person's noun, or first in the message, where any word has its capital).
   */
  private townStem(word: string, knownTownsOnly: boolean, afterMairie = false): string | undefined {
    const parts = word.toLowerCase().split('-').filter(Boolean);
    const stems = parts.map((part) => this.normaliser.normalise(part).tokens[0]?.stem ?? part);
    const first = stems[0];
    if (!first) return undefined;
    if (parts.length >= 2 && stems.every((stem) => this.elsewhere.has(stem))) return undefined; // Béthune-Bruay: the agglomeration
    if (this.elsewhere.has(first)) return first;
    if (parts.length >= 2 && (COMMUNE_LINKS.has(parts[0] as string) || parts.slice(1, -1).some((p) => COMMUNE_LINKS.has(p)))) return first;
    // A word the knowledge does not know is a town's name only when written as a name (a capital, no digit): "de
    // Vermelles", not "du blabla", "de 400e", "merci de mavoir".
    // After "mairie de", "le maire de", the name is a town's however written ("mairie de cuinchy").
    const name = afterMairie ? /^\p{L}+(?:-\p{L}+)*$/u : /^\p{Lu}\p{L}*(?:-\p{L}+)*$/u;
    if (knownTownsOnly || !name.test(word) || parts.some((part) => part.length < 4 || this.normaliser.isKnownWord(part))) return undefined;
    const tokens = this.normaliser.normalise(word).tokens;
    if (tokens.length === 0 || tokens.some((token) => this.index.match(token).length > 0)) return undefined;
    return tokens[0]?.stem;
  }

  /**
   * Whether the message names the municipal service its domain stands for, so the redirect ("je ne peux pas répondre
   * sur la cantine… voyez la mairie") speaks of what was asked: one of the service's own words (`serviceWords`), or one
   * of its multi-word items said in full. A domain that won on a word met once in its texts, in another sense, is no
   * such service: "un restaurant pour un anniversaire" met "restauration scolaire", "la chasse est ouverte quand" the
   * "chasse-neige", "les toilettes publiques" a "séance publique". Those get the plain "I don't know".
   */
  private namesService(tokens: readonly Token[], domain: string): boolean {
    const own = this.serviceWords.get(domain);
    const stems = new Set(tokens.flatMap((t) => [t.stem, ...this.index.match(t).slice(0, 1).map((m) => m.stem)]));
    if ([...stems].some((stem) => own?.words.has(stem))) return true;
    return own?.items.some((item) => item.every((stem) => stems.has(stem))) ?? false;
  }

  /**
   * A message of one word that an out-of-scope domain claims only through one of its compounds or phrasings
   * ("famille": "livret de famille"; "vacances": "tranquillité vacances"): the word alone is the quarter's, and the
   * domain steps aside (the topics decide, or "I don't know" without a redirect). A word that is one of the domain's
   * own items ("piscine", "passeport") keeps the redirect.
   */
  private wordOfTheTopics(tokens: Token[], domain: string): boolean {
    const stems = new Set(tokens.map((t) => t.stem));
    if (stems.size !== 1) return false;
    const [stem] = stems;
    return !(this.domainWords.get(domain)?.has(stem as string) ?? false);
  }

  /**
   * A hesitation about a town outside the quarter that the best topic never mentions ("c quand le marché de noël à
   * arras": projects between residents? transport? digital workshops?) is about something happening there, which the
   * quarter's knowledge does not cover: offering the quarter's topics would be a stretch, "I don't know" is honest.
   * A topic that does name the town (transports → Arras, forum de l'emploi → Béthune) keeps the hesitation.
   */
  private aboutElsewhere(tokens: readonly Token[], best: Candidate | undefined): boolean {
    const towns = tokens.filter((t) => this.elsewhere.has(t.stem));
    if (!best || towns.length === 0) return false;
    const indexed = this.index.entries.find((e) => e.entry === best.entry);
    return towns.some((town) => !indexed?.weights.has(town.stem));
  }

  /** The message names towns outside the quarter, and the entry of `best` mentions none of them. */
  private onlyElsewhere(tokens: readonly Token[], best: Candidate | undefined): boolean {
    const towns = tokens.filter((t) => this.elsewhere.has(t.stem));
    if (!best || towns.length === 0) return false;
    const indexed = this.index.entries.find((e) => e.entry === best.entry);
    return towns.every((town) => !indexed?.weights.has(town.stem));
  }

  /**
   * A message of common words only ("tu sais faire koi exactement") leaves nothing to score once stopwords are
   * dropped; it is matched, word set against word set, to the knowledge's phrasings of the same kind.
   */
  private likeCommonWordsPhrasing(folded: string, tokens: readonly Token[]): Entry | undefined {
    if (folded.length < 3 || tokens.length > 0) return undefined;
    const words = new Set(folded.split(' ').filter(Boolean));
    let best: { entry: Entry; similarity: number } | undefined;
    for (const phrasing of this.commonWordPhrasings) {
      const shared = [...words].filter((w) => phrasing.words.has(w)).length;
      const similarity = shared / (words.size + phrasing.words.size - shared);
      if (similarity > (best?.similarity ?? 0)) best = { entry: phrasing.entry, similarity };
    }
    return best && best.similarity >= COMMON_WORDS_MIN_SIMILARITY ? best.entry : undefined;
  }

  /** The entry of the taught phrasing this message paraphrases (TAUGHT_MIN_SIMILARITY), if any. */
  private likeTaughtPhrasing(tokens: readonly Token[]): Entry | undefined {
    if (this.taughtStems.length === 0 || tokens.length === 0) return undefined;
    const words = new Set(tokens.map((token) => this.index.match(token)[0]?.stem ?? token.stem));
    let best: { entry: Entry; similarity: number } | undefined;
    for (const taught of this.taughtStems) {
      let shared = 0;
      let union = 0;
      for (const stem of new Set([...words, ...taught.stems])) {
        const weight = this.index.idfOf(stem);
        union += weight;
        if (words.has(stem) && taught.stems.has(stem)) shared += weight;
      }
      const similarity = union > 0 ? shared / union : 0;
      if (similarity > (best?.similarity ?? 0)) best = { entry: taught.entry, similarity };
    }
    return best && best.similarity >= TAUGHT_MIN_SIMILARITY ? best.entry : undefined;
  }

  /** A danger signal in the message as written, or else with its misspelt words respelt (danger-spelling.ts). */
  private detectDanger(folded: string) {
    const found = this.danger.detect(folded);
    if (found) return found;
    const respelt = this.dangerSpelling.respell(folded);
    const match = respelt === folded ? undefined : this.danger.detect(respelt);
    // Respelling must not take a message out of its context ("demande urgente" → "demande urgence").
    return match && this.danger.context(folded) === undefined ? match : undefined;
  }

  /** Is this message a danger signal? (Dialogs check it before any other step.) */
  isDanger(message: string): boolean {
    return this.detectDanger(this.normaliser.foldForPatterns(message.slice(0, MAX_MESSAGE_CHARS))) !== undefined;
  }

  normalise(message: string): Normalised {
    return this.normaliser.normalise(message.slice(0, MAX_MESSAGE_CHARS));
  }

  entry(id: string): Entry | undefined {
    return this.entriesById.get(id);
  }

  topic(id: string): Topic | undefined {
    return this.topicsById.get(id);
  }

  get entries(): readonly Entry[] {
    return this.knowledge.entries;
  }

  /**
   * Replaces the phrasings taught by staff and rebuilds the index, so a question attached to an entry from the
   * console is answered at once, without a restart. Unknown entry ids are ignored (an entry may have been removed
   * from the knowledge files since).
   */
  setTaughtPhrasings(taught: TaughtPhrasing[]): void {
    this.taught = taught.filter((t) => this.entriesById.has(t.entryId));
    this.normaliser.learnWords(this.taught.map((t) => t.text));
    this.index = this.normaliser.rememberingAll(() => this.buildIndex());
  }

  private buildIndex(): SearchIndex {
    const extra = new Map<string, string[]>();
    for (const t of this.taught) extra.set(t.entryId, [...(extra.get(t.entryId) ?? []), t.text]);
    // Exact phrasings: short messages made only of common words ("tu sers à quoi ?") have nothing left to score
    // once stopwords are dropped, yet they are exactly what the smalltalk entries list. First entry wins a tie.
    const exact = new Map<string, Entry>();
    const common: { words: Set<string>; entry: Entry }[] = [];
    for (const entry of this.knowledge.entries) {
      for (const text of [...allPhrasings(entry), ...(extra.get(entry.id) ?? [])]) {
        const folded = this.normaliser.foldForPatterns(text);
        // One-letter forms ("@+" folds to "a") would make any "aaaa" an exact match.
        if (folded.length >= 2 && !exact.has(folded)) exact.set(folded, entry);
        if (folded.length >= 3 && this.normaliser.normalise(text).tokens.length === 0) common.push({ words: new Set(folded.split(' ')), entry });
      }
    }
    this.exact = exact;
    this.commonWordPhrasings = common;
    this.taughtStems = this.taught.flatMap((t) => {
      const stems = new Set(this.normaliser.normalise(t.text).tokens.map((token) => token.stem));
      const entry = this.entriesById.get(t.entryId);
      return entry && stems.size >= 2 ? [{ entry, stems }] : [];
    });
    this.knownWords ??= new Set(
      [...this.knowledge.dangerLearning.danger, ...this.knowledge.dangerLearning.ordinary, ...this.knowledge.danger.notDanger].flatMap((text) =>
        this.normaliser.normalise(text).tokens.map((t) => t.word),
      ),
    );
    return new SearchIndex([...this.knowledge.entries, ...horsChampEntries(this.knowledge)], this.normaliser, extra, this.typos, this.knownWords);
  }
}

/**
 * The out-of-scope domains (knowledge/hors-champ.yaml) as pseudo-entries of the pseudo-topic HORS_CHAMP: indexed
 * like entries so they compete on equal terms; decide() turns their wins into fallbacks. Never shown to residents.
 */
function horsChampEntries(knowledge: Knowledge): Entry[] {
  return knowledge.horsChamp.domains.map((domain) => ({
    id: `${HORS_CHAMP}-${domain.id}`,
    topic: HORS_CHAMP,
    title: { fr: domain.id, en: domain.id },
    answer: { fr: '-', en: '-' },
    next: { fr: '-', en: '-' },
    phrasings: { fr: domain.phrasings, en: [] },
    keywords: domain.vocabulary,
    vocabulary: [],
    related: [],
    details: {},
    source: { section: 'hors-champ.yaml' },
  }));
}

/** The municipal domains' own words (see `Engine.serviceWords`). */
function serviceWords(knowledge: Knowledge, normaliser: Normaliser, domainWords: Map<string, Set<string>>): Map<string, { words: Set<string>; items: string[][] }> {
  const stemsOf = (text: string): Token[] => normaliser.normalise(text).tokens;
  const recurring = new Map<string, Set<string>>();
  const domainsRecurring = new Map<string, number>();
  for (const domain of knowledge.horsChamp.domains) {
    const counts = new Map<string, number>();
    for (const text of [...domain.vocabulary, ...domain.phrasings]) {
      for (const stem of new Set(stemsOf(text).filter((t) => !t.weak).map((t) => t.stem))) counts.set(stem, (counts.get(stem) ?? 0) + 1);
    }
    const twice = new Set([...counts].filter(([, n]) => n >= 2).map(([stem]) => stem));
    recurring.set(domain.id, twice);
    for (const stem of twice) domainsRecurring.set(stem, (domainsRecurring.get(stem) ?? 0) + 1);
  }
  return new Map(knowledge.horsChamp.domains.filter((d) => d.redirect).map((d) => {
    const words = new Set([...(domainWords.get(d.id) ?? []), ...[...(recurring.get(d.id) ?? [])].filter((stem) => (domainsRecurring.get(stem) ?? 0) < 3)]);
    const items = d.vocabulary.map((item) => stemsOf(item).map((t) => t.stem)).filter((stems) => stems.length > 1);
    return [d.id, { words, items }];
  }));
}

/**
 * The respeller of danger messages: danger texts give the spellings to restore; every word the knowledge uses
 * (normaliser's words, danger texts, ordinary look-alikes) is known and never respelt.
 */
function dangerSpelling(knowledge: Knowledge, normaliser: Normaliser): DangerSpelling {
  const urgence = knowledge.entries.filter((e) => e.topic === 'urgence');
  const danger = [
    ...knowledge.danger.signals.flatMap((s) => s.examples),
    ...knowledge.dangerLearning.danger,
    ...urgence.flatMap((e) => e.phrasings.fr),
  ].map((text) => normaliser.foldForPatterns(text));
  const other = [...knowledge.dangerLearning.ordinary, ...knowledge.danger.notDanger].map((text) => normaliser.foldForPatterns(text));
  const known = new Set([...danger, ...other].flatMap((text) => text.split(' ')));
  return new DangerSpelling(danger, (word) => known.has(word) || normaliser.isKnownWord(word));
}

/** An urgence answer found by the search becomes an "I don't know" among the other candidates. */
function withoutUrgence(decision: Decision): Decision {
  if (decision.kind !== 'answer' || decision.topic !== 'urgence') return decision;
  return { kind: 'fallback', candidates: decision.candidates.filter((c) => c.topic !== 'urgence'), score: decision.score };
}

function answerWith(entry: Entry, via: 'danger' | 'search'): Decision {
  const candidate = { entry, topic: entry.topic, score: 1 };
  return { kind: 'answer', entry, topic: entry.topic, score: 1, candidates: [candidate], via };
}

/**
 * The French words of the knowledge: the possible rests of a glued elision ("lemploi"). English texts are left out,
 * or "chere" would split into "c here".
 */
function* knowledgeTexts(entries: Entry[]): Iterable<string> {
  for (const e of entries) {
    yield e.title.fr;
    yield* e.keywords;
    yield* e.vocabulary;
    yield* allPhrasings(e, 'fr');
  }
}

function* horsChampTexts(knowledge: Knowledge): Iterable<string> {
  for (const d of knowledge.horsChamp.domains) {
    yield* d.vocabulary;
    yield* d.phrasings;
  }
}
