/**
 * One dedicated PostgreSQL connection per process that LISTENs on one channel: how an instance learns, within
 * milliseconds, that another one appended to a web conversation (a NOTIFY carries only "conversation:watermark"; the
 * reader then reads the table). The connection is taken from the storage's pool and kept; when it is lost, another
 * is taken after a pause, and `onReconnect` lets the caller catch up on what it may have missed meanwhile.
 */
import type pg from 'pg';
import type { Logger } from '../../logging.js';

/** Pause before taking a new connection after losing one (doubles up to the max while the server stays away). */
const RETRY_MIN_MS = 200;
const RETRY_MAX_MS = 10_000;

export interface NotificationHandlers {
  onMessage(payload: string): void;
  /** Called each time LISTEN is in place again after a lost connection (not the first time). */
  onReconnect(): void;
}

export class PgNotifications {
  private client: pg.PoolClient | undefined;
  private closed = false;
  private retryMs = RETRY_MIN_MS;
  private connectedOnce = false;
  private retryTimer: NodeJS.Timeout | undefined;
  /** Resolves once LISTEN is in place the first time (or the listener closed). */
  readonly listening: Promise<void>;
  private markListening: () => void = () => undefined;

  constructor(
    private readonly pool: pg.Pool,
    private readonly channel: string,
    private readonly handlers: NotificationHandlers,
    private readonly logger: Logger,
  ) {
    this.listening = new Promise((resolve) => {
      this.markListening = resolve;
    });
    void this.connect();
  }

  /** Releases the connection at once (destroyed, not returned to the pool, so that the pool can end). */
  close(): void {
    this.closed = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.drop();
    this.markListening();
  }

  private async connect(): Promise<void> {
    if (this.closed) return;
    let client: pg.PoolClient | undefined;
    try {
      client = await this.pool.connect();
      if (this.closed) {
        client.release(true);
        return;
      }
      this.client = client;
      client.on('notification', (message) => {
        if (message.channel === this.channel && message.payload) this.handlers.onMessage(message.payload);
      });
      client.on('error', (error) => this.lost(error));
      client.on('end', () => this.lost(new Error('connection ended')));
      await client.query(`LISTEN "${this.channel.replaceAll('"', '""')}"`);
      this.retryMs = RETRY_MIN_MS;
      if (this.connectedOnce) {
        this.logger.info({ channel: this.channel }, 'listening again to web conversations of the other instances');
        this.handlers.onReconnect();
      }
      this.connectedOnce = true;
      this.markListening();
    } catch (error) {
      this.lost(error);
    }
  }

  private lost(error: unknown): void {
    if (this.closed || !this.client) {
      if (!this.closed && !this.retryTimer) this.retry(error);
      return;
    }
    this.drop();
    this.retry(error);
  }

  private retry(error: unknown): void {
    this.logger.warn({ err: error, retryInMs: this.retryMs }, 'lost the PostgreSQL connection that listens to web conversations');
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      void this.connect();
    }, this.retryMs);
    this.retryTimer.unref();
    this.retryMs = Math.min(RETRY_MAX_MS, this.retryMs * 2);
  }

  private drop(): void {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    client.removeAllListeners('notification');
    // Errors on a connection being thrown away are expected; one unhandled would crash the process.
    client.removeAllListeners('error');
    client.on('error', () => undefined);
    try {
      client.release(true);
    } catch {
      // Already released by pg after a fatal error.
    }
  }
}
