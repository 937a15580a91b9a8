/**
 * The composition root: the one place that builds concrete things — configuration, storage, knowledge, engine,
 * bot, adapter, server — and hands each part what it needs. `npm start` runs main(); tests call startAssistant()
 * with their own configuration (ephemeral port, temporary SQLite file).
 */
import path from 'node:path';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type Middleware } from 'botbuilder';
import type { Server } from 'restify';
import { LiveAgenda } from './agenda/live-agenda.js';
import { LiveKnowledge } from './fiches/live-knowledge.js';
import { AbuseLimits } from './abuse/limits.js';
import { limiterStoreFor } from './abuse/limiter-store.js';
import { gateIsIdle, TurnGate } from './abuse/turn-gate.js';
import { newConversationLimit } from './abuse/new-conversation-limit.js';
import { assembleBot } from './bot/assemble.js';
import { BOT_REMINDER_CHANNEL, botFrameworkReminderSender } from './bot/bot-reminders.js';
import { DUPLICATE_WINDOW_MS, DuplicateActivities } from './bot/duplicate-activities.js';
import { urgentAnswers, type UrgentAnswers } from './bot/turn-admission.js';
import { TurnLimits } from './bot/turn-limits.js';
import { warmUp } from './bot/warm-up.js';
import { turnLocksFor } from './bot/turn-locks.js';
import { ChangeFeed } from './instances/change-feed.js';
import { InstanceHeartbeat } from './instances/heartbeat.js';
import { coreTurn } from './channels/bridges/conversation-turn.js';
import { createMessagingBridges, type MessagingBridges } from './channels/bridges/assemble.js';
import { outgoingCredentials } from './channels/loopback-guard.js';
import { renderMessage } from './channels/render.js';
import { createWebChannels } from './channels/web.js';
import { conversationServices } from './core.js';
import { RemarqueRecorder } from './remarques/recorder.js';
import { ConfigError, loadDotEnv, parseConfig, type Config } from './config.js';
import { Engine } from './engine/engine.js';
import { KnowledgeError, loadKnowledge, type Knowledge } from './knowledge/loader.js';
import { createLogger, type Logger } from './logging.js';
import { purgeSetAside } from './remarques/retention.js';
import { createHttpServer, withDeadline, type RouteInstaller } from './server.js';
import { staffConsole } from './staff/index.js';
import { describeStorageConfig, openStorage, type StorageConfig } from './storage/index.js';
import type { Storage } from './storage/types.js';

export interface Assistant {
  config: Config;
  server: Server;
  /** http://host:port where it listens. */
  url: string;
  storage: Storage;
  knowledge: Knowledge;
  engine: Engine;
  agenda: LiveAgenda;
  fiches: LiveKnowledge;
  /** SMS, WhatsApp and Telegram bridges, and the reminder job. */
  bridges: MessagingBridges;
  logger: Logger;
  /** Bot turns in flight and waiting (MAX_CONCURRENT_TURNS, MAX_QUEUED_TURNS). */
  turnGate: TurnGate;
  /** True from the moment close() is called: /healthz says 503 and new messages are refused (503). */
  readonly draining: boolean;
  /**
   * Stops gracefully (SHUTDOWN_TIMEOUT_MS at most): not ready at once, the turns in flight finish, then no new
   * connection is accepted, WebSocket streams are closed (Direct Line clients reconnect, through the proxy, to another
   * instance), open connections are closed, and last the database pool.
   */
  close(): Promise<void>;
}

export interface StartOptions {
  config?: Config;
  logger?: Logger;
  clock?: () => Date;
  knowledgeDir?: string;
  /**
   * Run the conversation core on the knowledge's phrasings before listening (src/bot/warm-up.ts): `npm start` does,
   * so that the first residents after a restart are not served by code still being compiled, WARM_UP_MS at most.
   * Off by default (tests).
   */
  warmUp?: boolean;
}

/** Expired bot state and old set-aside remarques are swept this often (and at start). */
const MAINTENANCE_INTERVAL_MS = 60 * 60 * 1000;

