/**
 * Removes personal data from a resident's message before anything keeps it.
 *
 * Residents write to the assistant the way they would write to a neighbour: "je m'appelle Fatima Benali, j'habite
 * au 12 rue des Lilas, rappelez-moi au 06 12 34 56 78". Nothing of that may be stored, so every text that reaches a
 * store goes through redact() first (and the stores run it again as a safety net).
 *
 * Principles:
 *  - Over-redacting is acceptable, leaking is not; but the remarque must stay readable for the conseil citoyen, so
 *    ordinary numbers stay: ages, years, times, prices, bus lines and the emergency numbers (15, 17, 18, 112, 114,
 *    119, 3114, 3919, 3018...), which are all too short to look like anything personal.
 *  - Each detector is narrow and validated where a checksum exists (Luhn for cards, mod 97 for IBANs) so that a
 *    digit string is not eaten just because it is long; a last fallback then removes any remaining run of 9 digits
 *    or more, which is never ordinary prose.
 *  - Names are redacted where the resident introduces them ("je m'appelle", "je suis", "mon nom est", "moi c'est",
 *    "Mme", "M.", "my name is"...), after a family word ("ma fille Aïcha"), in a signature (", Fatima Benali" at
 *    the end), and wherever a known first name (people.ts) stands — except where a place is named after a person
 *    ("rue Jean Jaurès", "collège Paul Langevin"): that is a place, and an address only with a number before it.
 *  - Birth dates (with the birthplace), licence plates, CAF numbers and phone numbers spelled out in words are
 *    personal too.
 *  - Numbers starting with 08 (0800 free numbers and other special-rate numbers) are organisations, never a
 *    resident's line: they are kept, because "j'ai appelé le 0800 ... sans réponse" is useful to the conseil.
 *  - A quartier prioritaire code written as digits ("QP 06 20 10", six digits) is too short to be a phone number and
 *    is left as it is.
 *  - The result is idempotent: redact(redact(x).text) gives the same text and finds nothing (placeholders contain
 *    no digit and no letter run that a detector would take).
 */

import { isFirstName } from './first-names.js';

export type RedactionKind = 'email' | 'iban' | 'nir' | 'card' | 'birth' | 'phone' | 'plate' | 'address' | 'name' | 'number';

/** French placeholders: the remarques are read by French-speaking staff and residents of the conseil citoyen. */
export const PLACEHOLDERS: Readonly<Record<RedactionKind, string>> = {
  email: '[e-mail]',
  iban: '[IBAN]',
  nir: '[n° sécu]',
  card: '[carte bancaire]',
  birth: '[date de naissance]',
  phone: '[téléphone]',
  plate: '[plaque]',
  address: '[adresse]',
  name: '[nom]',
  number: '[numéro]',
};

/** Order in which `found` lists kinds (the order in which the detectors run). */
const KIND_ORDER: readonly RedactionKind[] = ['email', 'iban', 'nir', 'card', 'birth', 'phone', 'plate', 'address', 'name', 'number'];

/** A remarque is one message, not a letter: longer texts are cut (with an ellipsis) to keep the store small. */
export const REDACT_MAX_LENGTH = 2000;

export interface Redaction {
  text: string;
  /** Kinds of personal data that were replaced, each once, in detection order. */
  found: RedactionKind[];
}

export interface RedactOptions {
  /** Maximum length of the result in UTF-16 code units, ellipsis included (default REDACT_MAX_LENGTH). */
  maxLength?: number;
}

type Mark = (kind: RedactionKind) => string;

export function redact(text: string, options: RedactOptions = {}): Redaction {
  // A turn redacts one text twice (an unanswered question: the recorder, then the store's safety net, which gets the
  // same text back when there was nothing to redact): the last results are kept. redact() depends on its input
  // only (no clock, fixed first names), so a remembered result is the one it would compute; two entries only, so
  // that nothing is reused beyond a turn (a larger memo would flatter a benchmark that repeats its questions).
  if (options.maxLength === undefined && typeof text === 'string') {
    const remembered = recentRedactions.get(text);
    if (remembered) return { text: remembered.text, found: [...remembered.found] };
    const result = redactNow(text, options);
    if (recentRedactions.size >= RECENT_REDACTIONS) recentRedactions.delete(recentRedactions.keys().next().value as string);
    recentRedactions.set(text, { text: result.text, found: [...result.found] });
    return result;
  }
  return redactNow(text, options);
}

const RECENT_REDACTIONS = 2;
const ASCII_DIGIT = /[0-9]/;
const recentRedactions = new Map<string, Redaction>();

function redactNow(text: string, options: RedactOptions): Redaction {
  const maxLength = validMaxLength(options.maxLength);
  const seen = new Set<RedactionKind>();
  const mark: Mark = (kind) => {
    seen.add(kind);
    return PLACEHOLDERS[kind];
  };

  let out = clean(typeof text === 'string' ? text : String(text ?? ''));
  // Bounding the work keeps a pasted novel from costing seconds; everything past the pre-cut would be cut anyway.
  const preCut = maxLength * 10;
  const wasPreCut = out.length > preCut;
  if (wasPreCut) out = safeSlice(out, preCut);

  // Nine detectors match only where there is a digit (0-9: every alternative of their patterns holds a `\d`, a
  // [1-9] or a "1er"). A text without one — most questions — skips them: no detector adds a digit (placeholders
  // hold none), so the text stays without one, and a detector that cannot match returns its text as it is.
  const digits = ASCII_DIGIT.test(out);
  out = redactEmails(out, mark);
  if (digits) {
    out = redactIbans(out, mark);
    out = redactNirs(out, mark);
    out = redactCards(out, mark);
    out = redactBirthDates(out, mark);
    out = redactPhones(out, mark);
  }
  out = redactSpelledPhones(out, mark);
  if (digits) {
    out = redactPlates(out, mark);
    out = redactBenefitNumbers(out, mark);
    out = redactAddresses(out, mark);
  }
  out = redactNames(out, mark);
  out = redactPeople(out, mark);
  if (digits) out = redactLongNumbers(out, mark);

  // A phone number split by the pre-cut would survive as a few loose digits at the very end: drop them.
  if (wasPreCut) out = out.replace(/[\d\s.()+/-]+$/u, '');
  out = capLength(out.trim(), maxLength);
  return { text: out, found: KIND_ORDER.filter((k) => seen.has(k)) };
}

