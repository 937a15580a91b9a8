/**
 * Recognises the words the conversation reacts to (knowledge/conversation.yaml): yes/no, cancel, "none of these",
 * "another question", language switches and short follow-ups ("c'est où ?"). Pure, like the rest of the engine.
 */
import type { ConversationFile, FollowUpKind } from '../knowledge/schema.js';
import { FOLLOW_UP_KINDS } from '../knowledge/schema.js';
import { fold, type Normaliser } from './normalise.js';

export type ConversationWord = 'yes' | 'no' | 'cancel' | 'none' | 'other' | 'english' | 'french';
const WORDS: ConversationWord[] = ['english', 'french', 'cancel', 'none', 'other', 'no', 'yes'];
/**
 * A follow-up may carry a few words of its own ("et c'est où exactement ?"), not a whole new question: at most this
 * many beside its longest phrase (counted on the folded message, where SMS spellings are expanded: "ya qqn qui
 * pourrait nous aider" is "il y a quelqu un" and the phrase "qui pourrait nous aider").
 */
const MAX_OWN_WORDS = 7;
/** English words a message needs (and no French one) to be read as written in English. */
const MIN_ENGLISH_WORDS = 2;
/** A message longer than this is never a follow-up (not even looked at). */
const MAX_FOLLOW_UP_WORDS = 16;
/** A turn asks about one message a few times; a larger memo would only flatter benchmarks that repeat messages. */
const MEMO_SIZE = 8;

export class ConversationWords {
  private readonly sets = new Map<ConversationWord, Set<string>>();
  private readonly followUps = new Map<FollowUpKind, string[]>();
  private readonly followUpKinds = new Map<string, FollowUpKind>();
  private longestFollowUp = 0;
  /** Every follow-up phrase, longest first (followUpRest). */
  private readonly allFollowUps: string[];
  /**
   * A phrase's first word → the phrases (indexes into allFollowUps) that start with it. Taking a phrase out of a
   * message never makes a new word (the pieces are joined with a space), so a phrase whose first word is not one of
   * the message's can never be found in it: followUpRest tries only the others, in the same order.
   */
  private readonly followUpsByFirstWord = new Map<string, number[]>();
  /** Phrases that do not start with a plain word (none today): always tried. */
  private readonly oddFollowUps: number[] = [];
  private readonly polite: string[];
  private readonly intentWords: Set<string>;
  /** Choice words: the words around a rank, each rank word → its number (1-based), the words for the last. */
  private readonly choiceAround: string[];
  private readonly choiceRanks = new Map<string, number>();
  private readonly choiceLast: Set<string>;
  /** A language request in a sentence: each language's own words, the words around them, the negations (longest first). */
  private readonly languageNames = new Map<string, 'english' | 'french'>();
  private readonly languageAround: string[];
  /** Leaving: its words, and the words that may come with them (longest first). */
  private readonly bye: string[];
  private readonly byeAround: string[];
  /** Words that say the subject changes (longest first). */
  private readonly newTopic: string[];
  private readonly languageNegation: Record<'english' | 'french', string[]>;
  /** The words that say a message is written in English, or in French (writtenInEnglish). */
  private readonly writtenIn: { english: Set<string>; french: Set<string> };
  /**
   * The phrase lists above as looked for in a text, each phrase between two spaces (" s il vous plait "), made once
   * rather than at every look: same lists, same order.
   */
  private readonly padded: {
    polite: string[];
    /** The words around a language request, then the polite words (onlyAround), in that order. */
    aroundThenPolite: string[];
    languageNames: string[];
    languageNegation: Record<'english' | 'french', string[]>;
    /** "speaks", "reads": someone else's language is said; then `spokenBy` ("my husband", "she") are around words. */
    speaking: string[];
    spokenBy: string[];
    bye: string[];
    byeAround: string[];
    /** A no said with more words ("non pas du tout", "no it didn't"): its phrases and the words around them. */
    no: string[];
    noAround: string[];
    newTopic: string[];
    allFollowUps: string[];
    /** Words that add nothing beside a follow-up's ("first", "d abord", "pour etre sure"), longest first. */
    followUpAround: string[];
  };
  /** Every English and French form holds one of languageNames (language() may then look for one first). */
  private readonly formsNameALanguage: boolean;
  /**
   * When `formsNameALanguage`: the texts one of which a message's `fold` must contain for any part of it to ask for
   * a language (the language names, and what the spelling rules turn into one: Normaliser.spellingSourcesOf).
   */
  private readonly languageSources: string[] | undefined;

