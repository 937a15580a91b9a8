/**
 * How a turn tells the dialogs whether one more remarque may be stored: the turn's middleware (src/bot/turn-limits.ts)
 * puts a quota in the turn state under this key; the dialogs take from it before storing (dialogs/replies.ts).
 * No quota in the turn state (the dialog tests' TestAdapter) means no limit.
 */
export const REMARQUE_QUOTA = Symbol('remarque quota');

export interface RemarqueQuota {
  /** True when one more remarque may be stored now (and counts it); false when the limit is reached. */
  take(): Promise<boolean>;
}
