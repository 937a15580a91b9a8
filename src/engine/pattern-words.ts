/**
 * What every match of a pattern must contain: one of a few strings, starting where a word starts — the prefilter of
 * the danger patterns (danger.ts). A message with none of them at a word start cannot match, and is not tested.
 *
 *   requiredWords("\\b(frappe|tape) (moi|ma)")                 → ["frappe moi", "frappe ma", "tape moi", "tape ma"]
 *   requiredWords("^(?!.*\\bfete\\b)(?=.*\\b(mon|ma) ex\\b)…")  → ["mon ex", "ma ex"]
 *   requiredWords("\\b(me|m) (suis )?taillade")                → ["me suis taillade", "me taillade", "m suis …", …]
 *   requiredWords("\\bsuicid|\\bpendre")                       → ["suicid", "pendre"]
 *
 * The pattern is parsed (the subset of JavaScript's syntax that danger.yaml uses: alternations, groups, lookarounds,
 * classes, `\b \w \d \s`, quantifiers) and read for each mandatory part of it — a plain text, a group of
 * alternatives, a positive lookahead — the texts its matches may start with, where a word boundary is certain just
 * before (`\b`, `^`, a space). Of the parts that give such texts, the most selective is kept (the longest shortest
 * text, then the fewest texts). A top-level alternation requires one of each branch's texts. Undefined when nothing
 * certain can be said: the pattern is then always tested.
 *
 * Texts are cut at the first character that is not a-z, 0-9, "_" or a space (what a folded message's words are made
 * of, as the danger prefilter walks them); a cut text stays a certain prefix of the match.
 */

type Atom =
  | { kind: 'char'; char: string }
  /** One character that is not known in advance (`.`, `\w`, a class…); `nonWord`: certainly not a word character (`\s`). */
  | { kind: 'any'; nonWord: boolean }
  | { kind: 'boundary' }
  | { kind: 'start' }
  /** Zero-width and saying nothing usable: `$`, `\B`, negative lookarounds, lookbehinds. */
  | { kind: 'assert' }
  | { kind: 'group'; branches: Term[][]; lookahead: boolean };

interface Term {
  atom: Atom;
  min: number;
  max: number;
}

interface Prefix {
  text: string;
  /** The text is the whole match (more may be appended from what follows), not only its start. */
  complete: boolean;
}

/** Beyond this many texts, a set says too little to be worth looking up (and the expansion stops). */
const MAX_TEXTS = 64;

export function requiredWords(source: string): string[] | undefined {
  let branches: Term[][];
  try {
    branches = new Parser(source).parse();
  } catch {
    return undefined;
  }
  return unionOf(branches.map((branch) => sequenceRequires(branch, false)));
}

/**
 * One of each branch's texts: defined only when every branch requires some. Too many texts together are cut to
 * their first words (a text's start is as certain as the text).
 */
function unionOf(sets: (string[] | undefined)[]): string[] | undefined {
  const out = new Set<string>();
  for (const set of sets) {
    if (!set) return undefined;
    for (const text of set) out.add(text);
  }
  const texts = out.size > MAX_TEXTS ? new Set([...out].map((text) => /^[^ ]+/.exec(text)?.[0] as string)) : out;
  return texts.size === 0 || texts.size > MAX_TEXTS ? undefined : [...texts];
}

function sequenceRequires(sequence: Term[], boundaryAtStart: boolean): string[] | undefined {
  let best: string[] | undefined;
  const consider = (candidate: string[] | undefined) => {
    if (candidate && better(candidate, best)) best = candidate;
  };
  let boundary = boundaryAtStart;
  for (let i = 0; i < sequence.length; i++) {
    const { atom, min, max } = sequence[i] as Term;
    if (atom.kind === 'boundary' || atom.kind === 'start') {
      boundary = true;
      continue;
    }
    if (atom.kind === 'assert') continue;
    if (boundary && (atom.kind === 'char' || (atom.kind === 'group' && !atom.lookahead))) consider(wordStarts(prefixes(sequence, i)));
    if (atom.kind === 'group' && min >= 1) consider(unionOf(atom.branches.map((branch) => sequenceRequires(branch, boundary))));
    if (atom.kind === 'group' && atom.lookahead) continue; // zero-width: the boundary before is still the one after
    if (max === 0) continue;
    const endsNonWord = atomEndsNonWord(atom);
    boundary = min >= 1 ? endsNonWord : endsNonWord && boundary;
  }
  return best;
}

