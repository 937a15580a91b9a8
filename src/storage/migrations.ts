/**
 * The schema, as numbered migrations. Both engines' SQL for one version sit side by side so that a reviewer sees at
 * once whether they match. Rules:
 *  - A migration that has shipped is never edited: a change is a new version at the end.
 *  - Each migration runs in its own transaction together with the row that records it in `migrations`, so a crash
 *    leaves the database at the previous version, never half-way.
 *  - Opening a database whose version is above the last one here fails (SchemaTooNewError) without touching it.
 *
 * Versions group the schema by feature: 1 the resident-facing data (remarques, turn counts), 2 the staff console,
 * 3 the bot's short-lived state, 4 staff edits of the knowledge's fiches, 5 the messaging bridges and reminders,
 * 6 and after: what several instances share (rate limits, seen activities, change feed). A new install applies them all in one go.
 *
 * Privacy: no table has a column for a user, a conversation, a session of the bot or an IP address
 * (tests/storage/contract.ts checks the column names). Staff logins are staff, not residents. The one resident
 * address kept is a reminder's, sealed (AES-256-GCM, key from the configuration) and emptied once it is sent or
 * cancelled; `address_key` is a salted digest (for "stop rappels" and the SMS budget), never the number itself.
 *
 * Types: SQLite stores instants as ISO 8601 UTC text (all the same shape, so they compare as text); PostgreSQL uses
 * timestamptz, because text comparison there follows the database collation, which may ignore punctuation.
 */
import { SchemaTooNewError } from './errors.js';

