/**
 * Turn events: one row per bot turn, without its text, for the staff dashboard (questions per week, share answered,
 * top topics).
 *
 * The time of a turn is kept to the hour only: the dashboard counts weeks, and a precise time could be matched with
 * other logs (a web server's, a phone's history) to tell who asked about a sensitive topic. The week is computed
 * when the event is recorded (Paris calendar, see time.ts), so that both engines group by a plain column.
 */
import type { Db } from './db.js';
import { int, str } from './rows.js';
import { isoWeekMonday, mondaysBetween, toBound } from './time.js';
import type { TurnEventStore, TurnStats } from './types.js';
import * as valid from './validate.js';

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 86_400_000;
/** Beyond this many weeks (ten years) the range is someone's "since the beginning": start at the first data. */
const MAX_FILLED_WEEKS = 520;

type WeekCounts = TurnStats['weeks'][number];

export function createTurnEventStore(db: Db): TurnEventStore {
  return {
    async record(event) {
      const e = valid.turnEvent(event);
      const ms = Date.parse(e.at);
      const hour = new Date(ms - (ms % HOUR_MS)).toISOString();
      await db.execute('INSERT INTO turn_events (at, week, kind, topic, channel, locale) VALUES (?, ?, ?, ?, ?, ?)', [
        hour,
        isoWeekMonday(e.at),
        e.kind,
        e.topic,
        e.channel,
        e.locale,
      ], 'crash'); // one per turn, statistics only: see Durability in db.ts
    },

    async stats(from, to) {
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
