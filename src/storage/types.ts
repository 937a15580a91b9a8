/**
 * What the assistant keeps, behind small interfaces. Two implementations: SQLite (the embedded default, nothing to
 * install) and PostgreSQL (switched on by configuration). Both pass the same contract test suite
 * (tests/storage/contract.ts).
 *
 * Privacy by construction: no interface here takes a user id, a conversation id or an IP address. Remarques hold
 * text that was redacted before it reached the store (see redact.ts); turn events hold no text at all.
 */

export const REMARQUE_KINDS = ['unanswered', 'suggestion', 'not-helpful'] as const;
export type RemarqueKind = (typeof REMARQUE_KINDS)[number];

/** nouvelle → à transmettre → transmise → traitée, or écartée. Ids are ASCII; labels with accents live in locales. */
export const REMARQUE_STATUSES = ['nouvelle', 'a-transmettre', 'transmise', 'traitee', 'ecartee'] as const;
export type RemarqueStatus = (typeof REMARQUE_STATUSES)[number];

export interface NewRemarque {
  /** Already redacted by the caller's redact(); the store redacts again as a safety net. */
  text: string;
  kind: RemarqueKind;
  locale: string;
  channel: string;
  /** The engine's best topic guess and its score, even when it did not answer. */
  topic: string | null;
  score: number | null;
  /** For kind "not-helpful": the entry whose answer did not help. */
  entryId: string | null;
}

export interface Remarque extends NewRemarque {
  id: number;
  createdAt: string; // ISO 8601, UTC
  updatedAt: string;
  status: RemarqueStatus;
  note: string | null;
}

export interface RemarqueFilter {
  status?: RemarqueStatus[];
  kind?: RemarqueKind[];
  topic?: string;
  /** ISO dates or date-times, inclusive bounds on createdAt. */
  from?: string;
  to?: string;
  /** Case- and accent-insensitive substring of the text or the note. */
  search?: string;
  limit?: number; // default 50, max 1000
  offset?: number;
}

export interface RemarquePatch {
  status?: RemarqueStatus;
  note?: string | null;
}

export interface RemarqueStore {
  add(remarque: NewRemarque): Promise<Remarque>;
  get(id: number): Promise<Remarque | undefined>;
  /** Newest first. `total` counts every match, ignoring limit/offset. */
  list(filter?: RemarqueFilter): Promise<{ items: Remarque[]; total: number }>;
  update(id: number, patch: RemarquePatch): Promise<Remarque | undefined>;
  updateMany(ids: number[], patch: RemarquePatch): Promise<number>;
  /** Deletes remarques of the given status last updated before `before`; returns how many. */
  purge(status: RemarqueStatus, before: string): Promise<number>;
}

/** One bot turn, without its text: feeds the staff dashboard (questions per week, answered share, top topics). */
export interface TurnEvent {
  at: string; // ISO 8601
  kind: 'answer' | 'clarify' | 'fallback';
  topic: string | null;
  channel: string;
  locale: string;
}

export interface TurnStats {
  /** Monday of each ISO week (YYYY-MM-DD), oldest first, with counts per kind. */
  weeks: { week: string; answer: number; clarify: number; fallback: number }[];
  topics: { topic: string; count: number }[];
  total: number;
}

export interface TurnEventStore {
  /** Checks the event and keeps it to be written with others (turn-store.ts: within 250 ms, before stats, on close). */
  record(event: TurnEvent): Promise<void>;
  /** Writes the events kept so far. */
  flush(): Promise<void>;
  stats(from: string, to: string): Promise<TurnStats>;
}

/** An upcoming action as staff edit it (same fields as knowledge/agenda.yaml items). */
export interface AgendaRecord {
  id: string;
  topic: string;
  entry?: string;
  title: { fr: string; en: string };
  date: string; // YYYY-MM-DD, Europe/Paris
  time: string; // HH:MM
  endTime?: string;
  place: { fr: string; en: string };
  description?: { fr: string; en: string };
  registration?: { fr: string; en: string };
  price?: { fr: string; en: string };
  repeat?: { every: 'week' | 'month'; until: string };
  /**
   * True for the shipped example data (or an action staff tick as an example): never told to residents outside the
   * demo mode (src/agenda/residents.ts).
   */
  sample: boolean;
  updatedAt: string;
  updatedBy: string | null;
}

export interface AgendaStore {
  list(): Promise<AgendaRecord[]>;
  get(id: string): Promise<AgendaRecord | undefined>;
  /** Insert or replace by id. */
  put(record: Omit<AgendaRecord, 'updatedAt'>): Promise<AgendaRecord>;
  remove(id: string): Promise<boolean>;
  count(): Promise<number>;
}

/** A phrasing taught by staff (from a remarque): the engine indexes it at once; undo marks it reverted. */
export interface TaughtPhrasing {
  id: number;
  entryId: string;
  text: string;
  locale: string;
  remarqueId: number | null;
  createdAt: string;
  createdBy: string;
  revertedAt: string | null;
  revertedBy: string | null;
}

