/**
 * The HTTP server (restify 11): the Bot Framework endpoint, the health check, and whatever other parts (staff
 * console, Direct Line, web widget) the composition root mounts. Every handler is async and awaited, so a bad
 * request becomes a 4xx answer, never an unhandled rejection that kills the process.
 */
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { z } from 'zod';
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
}

/** The minimum an activity needs before the Bot Framework adapter sees it; anything else is a clear 400. */
const IncomingActivity = z
  .object({
    type: z.string().min(1).max(64),
    text: z.string().optional(),
    channelId: z.string().max(256).optional(),
    serviceUrl: z.string().max(2048).optional(),
    deliveryMode: z.string().max(64).optional(),
    conversation: z.object({ id: z.string().min(1).max(1024) }).passthrough().optional(),
  })
  .passthrough();

export function createHttpServer(parts: ServerParts): Server {
  const server = restify.createServer({ name: 'renaissance-assistant', handleUncaughtExceptions: false });
  server.pre(securityHeaders);
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.use(
    restify.plugins.bodyParser({ mapParams: false, maxBodySize: MAX_BODY_BYTES, rejectUnknown: false }),
  );

  server.post('/api/messages', async (req: Request, res: Response) => {
    const parsed = IncomingActivity.safeParse(req.body);
    if (!parsed.success || typeof req.body !== 'object' || Array.isArray(req.body)) {
      return sendJson(res, 400, { error: 'Expected a Bot Framework activity (a JSON object with a "type").' });
    }
    const activity = parsed.data;
    if (!parts.config.authEnabled && activity.deliveryMode !== 'expectReplies' && activity.type !== 'invoke') {
      // Unauthenticated (local) mode: replies go out only to this machine, so nobody can make the bot post to an
      // arbitrary address by sending it a forged activity.
      if (!isLoopbackUrl(activity.serviceUrl)) {
        return sendJson(res, 403, { error: 'Without a Microsoft App ID, the bot only replies to loopback service URLs.' });
      }
    }
    try {
      await parts.adapter.process(req, res, (context) => parts.bot.run(context));
    } catch (error) {
      parts.logger.error({ err: error, activityType: activity.type, channelId: activity.channelId }, 'activity could not be processed');
      if (!res.headersSent) sendJson(res, 500, { error: 'The activity could not be processed.' });
    }
  });

  server.get('/healthz', async (_req: Request, res: Response) => {
    const report = await parts.health().catch(() => ({ ok: false, knowledge: { topics: 0, entries: 0 }, storage: false }));
    sendJson(res, report.ok ? 200 : 503, { status: report.ok ? 'ok' : 'unavailable', ...report });
  });

  for (const install of parts.routes ?? []) install(server);

  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    if ((error.statusCode ?? 500) >= 500) parts.logger.error({ err: error, method: req.method, path: req.path() }, 'request failed');
    callback();
  });
  return server;
}

export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.header('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(body));
}

/** True for http(s) URLs whose host is this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const { hostname, protocol } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:') return false;
    const host = hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
  } catch {
    return false;
  }
}

/** Headers every response carries; pages add their own Content-Security-Policy. */
function securityHeaders(_req: Request, res: Response, next: () => void): void {
  res.header('X-Content-Type-Options', 'nosniff');
  res.header('Referrer-Policy', 'no-referrer');
  res.header('X-Frame-Options', 'DENY');
  res.header('Cross-Origin-Opener-Policy', 'same-origin');
  res.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  next();
}