function validMaxLength(value: number | undefined): number {
  if (value === undefined || !Number.isFinite(value)) return REDACT_MAX_LENGTH;
  return Math.max(1, Math.floor(value));
}

// ---------------------------------------------------------------------------------------------------------------
// Cleaning

/**
 * Control characters are noise in a stored text, and zero-width characters are a way (deliberate or from copy-paste)
 * to split "06\u200b12 34 56 78" so that no detector sees it: both are removed, which joins the digits again.
 */
function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, '')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .normalize('NFC');
}

/** Slice without cutting a surrogate pair in two. */
function safeSlice(text: string, end: number): string {
  const code = text.charCodeAt(end - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? end - 1 : end);
}

function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = safeSlice(text, max - 1);
  // Prefer to stop at a space, and never in the middle of a placeholder.
  const space = cut.search(/\s\S*$/u);
  if (space > 0 && space >= cut.length - 40) cut = cut.slice(0, space);
  const open = cut.lastIndexOf('[');
  if (open > cut.lastIndexOf(']') && Object.values(PLACEHOLDERS).some((p) => p.startsWith(cut.slice(open)))) {
    cut = cut.slice(0, open);
  }
  return cut.trimEnd() + '…';
}

// ---------------------------------------------------------------------------------------------------------------
// Shared pieces

const HSPACE = '[ \\t\\u00A0\\u202F]';
/**
 * "Word" characters for the boundaries of every detector: letters, digits, and the brackets of placeholders.
 * Counting the brackets is what makes a second pass see what the first saw: "isrue0avenue" must not become an
 * address once "rue" has turned into "[nom]" and "0" stands after a bracket instead of a letter.
 */
const W = '\\p{L}\\p{N}\\[\\]';

/** Replace each match of `pattern` with what `replace` returns, or keep it when `replace` returns null. */
function replaceEach(text: string, pattern: RegExp, replace: (match: RegExpExecArray) => string | null): string {
  let out = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const replacement = replace(m);
    if (replacement !== null) {
      out += text.slice(last, m.index) + replacement;
      last = m.index + m[0].length;
    }
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out + text.slice(last);
}

const digitsOf = (s: string): string => s.replace(/\D/g, '');

// ---------------------------------------------------------------------------------------------------------------
// E-mails

/** RFC 5322 "atext" plus the dot: what may appear in the part before the @. */
const LOCAL_CHARS = "\\p{L}\\p{N}!#$%&'*+/=?^_`{|}~.\\-";
/**
 * A whole run of address characters and @, taken at once: matching only "a@b" inside "a@b{@c" would leave "{@c",
 * which a second pass would then see as an address of its own.
 */
const EMAIL_TOKEN = new RegExp(`(?<![${LOCAL_CHARS}@])[${LOCAL_CHARS}@]+`, 'gu');
const HAS_ADDRESS = new RegExp(`[${LOCAL_CHARS}]@[\\p{L}\\p{N}_-]`, 'u');
/** Sentence punctuation after the domain ("écrivez à jean@x.fr.") is not part of the address. */
const TRAILING_PUNCTUATION = /[^\p{L}\p{N}_-]+$/u;

const LABEL = '[\\p{L}\\p{N}_%+-]+';
const AT_WORDS = '(?:at|arobase|arobas|arrobase|arrobas)';
const AT = `(?:\\s*[(\\[{<]\\s*(?:${AT_WORDS}|@)\\s*[)\\]}>]\\s*|\\s+${AT_WORDS}\\s+|\\s+@\\s*|\\s*@\\s+)`;
const DOT = '(?:\\s*[(\\[{<]\\s*(?:dot|point|\\.)\\s*[)\\]}>]\\s*|\\s+(?:dot|point)\\s+|\\.)';
/** Obfuscated addresses must end with a known top-level domain, or name a mail provider: that is what keeps
 * "je suis at home" or "un point important" from being taken for an address. */
const TLD =
  '(?:com|fr|net|org|eu|be|ch|de|uk|co|io|info|biz|me|ma|dz|tn|sn|ci|cm|ca|us|es|it|pt|nl|lu|re|gp|mq|gf|yt|nc|pf|edu|gouv|gov|email|mail)';
const PROVIDER = '(?:gmail|googlemail|hotmail|yahoo|outlook|icloud|wanadoo|laposte|protonmail|aol|msn)';
const OBFUSCATED_EMAIL = new RegExp(
  `(?<![${W}._%+-])${LABEL}(?:${DOT}${LABEL}){0,2}${AT}(?:${LABEL}(?:${DOT}${LABEL})*${DOT}${TLD}|${PROVIDER})(?![${W}])`,
  'giu',
);

function redactEmails(text: string, mark: Mark): string {
  const plain = replaceEach(text, EMAIL_TOKEN, (m) => {
    if (!HAS_ADDRESS.test(m[0])) return null;
    return mark('email') + (TRAILING_PUNCTUATION.exec(m[0])?.[0] ?? '');
  });
  return replaceEach(plain, OBFUSCATED_EMAIL, () => mark('email'));
}

// ---------------------------------------------------------------------------------------------------------------
// IBANs

/** Lengths of the IBANs residents are likely to have; a typo in the check digits must not let them through. */
const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  FR: 27, MC: 27, BE: 16, LU: 20, DE: 22, NL: 18, ES: 24, PT: 25, IT: 27, CH: 21, GB: 22, IE: 22, AT: 20,
  PL: 28, RO: 24, TR: 26, MA: 28, TN: 24, DZ: 26, SN: 28, CI: 28,
};
const IBAN = /(?<![\p{L}\p{N}[\]])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}[\]])/giu;

function redactIbans(text: string, mark: Mark): string {
  return replaceEach(text, IBAN, (m) => {
    // The match may have swallowed a following word of four letters: try the longest prefix that is an IBAN.
    const parts = m[0].split(/(?<=[A-Z0-9])(?=[ -])/i);
    for (let n = parts.length; n >= 1; n--) {
      const candidate = parts.slice(0, n).join('');
      if (looksLikeIban(candidate)) return mark('iban') + m[0].slice(candidate.length);
    }
    return null;
  });
}

function looksLikeIban(raw: string): boolean {
  const iban = raw.replace(/[ -]/g, '').toUpperCase();
  if (iban.length < 15 || iban.length > 34) return false;
  if (mod97(iban) === 1) return true;
  const digits = digitsOf(iban.slice(4)).length;
  return IBAN_LENGTHS[iban.slice(0, 2)] === iban.length && digits * 2 >= iban.length - 4;
}