/** The more selective of two sets: the longer shortest text, then fewer texts. */
function better(candidate: string[], best: string[] | undefined): boolean {
  if (!best) return true;
  const shortest = (set: string[]) => Math.min(...set.map((text) => text.length));
  const a = shortest(candidate);
  const b = shortest(best);
  return a > b || (a === b && candidate.length < best.length);
}

/** The prefixes as texts that start a word: cut to a-z, 0-9, "_" and spaces; undefined if one cannot start a word. */
function wordStarts(list: Prefix[] | undefined): string[] | undefined {
  if (!list) return undefined;
  const out = new Set<string>();
  for (const { text } of list) {
    const cut = /^[a-z0-9_][a-z0-9_ ]*/.exec(text)?.[0];
    if (!cut) return undefined;
    out.add(cut);
  }
  // A text that starts with another says nothing more: the shorter is enough.
  const texts = [...out].sort();
  return texts.filter((text, i) => !texts.slice(0, i).some((shorter) => text.startsWith(shorter)));
}

/** The texts a match of sequence[from…] starts with. */
function prefixes(sequence: Term[], from: number): Prefix[] | undefined {
  let list: Prefix[] = [{ text: '', complete: true }];
  for (let i = from; i < sequence.length && list.some((p) => p.complete); i++) {
    const own = termPrefixes(sequence[i] as Term);
    const next: Prefix[] = [];
    for (const p of list) {
      if (!p.complete) next.push(p);
      else for (const q of own) next.push({ text: p.text + q.text, complete: q.complete });
    }
    if (next.length > MAX_TEXTS) {
      list = list.map((p) => ({ text: p.text, complete: false }));
      break;
    }
    list = next;
  }
  return list;
}

function termPrefixes({ atom, min, max }: Term): Prefix[] {
  if (max === 0) return [{ text: '', complete: true }];
  const own = atomPrefixes(atom);
  if (min === 1 && max === 1) return own;
  if (min === 0 && max === 1) return [...own, { text: '', complete: true }];
  if (min === 0) return [{ text: '', complete: false }];
  return own.map((p) => ({ text: p.text, complete: false })); // repeated: its first time starts the match
}

function atomPrefixes(atom: Atom): Prefix[] {
  switch (atom.kind) {
    case 'char':
      return [{ text: atom.char, complete: true }];
    case 'any':
      return [{ text: '', complete: false }];
    case 'group':
      if (atom.lookahead) return [{ text: '', complete: true }];
      return dedupe(atom.branches.flatMap((branch) => prefixes(branch, 0) ?? [{ text: '', complete: false }]));
    default:
      return [{ text: '', complete: true }]; // zero-width
  }
}

function dedupe(list: Prefix[]): Prefix[] {
  const seen = new Map<string, Prefix>();
  for (const p of list) {
    const key = `${p.complete ? 1 : 0}${p.text}`;
    if (!seen.has(key)) seen.set(key, p);
  }
  return [...seen.values()];
}

/** Every non-empty match of the atom ends with a character that is not a word character. */
function atomEndsNonWord(atom: Atom): boolean {
  if (atom.kind === 'char') return !/[A-Za-z0-9_]/.test(atom.char);
  if (atom.kind === 'any') return atom.nonWord;
  if (atom.kind === 'group' && !atom.lookahead) return atom.branches.every((branch) => sequenceEndsNonWord(branch, branch.length));
  return false;
}

