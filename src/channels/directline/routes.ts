/**
 * The Direct Line 3.0 REST API, served by the bot's own server under /v3/directline, enough for Web Chat and the
 * official botframework-directlinejs client (`createDirectLine({ domain: '<origin>/v3/directline', token })`):
 *
 *   POST /conversations                               start the token's conversation (the bot greets)    201
 *   GET  /conversations/:id?watermark=                reconnect: a fresh streamUrl                        200
 *   POST /conversations/:id/activities                the resident's activity → echoed, handed to the bot 200 {id}
 *   GET  /conversations/:id/activities?watermark=     polling: activities after the watermark             200
 *   POST /tokens/refresh                              a new token for the same conversation               200
 *
 * Every call carries `Authorization: Bearer <token>`; the token names the only conversation it may touch.
 * Missing token → 401; expired, forged or another conversation's → 403; unknown or expired conversation → 404
 * (which the client reads as "conversation ended").
 */
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { withClientAddress } from '../../abuse/client-address.js';
import type { Logger } from '../../logging.js';
import type { BotBridge } from './bot-bridge.js';
import { clientActivityIdOf, parseWatermark, type ActivitySet, type ConversationStore, type WebConversation } from './conversations.js';
import type { TurnQueue } from './turn-queue.js';
import { sendJson, withDeadline } from '../../server.js';
import { sendError, type Cors } from './http.js';
import { bearerToken, type DirectLineTokens, type TokenClaims } from './tokens.js';

export const DIRECTLINE_PATH = '/v3/directline';
/** Longer messages are refused with 413: no question to the assistant needs more, and they would sit in memory. */
export const MAX_TEXT_LENGTH = 5000;
/** When the conversation store cannot be reached, clients are told to try again after this long. */
const STORE_RETRY_AFTER_SECONDS = 5;
/**
 * A poll answers within this, whatever the store does (botframework-directlinejs gives up on a poll after 20 s, and
 * then never polls again): "nothing new yet" when the store has not answered.
 */
export const POLL_DEADLINE_MS = 8000;
/** A resident's activity, JSON-encoded, above this is refused (413). */
export const MAX_ACTIVITY_BYTES = 32 * 1024;

const LOCALE = z.string().max(35).regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/);

const StartBody = z.object({ locale: LOCALE.optional() }).passthrough();

/** What a client may send: anything else is dropped (ids, routing and the sender are the endpoint's to set). */
const ResidentActivity = z.object({
  type: z.enum(['message', 'event', 'typing']),
  text: z.string().optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: LOCALE.optional(),
  localTimestamp: z.string().max(64).optional(),
  localTimezone: z.string().max(64).optional(),
  name: z.string().max(256).optional(),
  value: z.unknown().optional(),
  channelData: z.record(z.string(), z.unknown()).optional(),
  attachments: z.array(z.object({ contentType: z.string().max(256) }).passthrough()).max(10).optional(),
  entities: z.array(z.object({ type: z.string().max(256) }).passthrough()).max(16).optional(),
});

export interface EndpointParts {
  store: ConversationStore;
  tokens: DirectLineTokens;
  bridge: BotBridge;
  /** This process's turns of each conversation, one after the other. */
  turns: TurnQueue;
  cors: Cors;
  clock: () => Date;
  logger: Logger;
  /** PUBLIC_URL, when configured: the origin browsers reach (behind a reverse proxy), for the streamUrl. */
  publicUrl: string | undefined;
  /** The resident's address, for the per-address rate limits of the turn (src/abuse); none = not counted. */
  addressOf?: (req: Request) => string;
  /** How long a poll may wait for the store before answering "nothing new yet" (POLL_DEADLINE_MS; tests shorten it). */
  pollDeadlineMs?: number;
}

interface Authorized {
  claims: TokenClaims;
  token: string;
  conversation: WebConversation;
}

export class DirectLineEndpoint {
  constructor(private readonly parts: EndpointParts) {}