export interface PhrasingStore {
  add(p: { entryId: string; text: string; locale: string; remarqueId: number | null; createdBy: string }): Promise<TaughtPhrasing>;
  /** Active (not reverted) phrasings, oldest first. */
  active(): Promise<TaughtPhrasing[]>;
  all(): Promise<TaughtPhrasing[]>;
  revert(id: number, by: string): Promise<TaughtPhrasing | undefined>;
}

/** Who changed what, for every staff change (status, agenda, teaching, undo). */
export interface AuditRecord {
  id: number;
  at: string;
  actor: string;
  action: string;
  target: string;
  details: string | null;
}

export interface AuditLog {
  write(entry: { actor: string; action: string; target: string; details?: string | null }): Promise<AuditRecord>;
  list(limit?: number): Promise<AuditRecord[]>;
}

/**
 * Staff edits of the knowledge's fiches (an entry's practical details and answer text, a contact's fields), kept
 * as versions over the shipped YAML: each change stores the fiche's whole staff override after it (`data`) and what
 * that change set (`patch`), with who and when. The current override of a fiche is its newest version not undone;
 * undo marks that version reverted (never deletes), so the history stays explainable. What the fields mean and how
 * they are checked is the knowledge's business (src/fiches): the store keeps JSON objects.
 */
export const FICHE_KINDS = ['entry', 'contact'] as const;
export type FicheKind = (typeof FICHE_KINDS)[number];

export interface FicheVersion {
  id: number;
  kind: FicheKind;
  /** The entry's or the contact's id in the knowledge. */
  targetId: string;
  /** The fiche's staff override after this change: field → value, null meaning "cleared" (hidden from residents). */
  data: Record<string, unknown>;
  /** What this change set (the fields of the request), for the history. */
  patch: Record<string, unknown>;
  createdAt: string;
  createdBy: string;
  revertedAt: string | null;
  revertedBy: string | null;
}

export interface FicheStore {
  save(version: { kind: FicheKind; targetId: string; data: Record<string, unknown>; patch: Record<string, unknown>; createdBy: string }): Promise<FicheVersion>;
  /** The current override of every fiche staff changed (newest version not undone), oldest change first. */
  current(): Promise<FicheVersion[]>;
  /** Every version of one fiche, newest first, undone ones included. */
  history(kind: FicheKind, targetId: string, limit?: number): Promise<FicheVersion[]>;
  /** Undoes the fiche's newest version not undone yet; resolves with it, or undefined when there is none. */
  undo(kind: FicheKind, targetId: string, by: string): Promise<FicheVersion | undefined>;
}

export interface StaffUser {
  username: string;
  /** scrypt hash in the form scrypt$N$r$p$salt$hash (base64); never the password. */
  passwordHash: string;
  createdAt: string;
}

export interface StaffSession {
  /** SHA-256 of the session token: the token itself is only in the staff member's cookie. */
  tokenHash: string;
  username: string;
  csrfToken: string;
  expiresAt: string;
}

export interface StaffStore {
  addUser(user: { username: string; passwordHash: string }): Promise<StaffUser>;
  getUser(username: string): Promise<StaffUser | undefined>;
  /** Replaces the hash and ends every session of the account (a password change locks out whoever had it). */
  setPassword(username: string, passwordHash: string): Promise<boolean>;
  /** Deletes the account and its sessions; false when there is none of that name. */
  deleteUser(username: string): Promise<boolean>;
  /** Ends every session of the account; resolves with how many there were. */
  endSessions(username: string): Promise<number>;
  listUsers(): Promise<StaffUser[]>;
  createSession(session: StaffSession): Promise<void>;
  getSession(tokenHash: string): Promise<StaffSession | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
  purgeSessions(now: string): Promise<number>;
}

/**
 * Short-lived key-value state for the bot (dialog stack, chosen language), with an expiry.
 * Keys are hashed by the caller so no channel identifier is stored in clear.
 */
export interface KeyValueStore {
  get(key: string): Promise<unknown | undefined>;
  set(key: string, value: unknown, expiresAt: string): Promise<void>;
  /** The value with its version: a token that every write of the key changes (the bot's eTag). */
  getVersioned(key: string): Promise<{ value: unknown; version: string } | undefined>;
  /**
   * Compare-and-set: writes only if the key still holds `expected` (a version from getVersioned), or, with
   * `expected` undefined, only if it holds nothing (absent or expired). One statement, so of two instances writing
   * the same version at once exactly one succeeds. Resolves with the new version, or undefined on a conflict.
   */
  setIf(key: string, value: unknown, expiresAt: string, expected: string | undefined): Promise<string | undefined>;
  delete(key: string): Promise<void>;
  purgeExpired(now: string): Promise<number>;
}

/**
 * What the messaging bridges (SMS, WhatsApp, Telegram) keep: the providers' message ids already handled (hashed by
 * the caller), so a retried webhook is not a second turn, and the outbound messages sent per address and day, so a
 * per-number budget bounds the bill. Addresses arrive as salted digests, never in clear.
 */
