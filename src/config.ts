/**
 * The assistant's configuration, from the environment (and `.env` when present), validated by zod at start.
 * Every variable is optional: with none set, the assistant runs on its embedded defaults (SQLite under ./data,
 * no Azure account, the web widget served locally). Production options are switched on here — see .env.example,
 * which documents every variable.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** NAME:scrypt$N$r$p$salt$hash, comma-separated (base64 has neither ":" nor ","). */
const STAFF_PAIR = String.raw`[\p{L}\p{N}._@-]{2,64}:scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/]+={0,2}\$[A-Za-z0-9+/]+={0,2}`;
const STAFF_USERS_FORMAT = new RegExp(String.raw`^\s*${STAFF_PAIR}\s*(?:,\s*${STAFF_PAIR}\s*)*$`, 'u');

const port = z.coerce.number().int().min(0).max(65535);
const positive = z.coerce.number().positive();
/** A yes/no switch, off unless set. */
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('false')
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
/** A rate limit: a whole number, 0 meaning none. */
const limit = z.coerce.number().int().min(0).max(1_000_000_000);

export const ConfigSchema = z.object({
  PORT: port.default(3978),
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** Public origin of this server (https://assistant.example.fr), used in the widget snippet and Direct Line URLs. */
  PUBLIC_URL: optionalText.pipe(z.string().url().optional()),

  // Bot Framework / Azure Bot Service. No App ID = local, unauthenticated mode (Emulator, tests, embedded widget).
  MicrosoftAppId: optionalText,
  MicrosoftAppPassword: optionalText,
  MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
  MicrosoftAppTenantId: optionalText,

  // Storage: PostgreSQL when DATABASE_URL is set, else SQLite.
  DATABASE_URL: optionalText.pipe(z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional()),
  SQLITE_FILE: z.string().trim().min(1).default('./data/renaissance.sqlite'),
  // PostgreSQL timeouts: a database that stops answering (network stall, overloaded server) turns into errors within
  // seconds — a polite apology to the resident, 503 on /healthz — instead of requests waiting forever.
  /** Waiting for a connection (opening one, or a free one of the pool). */
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5000),
  /** Waiting for a query's answer, on this side (covers a silent network, which the server cannot see). */
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  /** The server cancels a statement running longer (statement_timeout; also idle_in_transaction_session_timeout). */
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(8000),
  /** Bot turns running at once (resident messages); beyond, they wait in a queue. 0 = no bound. */
  MAX_CONCURRENT_TURNS: z.coerce.number().int().min(0).max(100_000).default(32),
  /** Bot turns waiting for a place; beyond, a message is refused with 503 (Retry-After: 1) without being read. */
  MAX_QUEUED_TURNS: z.coerce.number().int().min(0).max(1_000_000).default(200),
  /**
   * On SIGTERM the instance drains: /healthz says 503, new messages are refused (503, the proxy sends them to another
   * instance), the turns in flight finish, then the streams and connections are closed. Beyond this, they are cut.
   */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** `npm start` warms the conversation core up this long at most before listening (src/bot/warm-up.ts); 0: not at all. */
  WARM_UP_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** /healthz (readiness) answers 503 when the database has not answered within this time. */
  HEALTH_TIMEOUT_MS: z.coerce.number().int().min(50).max(60_000).default(2000),

  KNOWLEDGE_DIR: optionalText,
  /** Demo mode: residents are also told the agenda's sample (example) actions. Off in production (src/agenda/residents.ts). */
  DEMO_AGENDA: z
    .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
    .default('false')
    .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  /** Salt of the hashes that replace channel user/conversation ids in the bot's state store. */
  STATE_SALT: z.string().min(1).default('renaissance-quartier'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  /** Remarques set aside (écartées) are deleted after this many months (the privacy answer says 12). */
  REMARQUE_RETENTION_MONTHS: positive.default(12),

  // Rate limits (src/abuse): beyond them a resident is politely asked to slow down. 0 = no limit.
  /** Messages per conversation per minute (any channel). */
  RATE_LIMIT_MESSAGES_PER_MINUTE: limit.default(20),
  /** Messages (and new web conversations) per client address per minute: the web widget, and /api/messages without an App ID. */
  RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: limit.default(120),
  /** Remarques (unanswered questions included) per conversation per hour. */
  RATE_LIMIT_REMARQUES_PER_HOUR: limit.default(10),
  /** Remarques per client address per hour. */
  RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: limit.default(30),
  /** Behind a reverse proxy that sets X-Forwarded-For: the client address is the last one it lists. */
  TRUST_PROXY: flag,
  /**
   * Without an App ID, /api/messages is unauthenticated: it answers callers on this machine only (the Emulator,
   * tests). Set to true to let other machines use it too (a test bench on the local network, never the Internet).
   */
  LOCAL_API_MESSAGES_OPEN: flag,

  // Web widget and Direct Line (src/channels). By default this server is its own Direct Line: no Azure account.
  /** Azure Direct Line secret: when set, the page's tokens are exchanged with Azure (the secret never leaves the server). */
  DIRECTLINE_SECRET: optionalText,
  /** Azure Direct Line endpoint, e.g. https://europe.directline.botframework.com/v3/directline for the EU region. */
  DIRECTLINE_ENDPOINT: optionalText.pipe(z.string().url().default('https://directline.botframework.com/v3/directline')),
  /** Lifetime of a local Direct Line token. Clients refresh theirs every 15 minutes, hence at least 20. */
  DIRECTLINE_TOKEN_MINUTES: z.coerce.number().int().min(20).max(24 * 60).default(30),
  /** A web conversation without any activity for this long is ended and its memory freed. */
  DIRECTLINE_IDLE_MINUTES: z.coerce.number().int().min(1).max(7 * 24 * 60).default(60),
  /** At most this many web conversations in memory; beyond, new ones are refused (503) until some expire — none is ended. */
  DIRECTLINE_MAX_CONVERSATIONS: z.coerce.number().int().min(1).max(1_000_000).default(1000),
  /** At most this many live web conversations per client address (IPv6: per /64); beyond, 429. 0 = no such bound. */
  DIRECTLINE_MAX_CONVERSATIONS_PER_ADDRESS: z.coerce.number().int().min(0).max(1_000_000).default(30),
  /** Other sites allowed to embed the widget: comma-separated origins, or *. This server's own pages always are. */
  WIDGET_ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v) => v.split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean))
    .pipe(z.array(z.string().regex(/^(\*|https?:\/\/[^/\s?#]+)$/, 'must be origins like https://www.example.fr, or *'))),

  // Staff console (/staff). Accounts: `npm run staff -- add-user NAME` (stored), and/or STAFF_USERS here.
  /** Accounts from configuration: comma-separated NAME:HASH pairs, HASH from `npm run --silent staff -- hash-password`. */
  STAFF_USERS: optionalText.pipe(
    z
      .string()
      .regex(STAFF_USERS_FORMAT, 'must be NAME:HASH pairs separated by commas, HASH = scrypt$N$r$p$salt$hash')
      .optional(),
  ),
  /** A staff session ends this many hours after sign-in. */
  STAFF_SESSION_HOURS: positive.max(24 * 30).default(8),
  /** Failed sign-ins allowed per account name within the window below, before it answers 429. */
  STAFF_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(1000).default(5),
  STAFF_LOGIN_WINDOW_MINUTES: positive.max(24 * 60).default(15),

  // Messaging bridges without Azure (src/channels/{sms,whatsapp,telegram}): each is on only when all its
  // variables are set; its route answers 404 otherwise. See docs/channels.md for what to create at each provider.
  /** Twilio (SMS): the account, its auth token (checks X-Twilio-Signature, signs REST calls) and the sending number. */
  TWILIO_ACCOUNT_SID: optionalText,
  TWILIO_AUTH_TOKEN: optionalText,
  TWILIO_FROM: optionalText,
  /** Twilio's REST API; tests point it at a local fake. */
  TWILIO_API_URL: optionalText.pipe(z.string().url().default('https://api.twilio.com')),
  /** Outbound SMS (reminders) per resident's number per day: bounds the commune's bill. 0 = no outbound SMS. */
  SMS_DAILY_LIMIT_PER_NUMBER: z.coerce.number().int().min(0).max(1000).default(4),
  /** WhatsApp Cloud API (Meta): verify token of the webhook, app secret (X-Hub-Signature-256), access token, number id. */
  WHATSAPP_VERIFY_TOKEN: optionalText,
  WHATSAPP_APP_SECRET: optionalText,
  WHATSAPP_ACCESS_TOKEN: optionalText,
  WHATSAPP_PHONE_NUMBER_ID: optionalText,
  WHATSAPP_API_URL: optionalText.pipe(z.string().url().default('https://graph.facebook.com')),
  WHATSAPP_API_VERSION: z.string().trim().regex(/^v\d+\.\d+$/, 'must look like v21.0').default('v21.0'),
  /** Approved message template for reminders outside the 24-hour window (body with 1 parameter: the reminder text). */
  WHATSAPP_REMINDER_TEMPLATE: optionalText,
  /** Telegram: the bot's token (from @BotFather) and the secret Telegram sends back in X-Telegram-Bot-Api-Secret-Token. */
  TELEGRAM_BOT_TOKEN: optionalText,
  TELEGRAM_WEBHOOK_SECRET: optionalText.pipe(z.string().regex(/^[A-Za-z0-9_-]{16,256}$/, 'must be 16-256 characters among A-Z a-z 0-9 _ -').optional()),
  TELEGRAM_API_URL: optionalText.pipe(z.string().url().default('https://api.telegram.org')),
  /** A reply that fails to leave is tried this many times in all (a short pause between), then logged as lost. */
  CHANNEL_SEND_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(3),

  // Opt-in reminders (src/reminders). Off until REMINDER_KEY is set: the address of an opted-in resident is kept
  // sealed with it (AES-256-GCM) until the last reminder is sent.
  /** 32 random bytes, base64 (openssl rand -base64 32) or 64 hexadecimal characters. */
  REMINDER_KEY: optionalText.pipe(
    z
      .string()
      .regex(/^(?:[A-Za-z0-9+/]{43}=|[0-9a-fA-F]{64})$/, 'must be 32 bytes: 44 base64 characters (openssl rand -base64 32) or 64 hexadecimal')
      .optional(),
  ),
  /** When reminders go out: "eve" (the day before), "morning" (the morning of), or "eve,morning". */
  REMINDER_MOMENTS: z
    .string()
    .default('eve')
    .transform((v) => [...new Set(v.split(',').map((m) => m.trim()).filter(Boolean))])
    .pipe(z.array(z.enum(['eve', 'morning'])).min(1, 'must name eve, morning or both')),
  /** Europe/Paris times of the eve and morning reminders, at a decent hour (08:00 to 20:00). */
  REMINDER_EVE_TIME: z.string().regex(/^(0[89]|1\d|20):[0-5]\d$/, 'must be HH:MM between 08:00 and 20:59').default('18:00'),
  REMINDER_MORNING_TIME: z.string().regex(/^(0[89]|1\d|20):[0-5]\d$/, 'must be HH:MM between 08:00 and 20:59').default('08:30'),
});


export type Config = z.infer<typeof ConfigSchema> & { authEnabled: boolean };

export class ConfigError extends Error {
  constructor(issues: string[]) {
    super(`Invalid configuration:\n${issues.map((i) => `  - ${i}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads `.env` from the working directory when it exists (Node's own loader: nothing to install). */
export function loadDotEnv(file = path.resolve('.env')): void {
  if (existsSync(file)) process.loadEnvFile(file);
}

export function parseConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const config = result.data;
  if (config.MicrosoftAppId && !config.MicrosoftAppPassword && config.MicrosoftAppType !== 'UserAssignedMSI') {
    throw new ConfigError(['MicrosoftAppPassword: required when MicrosoftAppId is set (except for UserAssignedMSI)']);
  }
  if (config.MicrosoftAppType === 'SingleTenant' && config.MicrosoftAppId && !config.MicrosoftAppTenantId) {
    throw new ConfigError(['MicrosoftAppTenantId: required for a SingleTenant bot']);
  }
  const partial = incompleteBridges(config);
  if (partial.length > 0) throw new ConfigError(partial);
  return { ...config, authEnabled: Boolean(config.MicrosoftAppId) };
}

/** The variables each messaging bridge needs: all set = on, none = off, some = a configuration mistake. */
export const BRIDGE_VARIABLES = {
  sms: ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM', 'PUBLIC_URL'],
  whatsapp: ['WHATSAPP_VERIFY_TOKEN', 'WHATSAPP_APP_SECRET', 'WHATSAPP_ACCESS_TOKEN', 'WHATSAPP_PHONE_NUMBER_ID'],
  telegram: ['TELEGRAM_BOT_TOKEN', 'TELEGRAM_WEBHOOK_SECRET'],
} as const;
export type Bridge = keyof typeof BRIDGE_VARIABLES;

/** Whether a bridge is switched on (every one of its variables set). */
export function bridgeEnabled(config: Pick<Config, (typeof BRIDGE_VARIABLES)[Bridge][number]>, bridge: Bridge): boolean {
  return BRIDGE_VARIABLES[bridge].every((name) => Boolean(config[name]));
}

function incompleteBridges(config: Record<string, unknown>): string[] {
  const problems: string[] = [];
  for (const [bridge, names] of Object.entries(BRIDGE_VARIABLES)) {
    // PUBLIC_URL alone does not switch SMS on: it serves the widget too.
    const own = names.filter((n) => n !== 'PUBLIC_URL');
    const set = own.filter((n) => Boolean(config[n]));
    if (set.length === 0) continue;
    const missing = names.filter((n) => !config[n]);
    if (missing.length > 0) problems.push(`${missing.join(', ')}: required for the ${bridge} bridge (${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set)`);
  }
  return problems;
}
