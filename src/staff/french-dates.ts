/**
 * Dates and times as French staff type them, whatever their browser. A `type="date"` input follows the browser's
 * locale (an English Chromium shows mm/dd/yyyy, and "06/12" then means June), so the console uses plain text inputs
 * written jj/mm/aaaa and hh:mm, and this module reads them on the server: the one place that decides what a typed
 * date means. ISO (aaaa-mm-jj), which other tools and old links send, is read too.
 *
 * Accepted dates: 6/12/2026, 06/12/2026, 06-12-2026, 06.12.2026, 06 12 2026, 06122026 (a phone's numeric keypad has
 * no "/"), 2026-12-06. Accepted times: 9:30, 09:30, 9h30, 9 h 30, 9h, 0930 (same reason), 930. Anything else, or a
 * day that does not exist (31/02), is refused: never guessed.
 */

/** What the inputs show as placeholder and what the error messages quote. */
export const DATE_FORMAT = 'jj/mm/aaaa';
export const TIME_FORMAT = 'hh:mm';

/**
 * The inputs' `pattern` (checked by the browser before sending, the server checks again). Written without character
 * classes so it compiles with the `v` flag browsers now use for `pattern`.
 */
export const DATE_PATTERN = String.raw`\d{1,2}(/|-|\.| )\d{1,2}(/|-|\.| )\d{4}|\d{8}|\d{4}-\d{2}-\d{2}`;
// Minutes are two digits or none: "9h3" is refused by the browser too (the server never guessed 9:03 or 9:30).
export const TIME_PATTERN = String.raw`\d{1,2}( ?(:|h|H)( ?\d{2})?)?|\d{3,4}`;

const FRENCH_DATE = /^(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})$/;
const PACKED_DATE = /^(\d{2})(\d{2})(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SPLIT_TIME = /^(\d{1,2})\s*(?:[:hH]\s*(\d{2})?)?$/;
const PACKED_TIME = /^(\d{1,2})(\d{2})$/;

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2999) return undefined;
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "06/12/2026" (or ISO "2026-12-06", or the other accepted forms) → "2026-12-06"; undefined when it is no real day. */
export function parseFrenchDate(text: string): string | undefined {
  const value = text.trim();
  const iso = ISO_DATE.exec(value);
  if (iso) return isoOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = FRENCH_DATE.exec(value) ?? PACKED_DATE.exec(value);
  return m ? isoOf(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}

/** "9h30", "09:30", "0930" → "09:30"; undefined when it is no time of day. */
export function parseFrenchTime(text: string): string | undefined {
  const value = text.trim();
  const m = SPLIT_TIME.exec(value) ?? PACKED_TIME.exec(value);
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = m[2] === undefined ? 0 : Number(m[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "2026-12-06" → "06/12/2026", what the inputs show; anything else is shown as it is (a value typed wrongly). */
export function toFrenchDate(isoDate: string): string {
  const m = ISO_DATE.exec(isoDate);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : isoDate;
}

/** The clear sentence a refused date gets, naming its field: « La date « Du » n'est pas valable… ». */
export function badDateMessage(label: string, typed: string): string {
  return `La date « ${label} » n'est pas valable (« ${typed.slice(0, 40)} ») : écrivez-la ${DATE_FORMAT}, par exemple 06/12/2026.`;
}

export function badTimeMessage(label: string, typed: string): string {
  return `L'heure « ${label} » n'est pas valable (« ${typed.slice(0, 40)} ») : écrivez-la ${TIME_FORMAT}, par exemple 14:30.`;
}
