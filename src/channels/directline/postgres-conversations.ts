/**
 * The web conversations of the local Direct Line in PostgreSQL (DATABASE_URL), shared by every instance on the
 * database: a resident's requests may reach any instance (round robin, no stickiness), an instance may restart
 * mid-conversation, and nothing is lost. See conversations.ts for the bounds; here they hold across instances
 * because they are counted in the shared table.
 *
 * - Watermarks are allocated atomically: appending increments the conversation row's `seq` and inserts the activity
 *   in one statement; the row lock makes appends to one conversation commit in watermark order, so a reader that
 *   has seen watermark n never misses an n-1 committed later.
 * - A NOTIFY "conversation:watermark" (or "conversation:end") goes with each append (and each expiry), sent at commit;
 *   every instance LISTENs on one dedicated connection (pg-notifications.ts) and its followers (the WebSockets) read
 *   what is new from the table. A lost LISTEN connection is replaced, and the followers catch up by watermark.
 * - Creating a conversation takes a transaction-level advisory lock, so the "per address" and "store full" counts
 *   cannot be passed by two instances at once.
 * - The tokens' signing key is drawn once and stored in the database (directline_secrets), so that a token minted by
 *   one instance is accepted by all (tokens.ts).
 *
 * Privacy: these tables hold what residents type, exactly as long as the conversation lives (DIRECTLINE_IDLE_MINUTES),
 * then the sweep deletes it, as the memory store forgets it. They are created here (not in the storage's numbered
 * migrations, whose tables never name a conversation) and UNLOGGED: never written to the WAL, so never in a WAL
 * archive, a replica or a point-in-time backup; a crash of the PostgreSQL server empties them (the open web
 * conversations end, the widget starts a new one).
 */
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from '../../logging.js';
import {
  activityId,
  newConversationId,
  parseWatermark,
  retryAfterSeconds,
  type ActivitySet,
  type ClientActivity,
  type ConversationLimits,
  type ConversationStore,
  type CreateRefusal,
  type Follower,
  type NewActivity,
  type WebConversation,
} from './conversations.js';
import { PgNotifications } from './pg-notifications.js';
import { pooledTransaction, rollback } from '../../storage/postgres.js';

const SCHEMA = `
  CREATE UNLOGGED TABLE IF NOT EXISTS directline_conversations (
    id text PRIMARY KEY,
    user_id text NOT NULL,
    client text NOT NULL,
    started boolean NOT NULL DEFAULT false,
    locale text,
    seq integer NOT NULL DEFAULT 0,
    last_active bigint NOT NULL,
    expires_at bigint NOT NULL
  );
  CREATE INDEX IF NOT EXISTS directline_conversations_expiry ON directline_conversations (expires_at);
  CREATE INDEX IF NOT EXISTS directline_conversations_client ON directline_conversations (client, expires_at);
  CREATE UNLOGGED TABLE IF NOT EXISTS directline_activities (
    conversation_id text NOT NULL REFERENCES directline_conversations (id) ON DELETE CASCADE,
    seq integer NOT NULL,
    bytes integer NOT NULL,
    body text NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  );
  ALTER TABLE directline_activities ADD COLUMN IF NOT EXISTS client_id text;
  CREATE TABLE IF NOT EXISTS directline_secrets (name text PRIMARY KEY, value text NOT NULL);
`;

/** How long the first call waits for LISTEN to be in place before going on without it. */
const LISTEN_WAIT_MS = 5000;

/** A conversation in use has its expiry pushed back at most this often (an idle limit is minutes long). */
const TOUCH_INTERVAL_MS = 5000;

/** The columns of a conversation as the routes see it. */
const CONVERSATION_COLUMNS = 'id, user_id, client, started, locale';

interface ConversationRow {
  id: string;
  user_id: string;
  client: string;
  started: boolean;
  locale: string | null;
}

/** A WebSocket (or any follower) of a conversation, with how far it has been served. */
interface Following {
  conversationId: string;
  follower: Follower;
  cursor: number;
  stopped: boolean;
  reading: boolean;
  /** Something new was announced while reading: read again. */
  again: boolean;
}

export interface PostgresConversationParts {
  /** The storage's pool (the LISTEN connection is taken from it too). */
  pool: pg.Pool;
  limits: ConversationLimits;
  clock: () => Date;
  logger: Logger;
}