function mod97(iban: string): number {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const d of value) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest;
}

// ---------------------------------------------------------------------------------------------------------------
// French social security numbers (NIR): sex, year, month, department (2A/2B for Corsica), commune, order, key.

const NIR = /(?<![\p{N}[\]])[1278][ .-]?\d{2}[ .-]?\d{2}[ .-]?(?:\d{2}|2[AB])[ .-]?\d{3}[ .-]?\d{3}(?:[ .-]?\d{2})?(?![\p{N}\p{L}[\]])/giu;

function redactNirs(text: string, mark: Mark): string {
  // Structure alone is enough: a NIR mistyped by the resident (wrong key) is still personal.
  return replaceEach(text, NIR, () => mark('nir'));
}

// ---------------------------------------------------------------------------------------------------------------
// Payment cards: 13 to 19 digits, contiguous or in the printed groups, Luhn-checked.

// No card number starts with 0, and "0033 6..." must be left to the phone detector even when it happens to pass Luhn.
const CARD_CONTIGUOUS = /(?<![\p{N}[\]])[1-9]\d{12,18}(?![\p{N}[\]])/gu;
const CARD_GROUPED = /(?<![\p{N}[\]])(?:[1-9]\d{3}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|[1-9]\d{3}([ -])\d{6}\2\d{4,5})(?![\p{N}[\]])/gu;

function redactCards(text: string, mark: Mark): string {
  const check = (m: RegExpExecArray): string | null => {
    if (luhn(digitsOf(m[0]))) return mark('card');
    // "4970 1012 3456 7891 12 ans": the tail may not belong to the card.
    const sixteen = /^\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{4}/.exec(m[0]);
    if (sixteen && sixteen[0].length < m[0].length && luhn(digitsOf(sixteen[0]))) {
      return mark('card') + m[0].slice(sixteen[0].length);
    }
    return null;
  };
  return replaceEach(replaceEach(text, CARD_CONTIGUOUS, check), CARD_GROUPED, check);
}