export function storageConfigFrom(config: Config): StorageConfig {
  if (!config.DATABASE_URL) return { kind: 'sqlite', file: path.resolve(config.SQLITE_FILE) };
  const timeouts = { connectMs: config.DATABASE_CONNECT_TIMEOUT_MS, queryMs: config.DATABASE_QUERY_TIMEOUT_MS, statementMs: config.DATABASE_STATEMENT_TIMEOUT_MS };
  return { kind: 'postgres', url: config.DATABASE_URL, timeouts };
}

/**
 * The middleware of every turn of the real adapter (HTTP and web widget), before the bot runs: a channel's retry of
 * an activity already handled is skipped, then the rate limits (src/abuse). Exported for the benchmark's echo bot,
 * which runs behind the very same (bench/http-server.ts).
 */
export function turnMiddleware(parts: {
  storage: Pick<Storage, 'activities'>;
  config: Pick<Config, 'STATE_SALT'>;
  clock: () => Date;
  logger: Logger;
  limits: AbuseLimits;
  urgent: UrgentAnswers;
}): Middleware[] {
  const { storage, config, clock, logger, limits, urgent } = parts;
  return [new DuplicateActivities(storage.activities, config.STATE_SALT, clock, logger), new TurnLimits({ limits, render: renderMessage, logger, urgent })];
}