export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'remarques and turn events',
    sqlite: `
      -- AUTOINCREMENT: the id of a purged remarque is never given again (staff quote "#12" in minutes).
      CREATE TABLE remarques (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('nouvelle', 'a-transmettre', 'transmise', 'traitee', 'ecartee')),
        kind TEXT NOT NULL CHECK (kind IN ('unanswered', 'suggestion', 'not-helpful')),
        text TEXT NOT NULL,
        text_folded TEXT NOT NULL,
        note TEXT,
        note_folded TEXT,
        locale TEXT NOT NULL,
        channel TEXT NOT NULL,
        topic TEXT,
        score REAL,
        entry_id TEXT
      );
      CREATE INDEX remarques_created ON remarques (created_at);
      CREATE INDEX remarques_status_updated ON remarques (status, updated_at);
      CREATE TABLE turn_events (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        week TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('answer', 'clarify', 'fallback')),
        topic TEXT,
        channel TEXT NOT NULL,
        locale TEXT NOT NULL
      );
      CREATE INDEX turn_events_at ON turn_events (at);
    `,
    postgres: `
      CREATE TABLE remarques (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        status text NOT NULL CHECK (status IN ('nouvelle', 'a-transmettre', 'transmise', 'traitee', 'ecartee')),
        kind text NOT NULL CHECK (kind IN ('unanswered', 'suggestion', 'not-helpful')),
        text text NOT NULL,
        text_folded text NOT NULL,
        note text,
        note_folded text,
        locale text NOT NULL,
        channel text NOT NULL,
        topic text,
        score double precision,
        entry_id text
      );
      CREATE INDEX remarques_created ON remarques (created_at);
      CREATE INDEX remarques_status_updated ON remarques (status, updated_at);
      CREATE TABLE turn_events (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        week text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('answer', 'clarify', 'fallback')),
        topic text,
        channel text NOT NULL,
        locale text NOT NULL
      );
      CREATE INDEX turn_events_at ON turn_events (at);
    `,
  },
  {
    version: 2,
    name: 'staff console: agenda, taught phrasings, audit log, staff accounts and sessions',
    sqlite: `
      CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        data TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT
      );
      CREATE TABLE taught_phrasings (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        entry_id TEXT NOT NULL,
        text TEXT NOT NULL,
        locale TEXT NOT NULL,
        remarque_id INTEGER REFERENCES remarques (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        reverted_at TEXT,
        reverted_by TEXT
      );
      CREATE INDEX taught_phrasings_remarque ON taught_phrasings (remarque_id);
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        target TEXT NOT NULL,
        details TEXT
      );
      CREATE TABLE staff_accounts (
        login TEXT PRIMARY KEY,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE TABLE staff_sessions (
        token_hash TEXT PRIMARY KEY,
        login TEXT NOT NULL REFERENCES staff_accounts (login) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX staff_sessions_expires ON staff_sessions (expires_at);
      CREATE INDEX staff_sessions_login ON staff_sessions (login);
    `,
    postgres: `
      CREATE TABLE agenda_items (
        id text PRIMARY KEY,
        data text NOT NULL,
        updated_at timestamptz NOT NULL,
        updated_by text
      );
      CREATE TABLE taught_phrasings (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        entry_id text NOT NULL,
        text text NOT NULL,
        locale text NOT NULL,
        remarque_id integer REFERENCES remarques (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        reverted_at timestamptz,
        reverted_by text
      );
      CREATE INDEX taught_phrasings_remarque ON taught_phrasings (remarque_id);
      CREATE TABLE audit_log (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        at timestamptz NOT NULL,
        actor text NOT NULL,
        action text NOT NULL,
        target text NOT NULL,
        details text
      );
      CREATE TABLE staff_accounts (
        login text PRIMARY KEY,
        password_hash text NOT NULL,
        created_at timestamptz NOT NULL
      );
      CREATE TABLE staff_sessions (
        token_hash text PRIMARY KEY,
        login text NOT NULL REFERENCES staff_accounts (login) ON DELETE CASCADE,
        csrf_token text NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX staff_sessions_expires ON staff_sessions (expires_at);
      CREATE INDEX staff_sessions_login ON staff_sessions (login);
    `,
  },
  {
    version: 3,
    name: 'bot state',
    sqlite: `
      CREATE TABLE bot_state (
        state_key TEXT PRIMARY KEY,
        state_value TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX bot_state_expires ON bot_state (expires_at);
    `,
    postgres: `
      CREATE TABLE bot_state (
        state_key text PRIMARY KEY,
        state_value text NOT NULL,
        expires_at timestamptz NOT NULL
      );
      CREATE INDEX bot_state_expires ON bot_state (expires_at);
    `,
  },
  {
    version: 4,
    name: 'fiches: staff edits of entries and contacts, versioned',
    sqlite: `
      CREATE TABLE fiche_versions (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        kind TEXT NOT NULL CHECK (kind IN ('entry', 'contact')),
        target_id TEXT NOT NULL,
        data TEXT NOT NULL,
        patch TEXT NOT NULL,
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        reverted_at TEXT,
        reverted_by TEXT
      );
      CREATE INDEX fiche_versions_target ON fiche_versions (kind, target_id, id);
    `,
    postgres: `
      CREATE TABLE fiche_versions (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('entry', 'contact')),
        target_id text NOT NULL,
        data text NOT NULL,
        patch text NOT NULL,
        created_at timestamptz NOT NULL,
        created_by text NOT NULL,
        reverted_at timestamptz,
        reverted_by text
      );
      CREATE INDEX fiche_versions_target ON fiche_versions (kind, target_id, id);
    `,
  },
  {
    version: 5,
    name: 'messaging bridges (delivered message keys, outbound budget) and opt-in reminders',
    sqlite: `
      CREATE TABLE channel_deliveries (
        provider TEXT NOT NULL,
        message_key TEXT NOT NULL,
        received_at TEXT NOT NULL,
        PRIMARY KEY (provider, message_key)
      );
      CREATE INDEX channel_deliveries_received ON channel_deliveries (received_at);
      CREATE TABLE outbound_counts (
        address_key TEXT NOT NULL,
        day TEXT NOT NULL,
        sent INTEGER NOT NULL,
        PRIMARY KEY (address_key, day)
      );
      CREATE TABLE reminders (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        channel TEXT NOT NULL,
        address_key TEXT NOT NULL,
        address_sealed TEXT,
        action_id TEXT NOT NULL,
        occurrence_start TEXT NOT NULL,
        moment TEXT NOT NULL CHECK (moment IN ('eve', 'morning')),
        send_at TEXT NOT NULL,
        locale TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'cancelled', 'failed')),
        attempts INTEGER NOT NULL DEFAULT 0,
        lease_until TEXT,
        created_at TEXT NOT NULL,
        done_at TEXT
      );
      CREATE INDEX reminders_due ON reminders (status, send_at);
      CREATE INDEX reminders_address ON reminders (channel, address_key);
      CREATE INDEX reminders_action ON reminders (action_id);
    `,
    postgres: `
      CREATE TABLE channel_deliveries (
        provider text NOT NULL,
        message_key text NOT NULL,
        received_at timestamptz NOT NULL,
        PRIMARY KEY (provider, message_key)
      );
      CREATE INDEX channel_deliveries_received ON channel_deliveries (received_at);
      CREATE TABLE outbound_counts (
        address_key text NOT NULL,
        day text NOT NULL,
        sent integer NOT NULL,
        PRIMARY KEY (address_key, day)
      );
      CREATE TABLE reminders (
        id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        channel text NOT NULL,
        address_key text NOT NULL,
        address_sealed text,
        action_id text NOT NULL,
        occurrence_start timestamptz NOT NULL,
        moment text NOT NULL CHECK (moment IN ('eve', 'morning')),
        send_at timestamptz NOT NULL,
        locale text NOT NULL,
        status text NOT NULL CHECK (status IN ('pending', 'sending', 'sent', 'cancelled', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        lease_until timestamptz,
        created_at timestamptz NOT NULL,
        done_at timestamptz
      );
      CREATE INDEX reminders_due ON reminders (status, send_at);
      CREATE INDEX reminders_address ON reminders (channel, address_key);
      CREATE INDEX reminders_action ON reminders (action_id);
    `,
  },
  {
    version: 6,
    name: 'shared rate-limit counters (several instances on one PostgreSQL database)',
    // One instance on SQLite counts in memory (src/abuse/limiter-store.ts): nothing to create there.
    sqlite: `SELECT 1;`,
    // rate-limiter-flexible's RateLimiterPostgres table, exactly as it would create it itself: created here so that
    // the first request of a fresh install never races its creation. Keys are HMAC digests, never addresses.
    postgres: `
      CREATE TABLE IF NOT EXISTS "rate_limits" (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
    `,
  },
  {
    version: 7,
    name: 'several instances: seen activities, state versions (eTags), change counters, instance heartbeats',
    // seen_activities: the activities already handled (a digest of channel, conversation and activity id), so that a
    //   channel's retry landing on another instance is still recognised; kept a few minutes.
    // bot_state.version: a random token changed by every write, the botbuilder eTag of the state (compare-and-set).
    // change_counters: one row per kind of staff change (phrasings, agenda, fiches), bumped with each change, so an
    //   instance that missed a notification still sees that something changed.
    // instances: each running instance's heartbeat, to warn when two processes share one SQLite file.
    sqlite: `
      CREATE TABLE seen_activities (
        activity_hash TEXT PRIMARY KEY,
        seen_at TEXT NOT NULL
      );
      CREATE INDEX seen_activities_seen ON seen_activities (seen_at);
      ALTER TABLE bot_state ADD COLUMN version TEXT NOT NULL DEFAULT '';
      CREATE TABLE change_counters (
        kind TEXT PRIMARY KEY,
        version INTEGER NOT NULL
      );
      CREATE TABLE instances (
        instance_key TEXT PRIMARY KEY,
        started_at TEXT NOT NULL,
        seen_at TEXT NOT NULL
      );
    `,
    postgres: `
      CREATE TABLE seen_activities (
        activity_hash text PRIMARY KEY,
        seen_at timestamptz NOT NULL
      );
      CREATE INDEX seen_activities_seen ON seen_activities (seen_at);
      ALTER TABLE bot_state ADD COLUMN version text NOT NULL DEFAULT '';
      CREATE TABLE change_counters (
        kind text PRIMARY KEY,
        version bigint NOT NULL
      );
      CREATE TABLE instances (
        instance_key text PRIMARY KEY,
        started_at timestamptz NOT NULL,
        seen_at timestamptz NOT NULL
      );
    `,
  },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.reduce((max, m) => Math.max(max, m.version), 0);

/**
 * The migrations to apply to a database at version `current`, in order. Throws SchemaTooNewError when the database
 * is ahead of this code, and an Error when the list itself is malformed (versions must be 1, 2, 3... in order).
 */
export function pendingMigrations(current: number, migrations: readonly Migration[], where: string): Migration[] {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration list is malformed: entry ${i} has version ${m.version}, expected ${i + 1}`);
  });
  const known = migrations.length;
  if (current > known) throw new SchemaTooNewError(where, current, known);
  return migrations.filter((m) => m.version > current);
}
