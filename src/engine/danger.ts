/**
 * Danger signals (knowledge/danger.yaml), checked before any search: a resident in danger must get the emergency
 * numbers whatever else the message says and whatever the conversation was doing.
 *
 * Cost: several hundred patterns, each scanning the message. Two things keep a turn cheap without changing what
 * matches: a pattern that starts with a group of plain words ("\b(frappe|tape|cogne) ...") can only match a message
 * containing one of them, so it is skipped when none is there (`requiredWords`) — looked up the other way round,
 * from the message's word starts to the patterns that require them, since a message has a few dozen word starts
 * and the patterns some two thousand required words (walked through a tree of their letters, with no prefix cut out);
 * and a turn asks about the same message several times, so the last answers are remembered.
 *
 * Contexts (`contexts` of danger.yaml) are the other side: danger talked about, not lived — an exposé on domestic
 * violence, a film on forced marriage, a first-aid course, "cette facture va me tuer". A message in one of them
 * triggers no signal: one guard per way of talking, rather than a look-behind copied into every pattern.
 */
import type { DangerFile } from '../knowledge/schema.js';

export interface DangerMatch {
  signal: string;
  entryId: string;
}

interface Pattern {
  regex: RegExp;
  /** The message must contain one of these strings for the pattern to match; undefined = always test. */
  required?: string[];
  /** A piece of text every match contains (`requiredLiteral`): a message without it is not tested. */
  literal?: string;
}

/** A turn asks about one message a few times; a larger memo would only flatter benchmarks that repeat questions. */
const MEMO_SIZE = 8;

export class DangerDetector {
  /** Every signal's patterns, in order, as indexes into `patterns`. */
  private readonly signals: { id: string; entryId: string; patterns: number[] }[];
  private readonly patterns: Pattern[];
  /**
   * A required word's first word (the whole word when it is one) → the patterns that require it, as a tree of
   * letters: a message's words are walked through it letter by letter, so that each of their prefixes is looked
   * up without being cut out of the message.
   */
  private readonly requiring = new LetterTree<{ pattern: number; required: string; oneWord: boolean }>();
  private readonly memo = new Map<string, DangerMatch | null>();
  private readonly contexts: { id: string; regex: RegExp; unless?: RegExp }[];
  /**
   * The patterns that require no word (a few dozen of several hundred): the only ones looked at on every message,
   * one by one (those with a `literal` only when the message holds it). Not joined into one alternation: V8 runs
   * each pattern alone far faster (a pattern anchored by "^" is tried at the start only, a plain one gets its own
   * quick checks) — the joined pattern cost 5 times the separate tests (≈ 50 against ≈ 10 µs per message, 5 741
   * messages of the control sets).
   */
  private readonly unconditional: number[] = [];
  /** Pattern index → its signal (patterns are numbered in the signals' order). */
  private readonly signalOf: { id: string; entryId: string }[] = [];

  constructor(file: DangerFile) {
    this.contexts = file.contexts.map((c) => ({ id: c.id, regex: new RegExp(c.pattern, 'u'), unless: c.unless === undefined ? undefined : new RegExp(c.unless, 'u') }));
    this.patterns = [];
    this.signals = file.signals.map((s) => ({
      id: s.id,
      entryId: s.entry,
      patterns: s.patterns.map((source) => this.patterns.push(compile(source)) - 1),
    }));
    for (const signal of this.signals) for (const index of signal.patterns) this.signalOf[index] = signal;
    this.patterns.forEach((pattern, index) => {
      if (!pattern.required) this.unconditional.push(index);
      for (const required of pattern.required ?? []) this.requiring.add(firstWord(required), { pattern: index, required, oneWord: !required.includes(' ') });
    });
  }

  /**
   * `folded` is the message as Normaliser.foldForPatterns gives it. The first signal that matches wins; none does in
   * a context of danger talked about.
   */
  detect(folded: string): DangerMatch | undefined {
    const remembered = this.memo.get(folded);
    if (remembered !== undefined) return remembered ?? undefined;
    // Patterns are numbered in the signals' order: the first that matches, by number, is the first signal's. The
    // contexts are looked at only then (a message with no signal at all, most of them, needs no guard).
    const first = this.possiblePatterns(folded).find((i) => (this.patterns[i] as Pattern).regex.test(folded));
    const signal = first === undefined || this.context(folded) !== undefined ? undefined : this.signalOf[first];
    const match = signal ? { signal: signal.id, entryId: signal.entryId } : undefined;
    if (this.memo.size >= MEMO_SIZE) this.memo.clear();
    this.memo.set(folded, match ?? null);
    return match;
  }