  install(server: Server): void {
    const base = DIRECTLINE_PATH;
    const routes: [string, string, (req: Request, res: Response) => Promise<void>][] = [
      ['post', `${base}/conversations`, (req, res) => this.start(req, res)],
      ['get', `${base}/conversations/:conversationId`, (req, res) => this.reconnect(req, res)],
      ['post', `${base}/conversations/:conversationId/activities`, (req, res) => this.post(req, res)],
      ['get', `${base}/conversations/:conversationId/activities`, (req, res) => this.poll(req, res)],
      ['post', `${base}/tokens/refresh`, (req, res) => this.refresh(req, res)],
    ];
    for (const [method, path, handler] of routes) {
      const route = async (req: Request, res: Response) => {
        if (!this.parts.cors.apply(req, res)) return sendError(res, 403, 'Forbidden', 'This site may not use the assistant.');
        res.header('Cache-Control', 'no-store');
        try {
          await handler(req, res);
        } catch (error) {
          // The conversation store is out of reach (PostgreSQL down or restarting): a moment's unavailability the
          // client retries, not an internal error; the conversation itself is intact in the store.
          this.parts.logger.error({ err: error, path }, 'the web conversations are unavailable');
          if (res.headersSent) return;
          res.header('Retry-After', String(STORE_RETRY_AFTER_SECONDS));
          sendError(res, 503, 'ServiceUnavailable', 'The chat is temporarily unavailable, please try again in a moment.');
        }
      };
      if (method === 'post') server.post(path, route);
      else server.get(path, route);
    }
    this.parts.cors.install(server, [...new Set(routes.map(([, path]) => path))]);
  }

  /** Starts the conversation the token was minted for: the first time, the bot is told and greets the resident. */
  private async start(req: Request, res: Response): Promise<void> {
    const auth = await this.authorize(req, res);
    if (!auth) return;
    const { conversation } = auth;
    const body = StartBody.safeParse(req.body ?? {});
    const locale = body.success ? body.data.locale : undefined;
    // Atomic in the store: a page that starts twice, on two instances at once, is greeted once.
    const created = await this.parts.store.start(conversation.id, locale);
    if (created) {
      const starting = { ...conversation, started: true, locale };
      // Not awaited: the welcome reaches the page through its stream or next poll, like any other reply.
      void this.parts.turns
        .run(conversation.id, () => this.parts.bridge.start(starting, this.parts.clock()))
        .catch((error: unknown) => this.parts.logger.error({ err: error }, 'the bot could not start a web conversation'));
    }
    sendJson(res, created ? 201 : 200, await this.describe(req, auth));
  }

  private async reconnect(req: Request, res: Response): Promise<void> {
    const auth = await this.authorize(req, res);
    if (auth) sendJson(res, 200, await this.describe(req, auth));
  }

