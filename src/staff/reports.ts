/**
 * The numbers staff read: the dashboard (questions per week, how many were answered, top topics, what waits) and
 * the summary of a period for a meeting of the conseil citoyen (counts by topic and kind, the most frequent
 * questions, the suggestions). Data only; the pages and the API present it.
 */
import { allRemarques } from '../storage/export.js';
import { isoWeekMonday, parisWallClock } from '../storage/time.js';
import { REMARQUE_KINDS, type Remarque, type RemarqueKind, type Storage, type TurnStats } from '../storage/types.js';
import { bySize, groupSimilar, type Signature } from './similar.js';

const DAY_MS = 86_400_000;
export const DASHBOARD_WEEKS = 12;
const TOP_TOPICS = 8;
const FREQUENT_QUESTIONS = 10;
const LATEST_WAITING = 5;
const DEFAULT_PERIOD_DAYS = 30;

export interface TopicCount {
  topic: string | null;
  count: number;
}

export interface Shares {
  answer: number;
  clarify: number;
  fallback: number;
  total: number;
}

export interface Dashboard {
  from: string;
  to: string;
  weeks: TurnStats['weeks'];
  shares: Shares;
  topics: TopicCount[];
  waiting: { nouvelle: number; aTransmettre: number; latest: Remarque[] };
}

function sharesOf(weeks: TurnStats['weeks']): Shares {
  const shares = { answer: 0, clarify: 0, fallback: 0, total: 0 };
  for (const w of weeks) {
    shares.answer += w.answer;
    shares.clarify += w.clarify;
    shares.fallback += w.fallback;
  }
  shares.total = shares.answer + shares.clarify + shares.fallback;
  return shares;
}

/** YYYY-MM-DD of an instant on the Paris calendar. */
export function parisDate(instant: Date): string {
  const w = parisWallClock(instant);
  return `${w.year}-${String(w.month).padStart(2, '0')}-${String(w.day).padStart(2, '0')}`;
}

export async function dashboard(storage: Storage, now: Date): Promise<Dashboard> {
  const thisMonday = isoWeekMonday(now);
  const from = new Date(Date.parse(`${thisMonday}T00:00:00Z`) - (DASHBOARD_WEEKS - 1) * 7 * DAY_MS).toISOString().slice(0, 10);
  const to = parisDate(now);
  const [stats, nouvelle, aTransmettre] = await Promise.all([
    storage.turns.stats(from, to),
    storage.remarques.list({ status: ['nouvelle'], limit: LATEST_WAITING }),
    storage.remarques.list({ status: ['a-transmettre'], limit: 0 }),
  ]);
  return {
    from,
    to,
    weeks: stats.weeks,
    shares: sharesOf(stats.weeks),
    topics: stats.topics.slice(0, TOP_TOPICS),
    waiting: { nouvelle: nouvelle.total, aTransmettre: aTransmettre.total, latest: nouvelle.items },
  };
}

export interface FrequentQuestion {
  count: number;
  text: string;
  topic: string | null;
  ids: number[];
}

export interface MeetingSummary {
  from: string;
  to: string;
  total: number;
  byTopic: TopicCount[];
  byKind: { kind: RemarqueKind; count: number }[];
  frequent: FrequentQuestion[];
  suggestions: Remarque[];
  turns: Shares;
}

/** The default period of a meeting summary: the last 30 days, today included. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  return { from: parisDate(new Date(now.getTime() - (DEFAULT_PERIOD_DAYS - 1) * DAY_MS)), to: parisDate(now) };
}

export async function meetingSummary(storage: Storage, period: { from: string; to: string }, signature: Signature): Promise<MeetingSummary> {
  const [remarques, stats] = await Promise.all([allRemarques(storage.remarques, period), storage.turns.stats(period.from, period.to)]);
  const topics = new Map<string | null, number>();
  for (const r of remarques) topics.set(r.topic, (topics.get(r.topic) ?? 0) + 1);
  const questions = remarques.filter((r) => r.kind !== 'suggestion');
  return {
    ...period,
    total: remarques.length,
    byTopic: [...topics].map(([topic, count]) => ({ topic, count })).sort((a, b) => b.count - a.count || String(a.topic).localeCompare(String(b.topic))),
    byKind: REMARQUE_KINDS.map((kind) => ({ kind, count: remarques.filter((r) => r.kind === kind).length })),
    frequent: bySize(groupSimilar(questions, signature, (r) => r.kind))
      .slice(0, FREQUENT_QUESTIONS)
      .map((g) => ({ count: g.items.length, text: (g.items[0] as Remarque).text, topic: (g.items[0] as Remarque).topic, ids: g.items.map((r) => r.id) })),
    suggestions: remarques.filter((r) => r.kind === 'suggestion'),
    turns: sharesOf(stats.weeks),
  };
}