  /** The id of the context of danger talked about, not lived, that `folded` is in, if any. */
  context(folded: string): string | undefined {
    return this.contexts.find((c) => c.regex.test(folded) && !c.unless?.test(folded))?.id;
  }

  /** In increasing order, the patterns that may match: they require nothing, or the message has one of the words they require. */
  private possiblePatterns(folded: string): number[] {
    const possible: number[] = [];
    for (const i of this.unconditional) {
      const literal = (this.patterns[i] as Pattern).literal;
      if (literal === undefined || folded.includes(literal)) possible.push(i);
    }
    const taken = new Uint8Array(this.patterns.length);
    let sorted = true;
    this.requiring.visitWordPrefixes(folded, (found, wordStart) => {
      for (const { pattern, required, oneWord } of found) {
        // A one-word requirement is met by its word starting a word; several words must follow from there.
        if (taken[pattern] === 1 || !(oneWord || folded.startsWith(required, wordStart))) continue;
        taken[pattern] = 1;
        sorted &&= pattern > (possible[possible.length - 1] ?? -1);
        possible.push(pattern);
      }
    });
    return sorted ? possible : possible.sort((a, b) => a - b);
  }
}

function compile(source: string): Pattern {
  return { regex: new RegExp(source, 'u'), required: requiredWords(source) ?? laterRequiredWords(source), literal: requiredLiteral(source) };
}

/** "en finir avec " → "en"; "suicid" → "suicid". */
function firstWord(required: string): string {
  const space = required.indexOf(' ');
  return space < 0 ? required : required.slice(0, space);
}

/**
 * Values filed under words, found from a text's words: `visitWordPrefixes` calls back with the values filed under
 * every word that is a prefix of one of the text's words (words: runs of a-z, 0-9 and "_", where `\b` sees them).
 */
class LetterTree<T> {
  private readonly root: LetterNode<T> = { next: new Map() };

  add(word: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) node.next.set(code, (child = { next: new Map() }));
      node = child;
    }
    (node.values ??= []).push(value);
  }

  /** `visit` gets the values and where the word starts in `text`. */
  visitWordPrefixes(text: string, visit: (values: readonly T[], wordStart: number) => void): void {
    for (let i = 0; i < text.length; i++) {
      if (!isAsciiWordChar(text.charCodeAt(i))) continue;
      // A word starts at i: follow it down the tree as far as the tree goes, then skip to its end.
      const start = i;
      let node: LetterNode<T> | undefined = this.root;
      for (; i < text.length && isAsciiWordChar(text.charCodeAt(i)); i++) {
        node = node?.next.get(text.charCodeAt(i));
        if (node?.values) visit(node.values, start);
      }
    }
  }
}

