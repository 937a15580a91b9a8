/** Reads the pages and the API share: remarques grouped by similarity, and the agenda split into upcoming and archived. */
import { toAction } from '../agenda/live-agenda.js';
import { nextOccurrence } from '../engine/agenda.js';
import { MAX_LIST_LIMIT } from '../storage/validate.js';
import type { AgendaRecord, Remarque, RemarqueFilter, RemarqueStore } from '../storage/types.js';
import { groupSimilar, type Group, type Signature } from './similar.js';

/** Grouping looks at the most recent remarques matching the filters, up to this many (a few months of a quarter). */
export const GROUP_SCAN_LIMIT = 2000;
export const GROUPS_PER_PAGE = 25;

export interface GroupedPage {
  groups: Group<Remarque>[];
  /** Remarques matching the filters (all of them, not only those grouped). */
  total: number;
  page: number;
  pages: number;
}

export async function groupedRemarques(store: RemarqueStore, filter: RemarqueFilter, page: number, signature: Signature): Promise<GroupedPage> {
  const items: Remarque[] = [];
  let total = 0;
  for (let offset = 0; offset < GROUP_SCAN_LIMIT; offset += MAX_LIST_LIMIT) {
    const chunk = await store.list({ ...filter, limit: Math.min(MAX_LIST_LIMIT, GROUP_SCAN_LIMIT - offset), offset });
    items.push(...chunk.items);
    total = chunk.total;
    if (items.length >= total) break;
  }
  const groups = groupSimilar(items, signature, remarqueSort);
  const pages = Math.max(1, Math.ceil(groups.length / GROUPS_PER_PAGE));
  const current = Math.min(Math.max(1, page), pages);
  return { groups: groups.slice((current - 1) * GROUPS_PER_PAGE, current * GROUPS_PER_PAGE), total, page: current, pages };
}

/** Remarques still to deal with are grouped by kind; those dealt with (traitée, écartée) stay one by one. */
const CLOSED: readonly Remarque['status'][] = ['traitee', 'ecartee'];
export function remarqueSort(r: Remarque): string | undefined {
  return CLOSED.includes(r.status) ? undefined : r.kind;
}

export interface AgendaRows {
  upcoming: { record: AgendaRecord; next: { date: string; time: string } }[];
  archived: { record: AgendaRecord; next: undefined }[];
}

/** Archived = no occurrence left: the bot's AgendaBook already leaves those out of every answer. */
export function splitAgenda(records: readonly AgendaRecord[], now: Date): AgendaRows {
  const rows: AgendaRows = { upcoming: [], archived: [] };
  for (const record of records) {
    const next = nextOccurrence(toAction(record), now);
    if (next) rows.upcoming.push({ record, next: { date: next.date, time: next.time } });
    else rows.archived.push({ record, next: undefined });
  }
  rows.upcoming.sort((a, b) => `${a.next.date} ${a.next.time}`.localeCompare(`${b.next.date} ${b.next.time}`));
  rows.archived.reverse(); // most recent first
  return rows;
}
