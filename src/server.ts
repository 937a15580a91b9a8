/**
 * The HTTP server (restify 11): the Bot Framework endpoint, the health check, and whatever other parts (staff
 * console, Direct Line, web widget) the composition root mounts. Every handler is async and awaited, so a bad
 * request becomes a 4xx answer, never an unhandled rejection that kills the process.
 */
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
import { clientAddress, withClientAddress } from './abuse/client-address.js';
import { bodyParsers, refuseUnreadableBodies } from './abuse/request-bodies.js';
import { gateTurns, isConversationStart, isTurnRequest, TurnGate } from './abuse/turn-gate.js';
import { withTurnOrigin } from './bot/turn-origin.js';
import type { Config } from './config.js';
import type { Logger } from './logging.js';

/** Larger bodies are refused with 413: no resident message needs more, and a flood must stay cheap. */
export const MAX_BODY_BYTES = 256 * 1024;

export interface HealthReport {
  ok: boolean;
  knowledge: { topics: number; entries: number };
  storage: boolean;
}

/** A part of the application that adds its routes to the server (staff console, Direct Line, widget). */
export type RouteInstaller = (server: Server) => void;

export interface ServerParts {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  config: Config;
  logger: Logger;
  health: () => Promise<HealthReport>;
  routes?: RouteInstaller[];
  /** Bounds the bot turns in flight (abuse/turn-gate.ts); one is made from the configuration when not given. */
  turnGate?: TurnGate;
  /** True once the instance is stopping (SIGTERM): not ready, and new resident messages go to another instance. */
  draining?: () => boolean;
}

const id = z.string().min(1).max(1024);
const account = z.object({ id }).passthrough();

/**
 * The minimum an activity needs before the Bot Framework adapter sees it; anything else is a clear 400. Without
 * these checks a conversation id or a member list of the wrong shape would only fail deep inside a turn, and the
 * resident (or the attacker) would get a 200 with an apology instead of being told the request is wrong.
 */
const IncomingActivity = z
  .object({
    type: z.string().min(1).max(64),
    channelId: z.string().min(1).max(256),
    conversation: z.object({ id }).passthrough(),
    from: account,
    recipient: account.optional(),
    text: z.string().optional(),
    locale: z.string().max(64).optional(),
    serviceUrl: z.string().max(2048).optional(),
    deliveryMode: z.string().max(64).optional(),
    timestamp: z.string().max(64).optional(),
    attachments: z.array(z.object({}).passthrough()).max(32).optional(),
    membersAdded: z.array(account).max(256).optional(),
    membersRemoved: z.array(account).max(256).optional(),
  })
  .passthrough();

/** An Authorization header that carries a token at all; whether the token is valid is the adapter's business. */
const BEARER = /^Bearer\s+\S+/i;