function luhn(digits: string): boolean {
  if (digits.length < 13 || digits.length > 19) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

// ---------------------------------------------------------------------------------------------------------------
// Phone numbers
//
// A "run" is a sequence of digit groups joined by single separators (space, dot, dash, slash), possibly starting
// with "+" and possibly containing a parenthesised group ("(0)", "(555)", "(+33)"). Each run is then read group by
// group: a French national number is ten digits starting 0[1-9] aligned on group boundaries with one kind of
// separator; an international number starts with "+" or "00". Reading by groups is what lets "le 15 06 12 34 56 78"
// keep its 15 and "le 01/02/2024 14h" stay a date.

const PAREN = '\\(\\s?\\+?\\s?\\d{1,4}\\s?\\)';
const UNIT = `(?:${PAREN}${HSPACE}?)?\\d+`;
const SEP = `(?:${HSPACE}{1,2}|${HSPACE}?[./-]${HSPACE}?)`;
const PHONE_RUN = new RegExp(`(?<![\\p{N}+\\]])(?:\\+${HSPACE}?)?${UNIT}(?:${SEP}${UNIT})*`, 'gu');

interface Group {
  digits: string;
  paren: boolean;
  /** A "+" written inside the parentheses, as in "(+33)". */
  plus: boolean;
  /** Separator written before the group ('' for the first one, or right after a parenthesised group). */
  sep: string;
  start: number;
  end: number;
}

function tokenizeRun(run: string): { groups: Group[]; leadingPlus: boolean } {
  const groups: Group[] = [];
  const re = /(\(\s?(\+?)\s?(\d{1,4})\s?\))|(\d+)/g;
  let last = 0;
  for (let m = re.exec(run); m !== null; m = re.exec(run)) {
    groups.push({
      digits: m[3] ?? m[4] ?? '',
      paren: m[1] !== undefined,
      plus: m[2] === '+',
      sep: run.slice(last, m.index),
      start: m.index,
      end: m.index + m[0].length,
    });
    last = m.index + m[0].length;
  }
  return { groups, leadingPlus: run.startsWith('+') };
}

/** National significant number lengths for the country codes residents of the quarter use most. */
const NSN_LENGTHS: Readonly<Record<string, readonly number[]>> = {
  '1': [10], '33': [9], '32': [8, 9], '41': [9], '44': [9, 10], '34': [9], '351': [9], '212': [9], '213': [8, 9],
  '216': [8], '221': [9], '225': [10], '90': [10], '262': [9], '590': [9], '594': [9], '596': [9],
};

function countryCode(digits: string): string | undefined {
  for (const len of [3, 2, 1]) {
    const code = digits.slice(0, len);
    if (NSN_LENGTHS[code]) return code;
  }
  return undefined;
}

/** Index of the last group of an international number starting at group `i`, or -1. */
function internationalEnd(groups: readonly Group[], i: number, dropLeadingZeros: boolean): number {
  let digits = '';
  let best = -1;
  let code: string | undefined;
  for (let j = i; j < groups.length; j++) {
    const g = groups[j];
    if (!g) break;
    // "(0)" is the trunk prefix written for people dialling from inside the country: not part of the number.
    if (g.paren && g.digits === '0' && j > i) continue;
    digits += j === i && dropLeadingZeros ? g.digits.replace(/^00/, '') : g.digits;
    if (digits.length > 15) break;
    code ??= digits.length >= 3 ? countryCode(digits) : undefined;
    const expected = code ? NSN_LENGTHS[code] : undefined;
    if (expected && code) {
      // "+33 06 12 34 56 78": a national 0 written after the country code.
      const national = digits.slice(code.length).replace(/^0/, '');
      if (expected.includes(national.length)) best = j;
    } else if (!code && digits.length >= 8) {
      best = j;
    }
  }
  return best;
}

/** Index of the last group of a ten-digit French number starting at group `i`, or -1. */
function nationalEnd(groups: readonly Group[], i: number): number {
  let digits = '';
  for (let j = i; j < groups.length; j++) {
    digits += groups[j]?.digits ?? '';
    if (digits.length < 10) continue;
    if (digits.length > 10 || !/^0[1-9]/.test(digits)) return -1;
    return uniformSeparators(groups, i, j) && !dateLike(groups, i, j) ? j : -1;
  }
  return -1;
}

function separatorClass(sep: string): string {
  if (sep.includes('.')) return '.';
  if (sep.includes('-')) return '-';
  if (sep.includes('/')) return '/';
  return ' ';
}

function uniformSeparators(groups: readonly Group[], i: number, j: number): boolean {
  const classes = new Set<string>();
  for (let k = i + 1; k <= j; k++) {
    const g = groups[k];
    const prev = groups[k - 1];
    if (!g || !prev || prev.paren) continue;
    classes.add(separatorClass(g.sep));
  }
  return classes.size <= 1;
}

/** "01/02/2024 14", "02 2024 12 34": a two-digit group followed by a year is a date, not a phone number. */
function dateLike(groups: readonly Group[], i: number, j: number): boolean {
  for (let k = i + 1; k <= j; k++) {
    const g = groups[k];
    const prev = groups[k - 1];
    if (g && prev && prev.digits.length === 2 && /^(19|20)\d\d$/.test(g.digits)) return true;
  }
  return false;
}

/** The phone number starting at group `i`: the index of its last group, and whether to keep it; end -1 if none. */
function phoneAt(groups: readonly Group[], i: number, leadingPlus: boolean): { end: number; keep: boolean } {
  const g = groups[i];
  if (!g) return { end: -1, keep: false };
  if ((i === 0 && leadingPlus) || (g.paren && g.plus)) return { end: internationalEnd(groups, i, false), keep: false };
  // "0033 6...", "00 33 6...": the international prefix dialled from France.
  if (!g.paren && g.digits.startsWith('00') && /^00[1-9]/.test(g.digits + (groups[i + 1]?.digits ?? ''))) {
    return { end: internationalEnd(groups, i, true), keep: false };
  }
  const end = nationalEnd(groups, i);
  // 08 numbers belong to services (free and special-rate numbers), never to a resident — unless more digits follow
  // in the same run ("08 01 00 00 00 00"): then the split is a guess, and a resident's number may hide in it.
  const service = end >= 0 && end === groups.length - 1 && /^08/.test(groups.slice(i, end + 1).map((x) => x.digits).join(''));
  return { end, keep: service };
}

function redactPhones(text: string, mark: Mark): string {
  return replaceEach(text, PHONE_RUN, (m) => {
    const run = m[0];
    const { groups, leadingPlus } = tokenizeRun(run);
    let out = '';
    let last = 0;
    for (let i = 0; i < groups.length; i++) {
      const { end, keep } = phoneAt(groups, i, leadingPlus);
      const first = groups[i];
      const final = groups[end];
      if (end < 0 || !first || !final) continue;
      if (!keep) {
        out += run.slice(last, i === 0 && leadingPlus ? 0 : first.start) + mark('phone');
        last = final.end;
      }
      i = end;
    }
    return last === 0 ? null : out + run.slice(last);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Postal addresses: a street number, a street type, the street name, then optionally building / flat details and a
// postcode with its town. Only with a number: "la rue des Lilas est sale" is not an address of anyone.

/** Types that are not ordinary words: the name may be written in lower case ("12 rue des lilas"). */
const STRICT_TYPES =
  'rue|ruelle|avenue|av|boulevard|bld|bvd|boul|all[ée]e|impasse|r[ée]sidence|r[ée]s|lotissement|cit[ée]|hameau|sentier|venelle|faubourg|fbg|esplanade|rond-point|chauss[ée]e|quai|square|chemin|route|rte';
/** Types that are also ordinary words ("1 place en crèche", "2 cours de français", "3 bd"): the name after them
 * must start with a capital letter. */
const LOOSE_TYPES =
  'place|pl|cours|parc|mail|clos|voie|passage|villa|domaine|promenade|parvis|carrefour|mont[ée]e|traverse|cour|tour|terrasse|bd|lot|all|ch|sq|imp';

const ADDRESS_HEAD = new RegExp(
  `(?<![${W}])(?:(?:n°|n[o°º]\\.?|num[ée]ro)${HSPACE}*)?\\d{1,4}(?:${HSPACE}*[-/]${HSPACE}*\\d{1,4})?` +
    `(?:${HSPACE}*(?:bis|ter|quater|[a-d])(?![${W}]))?${HSPACE}*,?${HSPACE}*` +
    `(?:(${STRICT_TYPES})|(${LOOSE_TYPES}))(?![${W}-])\\.?`,
  'giu',
);

const PARTICLES = new Set([
  'de', 'du', 'des', 'la', 'le', 'les', 'à', 'a', 'au', 'aux', 'en', 'sur', 'sous', 'lès', 'lez', "l'", "d'", 'l’', 'd’',
]);

/** Words that end a street name: what residents write right after their address. */
const STOP_WORDS = new Set([
  'et', 'ou', 'où', 'mais', 'donc', 'car', 'ni', 'avec', 'depuis', 'pour', 'par', 'chez', 'dans', 'près', 'pres',
  'vers', 'entre', 'je', 'tu', 'il', 'elle', 'on', 'nous', 'vous', 'ils', 'elles', 'ça', 'ca', 'ce', 'cette', 'qui',
  'que', 'quoi', 'quand', 'est', 'suis', 'sont', 'ai', 'as', 'ont', 'avons', 'y', 'ne', 'pas', 'plus', 'très',
  'tres', 'mon', 'ma', 'mes', 'ton', 'ta', 'tes', 'son', 'sa', 'ses', 'notre', 'nos', 'votre', 'vos', 'leur',
  'leurs', 'un', 'une', 'merci', 'svp', 'stp', 'bonjour', 'bonsoir', 'aussi', 'alors', 'voilà', 'voila', 'comme',
  'si', 'and', 'with', 'since', 'i', 'we', 'my', 'the', 'is', 'it', 'in', 'at', 'for',
  'bât', 'bat', 'bâtiment', 'batiment', 'esc', 'escalier', 'appt', 'apt', 'app', 'appart', 'appartement', 'porte',
  'étage', 'etage', 'logement', 'log', 'entrée', 'entree', 'boîte', 'boite',
]);

function isStopWord(word: string): boolean {
  const lower = word.toLowerCase();
  // "j'habite", "c'est", "qu'il": an elided pronoun or conjunction starts a new clause.
  return STOP_WORDS.has(lower) || /^(?:j|c|qu|n|m|s|t)['’]/.test(lower);
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
const WORD_TOKEN = new RegExp(`${HSPACE}+(\\p{L}[\\p{L}\\p{M}'’-]*(?![\\p{N}[])|\\d{1,4}(?![${W}]))`, 'uy');
const COMPLEMENT = new RegExp(
  `${HSPACE}*,?${HSPACE}*(?:b[âa]t(?:iment)?|esc(?:alier)?|app?t|appart(?:ement)?|porte|[ée]tage|log(?:ement)?|entr[ée]e|bo[iî]te)\\.?` +
    `${HSPACE}*(?:n°${HSPACE}*)?[\\p{L}\\p{N}]{1,4}(?![${W}])`,
  'iuy',
);
const TOWN_WORD = "\\p{L}[\\p{L}\\p{M}'’]*(?:-\\p{L}[\\p{L}\\p{M}'’]*)*";
const POSTCODE = new RegExp(
  `${HSPACE}*,?${HSPACE}*\\d{5}(?![\\p{N}[])(?:${HSPACE}*-?${HSPACE}*${TOWN_WORD}(?:${HSPACE}+\\p{Lu}[\\p{L}\\p{M}'’-]*){0,2}(?:${HSPACE}+(?:cedex|Cedex|CEDEX))?)?`,
  // No "i" flag: with it \\p{Lu} would also match lower-case words and eat the sentence after the town.
  'uy',
);

/** Where the street name after the type ends, or -1 when a capitalised name was required and is missing. */
function streetNameEnd(text: string, from: number, needsCapital: boolean): number {
  let end = from;
  let pos = from;
  let words = 0;
  let previous: 'particle' | 'capital' | 'word' | 'number' | 'none' = 'none';
  for (let tokens = 0; tokens < 6; tokens++) {
    WORD_TOKEN.lastIndex = pos;
    const m = WORD_TOKEN.exec(text);
    const token = m?.[1];
    if (!m || token === undefined) break;
    const lower = token.toLowerCase();
    if (/^\d/.test(token)) {
      // "rue du 8 Mai 1945": numbers belong to the name only after a particle or a capitalised word.
      if (previous !== 'particle' && previous !== 'capital') break;
      previous = 'number';
    } else if (PARTICLES.has(lower) || (lower === 'et' && isCapitalised(peekWord(text, m.index + m[0].length)))) {
      previous = 'particle';
    } else if (isStopWord(token)) {
      break;
    } else {
      if (words === 0 && needsCapital && !isCapitalised(token.replace(/^[ld]['’]/i, ''))) break;
      words++;
      previous = isCapitalised(token) ? 'capital' : 'word';
    }
    pos = m.index + m[0].length;
    if (previous !== 'particle') end = pos;
  }
  if (needsCapital && words === 0) return -1;
  return end;
}

function peekWord(text: string, from: number): string {
  WORD_TOKEN.lastIndex = from;
  return WORD_TOKEN.exec(text)?.[1] ?? '';
}

function stickyEnd(text: string, re: RegExp, from: number): number {
  re.lastIndex = from;
  const m = re.exec(text);
  return m ? m.index + m[0].length : -1;
}

const ENGLISH_ADDRESS =
  /(?<![\p{L}\p{N}[\]])\d{1,5}[A-Za-z]?[ \t\u00A0\u202F]+(?:\p{Lu}[\p{L}'’-]*[ \t\u00A0\u202F]+){1,3}(?:Street|Road|Avenue|Lane|Drive|Close|Way|Court|Place|Square|Terrace|Crescent|Gardens|Grove|Boulevard|Rd|Ave|Ln|Blvd)(?![\p{L}\p{N}[\]])\.?/gu;

function redactAddresses(text: string, mark: Mark): string {
  let out = '';
  let last = 0;
  ADDRESS_HEAD.lastIndex = 0;
  for (let m = ADDRESS_HEAD.exec(text); m !== null; m = ADDRESS_HEAD.exec(text)) {
    let end = streetNameEnd(text, m.index + m[0].length, m[2] !== undefined);
    if (end < 0) continue;
    for (let i = 0; i < 4; i++) {
      const next = stickyEnd(text, COMPLEMENT, end);
      if (next < 0) break;
      end = next;
    }
    const postcode = stickyEnd(text, POSTCODE, end);
    if (postcode >= 0) end = postcode;
    out += text.slice(last, m.index) + mark('address');
    last = end;
    ADDRESS_HEAD.lastIndex = end;
  }
  return replaceEach(out + text.slice(last), ENGLISH_ADDRESS, () => mark('address'));
}

// ---------------------------------------------------------------------------------------------------------------
// Names, only where they are introduced.

/** After these, what follows is a name even in lower case ("je m'appelle fatima"). */
const INTRO_TRIGGERS = new RegExp(
  `(?<![${W}])(?:je${HSPACE}+m['’]${HSPACE}*appel+e?s?|j['’]${HSPACE}*m['’]${HSPACE}*appel+e|` +
    `mon${HSPACE}+(?:nom|pr[ée]nom|nom${HSPACE}+de${HSPACE}+famille)(?:${HSPACE}+(?:est|c['’]${HSPACE}*est)|${HSPACE}*:)|` +
    `my${HSPACE}+(?:name|first${HSPACE}+name|last${HSPACE}+name)${HSPACE}+is|i${HSPACE}+am${HSPACE}+called|i['’]m${HSPACE}+called)(?![${W}])` +
    `${HSPACE}*:?`,
  'giu',
);
/** After these a capitalised word is required: "moi c'est pareil" is not a name, "moi c'est Kevin" is. */
const CAPITAL_TRIGGERS = new RegExp(
  `(?<![${W}])(?:[Mm]oi${HSPACE}*,?${HSPACE}*[Cc]['’]${HSPACE}*est|` +
    `(?:M\\.|m\\.|Mr\\.?|mr\\.?|Mrs\\.?|Ms\\.?|Mme\\.?|mme\\.?|Mmes|Mlle\\.?|mlle\\.?|Dr\\.?|[Mm]adame|[Mm]ademoiselle|[Mm]onsieur|[Dd]octeur|[Dd]octoresse|MADAME|MONSIEUR|MADEMOISELLE))(?![${W}])`,
  'gu',
);

const NAME_PARTICLES = new Set(['de', 'du', 'des', 'van', 'von', 'da', 'di', 'del', 'della', 'ben', 'bin', 'el', 'al', 'la', 'le']);
const NAME_WORD = new RegExp(`\\s*(\\p{L}[\\p{L}\\p{M}'’-]*)(?![\\p{N}[])`, 'uy');
const NEXT_NAME_WORD = new RegExp(`${HSPACE}+(\\p{L}[\\p{L}\\p{M}'’-]*)(?![\\p{N}[])`, 'uy');

/** End of the name that starts at `from`, or -1 when there is none. */
function nameEnd(text: string, from: number, capitalOnly: boolean): number {
  let end = -1;
  let pos = from;
  let words = 0;
  let pendingParticle = false;
  for (let tokens = 0; tokens < 5 && words < 3; tokens++) {
    const re = tokens === 0 ? NAME_WORD : NEXT_NAME_WORD;
    re.lastIndex = pos;
    const m = re.exec(text);
    const word = m?.[1];
    if (!m || word === undefined) break;
    const lower = word.toLowerCase();
    if (words > 0 && !pendingParticle && NAME_PARTICLES.has(lower) && !isCapitalised(word)) {
      pendingParticle = true;
      pos = m.index + m[0].length;
      continue;
    }
    if (isStopWord(word) || (PARTICLES.has(lower) && !isCapitalised(word))) break;
    // After a title, "moi c'est" or a particle ("Marie de Villiers"), only a capitalised word is a name.
    if ((capitalOnly || pendingParticle) && !isCapitalised(word)) break;
    words++;
    pendingParticle = false;
    pos = m.index + m[0].length;
    end = pos;
  }
  return end;
}

function redactNames(text: string, mark: Mark): string {
  const apply = (input: string, triggers: RegExp, capitalOnly: boolean): string => {
    let out = '';
    let last = 0;
    triggers.lastIndex = 0;
    for (let m = triggers.exec(input); m !== null; m = triggers.exec(input)) {
      const after = m.index + m[0].length;
      // The title or phrase stays ("Mme [nom]"): it says nothing about who the person is.
      const ws = /^\s*/u.exec(input.slice(after))?.[0] ?? '';
      const end = nameEnd(input, after, capitalOnly);
      if (end < 0) continue;
      out += input.slice(last, after) + ws + mark('name');
      last = end;
      triggers.lastIndex = end;
    }
    return out + input.slice(last);
  };
  return apply(apply(text, INTRO_TRIGGERS, false), CAPITAL_TRIGGERS, true);
}

// ---------------------------------------------------------------------------------------------------------------
// Birth dates: "née le 12/03/1985 à Béthune", "date de naissance : 3 mars 1985", "DDN 12.03.85".
// A year alone must look like one (18xx-20xx): "ne 0033 6 12 34 56 78" is a phone number, not a birth in 0033.

const MONTHS = 'janvier|janv|f[ée]vrier|f[ée]v|mars|avril|avr|mai|juin|juillet|juil|ao[uû]t|septembre|sept|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c';
const DATE = `(?:\\d{1,2}${HSPACE}*[./-]${HSPACE}*\\d{1,2}${HSPACE}*[./-]${HSPACE}*\\d{2,4}|(?:1er|\\d{1,2})${HSPACE}+(?:${MONTHS})\\.?(?:${HSPACE}+\\d{4})?|(?:1[89]|20)\\d{2})`;
const BIRTH_PLACE = `(?:${HSPACE}+(?:à|a|in)${HSPACE}+\\p{Lu}[\\p{L}\\p{M}'’-]*(?:${HSPACE}*-${HSPACE}*\\p{L}[\\p{L}\\p{M}'’-]*)*)?`;
const BIRTH = new RegExp(
  `(?<![${W}])(?:(?:n[ée]e?s?|born)${HSPACE}+(?:le|en|on|in)?${HSPACE}*|(?:date${HSPACE}+de${HSPACE}+naissance|ddn|date${HSPACE}+of${HSPACE}+birth|dob)${HSPACE}*:?${HSPACE}*)` +
    `(${DATE}${BIRTH_PLACE})(?![\\p{N}]|[./-]\\d)`,
  'giu',
);

function redactBirthDates(text: string, mark: Mark): string {
  return replaceEach(text, BIRTH, (m) => {
    const date = m[1] ?? '';
    // "12/03/1985" must be a day and a month: digits that are not are left to the number detectors.
    const numeric = /^(\d{1,2})\D+(\d{1,2})\D/u.exec(date);
    if (numeric && (Number(numeric[1]) < 1 || Number(numeric[1]) > 31 || Number(numeric[2]) < 1 || Number(numeric[2]) > 12)) return null;
    return m[0].slice(0, m[0].length - date.length) + mark('birth');
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Phone numbers spelled out: "zéro six douze trente-quatre cinquante-six soixante-dix-huit", or mixed with digits
// ("06 douze 34 56 78"). A run of five number words or digit groups starting with a zero is a number to call.

const NUMBER_WORD =
  "(?:z[ée]ro|un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|et)";
const NUMBER_TOKEN = `(?:\\d{1,4}|${NUMBER_WORD}(?:-${NUMBER_WORD})*)`;
const SPELLED_PHONE = new RegExp(
  `(?<![${W}])(?:z[ée]ro|0\\d?)(?:${HSPACE}*[,.-]?${HSPACE}+${NUMBER_TOKEN}|${HSPACE}*-${NUMBER_TOKEN}){3,12}(?![${W}])`,
  'giu',
);

function redactSpelledPhones(text: string, mark: Mark): string {
  return replaceEach(text, SPELLED_PHONE, (m) => {
    if (!new RegExp(NUMBER_WORD, 'iu').test(m[0].replace(/^0\d?/, ''))) return null; // digits alone: the phone detector's
    const tokens = m[0].split(/[\s,.-]+/u).filter(Boolean);
    return tokens.length >= 5 ? mark('phone') : null;
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Licence plates: "AB-123-CD" (since 2009; no I, O or U) and the older "1234 AB 62" (a department at the end).

const PLATE_LETTER = '[A-HJ-NP-TV-Z]';
const SIV_PLATE = new RegExp(
  `(?<![${W}])(?:${PLATE_LETTER}{2}-\\d{3}-${PLATE_LETTER}{2}|${PLATE_LETTER}{2}\\d{3}${PLATE_LETTER}{2})(?![${W}])`,
  'giu',
);
const SIV_PLATE_SPACED = new RegExp(`(?<![${W}])${PLATE_LETTER}{2}${HSPACE}\\d{3}${HSPACE}${PLATE_LETTER}{2}(?![${W}])`, 'gu');
const OLD_PLATE = new RegExp(`(?<![${W}])\\d{1,4}${HSPACE}?[A-Z]{1,3}${HSPACE}?(?:0[1-9]|[1-8]\\d|9[0-5]|2[AB]|97[1-6])(?![${W}])`, 'gu');

function redactPlates(text: string, mark: Mark): string {
  let out = replaceEach(text, SIV_PLATE, () => mark('plate'));
  out = replaceEach(out, SIV_PLATE_SPACED, () => mark('plate'));
  return replaceEach(out, OLD_PLATE, (m) => (!/^\d{1,2}h/i.test(m[0]) ? mark('plate') : null));
}

// ---------------------------------------------------------------------------------------------------------------
// CAF and other benefit numbers: "n° allocataire 1234567", "caf 1234567B" — shorter than any other detector's.

const BENEFIT_NUMBER = new RegExp(
  `((?<![${W}])(?:allocataire|caf|msa|cpam|p[ôo]le${HSPACE}+emploi|france${HSPACE}+travail|identifiant|dossier)(?:${HSPACE}+(?:n°|n[o°º]\\.?|num[ée]ro|num|:|est|c['’]est|de|d['’]|allocataire))*${HSPACE}*:?${HSPACE}*)(\\d{5,8}(?:${HSPACE}?[A-Za-z](?![\\p{L}'’]))?)(?![${W}])`,
  'giu',
);

function redactBenefitNumbers(text: string, mark: Mark): string {
  return replaceEach(text, BENEFIT_NUMBER, (m) => `${m[1] ?? ''}${mark('number')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// People named without an introduction (first-names.ts): after "je suis", after a family word, in a signature, or
// a known first name anywhere — unless a place is named after the person ("rue Jean Jaurès", "école Jules Ferry").

const WORD = /\p{L}[\p{L}\p{M}'’-]*/gu;

/** Words after which a person's name is a place's: the name stays (an address needs a number, see above). */
const PLACE_WORDS = new Set([
  'rue', 'ruelle', 'avenue', 'av', 'bd', 'boulevard', 'allée', 'allee', 'place', 'impasse', 'chemin', 'square', 'résidence',
  'residence', 'cité', 'cite', 'quai', 'route', 'cours', 'passage', 'sentier', 'école', 'ecole', 'collège', 'college',
  'lycée', 'lycee', 'salle', 'stade', 'gymnase', 'centre', 'espace', 'pôle', 'pole', 'maison', 'médiathèque',
  'mediatheque', 'bibliothèque', 'bibliotheque', 'complexe', 'parc', 'jardin', 'piscine', 'foyer', 'crèche', 'creche',
  'hôpital', 'hopital', 'clinique', 'ehpad', 'institut', 'fondation', 'club', 'association', 'asso', 'théâtre', 'theatre',
  'cinéma', 'cinema', 'musée', 'musee', 'halle', 'marché', 'marche', 'pont', 'lotissement', 'hameau', 'quartier', 'st',
  'saint', 'sainte', 'ste', 'street', 'road', 'school', 'prix', 'groupe', 'scolaire', 'mail', 'esplanade', 'parvis',
]);

/** Words that say the next one is a person: family, neighbours, the people around a resident. */
const RELATION_WORDS =
  "(?:(?:ma|mon|mes|notre|sa|son|ta|ton|la|le)\\s+(?:fille|fils|mari|femme|[ée]pouse|[ée]poux|m[èe]re|p[èe]re|s[oœ]eur|fr[èe]re|voisine?|amie?|copine?|copain|cousine?|tante|oncle|neveu|ni[èe]ce|petite?-(?:fils|fille)|grand-m[èe]re|grand-p[èe]re|mamie|papi|papy|belle-m[èe]re|beau-p[èe]re|belle-s[oœ]eur|beau-fr[èe]re|compagnon|compagne|conjointe?|enfant|b[ée]b[ée]|fianc[ée]e?|coll[èe]gue|petit|petite|gamin|gamine|grande|nounou|aide-soignante?|auxiliaire)|my\\s+(?:daughter|son|husband|wife|mother|father|mum|mom|dad|sister|brother|neighbou?r|friend|child|kid|partner))";
/** Greetings and thanks to someone: a capitalised word after them is a person ("salut Marine", "merci à Farid"). */
const ADDRESSED = "(?:salut|coucou|bonjour|bonsoir|merci\\s+[àa]|bravo\\s+[àa]|remerciements\\s+[àa]|thanks\\s+to|hi|hello)";
const RELATION = new RegExp(`(?<![${W}])(?:${RELATION_WORDS}|${ADDRESSED})(?:\\s+(?:qui\\s+s['’]appelle|nomm[ée]e?|appel[ée]e?|called|named))?\\s+`, 'giu');
const SELF = new RegExp(
  `(?<![${W}])(?:je${HSPACE}+suis|j['’]${HSPACE}*suis|jsuis|chui|chuis|c['’]${HSPACE}*est|ici|i${HSPACE}+am|i['’]m|this${HSPACE}+is|it['’]s)${HSPACE}+`,
  'giu',
);
const SIGN_OFF = /(?:^|[,;\n–—]|(?<![\p{L}])(?:merci(?:\s+d['’]avance)?|sign[ée]e?|cordialement|bien\s+[àa]\s+vous|salutations|bisous|bonne\s+(?:journ[ée]e|soir[ée]e)|thanks|regards)[\s,.!]*)\s*((?:\p{L}[\p{L}\p{M}'’-]*\.?\s*){1,3})[\s.!)]*$/u;

/** Words of a sign-off, which come before the name in a signature ("bonne journée Julie"). */
const SIGN_OFF_WORDS = new Set(['merci', 'cordialement', 'bisous', 'salutations', 'bonne', 'journée', 'journee', 'soirée', 'soiree', 'signé', 'signe', 'signée', 'thanks', 'regards', 'bien', 'à', 'a', 'vous', "d'avance", 'd’avance']);

/** Words between a place word and the name it bears: "centre social Jacques Brel", "école maternelle Pierre et Marie Curie". */
const PLACE_QUALIFIERS = new Set([
  'social', 'sociale', 'culturel', 'culturelle', 'sportif', 'sportive', 'municipal', 'municipale', 'communal', 'communale',
  'maternelle', 'primaire', 'élémentaire', 'elementaire', 'scolaire', 'public', 'publique', 'privé', 'prive', 'intercommunal',
  'intercommunale', 'et', 'des', 'sports', 'fêtes', 'fetes', 'jeunes', 'jeunesse', 'quartier', 'santé', 'sante', 'médical', 'medical',
]);

interface Word {
  text: string;
  start: number;
  end: number;
}

/** The words of a text, outside the placeholders already put in ("[date de naissance]" holds no name). */
function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  const inside = new Set<number>();
  for (const p of text.matchAll(PLACEHOLDER_PATTERN)) for (let k = p.index; k < p.index + p[0].length; k++) inside.add(k);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    if (!inside.has(m.index)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const PLACEHOLDER_PATTERN = new RegExp(
  Object.values(PLACEHOLDERS)
    .map((p) => p.replace(/[[\]()]/g, '\\$&'))
    .join('|'),
  'gu',
);

/** Could this word be part of a name (a surname after a first name)? Not a stop word, a particle or a place word. */
function nameLike(word: string, capitalOnly: boolean): boolean {
  const lower = word.toLowerCase();
  if (isStopWord(word) || PARTICLES.has(lower) || PLACE_WORDS.has(lower) || word.length < 2) return false;
  return isFirstName(word) || isCapitalised(word) || !capitalOnly;
}

/**
 * The words from `first` on that make a name: a first name (or a capitalised word when `capitalStart`), then up to
 * two more that look like names. `looseSurname` lets a lower-case surname follow ("je suis fatima benali").
 */
function nameSpan(words: readonly Word[], first: number, options: { capitalStart: boolean; looseSurname: boolean }): number {
  const start = words[first];
  if (!start) return -1;
  const known = isFirstName(start.text);
  const capital = isCapitalised(start.text) && nameLike(start.text, true);
  if (!known && !(options.capitalStart && capital)) return -1;
  let last = first;
  for (let i = first + 1; i < words.length && i <= first + 2; i++) {
    const word = words[i];
    const previous = words[i - 1];
    if (!word || !previous || !/^[\s\u00A0\u202F]+$/u.test(spaceBetween(previous, word))) break;
    if (!nameLike(word.text, !options.looseSurname)) break;
    last = i;
  }
  return last;
}

let currentText = '';
function spaceBetween(a: Word, b: Word): string {
  return currentText.slice(a.end, b.start);
}

function redactPeople(text: string, mark: Mark): string {
  currentText = text;
  const words = wordsOf(text);
  const spans: [number, number][] = [];
  const take = (from: number, to: number) => {
    const a = words[from];
    const b = words[to];
    if (a && b) spans.push([a.start, b.end]);
  };
  const wordAt = (offset: number) => words.findIndex((w) => w.start >= offset);

  // "je suis Fatima Benali", "moi c'est kevin": a first name, or two capitalised words.
  for (const m of text.matchAll(SELF)) {
    const i = wordAt(m.index + m[0].length);
    const word = words[i];
    if (!word || word.start !== m.index + m[0].length) continue;
    const next = words[i + 1];
    const twoCapitals = isCapitalised(word.text) && next !== undefined && isCapitalised(next.text) && nameLike(next.text, true);
    const end = nameSpan(words, i, { capitalStart: twoCapitals, looseSurname: true });
    if (end >= 0) take(i, end);
  }
  // "ma fille Aïcha", "mon voisin M. Durand" (titles are handled above), "my son Kevin".
  for (const m of text.matchAll(RELATION)) {
    const i = wordAt(m.index + m[0].length);
    const word = words[i];
    if (!word || word.start !== m.index + m[0].length) continue;
    const end = nameSpan(words, i, { capitalStart: true, looseSurname: false });
    if (end >= 0) take(i, end);
  }
  // A signature: the last words of the message, after a comma, a new line or "merci", holding a first name.
  const signature = SIGN_OFF.exec(text);
  const signed = signature?.[1];
  if (signature && signed) {
    const from = wordAt(signature.index + signature[0].lastIndexOf(signed));
    let first = from;
    while (first < words.length && SIGN_OFF_WORDS.has((words[first]?.text ?? '').toLowerCase())) first++;
    const tail = words.slice(first);
    // An initial ("Samir B.") belongs to the signature.
    if (tail.length > 0 && tail.length <= 3 && tail.some((w) => isFirstName(w.text)) && tail.every((w) => w.text.length === 1 || nameLike(w.text, false))) {
      take(first, words.length - 1);
    }
  }
  // A known first name anywhere, with the surname that follows — unless a place bears it.
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    if (!word || !isFirstName(word.text)) continue;
    if (placeBefore(words, i)) {
      while (i + 1 < words.length && isCapitalised(words[i + 1]?.text ?? '')) i++; // "rue Jean Jaurès": the whole name
      continue;
    }
    const end = nameSpan(words, i, { capitalStart: false, looseSurname: false });
    if (end >= 0) {
      take(i, end);
      i = end;
    }
  }
  currentText = '';
  return replaceSpans(text, spans, mark);
}

/** "rue Jean Jaurès", "collège Paul-Langevin", "rue du Général de Gaulle": a place word just before the name. */
function placeBefore(words: readonly Word[], i: number): boolean {
  for (let back = 1; back <= 5; back++) {
    const word = words[i - back];
    if (!word) return false;
    const lower = word.text.toLowerCase().replace(/^[ld]['’]/, '');
    if (PLACE_WORDS.has(lower)) return true;
    if (!(PARTICLES.has(lower) || PLACE_QUALIFIERS.has(lower) || isCapitalised(word.text))) return false;
  }
  return false;
}

/** Replaces the (possibly overlapping) spans with one placeholder each; text between names stays. */
function replaceSpans(text: string, spans: [number, number][], mark: Mark): string {
  if (spans.length === 0) return text;
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [start, end] of spans) {
    if (end <= last) continue;
    out += text.slice(last, Math.max(start, last)) + (start >= last ? mark('name') : '');
    last = end;
  }
  return out + text.slice(last);
}

// ---------------------------------------------------------------------------------------------------------------
// Last resort: long digit runs no detector recognised (a mistyped card, a CAF or tax number, a phone without its 0).

const LONG_NUMBER = /(?<![\p{N}[\]])\d{9,}(?![\p{N}[\]])/gu;
const GROUPED_SIXTEEN = /(?<![\p{N}[\]])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?![\p{N}[\]])/gu;

function redactLongNumbers(text: string, mark: Mark): string {
  const withoutLong = replaceEach(text, LONG_NUMBER, (m) => (/^08\d{8}$/.test(m[0]) ? null : mark('number')));
  return replaceEach(withoutLong, GROUPED_SIXTEEN, () => mark('number'));
}