  constructor(
    file: ConversationFile,
    private readonly normaliser: Normaliser,
  ) {
    const f = (s: string) => normaliser.foldForPatterns(s);
    // Longest polite phrases first, so "s il vous plait" goes before "s".
    this.polite = file.politeWords.map(f).filter(Boolean).sort((a, b) => b.length - a.length);
    for (const word of WORDS) this.sets.set(word, new Set(file[word].map(f)));
    for (const kind of FOLLOW_UP_KINDS) this.followUps.set(kind, file.followups[kind].map(f).sort((a, b) => b.length - a.length));
    // Each phrase → the first kind that lists it; the message's runs of words are looked up in it (followUp).
    for (const kind of FOLLOW_UP_KINDS) {
      for (const phrase of this.followUps.get(kind) ?? []) {
        if (!phrase || this.followUpKinds.has(phrase)) continue;
        this.followUpKinds.set(phrase, kind);
        this.longestFollowUp = Math.max(this.longestFollowUp, phrase.split(' ').length);
      }
    }
    this.allFollowUps = [...this.followUpKinds.keys()].sort((a, b) => b.length - a.length);
    this.allFollowUps.forEach((phrase, index) => {
      const first = phrase.split(' ')[0] as string;
      if (first === '') this.oddFollowUps.push(index);
      else this.followUpsByFirstWord.set(first, [...(this.followUpsByFirstWord.get(first) ?? []), index]);
    });
    this.intentWords = new Set(file.remarqueIntent.flatMap((p) => f(p).split(' ')));
    this.choiceAround = file.choiceWords.around.map(f).filter(Boolean).sort((a, b) => b.length - a.length);
    file.choiceWords.ranks.forEach((words, index) => {
      for (const word of words) if (f(word) && !this.choiceRanks.has(f(word))) this.choiceRanks.set(f(word), index + 1);
    });
    this.choiceLast = new Set(file.choiceWords.last.map(f).filter(Boolean));
    for (const language of ['english', 'french'] as const) {
      for (const phrase of file[language]) if (f(phrase) && !f(phrase).includes(' ')) this.languageNames.set(f(phrase), language);
    }
    const longestFirst = (list: string[]) => list.map(f).filter(Boolean).sort((a, b) => b.length - a.length);
    this.languageNegation = { english: longestFirst(file.languageRequest.negation.english), french: longestFirst(file.languageRequest.negation.french) };
    this.languageAround = longestFirst(file.languageRequest.around);
    const namesALanguage = (form: string) => form.split(' ').some((w) => this.languageNames.has(w));
    this.formsNameALanguage = [...(this.sets.get('english') ?? []), ...(this.sets.get('french') ?? [])].every(namesALanguage);
    this.languageSources = this.formsNameALanguage ? normaliser.spellingSourcesOf(this.languageNames.keys()) : undefined;
    this.newTopic = longestFirst(file.newTopic);
    this.writtenIn = { english: new Set(file.writtenIn.english.map((w) => w.toLowerCase())), french: new Set(file.writtenIn.french.map((w) => w.toLowerCase())) };
    this.bye = longestFirst(file.closing.bye);
    this.byeAround = longestFirst([...file.closing.around, ...file.yes]);
    const pad = (list: Iterable<string>) => [...list].map((p) => ` ${p} `);
    this.padded = {
      polite: pad(this.polite),
      aroundThenPolite: pad([...this.languageAround, ...this.polite]),
      languageNames: pad(this.languageNames.keys()),
      languageNegation: { english: pad(this.languageNegation.english), french: pad(this.languageNegation.french) },
      speaking: pad(file.languageRequest.speaking.map(f).filter(Boolean)),
      spokenBy: pad(longestFirst(file.languageRequest.spokenBy)),
      bye: pad(this.bye),
      byeAround: pad(this.byeAround),
      no: pad(longestFirst(file.no)),
      noAround: pad(longestFirst(file.noAround)),
      newTopic: pad(this.newTopic),
      allFollowUps: pad(this.allFollowUps),
      followUpAround: pad(longestFirst(file.followUpAround)),
    };
  }

