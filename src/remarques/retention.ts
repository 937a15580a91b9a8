/**
 * Remarques set aside by staff (status "écartée") are deleted after REMARQUE_RETENTION_MONTHS months without a
 * change — what the assistant tells residents ("les remarques écartées sont effacées après 12 mois"). The other
 * statuses are the conseil citoyen's working list and stay until staff set them aside.
 */
import type { RemarqueStore } from '../storage/types.js';

/**
 * The instant `months` months before `now`: whole months by the calendar (31 March − 1 month = 28 or 29 February,
 * the last day when the month is shorter), a fraction as 30-day months.
 */
export function retentionCutoff(now: Date, months: number): Date {
  const whole = Math.floor(months);
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - whole, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  const cutoff = new Date(now.getTime());
  cutoff.setUTCFullYear(first.getUTCFullYear(), first.getUTCMonth(), Math.min(now.getUTCDate(), lastDay));
  return new Date(cutoff.getTime() - (months - whole) * 30 * 24 * 60 * 60 * 1000);
}

/** Deletes the remarques set aside before the cutoff; returns how many. */
export async function purgeSetAside(store: RemarqueStore, now: Date, months: number): Promise<number> {
  return store.purge('ecartee', retentionCutoff(now, months).toISOString());
}
