/**
 * SQLite is the embedded default for ONE instance: its counters, locks and caches live in the process, and two
 * servers writing one file would contend for it. Nothing stops an operator from starting a second process on the
 * same file (a second `npm start`, a service started twice), so each server beats a heartbeat row in the storage
 * (instances table) every BEAT_MS and, on SQLite, warns clearly as soon as another live one shows up: for several
 * instances, use PostgreSQL (DATABASE_URL). On PostgreSQL the rows are harmless bookkeeping, nothing is said.
 * Heartbeats are about real processes: they use the wall clock, not the assistant's (tests move that one).
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from '../logging.js';
import type { Storage } from '../storage/types.js';

export const BEAT_MS = 10_000;
/** Another instance is alive if it beat within this long (a few missed beats allowed). */
const ALIVE_MS = 3 * BEAT_MS;

export const SQLITE_SHARED_WARNING =
  'another server process is using the same SQLite file: SQLite serves one instance only (rate limits, turn order and caches are per process). Run one process, or use PostgreSQL (DATABASE_URL) for several — see docs/operating.md, "Several instances"';

export class InstanceHeartbeat {
  readonly key = randomBytes(8).toString('hex');
  private readonly startedAt = new Date().toISOString();
  private timer: NodeJS.Timeout | undefined;
  private warned = false;

  constructor(
    private readonly storage: Pick<Storage, 'instances' | 'kind'>,
    private readonly logger: Logger,
    private readonly beatMs = BEAT_MS,
  ) {}

  async start(): Promise<void> {
    await this.beat();
    this.timer = setInterval(() => void this.beat(), this.beatMs);
    this.timer.unref();
  }

  /** One beat, and the check; never throws (a heartbeat must not stop the server). */
  async beat(): Promise<void> {
    try {
      const now = Date.now();
      await this.storage.instances.beat(this.key, this.startedAt, new Date(now).toISOString());
      if (this.storage.kind !== 'sqlite') return;
      const others = await this.storage.instances.others(this.key, new Date(now - Math.max(ALIVE_MS, 3 * this.beatMs)).toISOString());
      if (others > 0 && !this.warned) this.logger.warn({ others }, SQLITE_SHARED_WARNING);
      this.warned = others > 0;
    } catch (error) {
      this.logger.warn({ err: error }, 'instance heartbeat could not be recorded');
    }
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.storage.instances.leave(this.key).catch(() => undefined);
  }
}