  /**
   * The choice (0-based) a message picks among `count` offered ones, when it is only a number or a rank and the
   * words around one ("2", "le 2", "2 stp", "n°3", "the second one", "le dernier"); undefined otherwise ("2 ans",
   * "le 2 janvier", a rank beyond the choices).
   */
  choice(message: string, count: number): number | undefined {
    if (count <= 0) return undefined;
    const trimmed = message.trim();
    if (/^\d{1,2}$/.test(trimmed)) return Number(trimmed) >= 1 && Number(trimmed) <= count ? Number(trimmed) - 1 : undefined;
    let rest = ` ${this.normaliser.foldForPatterns(trimmed)} `;
    const ranks: number[] = [];
    for (const word of rest.trim().split(' ')) {
      const rank = this.choiceRanks.get(word) ?? (this.choiceLast.has(word) ? count : undefined);
      if (rank !== undefined) ranks.push(rank);
    }
    if (ranks.length !== 1) return undefined;
    for (const word of [...this.choiceRanks.keys(), ...this.choiceLast]) if (rest.includes(` ${word} `)) rest = rest.split(` ${word} `).join(' ');
    for (const p of [...this.choiceAround, ...this.polite]) if (rest.includes(` ${p} `)) rest = rest.split(` ${p} `).join(' ');
    if (rest.trim() !== '') return undefined;
    const rank = ranks[0] as number;
    return rank >= 1 && rank <= count ? rank - 1 : undefined;
  }

  /** The conversation word this whole message is, if any ("oui merci" → yes, "english please" → english). */
  word(message: string): ConversationWord | undefined {
    for (const form of [this.folded(message), this.core(message)]) {
      const found = form ? WORDS.find((w) => this.sets.get(w)?.has(form)) : undefined;
      if (found) return found;
    }
    return this.saysNo(message) ? 'no' : undefined;
  }

  /**
   * A no in several pieces: "non pas du tout", "no it didn't", "bof pas vraiment", "nan ça m'a pas aidé" — `no`
   * phrases (one at least) with only `noAround` words beside them. "non merci c'est bon", "non, et c'est où ?" keep
   * words of their own: not a no.
   */
  private saysNo(message: string): boolean {
    return this.onlyWith(this.core(message), this.padded.no, this.padded.noAround);
  }

  /**
   * False when no part of `text` cut at spaces or punctuation can ask for a language (`language` would say undefined
   * for each): its fold holds none of the language names nor any word the spelling rules turn into one. A part's
   * fold is a piece of the whole text's fold, and what `language` looks for comes from those texts (a language word,
   * a glued elision's rest, a spelling rule's words). True whenever it cannot tell.
   */
  mayAskForLanguage(text: string): boolean {
    if (!this.languageSources) return true;
    const folded = fold(text);
    return this.languageSources.some((source) => folded.includes(source));
  }

