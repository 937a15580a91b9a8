/**
 * Danger signals (knowledge/danger.yaml), checked before any search: a resident in danger must get the emergency
 * numbers whatever else the message says and whatever the conversation was doing.
 *
 * Cost: several hundred patterns, each scanning the message. Two things keep a turn cheap without changing what
 * matches: every match of a pattern contains, where a word starts, one of a few texts that the pattern says plainly
 * ("\b(frappe|tape|cogne) (moi|ma)" → "frappe moi", "tape ma"…; "^(?!…)(?=.*\b(mon|ma) ex\b)…" → "mon ex", "ma ex"),
 * so a message without any is not tested (`requiredWords`, pattern-words.ts) — looked up the other way round, from
 * the message's word starts to the patterns that require them, since a message has a few dozen word starts and the
 * patterns thousands of required texts (walked through a tree of their characters, with nothing cut out); and a
 * turn asks about the same message several times, so the last answers are remembered.
 *
 * Contexts (`contexts` of danger.yaml) are the other side: danger talked about, not lived — an exposé on domestic
 * violence, a film on forced marriage, a first-aid course, "cette facture va me tuer". A message in one of them
 * triggers no signal: one guard per way of talking, rather than a look-behind copied into every pattern.
 */
import type { DangerFile } from '../knowledge/schema.js';
import { requiredWords } from './pattern-words.js';

export { requiredWords } from './pattern-words.js';

export interface DangerMatch {
  signal: string;
  entryId: string;
}

interface Pattern {
  regex: RegExp;
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
   * A required text → the patterns that require it, as a tree of characters: the message is walked through it from
   * each word start, so that every text it holds there is looked up without being cut out of the message.
   */
  private readonly requiring: LetterTree;
  private readonly memo = new Map<string, DangerMatch | null>();
  private readonly contexts: { id: string; regex: RegExp; unless?: RegExp }[];
  /**
   * The contexts' required texts (pattern-words.ts, as for the patterns) → the contexts that require them, and the
   * contexts that require none: `context` tests only the contexts the message may match, in their order. Testing the
   * ≈ 80 contexts one by one cost ≈ 100 µs per call, and ten times that after each full garbage collection, which
   * discards the compiled code of every regular expression (V8 recompiles them at their next use).
   */
  private readonly contextRequiring: LetterTree;
  private readonly contextsAlways: number[] = [];
  /**
   * The patterns that require no text (none in today's danger.yaml, 84 of 717 before pattern-words.ts read
   * lookaheads and alternations): looked at on every message, one by one (those with a `literal` only when the
   * message holds it). Not joined into one alternation: V8 runs each pattern alone far faster — the joined pattern
   * cost 5 times the separate tests (≈ 50 against ≈ 10 µs per message, 5 741 messages of the control sets).
   */
  private readonly unconditional: number[] = [];
  /** Pattern index → its signal (patterns are numbered in the signals' order). */
  private readonly signalOf: { id: string; entryId: string }[] = [];

  constructor(file: DangerFile) {
    this.contexts = file.contexts.map((c) => ({ id: c.id, regex: new RegExp(c.pattern, 'u'), unless: c.unless === undefined ? undefined : new RegExp(c.unless, 'u') }));
    const contextRequiring = new LetterTreeBuilder();
    file.contexts.forEach((c, index) => {
      const required = requiredWords(c.pattern);
      if (!required) this.contextsAlways.push(index);
      for (const text of required ?? []) contextRequiring.add(text, index);
    });
    this.contextRequiring = new LetterTree(contextRequiring);
    this.patterns = [];
    // The message must contain one of a pattern's required texts at a word start for it to match (undefined: always
    // test). Only the tree keeps them.
    const requiring = new LetterTreeBuilder();
    this.signals = file.signals.map((s) => ({
      id: s.id,
      entryId: s.entry,
      patterns: s.patterns.map((source) => {
        const index = this.patterns.push({ regex: new RegExp(source, 'u'), literal: requiredLiteral(source) }) - 1;
        const required = requiredWords(source);
        if (!required) this.unconditional.push(index);
        for (const text of required ?? []) requiring.add(text, index);
        return index;
      }),
    }));
    for (const signal of this.signals) for (const index of signal.patterns) this.signalOf[index] = signal;
    this.requiring = new LetterTree(requiring);
  }