export function createHttpServer(parts: ServerParts): Server {
  const server = restify.createServer({ name: 'renaissance-assistant', handleUncaughtExceptions: false });
  server.pre(securityHeaders(parts.config));
  server.pre(refuseUnreadableBodies(MAX_BODY_BYTES));
  server.pre(refuseTurnsWhileDraining(parts.draining));
  // Before the body is read: a request waiting for a turn holds no parsed activity yet.
  const gate = parts.turnGate ?? new TurnGate({ concurrent: parts.config.MAX_CONCURRENT_TURNS, queued: parts.config.MAX_QUEUED_TURNS });
  server.pre(gateTurns(gate));
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(bodyParsers(MAX_BODY_BYTES));

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (!parts.config.authEnabled && !parts.config.LOCAL_API_MESSAGES_OPEN && !isLocalCaller(req, parts.config.TRUST_PROXY)) {
      // Local mode has no authentication: the endpoint is the Emulator's and the tests', on this machine only.
      parts.logger.warn({ path: '/api/messages' }, 'unauthenticated activity from another machine refused (local mode)');
      return sendJson(res, 403, { error: 'Without a Microsoft App ID, /api/messages only answers this machine (LOCAL_API_MESSAGES_OPEN=true opens it).' });
    }
    if (typeof req.body !== 'object' || req.body === null || Array.isArray(req.body)) {
      return sendJson(res, 400, { error: 'Expected a Bot Framework activity (a JSON object).' });
    }
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || '(body)'))].slice(0, 5);
      return sendJson(res, 400, { error: 'Not a valid Bot Framework activity.', fields });
    }
    const activity = parsed.data;
    if (parts.config.authEnabled && !BEARER.test(req.header('authorization') ?? '')) {
      // Refused here rather than by the adapter: same 401, without a stack trace in the logs for every stray request.
      parts.logger.warn({ activityType: activity.type, channelId: activity.channelId }, 'request without a Bot Framework token refused');
      res.header('WWW-Authenticate', 'Bearer');
      return sendJson(res, 401, { error: 'A Bot Framework token is required (Authorization: Bearer ...).' });
    }
    if (!parts.config.authEnabled && activity.deliveryMode !== 'expectReplies' && !isLoopbackUrl(activity.serviceUrl)) {
      // Unauthenticated (local) mode: replies go out only to this machine, so nobody can make the bot post to an
      // arbitrary address by sending it a forged activity. With "expectReplies" the replies come back in the HTTP
      // response and nothing is posted anywhere.
      return sendJson(res, 403, { error: 'Without a Microsoft App ID, the bot only replies to loopback service URLs.' });
    }
    // In local mode the caller is the resident (or a script): its address counts towards the per-address limits.
    // With an App ID the caller is Azure Bot Service, whose few addresses carry every resident: conversations only.
    // A caller on this machine itself (the Bot Framework Emulator, `conversations.mjs`, staff scripts; no proxy
    // header) is not a resident sharing an address with others: per-conversation limits only, or a scripted run of
    // a hundred conversations would be refused half-way (120 messages a minute per address by default).
    // Its turns have state and limits of their own, apart from the web widget's (src/bot/turn-origin.ts).
    const turn = () => withTurnOrigin('api', () => parts.adapter.process(req, res, (context) => parts.bot.run(context)));
    const countsPerAddress = !parts.config.authEnabled && !isLocalCaller(req, parts.config.TRUST_PROXY);
    try {
      await (countsPerAddress ? withClientAddress(clientAddress(req, parts.config.TRUST_PROXY), turn) : turn());
    } catch (error) {
      parts.logger.error({ err: error, activityType: activity.type, channelId: activity.channelId }, 'activity could not be processed');
      if (!res.headersSent) sendJson(res, 500, { error: 'The activity could not be processed.' });
    }
  });

  // Readiness: can this instance serve residents now (knowledge loaded, database answering)? A load balancer stops
  // sending traffic on 503. The check has its own short deadline: a stalled database must not stall the check too.
  server.get('/healthz', async (_req: Request, res: Response) => {
    if (parts.draining?.()) {
      // Stopping: the load balancer must send residents elsewhere, whatever the database says.
      res.setHeader('Cache-Control', 'no-store');
      return sendJson(res, 503, { status: 'draining', ...NOT_READY, turns: turnsOf(gate) });
    }
    // The storage check has HEALTH_TIMEOUT_MS (src/index.ts); this backstop covers whatever else health() waits for.
    const report = await withDeadline(parts.health(), 2 * parts.config.HEALTH_TIMEOUT_MS).catch(() => NOT_READY);
    res.setHeader('Cache-Control', 'no-store');
    // The turns running and waiting: what a stop would wait for, and a sign of load for whoever watches.
    sendJson(res, report.ok ? 200 : 503, { status: report.ok ? 'ok' : 'unavailable', ...report, turns: turnsOf(gate) });
  });

  // Liveness: the process answers (its event loop turns). No database, no disk: restarting the process would not
  // cure a database outage, so an orchestrator must not restart it for one.
  server.get('/livez', async (_req: Request, res: Response) => {
    res.setHeader('Cache-Control', 'no-store');
    sendJson(res, 200, { status: 'ok' });
  });

  for (const install of parts.routes ?? []) install(server);

  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) parts.logger.error({ err: error, method: req.method, path: req.path() }, 'request failed');
    callback();
  });
  return server;
}

