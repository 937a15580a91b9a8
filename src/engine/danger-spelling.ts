/**
 * Danger written as it sounds. The danger signals (danger.ts) are regular expressions over spelt words; a resident in
 * distress types fast and phonetically ("mon mari me frap il va me tué", "jé envi de mourire", "sa sen le gaze"), and
 * one misspelt word is enough for a pattern to miss. So a message that no signal matches is read a second time with
 * its unknown words respelt as the danger texts spell them (the signals' examples, danger-learning.yaml's danger
 * messages, the urgence entries' phrasings): a word is respelt only when the knowledge uses it nowhere (it is a
 * misspelling, not another word), it sounds like a word of the danger texts (typos.ts `phoneticKey`) and is a
 * typing slip away from it (`typoCost` ≤ 2). Known words are never touched, so an ordinary message that no signal
 * matches stays unmatched unless it really was misspelt danger.
 *
 * The same reading splits the glued elisions the normaliser leaves whole because their rest is no word of the entries
 * ("dadieu" → "d adieu", "mont dit" → "m ont dit", "delle" → "d elle"): an unknown word made of an elided "d", "l",
 * "m", "t", "s", "n", "j" or "qu" and a word the danger texts use at least twice.
 *
 * And the infinitive written as its participle, the commonest SMS slip of all ("il va me tué", "elle dit ki va se
 * tué", "jvai me sauté du pon", "je veux mourirr"): after a verb that calls for an infinitive (vais, veut, envie de…),
 * with or without "me/se/te", a word ending in "e", "es" or "ez" is read as its "-er" infinitive when the danger
 * texts use that infinitive — even a known word ("saute", "tue"), since there only the infinitive makes sense.
 */
import { phoneticKey, typoCost } from './typos.js';

/** Words shorter than this are too ambiguous to respell ("pe", "sa"). */
const MIN_WORD = 3;
/** A slip of 2 from longer words; 1 from a word of 3 letters ("plu" → "plus", but "rap" never → "raped"). */
const MAX_COST = 2;
const MAX_COST_SHORT = 1;

/** Letters elided before a vowel or a mute h in French, glued to the next word in quick typing. */
const ELIDED = ['qu', 'd', 'l', 'm', 't', 's', 'n', 'j'];
/** The rest of a glued elision must be a word the danger texts use this often: a real word, not a fragment. */
const MIN_REST_COUNT = 2;
/** Verbs (as folded) after which the next verb is an infinitive: "je vais me tué" is "je vais me tuer". */
const CALLS_FOR_INFINITIVE = new Set(['vais', 'vai', 'va', 'vas', 'vont', 'veux', 'veu', 'veut', 'vx', 'voudrais', 'voudrait', 'peux', 'peut', 'dois', 'doit', 'faut', 'aller', 'allait', 'allais', 'de', 'a', 'pour', 'going', 'gonna']);
const CLITICS = new Set(['me', 'te', 'se', 'nous', 'vous', 'm', 't', 's', 'la', 'le', 'les', 'l']);

export class DangerSpelling {
  /** Sound key → the danger texts' most frequent spelling of it. */
  private readonly byKey = new Map<string, string>();
  /** Words of the danger texts that may follow an elision (they start with a vowel or an h), used often enough. */
  private readonly elisionRests = new Set<string>();
  /** Infinitives in "-er" and "-dre" the danger texts use (tuer, sauter, jeter, pendre…). */
  private readonly infinitives = new Set<string>();

  /**
   * `dangerTexts`: folded danger texts (the spellings to restore); `isKnownWord`: a word the knowledge uses anywhere
   * (entries, out-of-scope domains, danger lists, stopwords, lexicon) — never respelt.
   */
  constructor(dangerTexts: Iterable<string>, private readonly isKnownWord: (word: string) => boolean) {
    const counts = new Map<string, number>();
    for (const text of dangerTexts) {
      for (const word of text.split(' ')) {
        if (word.length >= MIN_WORD && /^[a-z]+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
      }
    }
    const best = new Map<string, { word: string; count: number }>();
    for (const [word, count] of counts) {
      const key = phoneticKey(word);
      if (key.length < 2) continue;
      const current = best.get(key);
      if (!current || count > current.count) best.set(key, { word, count });
    }
    for (const [key, { word }] of best) this.byKey.set(key, word);
    for (const [word, count] of counts) if (count >= MIN_REST_COUNT && /^[aeiouyh]/.test(word)) this.elisionRests.add(word);
    for (const word of counts.keys()) if (/(er|dre)$/.test(word) && word.length >= 4) this.infinitives.add(word);
  }

  /** "tue" → "tuer" when the word before calls for an infinitive ("va tue", "va se tue", "envie de me saute"). */
  private infinitive(words: readonly string[], i: number): string | undefined {
    const word = words[i] as string;
    // "tue" → "tuer"; "pendu" → "pendre" ("jvai me pendu")
    const er = /^([a-z]{2,})(?:e|es|ez|ee|ai)$/.exec(word)?.[1];
    const re = /^([a-z]{2,})u$/.exec(word)?.[1];
    const spelt = er !== undefined && this.infinitives.has(`${er}er`) ? `${er}er` : re !== undefined && this.infinitives.has(`${re}re`) ? `${re}re` : undefined;
    if (spelt === undefined) return undefined;
    const before = words[i - 1] ?? '';
    const verb = CLITICS.has(before) ? (words[i - 2] ?? '') : before;
    if (!CALLS_FOR_INFINITIVE.has(verb)) return undefined;
    // "de"/"a"/"pour" alone are everywhere ("la porte de la cuisine a tape"): only right before "me/se/te".
    if ((verb === 'de' || verb === 'a' || verb === 'pour') && !CLITICS.has(before)) return undefined;
    return spelt;
  }

  /** `folded` (Normaliser.foldForPatterns) with its misspelt words respelt; the same string when nothing changes. */
  respell(folded: string): string {
    let changed = false;
    const original = folded.split(' ');
    const words = original.map((word, i) => {
      const infinitive = this.infinitive(original, i);
      if (infinitive) {
        changed = true;
        return infinitive;
      }
      if (word.length < MIN_WORD || !/^[a-z]+$/.test(word) || this.isKnownWord(word)) return word;
      const unglued = this.unglued(word);
      if (unglued) {
        changed = true;
        return unglued;
      }
      const spelt = this.byKey.get(phoneticKey(word));
      const limit = word.length <= MIN_WORD ? MAX_COST_SHORT : MAX_COST;
      if (!spelt || spelt === word || typoCost(word, spelt, limit) > limit) return word;
      changed = true;
      return spelt;
    });
    return changed ? words.join(' ') : folded;
  }

  /** "dadieu" → "d adieu" when "adieu" is a word of the danger texts; undefined when the word is no glued elision. */
  private unglued(word: string): string | undefined {
    for (const elided of ELIDED) {
      const rest = word.slice(elided.length);
      if (word.startsWith(elided) && rest.length >= MIN_WORD && this.elisionRests.has(rest)) return `${elided} ${rest}`;
    }
    return undefined;
  }
}