  /**
   * `folded` is the message as Normaliser.foldForPatterns gives it. The first signal that matches wins; none does in
   * a context of danger talked about.
   */
  detect(message: string): DangerMatch | undefined {
    const folded = plainLetters(message);
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
  context(message: string): string | undefined {
    const folded = plainLetters(message);
    const possible = [...this.contextsAlways];
    const taken = new Set(possible);
    this.contextRequiring.visitFromWordStarts(folded, (index) => {
      if (taken.has(index)) return;
      taken.add(index);
      possible.push(index);
    });
    possible.sort((a, b) => a - b);
    for (const index of possible) {
      const c = this.contexts[index] as { id: string; regex: RegExp; unless?: RegExp };
      if (c.regex.test(folded) && !c.unless?.test(folded)) return c.id;
    }
    return undefined;
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
    this.requiring.visitFromWordStarts(folded, (pattern) => {
      if (taken[pattern] === 1) return;
      taken[pattern] = 1;
      sorted &&= pattern > (possible[possible.length - 1] ?? -1);
      possible.push(pattern);
    });
    return sorted ? possible : possible.sort((a, b) => a - b);
  }
}

/**
 * Values filed under texts, found from a text's word starts: `visitFromWordStarts` calls back with each value filed
 * under every text that the text has at a word start (word starts: where a run of a-z, 0-9 and "_" begins, as `\b`
 * sees them): "il me frappe" finds what is filed under "me", "me frap", "frappe" — the tree of their characters is
 * walked from each word start as far as it goes (across spaces), so that nothing is cut out of the text.
 *
 * Built as a radix tree of objects (`LetterTreeBuilder`: an edge holds the characters down to the next branch or
 * value), then frozen into a few flat arrays: the ≈ 20 000 nodes of the danger patterns' texts took 8.4 MB of heap
 * as objects and `Map`s (≈ 420 bytes a node), ≈ 0.5 MB as arrays. Same tree, same walk, same values in the same order.
 */
class LetterTree {
  /** Node n's edges are `edgeStart[n]` to `edgeStart[n + 1]` − 1, sorted by their first character (`edgeChar`). */
  private readonly edgeStart: Int32Array;
  private readonly edgeChar: Uint16Array;
  /**
   * Edge e's characters: `labels` from `labelStart[e]` to `labelStart[e + 1]` − 1. It leads to node e + 1: nodes are
   * numbered in the order of the edges that lead to them.
   */
  private readonly labelStart: Int32Array;
  private readonly labels: string;
  /** Node n's values: `values` from `valueStart[n]` to `valueStart[n + 1]` − 1, in the order they were filed. */
  private readonly valueStart: Int32Array;
  private readonly values: Int32Array;

  constructor(builder: LetterTreeBuilder) {
    // Nodes numbered breadth first from the root (0); each node's edges numbered together, by first character.
    const nodes: LetterNode[] = [builder.root];
    const edges: { label: string; node: LetterNode }[] = [];
    const edgeStart: number[] = [];
    for (let n = 0; n < nodes.length; n++) {
      edgeStart.push(edges.length);
      const node = nodes[n] as LetterNode;
      for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
        const edge = node.next.get(code) as { label: string; node: LetterNode };
        edges.push(edge);
        nodes.push(edge.node);
      }
    }
    edgeStart.push(edges.length);
    this.edgeStart = Int32Array.from(edgeStart);
    this.edgeChar = Uint16Array.from(edges, (e) => e.label.charCodeAt(0));
    const labelStart: number[] = [];
    let length = 0;
    for (const edge of edges) {
      labelStart.push(length);
      length += edge.label.length;
    }
    labelStart.push(length);
    this.labelStart = Int32Array.from(labelStart);
    this.labels = edges.map((e) => e.label).join('');
    const valueStart: number[] = [];
    const values: number[] = [];
    for (const node of nodes) {
      valueStart.push(values.length);
      values.push(...(node.values ?? []));
    }
    valueStart.push(values.length);
    this.valueStart = Int32Array.from(valueStart);
    this.values = Int32Array.from(values);
  }

