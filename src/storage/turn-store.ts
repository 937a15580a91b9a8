/**
 * Turn events: one row per bot turn, without its text, for the staff dashboard (questions per week, share answered,
 * top topics).
 *
 * The time of a turn is kept to the hour only: the dashboard counts weeks, and a precise time could be matched with
 * other logs (a web server's, a phone's history) to tell who asked about a sensitive topic. The week is computed
 * when the event is recorded (Paris calendar, see time.ts), so that both engines group by a plain column.
 *
 * Written behind, in batches: record() checks the event and keeps its row; the rows are inserted together once
 * BATCH_SIZE are waiting or BATCH_MS after the first, before stats() reads, and on close (storage.ts). A batch is
 * written as a few multi-row INSERTs of fixed sizes (CHUNKS: 64, 16, 4, 1 rows), each statement its own commit —
 * not one transaction: a full batch (the busy case) is a single statement and commit, a batch cut by BATCH_MS
 * at most nine (e.g. 63 rows = 3 × 16 + 3 × 4 + 3 × 1). A statement that fails drops the rest of its batch; the
 * chunks already written stay (statistics: a partial batch is no harm). They are statistics, not promises to
 * residents: a killed process (kill -9, a crash) loses the events of its last BATCH_MS at most (and at most
 * BATCH_SIZE of them); a graceful stop loses none.
 * One insert per turn cost a commit each (≈ 3 % of a turn's CPU); 64 rows in one statement cost about two.
 * A batch that cannot be written is dropped, and the failure is reported by the next record() (the bot logs it).
 */
import type { Db, SqlValue } from './db.js';
import { int, str } from './rows.js';
import { isoWeekMonday, mondaysBetween, toBound } from './time.js';
import type { TurnEventStore, TurnStats } from './types.js';
import * as valid from './validate.js';

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 86_400_000;
/** Beyond this many weeks (ten years) the range is someone's "since the beginning": start at the first data. */
const MAX_FILLED_WEEKS = 520;

type WeekCounts = TurnStats['weeks'][number];

/** Rows waiting at most this long before they are written (a killed process loses this much at most). */
export const TURN_EVENTS_BATCH_MS = 250;
/** … or until this many wait. */
export const TURN_EVENTS_BATCH_SIZE = 64;
/** Rows per INSERT: a few fixed sizes, so the statements prepared stay few (64 rows = one statement). */
const CHUNKS = [64, 16, 4, 1] as const;
const COLUMNS = 6;

export function createTurnEventStore(db: Db, options: { batchMs?: number; batchSize?: number } = {}): TurnEventStore {
  const batchMs = options.batchMs ?? TURN_EVENTS_BATCH_MS;
  const batchSize = options.batchSize ?? TURN_EVENTS_BATCH_SIZE;
  let pending: SqlValue[][] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let failure: unknown;

  /** Writes what is waiting, after any write in progress (batches keep their order). */
  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (pending.length === 0) return writing;
    const rows = pending;
    pending = [];
    writing = writing.then(() => insert(rows));
    return writing;
  };
  const insert = async (rows: SqlValue[][]): Promise<void> => {
    try {
      let at = 0;
      for (const size of CHUNKS) {
        for (; rows.length - at >= size; at += size) {
          // Statistics only: see Durability in db.ts.
          await db.execute(insertSql(size), rows.slice(at, at + size).flat(), 'crash');
        }
      }
    } catch (error) {
      failure = error;
    }
  };

  return {
    async record(event) {
      const e = valid.turnEvent(event);
      const ms = Date.parse(e.at);
      const hour = new Date(ms - (ms % HOUR_MS)).toISOString();
      pending.push([hour, isoWeekMonday(e.at), e.kind, e.topic, e.channel, e.locale]);
      if (pending.length >= batchSize) await flush();
      else if (!timer) {
        timer = setTimeout(() => void flush(), batchMs);
        timer.unref();
      }
      if (failure !== undefined) {
        const error = failure;
        failure = undefined;
        throw error;
      }
    },

    flush,

    async stats(from, to) {
      await flush();
      const start = toBound(from, 'start', 'from');
      const end = toBound(to, 'end', 'to');
      const [weekRows, topicRows] = await Promise.all([
        db.query(
          `SELECT week, kind, count(*) AS n FROM turn_events WHERE at >= ? AND at <= ? GROUP BY week, kind`,
          [start, end],
        ),
        db.query(
          `SELECT topic, count(*) AS n FROM turn_events WHERE at >= ? AND at <= ? AND topic IS NOT NULL
           GROUP BY topic ORDER BY count(*) DESC, topic`,
          [start, end],
        ),
      ]);

      const byWeek = new Map<string, WeekCounts>();
      let total = 0;
      for (const row of weekRows) {
        const week = str(row, 'week');
        const counts = byWeek.get(week) ?? { week, answer: 0, clarify: 0, fallback: 0 };
        const n = int(row, 'n');
        counts[valid.oneOf(valid.TURN_KINDS, row['kind'], 'kind')] += n;
        total += n;
        byWeek.set(week, counts);
      }

      // Weeks without any turn are listed with zeros: a chart of the range needs every week.
      let first = isoWeekMonday(start);
      const last = isoWeekMonday(end);
      if ((Date.parse(last) - Date.parse(first)) / WEEK_MS >= MAX_FILLED_WEEKS) {
        first = [...byWeek.keys()].sort()[0] ?? last;
      }
      return {
        weeks: mondaysBetween(first, last).map((week) => byWeek.get(week) ?? { week, answer: 0, clarify: 0, fallback: 0 }),
        topics: topicRows.map((row) => ({ topic: str(row, 'topic'), count: int(row, 'n') })),
        total,
      };
    },
  };
}

const statements = new Map<number, string>();
function insertSql(rows: number): string {
  let sql = statements.get(rows);
  if (sql === undefined) {
    const row = `(${Array.from({ length: COLUMNS }, () => '?').join(', ')})`;
    sql = `INSERT INTO turn_events (at, week, kind, topic, channel, locale) VALUES ${Array.from({ length: rows }, () => row).join(', ')}`;
    statements.set(rows, sql);
  }
  return sql;
}
