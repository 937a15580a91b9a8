/**
 * The channel side of the local Direct Line: where the bot's replies arrive. The bot answers a web conversation
 * exactly as it answers Azure's channels — through the Bot Connector REST API at the activity's serviceUrl — and
 * here that serviceUrl is this very server, on the loopback interface (or on the one address it listens on):
 *
 *   POST {serviceUrl}/v3/conversations/:conversationId/activities[/:replyToId]   → { "id": "…" }
 *
 * Only the bot may post here: its connector client signs each request with a secret drawn at start that never
 * leaves the process, so nobody else can slip a message into a resident's conversation.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { ConnectorClient, ConnectorFactory, type ServiceClientCredentials } from 'botframework-connector';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../../logging.js';
import type { ConversationStore } from './conversations.js';
import { sendError } from './http.js';
import { bearerToken } from './tokens.js';

/** Path prefix of the bot's serviceUrl for web conversations. */
export const CONNECTOR_PATH = '/directline-connector';
/** A reply larger than this is refused (the bot's replies are a few kB; a card with many buttons, a few more). */
export const MAX_REPLY_BYTES = 64 * 1024;
/** Debugging traces are for the Emulator; the resident's browser never gets them. */
const NOT_FOR_CLIENTS = new Set(['trace']);

const BotActivity = z
  .object({
    type: z.string().min(1).max(64),
    text: z.string().optional(),
    replyToId: z.string().max(256).optional(),
  })
  .passthrough();

/** Signs the bot's requests to the connector with the process secret. */
class ConnectorSecret implements ServiceClientCredentials {
  constructor(private readonly secret: string) {}

  async signRequest<T extends { headers: { set(name: string, value: string): void } }>(webResource: T): Promise<T> {
    webResource.headers.set('authorization', `Bearer ${this.secret}`);
    return webResource;
  }
}

/** Creates the connector clients of web turns: they can only reach this server's own connector. */
export class OwnConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly credentials: ServiceClientCredentials,
    private readonly ownServiceUrl: () => string,
  ) {
    super();
  }

  async create(serviceUrl: string): Promise<ConnectorClient> {
    if (serviceUrl !== this.ownServiceUrl()) throw new Error('A web conversation replies only through this server\'s Direct Line connector.');
    return new ConnectorClient(this.credentials, { baseUri: serviceUrl });
  }
}

export class DirectLineConnector {
  private readonly secret = randomBytes(32).toString('base64url');
  readonly factory: OwnConnectorFactory;

  constructor(
    private readonly store: ConversationStore,
    private readonly clock: () => Date,
    private readonly logger: Logger,
    /** This server's connector URL (loopback when listening on all interfaces), the bot's serviceUrl. */
    readonly serviceUrl: () => string,
  ) {
    this.factory = new OwnConnectorFactory(new ConnectorSecret(this.secret), serviceUrl);
  }

  install(server: Server): void {
    const receive = async (req: Request, res: Response) => {
      try {
        await this.receive(req, res);
      } catch (error) {
        // The conversation store is out of reach: the bot's reply fails as a channel's would (the turn reports it).
        this.logger.error({ err: error }, 'a bot reply could not be kept in its web conversation');
        if (!res.headersSent) sendError(res, 503, 'ServiceUnavailable', 'The conversation store is unavailable.');
      }
    };
    server.post(`${CONNECTOR_PATH}/v3/conversations/:conversationId/activities`, receive);
    server.post(`${CONNECTOR_PATH}/v3/conversations/:conversationId/activities/:activityId`, receive);
  }

  private async receive(req: Request, res: Response): Promise<void> {
    if (!this.isBot(req.header('authorization'))) {
      return sendError(res, 401, 'Unauthorized', 'Only the bot may post to the Direct Line connector.');
    }
    const conversationId = String(req.params.conversationId ?? '');
    const parsed = BotActivity.safeParse(req.body);
    if (!parsed.success) return sendError(res, 400, 'BadArgument', 'Expected a Bot Framework activity.');
    const size = Buffer.byteLength(JSON.stringify(parsed.data));
    if (size > MAX_REPLY_BYTES) {
      this.logger.warn({ bytes: size, activityType: parsed.data.type }, 'bot reply too large for the web conversation');
      return sendError(res, 413, 'MessageSizeTooBig', 'The activity is too large.');
    }
    if (NOT_FOR_CLIENTS.has(parsed.data.type)) return sendJsonId(res, `${conversationId}|${parsed.data.type}`);
    // What the browser sees: the bot's activity in this conversation, without the bot-side routing fields.
    const { serviceUrl: _serviceUrl, callerId: _callerId, id: _id, timestamp: _timestamp, ...visible } = parsed.data;
    // Into the store every instance reads: the page may poll, or hold its WebSocket, on another instance.
    const stored = await this.store.append(
      conversationId,
      { ...visible, type: parsed.data.type, channelId: 'directline', conversation: { id: conversationId } },
      this.clock(),
    );
    if (!stored) return sendError(res, 404, 'ConversationNotFound', 'No such conversation (it may have expired).');
    sendJsonId(res, stored.id);
  }

  private isBot(header: string | undefined): boolean {
    const given = Buffer.from(bearerToken(header) ?? '');
    const expected = Buffer.from(this.secret);
    return given.length === expected.length && timingSafeEqual(given, expected);
  }
}

function sendJsonId(res: Response, id: string): void {
  res.status(200);
  res.header('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ id }));
}
