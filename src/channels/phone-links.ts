/**
 * Tap to call on the web (issue 10, part 5): the phone numbers of a reply — French ten-digit numbers and the short
 * national numbers (112, 15, 17, 18, 114, 115, 119, 3114, 3919, 3018, 3949...) — become `tel:` links, the source
 * line's domain a link to its page, bare https addresses links; the rest of the text is escaped so that it reads
 * exactly as written. Numbers inside other words, amounts, ages, hours and dates ("15 ans", "à 18 h", "17 décembre")
 * are left alone.
 */
import type { Link } from '../replies/details.js';

const FRENCH_NUMBER = String.raw`(?:\+33[ .]?|0)[1-9](?:[ .-]?\d{2}){4}`;
/** Emergency numbers first: they are the ones a resident must never have to copy by hand. */
const SHORT_NUMBER = String.raw`112|114|115|119|15|17|18|116[ ]?\d{3}|3\d{3}`;
const NOT_A_PHONE_AFTER = String.raw`(?![\d\p{L}/-]|[,.]\d|\s*(?:ans?\b|years?\b|h\b|heures?\b|hours?\b|%|€|mois\b|months?\b|jours?\b|days?\b|km\b|min\b|minutes?\b|places?\b|habitants?\b|hectares?\b|quartiers?\b|janvier|février|fevrier|mars|avril|mai\b|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|january|february|march|april|may\b|june|july|august|september|october|november|december))`;
const URL = String.raw`https://[^\s<>()\]]+[^\s<>()\].,;:!?»"']`;
const TOKEN = new RegExp(String.raw`(${URL})|(?<![\d\p{L}+/.,:-])(${FRENCH_NUMBER}|${SHORT_NUMBER})${NOT_A_PHONE_AFTER}`, 'gu');

const MAY_HOLD_A_TOKEN = /\d|https:\/\//;

/** "03 21 12 34 56" → "tel:+33321123456"; "3114" → "tel:3114". */
export function telUri(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  if (digits.length === 10 && digits.startsWith('0')) return `tel:+33${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** The phone numbers a text shows, in order (what the web turns into links). */
export function phoneNumbersIn(text: string): string[] {
  return [...text.matchAll(TOKEN)].filter((m) => m[2] !== undefined).map((m) => m[2] as string);
}

/**
 * The text as Web Chat markdown with its links, or undefined when it has nothing to link (then it is sent as plain
 * text, unchanged). Line breaks are kept as hard breaks.
 */
export function toWebMarkdown(text: string, links: readonly Link[]): string | undefined {
  const labels = links.filter((l) => l.text.length > 0);
  const labelPattern = labels.length > 0 ? new RegExp(labels.map((l) => escapeRegExp(l.text)).join('|'), 'g') : undefined;
  let linked = false;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let rendered = '';
    let last = 0;
    // Source labels only on the source line: the same domain may appear inside an address elsewhere.
    const isSourceLine = labelPattern !== undefined && /^(Source|D'après|From)\b/u.test(line);
    const matches: { index: number; length: number; markdown: string }[] = [];
    // A number or an address needs a digit or "https://": most lines of a reply have neither, and go unscanned.
    if (MAY_HOLD_A_TOKEN.test(line)) for (const m of line.matchAll(TOKEN)) {
      const index = m.index ?? 0;
      if (m[1] !== undefined) matches.push({ index, length: m[1].length, markdown: `[${escapeMarkdown(m[1])}](${m[1]})` });
      else if (m[2] !== undefined) matches.push({ index, length: m[2].length, markdown: `[${m[2]}](${telUri(m[2])})` });
    }
    if (isSourceLine && labelPattern) {
      for (const m of line.matchAll(labelPattern)) {
        const index = m.index ?? 0;
        const link = labels.find((l) => l.text === m[0]);
        if (link && !matches.some((x) => index < x.index + x.length && x.index < index + m[0].length)) {
          matches.push({ index, length: m[0].length, markdown: `[${escapeMarkdown(m[0])}](${link.url})` });
        }
      }
    }
    matches.sort((a, b) => a.index - b.index);
    for (const m of matches) {
      if (m.index < last) continue;
      rendered += escapeMarkdown(line.slice(last, m.index)) + m.markdown;
      last = m.index + m.length;
      linked = true;
    }
    rendered += escapeMarkdown(line.slice(last));
    out.push(rendered.replace(/^(\s*)(\d+)\. /u, '$1$2\\. ').replace(/^(\s*)([-+#>])/u, '$1\\$2'));
  }
  return linked ? out.join('  \n').replace(/ {2}\n {2}\n/g, '\n\n') : undefined;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
