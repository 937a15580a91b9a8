/**
 * Remarques as files for the conseil citoyen: CSV that opens correctly in French Excel by a double click, and JSON
 * for anything else. Used by the staff CLI (src/cli/remarques.ts) and the web console.
 *
 * CSV choices, all for French Excel: UTF-8 with a BOM (without it Excel reads accents as Windows-1252), ";" as the
 * separator (Excel uses the list separator of the French locale), CRLF line ends, every field quoted, decimal comma,
 * dates in Paris time. Statuses and kinds appear as French labels, topics and entries too when the caller knows them
 * (the console passes the knowledge's labels); the engine's score is left out (it means nothing to a reader: the
 * JSON keeps it, with the ids of types.ts).
 *
 * A cell starting with = + - @ is run as a formula by spreadsheets: a resident could write "=HYPERLINK(...)".
 * Free-text cells that start that way are prefixed with an apostrophe, which spreadsheets show as text.
 */
import { formatParisDateTime } from './time.js';
import type { Remarque, RemarqueFilter, RemarqueKind, RemarqueStatus, RemarqueStore } from './types.js';
import { MAX_LIST_LIMIT } from './validate.js';

export const STATUS_LABELS_FR: Readonly<Record<RemarqueStatus, string>> = {
  nouvelle: 'nouvelle',
  'a-transmettre': 'à transmettre',
  transmise: 'transmise',
  traitee: 'traitée',
  ecartee: 'écartée',
};

export const KIND_LABELS_FR: Readonly<Record<RemarqueKind, string>> = {
  unanswered: 'sans réponse',
  suggestion: 'suggestion',
  'not-helpful': 'réponse pas utile',
};

export const CSV_COLUMNS = ['n°', 'date', 'statut', 'type', 'thème', 'texte', 'note', 'fiche concernée'] as const;

/** Readable names of topics and entries for the CSV (ids are shown when none is given). */
export interface CsvLabels {
  topic(id: string): string;
  entry(id: string): string;
}

const AS_IDS: CsvLabels = { topic: (id) => id, entry: (id) => id };

const BOM = '\uFEFF';
const CRLF = '\r\n';

function quote(value: string): string {
  return `"${value.replace(/"/g, '""')}"`;
}

/** A free-text cell: neutralised if a spreadsheet would read it as a formula. */
function textCell(value: string | null): string {
  if (value === null) return quote('');
  return quote(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);
}

export function remarquesToCsv(items: readonly Remarque[], labels: CsvLabels = AS_IDS): string {
  const lines = [CSV_COLUMNS.map(quote).join(';')];
  for (const r of items) {
    lines.push(
      [
        quote(String(r.id)),
        quote(formatParisDateTime(r.createdAt)),
        quote(STATUS_LABELS_FR[r.status]),
        quote(KIND_LABELS_FR[r.kind]),
        textCell(r.topic === null ? null : labels.topic(r.topic)),
        textCell(r.text),
        textCell(r.note),
        textCell(r.entryId === null ? null : labels.entry(r.entryId)),
      ].join(';'),
    );
  }
  return BOM + lines.join(CRLF) + CRLF;
}

/** The remarques as they are in the store (ids, ISO dates), pretty-printed, one array. */
export function remarquesToJson(items: readonly Remarque[]): string {
  return JSON.stringify(items, null, 2) + '\n';
}

/** Every remarque matching `filter` (limit and offset are ignored), newest first, fetched page by page. */
export async function allRemarques(store: RemarqueStore, filter: RemarqueFilter = {}): Promise<Remarque[]> {
  const out: Remarque[] = [];
  for (let offset = 0; ; offset += MAX_LIST_LIMIT) {
    const page = await store.list({ ...filter, limit: MAX_LIST_LIMIT, offset });
    out.push(...page.items);
    if (page.items.length < MAX_LIST_LIMIT || out.length >= page.total) return out;
  }
}

export type ExportFormat = 'csv' | 'json';

export function formatRemarques(items: readonly Remarque[], format: ExportFormat, labels?: CsvLabels): string {
  return format === 'csv' ? remarquesToCsv(items, labels) : remarquesToJson(items);
}