/**
 * While the instance stops, the turns already running finish here (their replies go out through this server's own
 * Direct Line connector, so it keeps listening until they are done); a new resident message is refused with 503
 * before its body is read, so nothing of it is processed and the reverse proxy passes it to another instance
 * (deploy/nginx: proxy_next_upstream http_503 non_idempotent). So is a new web conversation's start, whose welcome
 * turn would otherwise begin as the instance stops. The health checks, polls and the rest are still answered.
 */
function refuseTurnsWhileDraining(draining: (() => boolean) | undefined): (req: Request, res: Response, next: (err?: false) => void) => void {
  return (req, res, next) => {
    if (!draining?.() || !(isTurnRequest(req) || isConversationStart(req))) return next();
    res.setHeader('Retry-After', '1');
    res.setHeader('Connection', 'close');
    sendJson(res, 503, { error: 'This instance is restarting; the message was not read. Send it again.' });
    return next(false);
  };
}

const turnsOf = (gate: TurnGate) => ({ running: gate.stats.running, waiting: gate.stats.waiting });

const NOT_READY: HealthReport = { ok: false, knowledge: { topics: 0, entries: 0 }, storage: false };

/** `work`, or a rejection once `ms` have passed (the work itself goes on; its result is ignored). */
export function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.header('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/**
 * Is the caller on this machine? Its address as TRUST_PROXY resolves it (behind a trusted proxy: the client's, not
 * the proxy's). Without TRUST_PROXY, a request carrying a proxy's forwarding header came through a proxy on this
 * machine on behalf of someone else: it is not a local caller, or the proxy would make the whole world loopback.
 */
export function isLocalCaller(req: Request, trustProxy: boolean): boolean {
  if (!trustProxy && FORWARDING_HEADERS.some((name) => req.header(name) !== undefined)) return false;
  return isLoopbackAddress(clientAddress(req, trustProxy));
}

const FORWARDING_HEADERS = ['x-forwarded-for', 'forwarded', 'x-real-ip'];

/** 127.0.0.0/8 and ::1 (addresses as clientAddress gives them: IPv4-mapped IPv6 already unwrapped). */
export function isLoopbackAddress(address: string): boolean {
  return address === '::1' || /^127(\.\d{1,3}){3}$/.test(address);
}

/**
 * True for http(s) URLs whose host is this machine and that the bot can reach: 127.0.0.0/8 and localhost.
 * Not an IPv6 literal such as http://[::1]:PORT — loopback, but the Bot Framework connector's HTTP client passes
 * the bracketed host to a name lookup (getaddrinfo ENOTFOUND [::1]) and every reply would fail after seconds; it
 * is refused (403) like any address the bot will not post to (an Emulator is reached as localhost or 127.0.0.1).
 */
export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    return hostname === 'localhost' || /^127(\.\d{1,3}){3}$/.test(hostname);
  } catch {
    return false;
  }
}

/**
 * Headers every response carries; pages add their own Content-Security-Policy. Behind HTTPS (PUBLIC_URL https://…)
 * browsers are also told to come back over HTTPS only (HSTS): said over plain HTTP it would be ignored anyway.
 */
function securityHeaders(config: Config): (req: Request, res: Response, next: () => void) => void {
  const https = (config.PUBLIC_URL ?? '').startsWith('https:');
  return (_req, res, next) => {
    res.header('X-Content-Type-Options', 'nosniff');
    res.header('Referrer-Policy', 'no-referrer');
    res.header('X-Frame-Options', 'DENY');
    res.header('Cross-Origin-Opener-Policy', 'same-origin');
    res.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (https) res.header('Strict-Transport-Security', 'max-age=31536000');
    next();
  };
}
