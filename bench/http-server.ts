/**
 * The server side of the HTTP benchmark, in its own process (the load generator runs in another one):
 *   node --import tsx bench/http-server.ts assistant|echo DIR
 *
 *  - assistant: the real assistant, startAssistant() as `npm start` runs it (SQLite in DIR, default log level, rate
 *    limits raised so that one load generator on one address measures turns rather than refusals; warmed up before
 *    listening as `npm start` does, src/bot/warm-up.ts — BENCH_NO_WARM_UP=1 starts it cold, for A/B);
 *  - echo: a bot that answers every message with its text, on the same stack — createHttpServer() (same restify,
 *    body parser, activity validation, headers), a CloudAdapter configured the same way, behind the same middleware
 *    (duplicate activities, rate limits, on the same kind of storage: turnMiddleware() of src/index.ts).
 *
 * Talks to its parent over IPC: sends { url } once listening; answers "report" with its peak resident memory.
 */
import path from 'node:path';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { outgoingCredentials } from '../src/channels/loopback-guard.js';
import { parseConfig, type Config } from '../src/config.js';
import { AbuseLimits } from '../src/abuse/limits.js';
import { limiterStoreFor } from '../src/abuse/limiter-store.js';
import { newConversationLimit } from '../src/abuse/new-conversation-limit.js';
import type { UrgentAnswers } from '../src/bot/turn-admission.js';
import { startAssistant, storageConfigFrom, turnMiddleware } from '../src/index.js';
import { openStorage } from '../src/storage/index.js';
import { createLogger } from '../src/logging.js';
import { createHttpServer } from '../src/server.js';

/** High enough never to refuse the benchmark's load, low enough that the limiter still does its work on each turn. */
const BENCH_LIMIT = '1000000000';

export interface ServerReport {
  maxRssMb: number;
  rssMb: number;
  /** CPU time the server process has used so far (user + system), in milliseconds. */
  cpuMs: number;
}

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

async function startEcho(config: Config): Promise<string> {
  const authentication = new ConfigurationBotFrameworkAuthentication(
    { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: config.MicrosoftAppType, MicrosoftAppTenantId: '' },
    outgoingCredentials(config),
  );
  const adapter = new CloudAdapter(authentication);
  const logger = createLogger(config.LOG_LEVEL);
  const clock = () => new Date();
  // Behind the same server middleware as the assistant (issue 11): its storage (the duplicate check's seen
  // activities, the rate limits' counters), the adapter's middleware, the new-conversation limit.
  const storage = await openStorage(storageConfigFrom(config), { clock });
  const limits = new AbuseLimits(config, clock, limiterStoreFor(storage, config.STATE_SALT), logger);
  // BENCH_ECHO_BARE=1 (bench/side-by-side.ts): without it, to measure what the middleware costs.
  if (process.env['BENCH_ECHO_BARE'] !== '1') adapter.use(...turnMiddleware({ storage, config, clock, logger, limits, urgent: NO_URGENT_ANSWERS }));
  const server = createHttpServer({
    adapter,
    bot: new EchoBot(),
    config,
    logger,
    routes: [newConversationLimit(limits, config.TRUST_PROXY, logger)],
    health: async () => ({ ok: true, knowledge: { topics: 0, entries: 0 }, storage: true }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  return `http://127.0.0.1:${address.port}`;
}

/**
 * The echo bot has no engine: over a rate limit it has no emergency answer to give. The bench raises the limits, so
 * these are never asked (the assistant asks its engine only for a message over a limit, src/bot/turn-admission.ts).
 */
const NO_URGENT_ANSWERS: UrgentAnswers = { isDanger: () => false, answer: () => undefined };

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2);
  if ((mode !== 'assistant' && mode !== 'echo') || !dir || !process.send) {
    console.error('Usage (from bench/run.ts): node --import tsx bench/http-server.ts assistant|echo DIR');
    process.exit(2);
  }
  // The "instances" section (bench/instances.ts) runs it on PostgreSQL and behind nginx: a fixed port for nginx's
  // upstream, the database, and /api/messages open to the proxy's callers (local mode, as nginx opens it with an App ID).
  const env = process.env;
  const config = parseConfig({
    PORT: env['BENCH_PORT'] ?? '0',
    ...(env['BENCH_DATABASE_URL'] ? { DATABASE_URL: env['BENCH_DATABASE_URL'] } : {}),
    ...(env['BENCH_BEHIND_PROXY'] ? { LOCAL_API_MESSAGES_OPEN: 'true' } : {}),
    SQLITE_FILE: path.join(dir, `${mode}.sqlite`),
    RATE_LIMIT_MESSAGES_PER_MINUTE: BENCH_LIMIT,
    RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: BENCH_LIMIT,
    RATE_LIMIT_REMARQUES_PER_HOUR: BENCH_LIMIT,
    RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: BENCH_LIMIT,
    // The burst measurement compares the bound on turns in flight with none (bench/run.ts).
    ...(process.env['MAX_CONCURRENT_TURNS'] === undefined ? {} : { MAX_CONCURRENT_TURNS: process.env['MAX_CONCURRENT_TURNS'] }),
  });
  const url = mode === 'echo' ? await startEcho(config) : (await startAssistant({ config, warmUp: process.env['BENCH_NO_WARM_UP'] !== '1' })).url;
  process.send({ url });
  process.on('message', (message) => {
    if (message !== 'report') return;
    const usage = process.resourceUsage();
    const report: ServerReport = { maxRssMb: usage.maxRSS / 1024, rssMb: process.memoryUsage().rss / 2 ** 20, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
    process.send?.(report);
  });
  process.on('disconnect', () => process.exit(0));
}

void main();