  /**
   * "how can I join it?", "anything for kids this weekend?": a message written in English — two English words at least
   * and no French one (`writtenIn` of conversation.yaml; an apostrophe splits a French word: "c'est" is "c", "est").
   */
  writtenInEnglish(text: string): boolean {
    let english = 0;
    for (const raw of text.toLowerCase().replace(/[’`]/g, "'").match(/[\p{L}']+/gu) ?? []) {
      const parts = this.writtenIn.english.has(raw) ? [raw] : raw.split("'").filter(Boolean);
      for (const w of parts) {
        if (this.writtenIn.french.has(w)) return false;
        if (this.writtenIn.english.has(w)) english++;
      }
    }
    return english >= MIN_ENGLISH_WORDS;
  }

  /**
   * The language a clause asks for: a whole language word ("english please"), or a sentence that names one language
   * with only words around it ("sorry, can you tell me that in English", "pouvez-vous répondre en anglais") — the
   * other one when it says it cannot read it ("my French is not good", "I don't read French well").
   */
  language(clause: string): 'english' | 'french' | undefined {
    // Both ways need one of the languages' own words in the clause (every English and French form holds one, checked
    // when built): most clauses have none, and are settled without the rest — nor filling the memos with them
    // (languageHead asks this of every run of first words of a message).
    if (this.formsNameALanguage && !this.normaliser.foldForPatterns(clause).split(' ').some((w) => this.languageNames.has(w))) return undefined;
    const word = this.word(clause);
    if (word === 'english' || word === 'french') return word;
    const folded = this.folded(clause);
    const named = new Set(folded.split(' ').map((w) => this.languageNames.get(w)).filter((l) => l !== undefined));
    if (named.size !== 1) return undefined;
    const language = [...named][0] as 'english' | 'french';
    let rest = ` ${folded} `;
    for (const name of this.padded.languageNames) rest = rest.split(name).join(' ');
    // Said of French in English words ("my French is not good"), it asks for English; and the reverse.
    const other = language === 'english' ? 'french' : 'english';
    let negated = false;
    for (const p of this.padded.languageNegation[other]) {
      if (rest.includes(p)) {
        negated = true;
        rest = rest.split(p).join(' ');
      }
    }
    // "my husband only speaks English": someone else's language, with a verb of speaking — the person is around it.
    if (this.padded.speaking.some((p) => rest.includes(p))) for (const p of [...this.padded.spokenBy, ...this.padded.speaking]) rest = rest.split(p).join(' ');
    if (!this.onlyAround(rest)) return undefined;
    return negated ? other : language;
  }

  /** The resident leaves: "ok cool a+", "ok super à plus", "merci bonne journée", "thanks, bye". */
  closing(message: string): boolean {
    return this.onlyWith(this.core(message.replace(/(^|\s)[a@à]\s?\+(?=$|[\s!.,;])/giu, '$1a plus')), this.padded.bye, this.padded.byeAround);
  }

  /** `core` is made of phrases of `main` (one at least) and of `around` only (both padded: " phrase "). */
  private onlyWith(core: string, main: readonly string[], around: readonly string[]): boolean {
    let rest = ` ${core} `;
    let found = false;
    for (const p of main) {
      if (rest.includes(p)) {
        found = true;
        rest = rest.split(p).join(' ');
      }
    }
    if (!found) return false;
    for (const p of around) if (rest.includes(p)) rest = rest.split(p).join(' ');
    return rest.trim() === '';
  }

  /**
   * The message says the subject changes and asks something of its own ("ok. autre chose, comment je m'inscris à
   * France Travail ?", "another question, where is the town hall?"): never a follow-up of the last answer.
   */
  changesSubject(message: string): boolean {
    let rest = ` ${this.core(message)} `;
    let found = false;
    for (const p of this.padded.newTopic) {
      if (rest.includes(p)) {
        found = true;
        rest = rest.split(p).join(' ');
      }
    }
    return found && rest.trim() !== '' && this.word(rest) === undefined;
  }

  /** Nothing but the words that may stand around a language request ("sorry", "excusez-moi"): a clause to skip. */
  onlyAround(clause: string): boolean {
    let rest = ` ${this.normaliser.foldForPatterns(clause)} `;
    for (const p of this.padded.aroundThenPolite) if (rest.includes(p)) rest = rest.split(p).join(' ');
    return rest.trim() === '';
  }

  private folded(message: string): string {
    let folded = this.folds.get(message);
    if (folded === undefined) {
      if (this.folds.size >= MEMO_SIZE) this.folds.clear();
      this.folds.set(message, (folded = this.normaliser.foldForPatterns(message)));
    }
    return folded;
  }

  private readonly folds = new Map<string, string>();

  /** A short follow-up about the last answer ("c'est où ?", "et c'est gratuit ?"), if the message is one. */
  followUp(message: string): FollowUpKind | undefined {
    const core = this.core(message);
    if (!core) return undefined;
    const words = core.split(' ');
    if (words.length > MAX_FOLLOW_UP_WORDS) return undefined;
    // The longest phrase found names the detail: "jusqu a quand" is about the end, not "quand"; between phrases of
    // one length, the kind listed first in FOLLOW_UP_KINDS. Phrases are looked up by the message's runs of words.
    let best: { kind: FollowUpKind; length: number; order: number; words: number } | undefined;
    for (let start = 0; start < words.length; start++) {
      let phrase = '';
      for (let end = start; end < words.length && end - start < this.longestFollowUp; end++) {
        phrase = end === start ? (words[end] as string) : `${phrase} ${words[end] as string}`;
        const kind = this.followUpKinds.get(phrase);
        if (!kind) continue;
        const order = FOLLOW_UP_KINDS.indexOf(kind);
        if (!best || phrase.length > best.length || (phrase.length === best.length && order < best.order)) best = { kind, length: phrase.length, order, words: end - start + 1 };
      }
    }
    if (!best) return undefined;
    // "do I need to sign up first?", "je demande à qui pour être sûre ?": words that add nothing are none of its own.
    let own = words.length - best.words;
    if (own > MAX_OWN_WORDS) {
      let rest = ` ${core} `;
      for (const p of this.padded.followUpAround) if (rest.includes(p)) rest = rest.split(p).join(' ');
      own = rest.trim() === '' ? 0 : rest.trim().split(/\s+/).length - best.words;
    }
    return own <= MAX_OWN_WORDS ? best.kind : undefined;
  }

  /**
   * The message without its follow-up phrases and polite words: "faut ramener son cv ?" leaves "son", "c'est où le
   * forum de l'emploi ?" leaves "le forum de l emploi" — words of a question of its own.
   */
  followUpRest(message: string): string {
    const remembered = this.rests.get(message);
    if (remembered !== undefined) return remembered;
    const core = this.core(message);
    let rest = ` ${core} `;
    // Longest phrases first, whatever their kind: "c est ou qu on peut m aider" goes whole, not "c est ou" first.
    // Only the phrases that start with one of the message's words can be in it (followUpsByFirstWord).
    const candidates = [...this.oddFollowUps];
    for (const word of new Set(core.split(' '))) for (const index of this.followUpsByFirstWord.get(word) ?? []) candidates.push(index);
    candidates.sort((a, b) => a - b);
    for (const index of candidates) {
      const p = this.padded.allFollowUps[index] as string;
      if (rest.includes(p)) rest = rest.split(p).join(' ');
    }
    // Then what adds nothing ("first", "d abord", "est ce que je dois"): only when a follow-up phrase was found.
    if (rest.replace(/\s+/g, ' ').trim() !== core) for (const p of this.padded.followUpAround) if (rest.includes(p)) rest = rest.split(p).join(' ');
    const result = rest.replace(/\s+/g, ' ').trim();
    if (this.rests.size >= MEMO_SIZE) this.rests.clear();
    this.rests.set(message, result);
    return result;
  }

  private readonly rests = new Map<string, string>();

  /**
   * True when a message asking to leave a remarque also contains the remarque itself ("signaler que le lampadaire
   * est cassé"), false when it only states the intent ("je veux faire une remarque"): then the text is asked for.
   */
  carriesRemarqueText(message: string): boolean {
    const content = this.normaliser.normalise(message).tokens.filter((t) => !this.intentWords.has(t.word));
    return content.length >= 2;
  }

  /** The message folded, without its polite words. A turn asks this of one message several times: remembered. */
  private core(message: string): string {
    const remembered = this.cores.get(message);
    if (remembered !== undefined) return remembered;
    let core = ` ${this.normaliser.foldForPatterns(message)} `;
    for (const p of this.padded.polite) if (core.includes(p)) core = core.split(p).join(' ');
    const result = core.replace(/\s+/g, ' ').trim();
    if (this.cores.size >= MEMO_SIZE) this.cores.clear();
    this.cores.set(message, result);
    return result;
  }

  private readonly cores = new Map<string, string>();
}