function sequenceEndsNonWord(sequence: Term[], end: number): boolean {
  for (let i = end - 1; i >= 0; i--) {
    const { atom, min, max } = sequence[i] as Term;
    if (max === 0 || atom.kind === 'boundary' || atom.kind === 'start' || atom.kind === 'assert' || (atom.kind === 'group' && atom.lookahead)) continue;
    if (!atomEndsNonWord(atom)) return false;
    if (min >= 1) return true;
    // Optional: what comes before must end with a non-word character too.
  }
  return false; // may be empty
}

/** A recursive-descent parser of the pattern syntax danger.yaml uses; throws on anything else. */
class Parser {
  private i = 0;

  constructor(private readonly source: string) {}

  parse(): Term[][] {
    const branches = this.alternation();
    if (this.i !== this.source.length) throw new Error(`unexpected ${this.source[this.i]}`);
    return branches;
  }

  private alternation(): Term[][] {
    const branches = [this.sequence()];
    while (this.source[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches;
  }

  private sequence(): Term[] {
    const terms: Term[] = [];
    while (this.i < this.source.length && this.source[this.i] !== '|' && this.source[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      terms.push({ atom, min, max });
    }
    return terms;
  }

  private atom(): Atom {
    const char = this.source[this.i++] as string;
    if (char === '(') {
      let lookahead = false;
      let usable = true;
      if (this.source.startsWith('?:', this.i)) this.i += 2;
      else if (this.source.startsWith('?=', this.i)) {
        this.i += 2;
        lookahead = true;
      } else if (this.source.startsWith('?!', this.i) || this.source.startsWith('?<=', this.i) || this.source.startsWith('?<!', this.i)) {
        this.i += this.source.startsWith('?!', this.i) ? 2 : 3;
        usable = false;
      } else if (this.source[this.i] === '?') throw new Error('unknown group');
      const branches = this.alternation();
      if (this.source[this.i++] !== ')') throw new Error('unclosed group');
      return usable ? { kind: 'group', branches, lookahead } : { kind: 'assert' };
    }
    if (char === '[') {
      for (; this.i < this.source.length && this.source[this.i] !== ']'; this.i++) if (this.source[this.i] === '\\') this.i++;
      if (this.source[this.i++] !== ']') throw new Error('unclosed class');
      return { kind: 'any', nonWord: false };
    }
    if (char === '\\') {
      const escaped = this.source[this.i++];
      if (escaped === 'b') return { kind: 'boundary' };
      if (escaped === 'B') return { kind: 'assert' };
      if (escaped === 's' || escaped === 'W') return { kind: 'any', nonWord: true };
      if (escaped === 'w' || escaped === 'd' || escaped === 'S' || escaped === 'D') return { kind: 'any', nonWord: false };
      if (escaped !== undefined && /[.\\/()[\]{}|?*+^$ -]/.test(escaped)) return { kind: 'char', char: escaped };
      throw new Error(`unknown escape \\${escaped}`);
    }
    if (char === '.') return { kind: 'any', nonWord: false };
    if (char === '^') return { kind: 'start' };
    if (char === '$') return { kind: 'assert' };
    if (char === '*' || char === '+' || char === '?' || char === '{' || char === '|' || char === ')') throw new Error(`unexpected ${char}`);
    return { kind: 'char', char };
  }

  private quantifier(): [number, number] {
    const char = this.source[this.i];
    let range: [number, number] | undefined;
    if (char === '?') range = [0, 1];
    else if (char === '*') range = [0, Infinity];
    else if (char === '+') range = [1, Infinity];
    else if (char === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.i));
      if (!m) throw new Error('bad quantifier');
      const min = Number(m[1]);
      range = [min, m[2] === undefined ? min : m[3] ? Number(m[3]) : Infinity];
      this.i += m[0].length - 1;
    }
    if (!range) return [1, 1];
    this.i++;
    if (this.source[this.i] === '?') this.i++; // lazy: the same matches
    return range;
  }
}