interface LetterNode<T> {
  next: Map<number, LetterNode<T>>;
  values?: T[];
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * What any match of the pattern must contain, when the pattern's start says so plainly:
 *  - `\b(a|b|c)…` or `^(?=.*\b(a|b|c)\b)…` where every alternative is plain lowercase words (an optional last letter,
 *    "jeux?", allowed): one of the alternatives, cut before an optional letter;
 *  - `\bliteral…` or `^(?=.*\bliteral…` ("\bsuicid", "\ben finir avec (…", "^(?=.*\bentend\w*\b)…"): that literal,
 *    cut before an optional or repeated letter.
 * Both start with `\b` before a letter, so the message must hold the word where a word can start (a word of the
 * message begins with it).
 * Anything else gives undefined, and the pattern is always tested. (tests/engine/danger.test.ts checks, on every
 * example and ordinary phrase, that the prefilter never changes a result.)
 */
export function requiredWords(source: string): string[] | undefined {
  if (hasTopLevelAlternation(source)) return undefined; // "\\bsuicid|\\bpendre": the start says nothing of the rest
  const group = /^(?:\\b|\^\(\?=\.\*\\b)\(([a-z ?|]+)\)/.exec(source);
  if (group) {
    if (/^[?*{]/.test(source.slice(group[0].length))) return undefined; // "\\b(se )?tire": the group may be absent
    const alternatives = (group[1] as string).split('|');
    if (alternatives.some((alt) => alt === '' || alt.startsWith('?') || alt.includes('??'))) return undefined;
    const words = alternatives.map(certainPart);
    return words.some((word) => !/^[a-z][a-z ]*$/.test(word) || word.trim().length < 2) ? undefined : words;
  }
  const literal = /^(?:\\b|\^\(\?=\.\*\\b)([a-z ]+)([?*{]?)/.exec(source);
  if (!literal) return undefined;
  const text = literal[2] ? (literal[1] as string).slice(0, -1) : (literal[1] as string);
  return /^[a-z]/.test(text) && text.trim().length >= 2 ? [text] : undefined;
}

/**
 * The longest run of plain text (letters, digits, spaces; at least 3 characters) that stands outside any group,
 * class or escape, with no quantifier making its last letter optional: "\\b(taill\\w*|ouvr\\w*) (\\w+ ){0,2}veines\\b"
 * → "veines". Every match of the pattern contains it, so a message without it need not be tested — the prefilter of
 * the patterns whose start says nothing plain (`requiredWords` undefined). Undefined when there is none, or the
 * pattern has a top-level alternation.
 */
export function requiredLiteral(source: string): string | undefined {
  if (hasTopLevelAlternation(source)) return undefined;
  let best = '';
  let run = '';
  const end = (): void => {
    if (run.trim().length > best.trim().length) best = run;
    run = '';
  };
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    if (char === '\\') {
      if (depth === 0) end();
      i++;
    } else if (char === '[') {
      if (depth === 0) end();
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (char === '(') {
      if (depth === 0) end();
      depth++;
    } else if (char === ')') {
      depth--;
    } else if (depth > 0) {
      continue;
    } else if (char === '?' || char === '*' || char === '{') {
      // The character before may be absent (or repeated: "{2}" is left out too, to keep this simple).
      run = run.slice(0, -1);
      end();
      if (char === '{') while (i < source.length && source[i] !== '}') i++;
    } else if (/[a-z0-9 ]/.test(char)) {
      run += char;
    } else {
      end(); // "+", ".", "^", "$"…
    }
  }
  end();
  return best.trim().length >= 3 ? best : undefined;
}

/**
 * For a pattern whose start says nothing plain (`requiredWords` undefined): a group of plain words further on that
 * every match goes through — outside any other group, not made optional, right after a space or `\\b` so that its
 * words start a word ("^(?:(?!…).)*?\\b(me|se|te) (tue|tuer|suicide)" → tue, tuer, suicide). Of several such groups, the
 * one whose shortest word is longest. Undefined when there is none, or the pattern has a top-level alternation.
 */
export function laterRequiredWords(source: string): string[] | undefined {
  if (hasTopLevelAlternation(source)) return undefined;
  let best: string[] | undefined;
  let depth = 0;
  let open = -1;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (char === '(') {
      if (depth === 0) open = i;
      depth++;
    } else if (char === ')') {
      depth--;
      if (depth !== 0 || open < 0) continue;
      const words = plainGroup(source, open, i);
      const shortest = (list: string[]) => Math.min(...list.map((w) => w.length));
      if (words && (!best || shortest(words) > shortest(best))) best = words;
    }
  }
  return best;
}

/** The certain words of the group source[open..close] when it is plain words, mandatory, starting a word. */
function plainGroup(source: string, open: number, close: number): string[] | undefined {
  const before = source.slice(Math.max(0, open - 2), open);
  if (!(before.endsWith(' ') || before === '\\b')) return undefined;
  if (/^[?*{]/.test(source.slice(close + 1))) return undefined;
  const body = source.slice(open + 1, close);
  if (!/^[a-z ?|]+$/.test(body) || body.startsWith('?')) return undefined;
  const alternatives = body.split('|');
  if (alternatives.some((alt) => alt === '' || alt.startsWith('?') || alt.includes('??'))) return undefined;
  const words = alternatives.map(certainPart);
  return words.some((word) => !/^[a-z][a-z ]*$/.test(word) || word.trim().length < 2) ? undefined : words;
}

function hasTopLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/** "jeux?" → "jeu": the letter before "?" may be absent, so only what comes before it is certain. */
function certainPart(alternative: string): string {
  const optional = alternative.indexOf('?');
  return optional < 0 ? alternative : alternative.slice(0, optional - 1);
}