export async function startAssistant(options: StartOptions = {}): Promise<Assistant> {
  const config = options.config ?? parseConfig();
  const logger = options.logger ?? createLogger(config.LOG_LEVEL);
  const clock = options.clock ?? (() => new Date());

  const knowledge = loadKnowledge(options.knowledgeDir ?? config.KNOWLEDGE_DIR);
  const storageConfig = storageConfigFrom(config);
  const storage = await openStorage(storageConfig, { clock });
  logger.info({ storage: describeStorageConfig(storageConfig) }, 'storage opened');

  // Staff changes made by other instances (src/instances/change-feed.ts): the counters before the caches load.
  const changesBaseline = await storage.changes.versions();
  const engine = new Engine(knowledge, { taught: await storage.phrasings.active() });
  const agenda = new LiveAgenda(storage.agenda, { demo: config.DEMO_AGENDA });
  await agenda.start(knowledge);
  // The fiches residents are told about: the YAML with the staff's changes from the console merged over it.
  const fiches = new LiveKnowledge(storage.fiches, knowledge);
  await fiches.reload();
  for (const problem of fiches.problems) logger.warn(problem, 'a staff change of a fiche no longer fits the knowledge: the shipped fiche is used');

  const changeFeed = new ChangeFeed(
    storage,
    {
      phrasings: async () => engine.setTaughtPhrasings(await storage.phrasings.active()),
      agenda: () => agenda.reload(),
      fiches: () => fiches.reload(),
    },
    logger,
    { baseline: changesBaseline },
  );

  // Turns of one conversation one at a time across instances (PostgreSQL advisory locks; none on SQLite).
  const turnLocks = turnLocksFor(storage, logger);
  const { bot, onTurnError } = assembleBot({
    engine,
    agenda: () => agenda.current(),
    // Staff changes to the fiches (details, answers, contacts) reach the next answer through this reader.
    fiches: () => fiches,
    storage,
    stateSalt: config.STATE_SALT,
    clock,
    logger,
    locks: turnLocks,
    // Built with the bridges below; read at each turn.
    reminders: () => bridges.desk,
  });
  const authentication = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MicrosoftAppId ?? '',
    MicrosoftAppPassword: config.MicrosoftAppPassword ?? '',
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId ?? '',
  }, outgoingCredentials(config)); // without an App ID, the adapter itself only ever sends to loopback addresses
  const adapter = new CloudAdapter(authentication);
  adapter.onTurnError = onTurnError;
  // On every turn of this adapter (HTTP and web widget), before the bot runs: a channel's retry of an activity
  // already handled is skipped, then the rate limits (src/abuse).
  const limits = new AbuseLimits(config, clock, limiterStoreFor(storage, config.STATE_SALT), logger);
  const urgent = urgentAnswers(engine, () => agenda.current(), clock);
  adapter.use(...turnMiddleware({ storage, config, clock, logger, limits, urgent }));

  if (options.warmUp && config.WARM_UP_MS > 0) {
    const services = conversationServices({ engine, agenda: () => agenda.current(), fiches: () => fiches, clock });
    const report = await warmUp(services, knowledge, { budgetMs: config.WARM_UP_MS });
    logger.info(report, 'conversation core warmed up');
  }

  // Other parts of the application add their routes here, one line each (staff console, Direct Line, widget).
  const routes: RouteInstaller[] = [];
  // <routes: staff console>
  routes.push(staffConsole({ config, logger, clock, storage, knowledge, engine, agenda, fiches, announce: (kind) => changeFeed.announce(kind) }));
  // <routes: web widget and Direct Line>
  routes.push(newConversationLimit(limits, config.TRUST_PROXY, logger));
  const webChannels = createWebChannels({ adapter, bot, config, logger, clock, storage });
  routes.push(webChannels.install);
  const turnGate = new TurnGate({ concurrent: config.MAX_CONCURRENT_TURNS, queued: config.MAX_QUEUED_TURNS });
  // <routes: messaging bridges (SMS, WhatsApp, Telegram), agenda calendar, reminders>
  const bridges: MessagingBridges = createMessagingBridges({
    config,
    storage,
    limits,
    // The same bound as web turns: a flood of webhooks waits or is refused politely, like a flood of web messages.
    turnGate,
    locks: turnLocks,
    // The conversation core itself (dialogs/conversation.ts), with the same services as the bot's.
    turn: coreTurn({
      services: conversationServices({ engine, agenda: () => agenda.current(), fiches: () => fiches, clock }),
      remarques: new RemarqueRecorder(storage.remarques),
      limits,
      state: storage.state,
      turns: storage.turns,
      clock,
      logger,
    }),
    engine,
    agenda: () => agenda.current(),
    clock,
    logger,
    // Reminders asked for on Azure Bot Service channels go back into their conversation, as the bot.
    senders: { [BOT_REMINDER_CHANNEL]: botFrameworkReminderSender(adapter, config.MicrosoftAppId ?? '', renderMessage) },
  });
  routes.push(bridges.install);
  let draining = false;
  const server = createHttpServer({
    draining: () => draining,
    adapter,
    bot,
    config,
    logger,
    routes,
    turnGate,
    health: async () => {
      // Its own short deadline: a stalled database makes the instance "not ready" at once, not after the pool's timeouts.
      const storageOk = await withDeadline(storage.ping(), config.HEALTH_TIMEOUT_MS).catch(() => false);
      return { ok: storageOk && knowledge.entries.length > 0, knowledge: { topics: knowledge.topics.length, entries: knowledge.entries.length }, storage: storageOk };
    },
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, () => resolve());
    });
  } catch (error) {
    await turnLocks.close();
    await storage.close();
    throw error;
  }
  const address = server.address();
  const url = `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`;

  // Expired bot state, and remarques set aside longer than the retention period, are deleted at start and hourly.
  const maintenance = async () => {
    try {
      await storage.state.purgeExpired(clock().toISOString());
      // Providers retry within minutes: a day of delivered message keys is plenty.
      await storage.deliveries.purge(new Date(clock().getTime() - 24 * 60 * 60 * 1000).toISOString());
      await storage.activities.purge(new Date(clock().getTime() - DUPLICATE_WINDOW_MS).toISOString());
      const purged = await purgeSetAside(storage.remarques, clock(), config.REMARQUE_RETENTION_MONTHS);
      if (purged > 0) logger.info({ purged, months: config.REMARQUE_RETENTION_MONTHS }, 'remarques set aside deleted');
    } catch (error) {
      logger.warn({ err: error }, 'maintenance failed');
    }
  };
  await maintenance();
  const timer = setInterval(() => void maintenance(), MAINTENANCE_INTERVAL_MS);
  timer.unref();
  bridges.job?.start();
  await changeFeed.start();
  // SQLite serves one instance: a second process on the same file is told about (src/instances/heartbeat.ts).
  const heartbeat = new InstanceHeartbeat(storage, logger);
  await heartbeat.start();

  return {
    config,
    server,
    url,
    storage,
    knowledge,
    engine,
    agenda,
    fiches,
    bridges,
    logger,
    turnGate,
    get draining() {
      return draining;
    },
    async close() {
      draining = true;
      clearInterval(timer);
      const deadline = Date.now() + config.SHUTDOWN_TIMEOUT_MS;
      // The gated turns (resident messages), and the web conversations' welcomes, which run after their start is answered.
      const inFlight = () => turnGate.stats.running + turnGate.stats.waiting + webChannels.turnsInFlight();
      if (inFlight() > 0) logger.info({ turns: inFlight() }, 'stopping: finishing the turns in flight');
      // The server keeps listening meanwhile: a web turn's replies come back through its own Direct Line connector.
      while ((!gateIsIdle(turnGate) || webChannels.turnsInFlight() > 0) && Date.now() < deadline) await sleep(20);
      if (inFlight() > 0) logger.warn({ turns: inFlight() }, 'stopping: turns still running at the deadline are cut');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      // Open streams would keep the server from closing; their clients reconnect, and the proxy picks an instance
      // that still listens.
      webChannels.close();
      const http = server.server;
      let open = true;
      void closed.then(() => (open = false));
      // A keep-alive connection is closed as soon as it is idle (its last answer sent); at the deadline, all of them.
      // A connection accepted just now may not have had its request read yet, and would count as idle: a moment to
      // read it (a message then gets the 503 above, which the proxy retries elsewhere, rather than a reset).
      await sleep(Math.min(SETTLE_MS, Math.max(0, deadline - Date.now())));
      while (open && Date.now() < deadline) {
        http.closeIdleConnections();
        await sleep(20);
      }
      if (open) http.closeAllConnections();
      await closed;
      await bridges.close();
      await changeFeed.close();
      await heartbeat.close();
      await turnLocks.close();
      await storage.close();
    },
  };
}