  /** The edge of node `node` whose first character is `code`, or −1 (binary search: a node's edges are sorted). */
  private edgeOf(node: number, code: number): number {
    let low = this.edgeStart[node] as number;
    let high = (this.edgeStart[node + 1] as number) - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const char = this.edgeChar[middle] as number;
      if (char === code) return middle;
      if (char < code) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  visitFromWordStarts(text: string, visit: (value: number) => void): void {
    const labels = this.labels;
    for (let i = 0; i < text.length; i++) {
      if (!isAsciiWordChar(text.charCodeAt(i))) continue;
      // A word starts at i: follow the text down the tree as far as the tree goes, then skip to the word's end.
      let node = 0;
      for (let j = i; j < text.length; ) {
        const edge = this.edgeOf(node, text.charCodeAt(j));
        if (edge < 0) break;
        const from = this.labelStart[edge] as number;
        const length = (this.labelStart[edge + 1] as number) - from;
        if (j + length > text.length) break;
        let k = 1;
        while (k < length && labels.charCodeAt(from + k) === text.charCodeAt(j + k)) k++;
        if (k < length) break;
        node = edge + 1;
        j += length;
        const end = this.valueStart[node + 1] as number;
        for (let v = this.valueStart[node] as number; v < end; v++) visit(this.values[v] as number);
      }
      while (i + 1 < text.length && isAsciiWordChar(text.charCodeAt(i + 1))) i++;
    }
  }
}

/** The tree while texts are added (a radix tree of objects), frozen into a LetterTree once they all are. */
class LetterTreeBuilder {
  readonly root: LetterNode = { next: new Map() };

  add(text: string, value: number): void {
    let node = this.root;
    for (let i = 0; i < text.length; ) {
      const edge = node.next.get(text.charCodeAt(i));
      if (!edge) {
        const leaf: LetterNode = { next: new Map() };
        node.next.set(text.charCodeAt(i), { label: text.slice(i), node: leaf });
        node = leaf;
        break;
      }
      let shared = 1;
      while (shared < edge.label.length && i + shared < text.length && edge.label.charCodeAt(shared) === text.charCodeAt(i + shared)) shared++;
      if (shared < edge.label.length) {
        // The text leaves (or ends) inside the edge: split it there.
        const middle: LetterNode = { next: new Map([[edge.label.charCodeAt(shared), { label: edge.label.slice(shared), node: edge.node }]]) };
        edge.label = edge.label.slice(0, shared);
        edge.node = middle;
      }
      node = edge.node;
      i += shared;
    }
    (node.values ??= []).push(value);
  }
}

interface LetterNode {
  next: Map<number, { label: string; node: LetterNode }>;
  values?: number[];
}

/**
 * Letters that losing accents leaves as they are — Polish "ł", Turkish "ı", Nordic "ø", "đ", "ħ" — written as the plain
 * letter they stand for: the patterns are written in a-z, and "wypadł z okna", "chłopak mnie bije", "nefes almıyor"
 * must read as "wypadl", "chlopak", "almiyor" (and a word with such a letter must not be cut in two at "\b").
 */
const PLAIN_LETTER: Record<string, string> = { 'ł': 'l', 'ı': 'i', 'ø': 'o', 'đ': 'd', 'ħ': 'h' };
const UNFOLDED_LETTERS = /[łıøđħ]/g;

export function plainLetters(folded: string): string {
  return folded.replace(UNFOLDED_LETTERS, (letter) => PLAIN_LETTER[letter] ?? letter);
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
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