  private async post(req: Request, res: Response): Promise<void> {
    const auth = await this.authorize(req, res);
    if (!auth) return;
    const { conversation, claims } = auth;
    const parsed = ResidentActivity.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'BadArgument', 'Expected an activity of type message, event or typing.');
    const activity = parsed.data;
    if ((activity.text?.length ?? 0) > MAX_TEXT_LENGTH || Buffer.byteLength(JSON.stringify(activity)) > MAX_ACTIVITY_BYTES) {
      return sendError(res, 413, 'MessageSizeTooBig', `Messages are limited to ${MAX_TEXT_LENGTH} characters.`);
    }
    // Typing indicators are acknowledged, neither kept nor relayed: the bot has nothing to do with them.
    if (activity.type === 'typing') return sendJson(res, 200, { id: `${conversation.id}|typing` });
    const incoming = {
      ...activity,
      locale: activity.locale ?? conversation.locale,
      channelId: 'directline',
      conversation: { id: conversation.id },
      // The sender is the token's user, whatever the page claims: nobody speaks in another's name.
      from: { id: claims.userId, role: 'user' },
    };
    // With the client's own id for the message: the same POST sent again (a proxy's retry after an instance stopped
    // mid-turn) is kept and handed to the bot once — never a second answer, a second remarque.
    const clientId = clientActivityIdOf(activity);
    const appended = clientId
      ? await this.parts.store.appendOnce(conversation.id, incoming, clientId, this.parts.clock())
      : await this.parts.store.append(conversation.id, incoming, this.parts.clock()).then((kept) => (kept ? { activity: kept, repeated: false } : undefined));
    if (!appended) return sendError(res, 404, 'ConversationNotFound', 'The conversation has ended.');
    const stored = appended.activity;
    if (appended.repeated) {
      this.parts.logger.info({ activityType: activity.type }, 'web activity received again (same client id): not handed to the bot twice');
      return sendJson(res, 200, { id: stored.id });
    }
    const deliver = () => this.parts.turns.run(conversation.id, () => this.parts.bridge.deliver(conversation, stored));
    try {
      const { addressOf } = this.parts;
      await (addressOf ? withClientAddress(addressOf(req), deliver) : deliver());
    } catch (error) {
      this.parts.logger.error({ err: error, activityType: activity.type }, 'a web activity could not be delivered to the bot');
      return sendError(res, 502, 'BotError', 'The assistant could not process the message.');
    }
    sendJson(res, 200, { id: stored.id });
  }

  /**
   * Polling. A poll never fails for a passing reason (the store slow or out of reach, say during a rolling restart
   * or a database failover): the official client (botframework-directlinejs, hence Web Chat) stops polling FOR GOOD
   * after one failed poll — any status but 403 and 404, or no answer within its 20 s timeout — and the resident would
   * then never see another reply, though each is kept. So such a poll answers "nothing new yet" with the client's own
   * watermark, within POLL_DEADLINE_MS, and the client asks again a moment later (from any instance): what was kept
   * meanwhile comes with that next poll. A bad token or an ended conversation are still told (403, 404).
   */
  private async poll(req: Request, res: Response): Promise<void> {
    const watermark = queryText(req, 'watermark');
    const answer = async (): Promise<ActivitySet | undefined> => {
      const auth = await this.authorize(req, res);
      return auth ? this.parts.store.since(auth.conversation.id, watermark) : undefined;
    };
    let set: ActivitySet | undefined;
    try {
      set = await withDeadline(answer(), this.parts.pollDeadlineMs ?? POLL_DEADLINE_MS);
    } catch (error) {
      if (res.headersSent) return;
      this.parts.logger.warn({ err: error }, 'a poll could not read its web conversation: answered "nothing new", the client asks again');
      set = { activities: [], watermark: String(parseWatermark(watermark)) };
    }
    if (set && !res.headersSent) sendJson(res, 200, set);
  }

  private async refresh(req: Request, res: Response): Promise<void> {
    const auth = await this.authorize(req, res);
    if (!auth) return;
    const { claims } = auth;
    const minted = await this.parts.tokens.mint(claims.conversationId, claims.userId);
    sendJson(res, 200, { conversationId: claims.conversationId, token: minted.token, expires_in: minted.expiresIn });
  }

  /** The token's claims and its live conversation, or undefined once a 401/403/404 has been sent. */
  private async authorize(req: Request, res: Response): Promise<Authorized | undefined> {
    const token = bearerToken(req.header('authorization'));
    if (!token) {
      res.header('WWW-Authenticate', 'Bearer');
      sendError(res, 401, 'Unauthorized', 'A Direct Line token is required (Authorization: Bearer ...).');
      return undefined;
    }
    const check = await this.parts.tokens.verify(token);
    if (!check.ok) {
      const expired = check.reason === 'expired';
      sendError(res, 403, expired ? 'TokenExpired' : 'BadToken', expired ? 'The token has expired.' : 'The token is not valid.');
      return undefined;
    }
    const pathId = req.params?.conversationId as string | undefined;
    if (pathId !== undefined && pathId !== check.claims.conversationId) {
      sendError(res, 403, 'Forbidden', 'This token belongs to another conversation.');
      return undefined;
    }
    const conversation = await this.parts.store.get(check.claims.conversationId);
    if (!conversation) {
      sendError(res, 404, 'ConversationNotFound', 'The conversation has ended.');
      return undefined;
    }
    return { claims: check.claims, token, conversation };
  }

  /** The conversation as Direct Line describes it: its token, remaining lifetime and a WebSocket URL. */
  private async describe(req: Request, auth: Authorized): Promise<Record<string, unknown>> {
    const { claims, token, conversation } = auth;
    const stream = await this.parts.tokens.mint(conversation.id, claims.userId, 'stream');
    const query = new URLSearchParams({ t: stream.token });
    const watermark = queryText(req, 'watermark');
    if (watermark) query.set('watermark', watermark);
    return {
      conversationId: conversation.id,
      token,
      expires_in: Math.max(0, claims.expiresAt - Math.floor(this.parts.clock().getTime() / 1000)),
      streamUrl: `${this.socketOrigin(req)}${DIRECTLINE_PATH}/conversations/${conversation.id}/stream?${query.toString()}`,
    };
  }

  /** ws(s)://host as the browser reached us: PUBLIC_URL when set (reverse proxy), else the request's own Host. */
  private socketOrigin(req: Request): string {
    const origin = this.parts.publicUrl ? new URL(this.parts.publicUrl) : requestOrigin(req);
    return `${origin.protocol === 'https:' ? 'wss' : 'ws'}://${origin.host}`;
  }
}

function queryText(req: Request, name: string): string | undefined {
  const value: unknown = (req.query as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' && value.length <= 64 ? value : undefined;
}

function requestOrigin(req: Request): URL {
  try {
    return new URL(`${req.isSecure() ? 'https' : 'http'}://${req.header('host')}`);
  } catch {
    return new URL('http://localhost');
  }
}
