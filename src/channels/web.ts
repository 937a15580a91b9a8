/**
 * The web channel, assembled: the widget (page, embed script, Web Chat), the token route every page calls, and —
 * unless Azure Direct Line is switched on (DIRECTLINE_SECRET) — this server's own Direct Line endpoint with its
 * in-memory conversations, WebSocket streams and the loopback connector the bot replies to.
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
import { BotBridge } from './directline/bot-bridge.js';
import { CONNECTOR_PATH, DirectLineConnector } from './directline/connector.js';
import { DEFAULT_LIMITS, type ConversationLimits, type ConversationStore } from './directline/conversations.js';
import { MemoryConversationStore } from './directline/memory-conversations.js';
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
}

export interface WebChannels {
  install: RouteInstaller;
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
      sweeper = setInterval(() => {
        local.store.sweep().catch((error: unknown) => logger.warn({ err: error }, 'expired web conversations not swept'));
      }, SWEEP_INTERVAL_MS);
      sweeper.unref();
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
  const store: ConversationStore = new MemoryConversationStore(limits, clock);
  const tokens = new DirectLineTokens(config.DIRECTLINE_TOKEN_MINUTES * 60, clock);
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
  const endpoint = new DirectLineEndpoint({ store, tokens, bridge, turns: new TurnQueue(), cors, clock, logger, publicUrl: config.PUBLIC_URL, addressOf });
  const stream = new DirectLineStream(store, tokens, logger);
  return { store, connector, endpoint, stream, source: new LocalTokenSource(store, tokens) };
}

/** http://127.0.0.1:PORT/directline-connector — the loopback address when the server listens on every interface. */
function connectorUrl(server: Server | undefined): string {
  const address = server?.address() as AddressInfo | null | undefined;
  if (!address || typeof address !== 'object') throw new Error('The server is not listening yet.');
  const host =
    address.address === '0.0.0.0' ? '127.0.0.1' : address.address === '::' ? '[::1]' : address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}${CONNECTOR_PATH}`;
}