/** How long a stopping server lets just-accepted connections' requests be read before closing idle ones. */
const SETTLE_MS = 100;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function main(): Promise<void> {
  loadDotEnv();
  let assistant: Assistant;
  try {
    assistant = await startAssistant({ warmUp: true });
  } catch (error) {
    if (error instanceof ConfigError || error instanceof KnowledgeError) {
      console.error(error.message);
      process.exit(1);
    }
    if (isErrnoError(error) && error.code === 'EADDRINUSE') {
      const port = 'port' in error ? String(error.port) : 'PORT';
      console.error(`Le port ${port} est déjà utilisé (un autre serveur tourne ?). Arrêtez-le, ou choisissez un autre port : PORT=3979 npm start`);
      process.exit(1);
    }
    throw error;
  }
  const { config, url, logger } = assistant;
  logger.info({ url, auth: config.authEnabled ? 'Microsoft App ID' : 'none (local mode)' }, 'assistant listening');
  console.log(`\nAssistant du quartier Renaissance : ${url}`);
  console.log(`  Bot Framework endpoint : ${url}/api/messages${config.authEnabled ? '' : ' (local mode, no App ID)'}`);
  console.log(`  Web widget (demo page) : ${url}/   embed: <script src="${config.PUBLIC_URL ?? url}/widget.js" defer></script>`);
  console.log(`  Staff console          : ${url}/staff   (create an account: npm run staff -- add-user NAME)`);
  console.log(`  Health check           : ${url}/healthz (ready)  ${url}/livez (alive)\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    // Should a part hang (a database that never answers), the process still ends, a little after the deadline.
    setTimeout(() => {
      logger.error({ signal }, 'stopped at the deadline, something was still closing');
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS + 5000).unref();
    try {
      await assistant.close();
    } catch (error) {
      logger.error({ err: error }, 'error while stopping');
      process.exit(1);
    }
    logger.info({ signal }, 'stopped');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
}

function isErrnoError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && 'code' in error;
}

if (require.main === module) void main();
