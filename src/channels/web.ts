/**
 * The web channel, assembled: the widget (page, embed script, Web Chat), the token route every page calls, and —
 * unless Azure Direct Line is switched on (DIRECTLINE_SECRET) — this server's own Direct Line endpoint with its
 * conversations (in memory, or in PostgreSQL shared by every instance when the storage is PostgreSQL), WebSocket
 * streams and the loopback connector the bot replies to.
 *
 * The composition root calls createWebChannels() once, mounts `install` with the other routes and calls `close`
 * at shutdown (open WebSockets would otherwise keep the HTTP server from closing).
 */
import type { AddressInfo } from 'node:net';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import { addressGroup } from '../abuse/address-group.js';
import { clientAddress } from '../abuse/client-address.js';
import type { Request, Server } from 'restify';
import type { Config } from '../config.js';
import type { Logger } from '../logging.js';
import type { RouteInstaller } from '../server.js';
import { postgresPoolOf } from '../storage/postgres.js';
import type { Storage } from '../storage/types.js';
import { BotBridge } from './directline/bot-bridge.js';
import { CONNECTOR_PATH, DirectLineConnector } from './directline/connector.js';
import { DEFAULT_LIMITS, type ConversationLimits, type ConversationStore } from './directline/conversations.js';
import { MemoryConversationStore } from './directline/memory-conversations.js';
import { PostgresConversationStore } from './directline/postgres-conversations.js';
import { Cors } from './directline/http.js';
import { DirectLineEndpoint } from './directline/routes.js';
import { DirectLineStream } from './directline/stream.js';
import { AzureTokenSource, installTokenRoute, LocalTokenSource, type TokenSource } from './directline/token-endpoint.js';
import { DirectLineTokens } from './directline/tokens.js';
import { TurnQueue } from './directline/turn-queue.js';
import { installWidget } from './widget/routes.js';

export interface WebChannelParts {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  config: Config;
  logger: Logger;
  clock: () => Date;
  /**
   * The storage: when it is PostgreSQL (DATABASE_URL), the local Direct Line's conversations are kept there too,
   * shared by every instance on the database; otherwise (SQLite, or none given) in this process's memory.
   */
  storage?: Storage;
}

export interface WebChannels {
  install: RouteInstaller;
  /**
   * Web conversations with a turn running or waiting in this process, the welcome included (it runs after its
   * conversation's start is answered, outside the turn gate): a stopping instance waits for them too.
   */
  turnsInFlight(): number;
  close(): void;
}

/** The bot as residents' web conversations name it (the recipient of their activities). */
const BOT_NAME = 'Assistant du quartier Renaissance';
/** Expired conversations are freed at least this often (and whenever one is looked up). */
const SWEEP_INTERVAL_MS = 60 * 1000;

export function createWebChannels(parts: WebChannelParts): WebChannels {
  const { config, logger } = parts;
  const cors = new Cors(config.WIDGET_ALLOWED_ORIGINS);
  const azure = config.DIRECTLINE_SECRET ? config.DIRECTLINE_ENDPOINT : undefined;
  let listening: Server | undefined;

  const local = azure ? undefined : localDirectLine(parts, cors, () => connectorUrl(listening));
  const source: TokenSource = local?.source ?? new AzureTokenSource(config.DIRECTLINE_ENDPOINT, config.DIRECTLINE_SECRET ?? '');
  let sweeper: NodeJS.Timeout | undefined;

  return {
    install(server: Server) {
      listening = server;
      installWidget(server, { azureDirectLine: azure });
      installTokenRoute(server, source, cors, logger, (req) => addressGroup(clientAddress(req, config.TRUST_PROXY)));
      if (!local) return;
      local.endpoint.install(server);
      local.connector.install(server);
      local.stream.attach(server.server);
      // Shared conversations: tables created and LISTEN in place before the first resident arrives.
      local.shared?.ready().catch((error: unknown) => logger.error({ err: error }, 'the shared web conversations are not ready (PostgreSQL)'));
      sweeper = setInterval(() => {
        local.store.sweep().catch((error: unknown) => logger.warn({ err: error }, 'expired web conversations not swept'));
      }, SWEEP_INTERVAL_MS);
      sweeper.unref();
    },
    turnsInFlight() {
      return local?.turns.inFlight ?? 0;
    },
    close() {
      if (sweeper) clearInterval(sweeper);
      local?.stream.close();
      local?.store.close().catch((error: unknown) => logger.warn({ err: error }, 'web conversations not closed cleanly'));
    },
  };
}

function localDirectLine(parts: WebChannelParts, cors: Cors, serviceUrl: () => string) {
  const { adapter, bot, config, logger, clock } = parts;
  const limits: ConversationLimits = {
    ...DEFAULT_LIMITS,
    idleMs: config.DIRECTLINE_IDLE_MINUTES * 60_000,
    maxConversations: config.DIRECTLINE_MAX_CONVERSATIONS,
    maxPerClient: config.DIRECTLINE_MAX_CONVERSATIONS_PER_ADDRESS,
  };
  const pool = parts.storage ? postgresPoolOf(parts.storage) : undefined;
  const shared = pool ? new PostgresConversationStore({ pool, limits, clock, logger }) : undefined;
  const store: ConversationStore = shared ?? new MemoryConversationStore(limits, clock);
  // Shared conversations need tokens every instance accepts: their key is the database's.
  const tokens = new DirectLineTokens(config.DIRECTLINE_TOKEN_MINUTES * 60, clock, shared ? () => shared.tokenKey() : undefined);
  const connector = new DirectLineConnector(store, clock, logger, serviceUrl);
  const bridge = new BotBridge({
    adapter,
    bot,
    connectorFactory: connector.factory,
    botAccount: { id: config.MicrosoftAppId ?? 'renaissance-assistant', name: BOT_NAME },
    appId: config.MicrosoftAppId ?? '',
    serviceUrl,
  });
  const addressOf = (req: Request) => clientAddress(req, config.TRUST_PROXY);
  const turns = new TurnQueue();
  const endpoint = new DirectLineEndpoint({ store, tokens, bridge, turns, cors, clock, logger, publicUrl: config.PUBLIC_URL, addressOf });
  const stream = new DirectLineStream(store, tokens, logger);
  return { store, shared, connector, endpoint, stream, turns, source: new LocalTokenSource(store, tokens) };
}

/** http://127.0.0.1:PORT/directline-connector — the loopback address when the server listens on every interface. */
function connectorUrl(server: Server | undefined): string {
  const address = server?.address() as AddressInfo | null | undefined;
  if (!address || typeof address !== 'object') throw new Error('The server is not listening yet.');
  const host =
    address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '[::1]' : address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${CONNECTOR_PATH}`;
}
