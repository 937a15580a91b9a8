/**
 * Staff changes reach every instance within seconds. Each instance caches what staff change — the taught phrasings
 * (the engine's index), the agenda, the fiches (entries' details, contacts) — so that answering does no I/O; the
 * instance where staff make a change reloads its own cache at once (src/staff/actions.ts). The others learn it:
 *  - at once, on PostgreSQL, by LISTEN/NOTIFY: the changing instance notifies the `staff_changes` channel with the
 *    kind that changed (announce()), each instance listens on a connection of its own and reloads that cache;
 *  - within POLL_MS in any case, by comparing the stores' change counters (src/storage/change-store.ts, bumped by
 *    every change, console or command line) with the ones last loaded — the fallback for a notification missed
 *    while the listening connection was down, and the only way on SQLite (a change made by `npm run staff` or
 *    another process on the file).
 * A reload reads the counter first, then the data: a change landing during the reload bumps the counter past the
 * one recorded, and the next check reloads again. Reloads of one kind never overlap.
 */
import pg from 'pg';
import type { Logger } from '../logging.js';
import { postgresPoolOf } from '../storage/postgres.js';
import { CHANGE_KINDS, type ChangeKind, type Storage } from '../storage/types.js';

export const CHANGE_CHANNEL = 'staff_changes';
export const POLL_MS = 3_000;
const RELISTEN_MS = 5_000;

export type Reloaders = Record<ChangeKind, () => Promise<void>>;

export interface ChangeFeedOptions {
  pollMs?: number;
  /** The counters read before the caches were first loaded (so a change made meanwhile is seen by the first check). */
  baseline?: Partial<Record<ChangeKind, number>>;
}

export class ChangeFeed {
  private known: Partial<Record<ChangeKind, number>> = {};
  private readonly running = new Map<ChangeKind, Promise<void>>();
  private readonly again = new Set<ChangeKind>();
  private timer: NodeJS.Timeout | undefined;
  private relisten: NodeJS.Timeout | undefined;
  private listener: pg.Client | undefined;
  private closed = false;
  private readonly pool: pg.Pool | undefined;

  constructor(
    private readonly storage: Pick<Storage, 'changes' | 'kind'>,
    private readonly reloaders: Reloaders,
    private readonly logger: Logger,
    private readonly options: ChangeFeedOptions = {},
  ) {
    this.pool = postgresPoolOf(storage as Storage);
    this.known = { ...options.baseline };
  }

  /** Starts the periodic check, and listening on PostgreSQL. */
  async start(): Promise<void> {
    const every = this.options.pollMs ?? POLL_MS;
    this.timer = setInterval(() => void this.check(), every);
    this.timer.unref();
    if (this.pool) await this.listen();
  }

  /**
   * Tells the other instances that `kind` changed (this one has reloaded it already). PostgreSQL only; elsewhere
   * the counters say it. A failure is only logged: the counters say it too, a few seconds later.
   */
  async announce(kind: ChangeKind): Promise<void> {
    if (!this.pool) return;
    try {
      await this.pool.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, kind]);
    } catch (error) {
      this.logger.warn({ err: error, kind }, 'staff change not notified: other instances see it at their next check');
    }
  }

  /** Compares the counters with the ones loaded; reloads what changed. */
  async check(): Promise<void> {
    if (this.closed) return;
    let versions: Partial<Record<ChangeKind, number>>;
    try {
      versions = await this.storage.changes.versions();
    } catch (error) {
      this.logger.warn({ err: error }, 'change counters unavailable: staff changes of other instances wait for the next check');
      return;
    }
    await Promise.all(CHANGE_KINDS.filter((kind) => (versions[kind] ?? 0) > (this.known[kind] ?? 0)).map((kind) => this.reload(kind)));
  }

  /** Reloads one cache (queued behind a reload of the same kind in progress). */
  reload(kind: ChangeKind): Promise<void> {
    const inProgress = this.running.get(kind);
    if (inProgress) {
      this.again.add(kind);
      return inProgress;
    }
    const run = (async () => {
      try {
        do {
          this.again.delete(kind);
          const version = (await this.storage.changes.versions())[kind] ?? 0;
          await this.reloaders[kind]();
          this.known[kind] = Math.max(this.known[kind] ?? 0, version);
        } while (this.again.has(kind) && !this.closed);
        this.logger.info({ kind }, 'staff changes reloaded');
      } catch (error) {
        this.logger.warn({ err: error, kind }, 'staff changes could not be reloaded: tried again at the next check');
      } finally {
        this.running.delete(kind);
      }
    })();
    this.running.set(kind, run);
    return run;
  }

  private async listen(): Promise<void> {
    if (!this.pool || this.closed) return;
    // A connection of its own (LISTEN belongs to a session), with the storage pool's settings.
    const client = new pg.Client({ ...this.pool.options, application_name: 'renaissance-assistant:staff-changes' } as pg.ClientConfig);
    const retry = (error: unknown) => {
      if (this.closed || this.listener !== client) return;
      this.listener = undefined;
      this.logger.warn({ err: error }, 'listening for staff changes stopped: periodic checks go on, listening again shortly');
      client.end().catch(() => undefined);
      this.relisten = setTimeout(() => {
        void this.listen();
        void this.check(); // what was missed meanwhile
      }, RELISTEN_MS);
      this.relisten.unref();
    };
    client.on('error', retry);
    client.on('end', () => retry(new Error('connection ended')));
    client.on('notification', (message) => {
      const kind = message.payload as ChangeKind | undefined;
      if (message.channel === CHANGE_CHANNEL && kind && (CHANGE_KINDS as readonly string[]).includes(kind)) void this.reload(kind);
    });
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    } catch (error) {
      retry(error);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.relisten) clearTimeout(this.relisten);
    const listener = this.listener;
    this.listener = undefined;
    await listener?.end().catch(() => undefined);
    await Promise.all([...this.running.values()]);
  }
}
