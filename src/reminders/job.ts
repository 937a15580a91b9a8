/**
 * The job that sends due reminders, every minute in each instance of the server. Safe to run anywhere at once:
 * each reminder is claimed by one atomic UPDATE (src/storage/reminder-store.ts) before it is sent, and a reminder
 * claimed by an instance that then died is given up, not sent again — at most once. Because reminders live in the
 * database, one that fell due while the server was stopped goes out at the first tick after the restart.
 *
 * Each tick first follows the agenda: a reminder whose action was removed (or became sample data) is cancelled;
 * one whose occurrence moved gets the new date's send time, or is cancelled when that time has passed.
 * A failed send is tried again a few minutes later, a bounded number of times; the outcome is logged with the
 * reminder's id and channel — never the address or the text. Every way out deletes the sealed address.
 */
import { nextOccurrence, type AgendaAction, type AgendaBook } from '../engine/agenda.js';
import { toLocale, translator } from '../replies/i18n.js';
import type { Logger } from '../logging.js';
import type { Reminder, ReminderStore } from '../storage/types.js';
import type { AddressSeal } from './address-seal.js';
import { scheduleFor, type ReminderTimes } from './schedule.js';

/** Sends one reminder's text to its address; rejects when it could not (BudgetSpent: not to be retried). */
export type ReminderSender = (reminder: Reminder, address: string, text: string) => Promise<void>;

export class BudgetSpent extends Error {
  constructor() {
    super('the outbound budget of this address is spent for today');
    this.name = 'BudgetSpent';
  }
}

export interface JobParts {
  reminders: ReminderStore;
  seal: AddressSeal;
  senders: Partial<Record<string, ReminderSender>>;
  agenda: () => AgendaBook;
  times: ReminderTimes;
  clock: () => Date;
  logger: Logger;
  /** How long a claim holds (longer than any send with its retries). */
  leaseMs?: number;
  /** Attempts in all before a reminder is given up. */
  maxAttempts?: number;
  retryAfterMs?: number;
}

export interface TickReport {
  sent: number;
  failed: number;
  retried: number;
  cancelled: number;
  rescheduled: number;
}

const DEFAULT_LEASE_MS = 5 * 60 * 1000;
const DEFAULT_RETRY_MS = 5 * 60 * 1000;
/** Finished reminders are deleted this long after their occurrence. */
const KEEP_FINISHED_MS = 2 * 24 * 60 * 60 * 1000;

export class ReminderJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickReport> | undefined;

  constructor(private readonly parts: JobParts) {}

  start(intervalMs = 60_000): void {
    this.timer = setInterval(() => void this.tick().catch((error: unknown) => this.parts.logger.error({ err: error }, 'reminder job failed')), intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One pass; concurrent calls in one process share the pass in progress. */
  tick(): Promise<TickReport> {
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<TickReport> {
    const report: TickReport = { sent: 0, failed: 0, retried: 0, cancelled: 0, rescheduled: 0 };
    await this.followAgenda(report);
    const { reminders, clock } = this.parts;
    const now = clock();
    const claimed = await reminders.claimDue(now.toISOString(), new Date(now.getTime() + (this.parts.leaseMs ?? DEFAULT_LEASE_MS)).toISOString());
    for (const reminder of claimed) await this.send(reminder, report);
    await reminders.purge(new Date(clock().getTime() - KEEP_FINISHED_MS).toISOString());
    if (claimed.length > 0 || report.cancelled > 0 || report.rescheduled > 0) this.parts.logger.info({ ...report }, 'reminder job');
    return report;
  }

  private async followAgenda(report: TickReport): Promise<void> {
    const { reminders, clock, times } = this.parts;
    const book = this.parts.agenda();
    const now = clock();
    const gone: number[] = [];
    for (const reminder of await reminders.pending()) {
      const action = book.all.find((a) => a.id === reminder.actionId);
      if (!action || action.sample) {
        gone.push(reminder.id);
        continue;
      }
      if (stillAt(action, reminder.occurrenceStart)) continue;
      const moved = nextOccurrence(action, now);
      const time = moved ? scheduleFor(moved, now, { ...times, moments: [reminder.moment] })[0] : undefined;
      if (!moved || !time) {
        gone.push(reminder.id);
        continue;
      }
      await reminders.reschedule(reminder.id, moved.start.toISOString(), time.sendAt.toISOString());
      report.rescheduled++;
    }
    report.cancelled += await reminders.cancel(gone);
  }

  private async send(reminder: Reminder, report: TickReport): Promise<void> {
    const { reminders, seal, senders, logger, clock } = this.parts;
    const about = { reminderId: reminder.id, channel: reminder.channel, moment: reminder.moment };
    const address = reminder.addressSealed ? seal.open(reminder.addressSealed) : undefined;
    // "azure.msteams" is sent by the "azure" sender (every Bot Framework channel through one adapter).
    const sender = senders[reminder.channel] ?? senders[reminder.channel.split('.')[0] ?? ''];
    const text = this.text(reminder);
    if (!address || !sender || !text) {
      logger.warn({ ...about, reason: !address ? 'address cannot be opened' : !sender ? 'channel not configured' : 'action gone' }, 'reminder given up');
      await reminders.markFailed(reminder.id);
      report.failed++;
      return;
    }
    try {
      await sender(reminder, address, text);
      await reminders.markSent(reminder.id);
      report.sent++;
    } catch (error) {
      const retryAt = new Date(clock().getTime() + (this.parts.retryAfterMs ?? DEFAULT_RETRY_MS));
      const again = !(error instanceof BudgetSpent) && reminder.attempts + 1 < (this.parts.maxAttempts ?? 3) && retryAt.getTime() < Date.parse(reminder.occurrenceStart);
      logger.warn({ ...about, attempt: reminder.attempts + 1, error: error instanceof Error ? error.name : 'error', again }, 'reminder not sent');
      if (again) {
        await reminders.retryAt(reminder.id, retryAt.toISOString());
        report.retried++;
      } else {
        await reminders.markFailed(reminder.id);
        report.failed++;
      }
    }
  }

  /** The reminder's text, in the resident's language, from the action as it is now. */
  private text(reminder: Reminder): string | undefined {
    const action = this.parts.agenda().all.find((a) => a.id === reminder.actionId);
    if (!action) return undefined;
    const locale = toLocale(reminder.locale);
    const occurrence = nextOccurrence(action, new Date(reminder.occurrenceStart));
    if (!occurrence) return undefined;
    const [hh, mm] = occurrence.time.split(':');
    const time = locale === 'fr' ? `${Number(hh)} h ${mm}` : `${hh}:${mm}`;
    return translator(locale)(`reminders.message.${reminder.moment}`, { time, title: action.title[locale], place: action.place[locale] });
  }
}

/** Whether the action still has an occurrence starting exactly then. */
function stillAt(action: AgendaAction, start: string): boolean {
  return nextOccurrence(action, new Date(start))?.start.toISOString() === new Date(start).toISOString();
}