export interface ChannelDeliveryStore {
  /** Records a delivery; false when this provider's message key was already recorded (a retry). */
  first(provider: string, messageKey: string): Promise<boolean>;
  /** Forgets the deliveries recorded before `before`, and the outbound counts of days before it. */
  purge(before: string): Promise<number>;
  /** Takes one outbound message from the address's budget for `day` (YYYY-MM-DD); false when `max` are spent. */
  takeOutbound(addressKey: string, day: string, max: number): Promise<boolean>;
}

/**
 * The Bot Framework activities already handled (a channel that got no answer in time sends the same activity
 * again), shared by every instance so a retry landing on another one is still recognised. Keys are digests of
 * channel, conversation and activity id, made by the caller: no identifier in clear.
 */
export interface SeenActivityStore {
  /** Records a sighting at `now`; true when it is the first since `windowStart` (a repeat within it: false). */
  firstSight(activityHash: string, now: string, windowStart: string): Promise<boolean>;
  /** Forgets the sightings at or before `before`; resolves with how many. */
  purge(before: string): Promise<number>;
}

/** What staff change that every instance caches: taught phrasings (the engine's index), the agenda, the fiches. */
export const CHANGE_KINDS = ['phrasings', 'agenda', 'fiches'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** A counter per kind, bumped by the stores after each change (by any instance or the command line). */
export interface ChangeCounters {
  /** The current counters; a kind never changed is absent (0). */
  versions(): Promise<Partial<Record<ChangeKind, number>>>;
}

/**
 * The servers running on this database, by their heartbeats: SQLite serves one instance, and a second process
 * opening the same file is told about (src/instances/heartbeat.ts). Keys are random per start, nothing else.
 */
export interface InstanceRegistry {
  /** Records that this instance is alive at `now` (registers it the first time). */
  beat(instanceKey: string, startedAt: string, now: string): Promise<void>;
  /** How many other instances beat at or after `since`. */
  others(instanceKey: string, since: string): Promise<number>;
  /** This instance stops. */
  leave(instanceKey: string): Promise<void>;
}

export const REMINDER_MOMENTS = ['eve', 'morning'] as const;
export type ReminderMoment = (typeof REMINDER_MOMENTS)[number];
export const REMINDER_STATUSES = ['pending', 'sending', 'sent', 'cancelled', 'failed'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/** An opted-in reminder of one occurrence of an agenda action, on the channel the resident asked from. */
export interface NewReminder {
  channel: string;
  /** Salted digest of the address: finds a resident's reminders ("stop rappels") without the address. */
  addressKey: string;
  /** The address (phone number, chat id, conversation reference) sealed with the configured key. */
  addressSealed: string;
  actionId: string;
  /** When the occurrence starts (ISO instant): a moved action is detected by comparing it. */
  occurrenceStart: string;
  moment: ReminderMoment;
  sendAt: string;
  locale: string;
}

export interface Reminder extends Omit<NewReminder, 'addressSealed'> {
  id: number;
  /** Null once the reminder is sent, cancelled or given up: the address is then deleted. */
  addressSealed: string | null;
  status: ReminderStatus;
  attempts: number;
  createdAt: string;
}

export interface ReminderStore {
  add(reminders: NewReminder[]): Promise<Reminder[]>;
  /**
   * Claims the reminders due at `now` (pending, send_at ≤ now) for the caller until `leaseUntil`: one statement,
   * so two instances never claim the same row. A row left "sending" past its lease (an instance died while sending)
   * is given up rather than sent again: a reminder is sent at most once.
   */
  claimDue(now: string, leaseUntil: string, limit?: number): Promise<Reminder[]>;
  /** Sent: the address is deleted. */
  markSent(id: number): Promise<void>;
  /** Sending failed: tried again at `at` (status back to pending, one more attempt counted). */
  retryAt(id: number, at: string): Promise<void>;
  /** Given up (too many failures): the address is deleted. */
  markFailed(id: number): Promise<void>;
  /** Reminders still to send (pending), oldest send time first. */
  pending(limit?: number): Promise<Reminder[]>;
  /** The action moved: a pending reminder gets its new occurrence and send time. */
  reschedule(id: number, occurrenceStart: string, sendAt: string): Promise<void>;
  /** Cancels these pending reminders (their addresses deleted); resolves with how many. */
  cancel(ids: number[]): Promise<number>;
  /** "stop rappels": cancels every pending reminder of this address; resolves with how many. */
  cancelAddress(channel: string, addressKey: string): Promise<number>;
  /** Deletes finished reminders (sent, cancelled, failed) whose occurrence started before `before`. */
  purge(before: string): Promise<number>;
}

export interface Storage {
  readonly kind: 'sqlite' | 'postgres';
  remarques: RemarqueStore;
  turns: TurnEventStore;
  agenda: AgendaStore;
  phrasings: PhrasingStore;
  fiches: FicheStore;
  audit: AuditLog;
  staff: StaffStore;
  state: KeyValueStore;
  deliveries: ChannelDeliveryStore;
  reminders: ReminderStore;
  activities: SeenActivityStore;
  changes: ChangeCounters;
  instances: InstanceRegistry;
  /** Resolves when the database answers a trivial query (for /healthz). */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