export class PostgresConversationStore implements ConversationStore {
  private readonly pool: pg.Pool;
  private readonly limits: ConversationLimits;
  private readonly clock: () => Date;
  private readonly logger: Logger;
  private readonly followers = new Map<string, Set<Following>>();
  private readonly endListeners = new Set<(id: string) => void>();
  private prepared: Promise<string> | undefined;
  private notifications: PgNotifications | undefined;
  private closed = false;

  constructor(parts: PostgresConversationParts) {
    this.pool = parts.pool;
    this.limits = parts.limits;
    this.clock = parts.clock;
    this.logger = parts.logger;
  }

  /** Creates the tables (once per database, whichever instance comes first) and starts listening. */
  async ready(): Promise<void> {
    await this.channel();
    await this.notifications?.listening;
  }

  /** The signing key of the Direct Line tokens, the same for every instance on the database. */
  async tokenKey(): Promise<Uint8Array> {
    await this.channel();
    await this.pool.query('INSERT INTO directline_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
      'token-key',
      randomBytes(32).toString('base64'),
    ]);
    const rows = await this.pool.query<{ value: string }>('SELECT value FROM directline_secrets WHERE name = $1', ['token-key']);
    const value = rows.rows[0]?.value;
    if (!value) throw new Error('The Direct Line token key could not be read from PostgreSQL');
    return Buffer.from(value, 'base64');
  }

  async create(userId: string, client: string): Promise<WebConversation | CreateRefusal> {
    const channel = await this.channel();
    const now = this.now();
    const { maxPerClient, maxConversations, unstartedMs } = this.limits;
    return pooledTransaction<WebConversation | CreateRefusal>(this.pool, async (connection) => {
      // One creation at a time on the whole database: the counts below cannot be passed by two instances at once.
      await connection.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`renaissance-assistant:${channel}:create`]);
      const counts = await connection.query<{ mine: string; total: string; mine_first: string | null; first: string | null }>(
        `SELECT count(*) FILTER (WHERE client = $1) AS mine, count(*) AS total,
                min(expires_at) FILTER (WHERE client = $1) AS mine_first, min(expires_at) AS first
         FROM directline_conversations WHERE expires_at > $2`,
        [client, now],
      );
      const row = counts.rows[0];
      if (maxPerClient > 0 && Number(row?.mine ?? 0) >= maxPerClient) {
        return rollback({ refused: 'client', retryAfterSeconds: retryAfterSeconds(Number(row?.mine_first ?? Number.NaN), now) });
      }
      if (Number(row?.total ?? 0) >= maxConversations) {
        return rollback({ refused: 'full', retryAfterSeconds: retryAfterSeconds(Number(row?.first ?? Number.NaN), now) });
      }
      const id = newConversationId();
      await connection.query(
        'INSERT INTO directline_conversations (id, user_id, client, last_active, expires_at) VALUES ($1, $2, $3, $4, $5)',
        [id, userId, client, now, now + unstartedMs],
      );
      return { id, userId, client, started: false, locale: undefined };
    });
  }

  async get(id: string): Promise<WebConversation | undefined> {
    const channel = await this.channel();
    const now = this.now();
    // Every poll of every page comes here: the row is rewritten (its expiry pushed back) at most every few seconds.
    const touched = await this.pool.query<ConversationRow>(
      `WITH live AS (
         SELECT ${CONVERSATION_COLUMNS}, last_active FROM directline_conversations WHERE id = $1 AND expires_at > $2
       ), touched AS (
         UPDATE directline_conversations c
         SET last_active = $2, expires_at = $2 + CASE WHEN c.started THEN $3::bigint ELSE $4::bigint END
         FROM live WHERE c.id = live.id AND live.last_active <= $2 - $5::bigint
       )
       SELECT ${CONVERSATION_COLUMNS} FROM live`,
      [id, now, this.limits.idleMs, this.limits.unstartedMs, TOUCH_INTERVAL_MS],
    );
    const row = touched.rows[0];
    if (row) return conversationOf(row);
    // Expired but not swept yet: freed now, and its followers on every instance are told.
    await this.pool.query(
      `WITH ended AS (DELETE FROM directline_conversations WHERE id = $1 AND expires_at <= $2 RETURNING id)
       SELECT pg_notify($3, id || ':end') FROM ended`,
      [id, now, channel],
    );
    return undefined;
  }

  async start(id: string, locale: string | undefined): Promise<boolean> {
    await this.channel();
    const now = this.now();
    const started = await this.pool.query(
      `UPDATE directline_conversations SET started = true, locale = $2, last_active = $3, expires_at = $3 + $4::bigint
       WHERE id = $1 AND NOT started AND expires_at > $3 RETURNING id`,
      [id, locale ?? null, now, this.limits.idleMs],
    );
    return (started.rowCount ?? 0) > 0;
  }

  async append(id: string, activity: NewActivity, now: Date): Promise<ClientActivity | undefined> {
    return (await this.keep(id, activity, undefined, now))?.activity;
  }

  async appendOnce(id: string, activity: NewActivity, clientId: string, now: Date): Promise<{ activity: ClientActivity; repeated: boolean } | undefined> {
    return this.keep(id, activity, clientId, now);
  }

  /** Appends, or with a client id already kept in the conversation, gives that activity back (one statement). */
  private async keep(id: string, activity: NewActivity, clientId: string | undefined, now: Date): Promise<{ activity: ClientActivity; repeated: boolean } | undefined> {
    const channel = await this.channel();
    const timestamp = now.toISOString();
    const body = JSON.stringify({ ...activity, timestamp });
    // As the memory store counts it: the JSON the client receives, id included (its length does not depend on seq).
    const bytes = Buffer.byteLength(JSON.stringify({ ...activity, id: activityId(id, 0), timestamp }));
    const inserted = await this.pool.query<{ seq: number; body: string | null }>(
      `WITH earlier AS (
         SELECT seq, body FROM directline_activities WHERE conversation_id = $1 AND client_id = $6 LIMIT 1
       ), next AS (
         UPDATE directline_conversations SET seq = seq + 1 WHERE id = $1 AND expires_at > $3 AND NOT EXISTS (SELECT 1 FROM earlier) RETURNING seq
       ), kept AS (
         INSERT INTO directline_activities (conversation_id, seq, bytes, body, client_id) SELECT $1, next.seq, $4, $2, $6 FROM next RETURNING seq
       ), told AS (
         SELECT seq, pg_notify($5, $1::text || ':' || seq::text) FROM kept
       )
       SELECT seq, NULL::text AS body FROM told
       UNION ALL
       SELECT seq, body FROM earlier`,
      [id, body, this.now(), bytes, channel, clientId ?? null],
    );
    const row = inserted.rows[0];
    if (row === undefined) return undefined;
    const seq = row.seq;
    if (row.body !== null) {
      return { activity: { ...(JSON.parse(row.body) as NewActivity & { timestamp: string }), id: activityId(id, seq) }, repeated: true };
    }
    // The oldest go first beyond the count or the size; the newest is always kept.
    await this.pool.query(
      `DELETE FROM directline_activities d USING (
         SELECT seq, row_number() OVER newest AS n, sum(bytes) OVER newest AS total
         FROM directline_activities WHERE conversation_id = $1 WINDOW newest AS (ORDER BY seq DESC)
       ) k
       WHERE d.conversation_id = $1 AND d.seq = k.seq AND k.n > 1 AND (k.n > $2 OR k.total > $3)`,
      [id, this.limits.maxActivities, this.limits.maxBytes],
    );
    // This instance's followers need not wait for the notification's round trip.
    this.announce(id);
    return { activity: { ...activity, id: activityId(id, seq), timestamp } as ClientActivity, repeated: false };
  }

  async since(id: string, watermark: string | undefined): Promise<ActivitySet> {
    await this.channel();
    const after = parseWatermark(watermark);
    // One statement, one snapshot: the watermark never runs ahead of the activities read with it.
    const result = await this.pool.query<{ watermark: number; seq: number | null; body: string | null }>(
      `SELECT c.seq AS watermark, a.seq, a.body FROM directline_conversations c
       LEFT JOIN directline_activities a ON a.conversation_id = c.id AND a.seq > $2
       WHERE c.id = $1 ORDER BY a.seq`,
      [id, after],
    );
    const first = result.rows[0];
    if (!first) return { activities: [], watermark: String(after) };
    const activities: ClientActivity[] = [];
    for (const row of result.rows) {
      if (row.seq === null || row.body === null) continue;
      activities.push({ ...(JSON.parse(row.body) as NewActivity & { timestamp: string }), id: activityId(id, row.seq) });
    }
    return { activities, watermark: String(first.watermark) };
  }

  follow(id: string, watermark: string | undefined, follower: Follower): () => void {
    const following: Following = { conversationId: id, follower, cursor: parseWatermark(watermark), stopped: false, reading: false, again: false };
    const all = this.followers.get(id) ?? new Set<Following>();
    all.add(following);
    this.followers.set(id, all);
    void this.read(following);
    return () => this.unfollow(following);
  }

  onEnd(listener: (id: string) => void): void {
    this.endListeners.add(listener);
  }

  async sweep(): Promise<number> {
    const channel = await this.channel();
    const ended = await this.pool.query(
      `WITH ended AS (DELETE FROM directline_conversations WHERE expires_at <= $1 RETURNING id)
       SELECT pg_notify($2, id || ':end') FROM ended`,
      [this.now(), channel],
    );
    return ended.rowCount ?? 0;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.notifications?.close();
    for (const all of this.followers.values()) for (const following of all) following.stopped = true;
    this.followers.clear();
  }

  /** The NOTIFY channel, once the tables exist and this instance listens (retried on the next call if it failed). */
  private channel(): Promise<string> {
    this.prepared ??= this.prepare().catch((error: unknown) => {
      this.prepared = undefined;
      throw error;
    });
    return this.prepared;
  }

  private async prepare(): Promise<string> {
    const schema = await pooledTransaction(this.pool, async (connection) => {
      // Instances starting together must not race on CREATE ... IF NOT EXISTS (it can fail on the catalog).
      await connection.query("SELECT pg_advisory_xact_lock(hashtext('renaissance-assistant:directline:' || current_schema()))");
      await connection.query(SCHEMA);
      const current = await connection.query<{ s: string | null }>('SELECT current_schema() AS s');
      return current.rows[0]?.s ?? 'public';
    });
    // Notifications are per database, not per schema: instances of another schema must not hear ours.
    const channel = `directline_${schema}`.slice(0, 63);
    if (!this.closed && !this.notifications) {
      this.notifications = new PgNotifications(this.pool, channel, {
        onMessage: (payload) => this.heard(payload),
        // Whatever was announced while the connection was down: every follower reads from its watermark.
        onReconnect: () => {
          for (const id of this.followers.keys()) this.announce(id);
        },
      }, this.logger);
      // Once the store answers, it hears every later append and end (bounded: a listener still reconnecting is logged).
      const listening = await Promise.race([this.notifications.listening.then(() => true), delay(LISTEN_WAIT_MS).then(() => false)]);
      if (!listening) this.logger.warn({ channel }, 'not yet listening to web conversations of the other instances');
    }
    return channel;
  }

  private heard(payload: string): void {
    const separator = payload.lastIndexOf(':');
    if (separator <= 0) return;
    const id = payload.slice(0, separator);
    if (payload.slice(separator + 1) !== 'end') return this.announce(id);
    const all = this.followers.get(id);
    this.followers.delete(id);
    for (const following of all ?? []) following.stopped = true;
    for (const listener of this.endListeners) listener(id);
  }

  /** Something new in this conversation: its followers here read it. */
  private announce(id: string): void {
    for (const following of this.followers.get(id) ?? []) void this.read(following);
  }

  /** Reads what is new for one follower; one read at a time per follower, again if more was announced meanwhile. */
  private async read(following: Following): Promise<void> {
    if (following.reading) {
      following.again = true;
      return;
    }
    following.reading = true;
    try {
      do {
        following.again = false;
        const set = await this.since(following.conversationId, String(following.cursor));
        if (following.stopped) return;
        // The snapshot's watermark: it never goes back, and a client's watermark from the future is brought down to it.
        following.cursor = Number(set.watermark);
        if (set.activities.length > 0) following.follower(set);
      } while (following.again && !following.stopped);
    } catch (error) {
      // The next announcement (or reconnection) reads again from the same watermark: nothing is skipped.
      if (!this.closed) this.logger.warn({ err: error }, 'a web conversation follower could not read new activities');
    } finally {
      following.reading = false;
    }
  }

  private unfollow(following: Following): void {
    following.stopped = true;
    const all = this.followers.get(following.conversationId);
    all?.delete(following);
    if (all?.size === 0) this.followers.delete(following.conversationId);
  }

  private now(): number {
    return this.clock().getTime();
  }
}

function conversationOf(row: ConversationRow): WebConversation {
  return { id: row.id, userId: row.user_id, client: row.client, started: row.started, locale: row.locale ?? undefined };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
