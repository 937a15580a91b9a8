/**
 * What an SMS costs: a message is sent in segments, and their size depends on the alphabet. In GSM-7 (the SMS
 * alphabet: Latin letters, é è ù ì ò à, digits, common signs) one segment holds 160 characters, or 153 each when
 * the message needs several; the few characters of its extension table ({ } [ ] ~ \ | ^ €) count twice. A single
 * character outside it (’ « » … œ ê ç, an emoji) switches the whole message to UCS-2: 70 per segment, 67 each
 * when split. https://www.twilio.com/docs/glossary/what-is-gsm-7-character-encoding
 *
 * So before counting, the SMS text is brought into GSM-7 where French allows it without changing the meaning:
 * typographic quotes and dashes become plain ones, œ becomes oe, and the accented letters GSM-7 lacks (ê â î ô û
 * ë ï ç) lose their accent — the usual practice of French SMS senders; é è à ù, which GSM-7 has, are kept.
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENDED = '\f^{}\\[~]|€';
const BASIC = new Set(GSM_BASIC);
const EXTENDED = new Set(GSM_EXTENDED);

const TO_GSM: Record<string, string> = {
  '’': "'", '‘': "'", 'ʼ': "'", '«': '"', '»': '"', '“': '"', '”': '"', '„': '"',
  '…': '...', '–': '-', '—': '-', '‑': '-', '\u00A0': ' ', '\u202F': ' ', '\u2009': ' ', '•': '-', '·': '-',
  'œ': 'oe', 'Œ': 'OE', 'ê': 'e', 'ë': 'e', 'â': 'a', 'î': 'i', 'ï': 'i', 'ô': 'o', 'û': 'u', 'ü': 'ü', 'ç': 'c',
  'Ê': 'E', 'Ë': 'E', 'È': 'E', 'À': 'A', 'Â': 'A', 'Î': 'I', 'Ï': 'I', 'Ô': 'O', 'Û': 'U', 'Ù': 'U', 'ÿ': 'y', '\t': ' ',
};

export type SmsEncoding = 'GSM-7' | 'UCS-2';

/** The text with what has a GSM-7 equivalent replaced by it (see above). */
export function toGsm(text: string): string {
  let out = '';
  // French quotes hold their content between spaces; straight quotes do not.
  for (const ch of text.replace(/«[\s\u00A0\u202F]*/g, '"').replace(/[\s\u00A0\u202F]*»/g, '"')) out += TO_GSM[ch] ?? ch;
  return out;
}

export function encodingOf(text: string): SmsEncoding {
  for (const ch of text) if (!BASIC.has(ch) && !EXTENDED.has(ch)) return 'UCS-2';
  return 'GSM-7';
}

/** Units of the text in its encoding: septets (extension characters 2) or UTF-16 code units. */
function units(text: string, encoding: SmsEncoding): number {
  if (encoding === 'UCS-2') return text.length;
  let n = 0;
  for (const ch of text) n += EXTENDED.has(ch) ? 2 : 1;
  return n;
}

export function segmentsOf(text: string): { encoding: SmsEncoding; segments: number; units: number } {
  const encoding = encodingOf(text);
  const n = units(text, encoding);
  const [single, multi] = encoding === 'GSM-7' ? [160, 153] : [70, 67];
  return { encoding, units: n, segments: n === 0 ? 1 : n <= single ? 1 : Math.ceil(n / multi) };
}

/**
 * The text cut so that, in the encoding `whole` (the text it will be sent with) needs, `head` + `tail` fits in
 * `maxSegments`; the cut ends with "..." at a word boundary. `tail` (a numbered list) is never cut.
 */
export function fitSegments(head: string, tail: string, maxSegments: number): string {
  const join = (h: string) => (tail ? (h ? `${h}\n${tail}` : tail) : h);
  if (segmentsOf(join(head)).segments <= maxSegments) return join(head);
  const encoding = encodingOf(join(head));
  const budget = (encoding === 'GSM-7' ? 153 : 67) * maxSegments - units(tail ? `\n${tail}` : '', encoding) - 3;
  let cut = '';
  let used = 0;
  for (const ch of head) {
    const cost = encoding === 'GSM-7' && EXTENDED.has(ch) ? 2 : ch.length;
    if (used + cost > budget) break;
    cut += ch;
    used += cost;
  }
  const atWord = cut.replace(/\s+\S*$/u, '');
  return join(`${(atWord.length > cut.length / 2 ? atWord : cut).trimEnd()}...`);
}
