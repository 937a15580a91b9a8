/**
 * Direct Line streaming: the WebSocket a client opens at the conversation's streamUrl, on which every new activity
 * arrives as `{"activities":[…],"watermark":"…"}` the moment it is stored (no polling delay). The URL carries a
 * short-lived stream token bound to the conversation; on connection the client first gets what it missed since the
 * watermark in the URL (the whole kept transcript for a page that reloads). The store feeds the socket: with
 * PostgreSQL, activities appended on any instance (the bot's reply to a message posted elsewhere) reach it.
 *
 * Sockets are bounded (a few per conversation), pinged to detect dead peers, closed when their conversation ends,
 * and all closed at shutdown (an open WebSocket would otherwise keep the HTTP server from closing).
 */
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import type { Logger } from '../../logging.js';
import type { ConversationStore } from './conversations.js';
import type { DirectLineTokens } from './tokens.js';

export const STREAM_PATH = /^\/v3\/directline\/conversations\/([A-Za-z0-9_-]{16,64})\/stream$/;
/** One per browser tab is the norm; a few allow a reload to overlap with the old socket's closing. */
const MAX_SOCKETS_PER_CONVERSATION = 4;
const HEARTBEAT_MS = 30_000;
/** A client this far behind in reading is dropped rather than buffered without end. */
const MAX_BUFFERED_BYTES = 1024 * 1024;

export class DirectLineStream {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 });
  private readonly sockets = new Map<string, Set<WebSocket>>();
  private readonly alive = new WeakSet<WebSocket>();
  private heartbeat: NodeJS.Timeout | undefined;

  constructor(
    private readonly store: ConversationStore,
    private readonly tokens: DirectLineTokens,
    private readonly logger: Logger,
  ) {
    store.onEnd((id) => this.closeConversation(id, 'conversation ended'));
  }

  attach(server: HttpServer): void {
    server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
      void this.upgrade(server, req, socket, head).catch((error: unknown) => {
        this.logger.warn({ err: error }, 'Direct Line stream upgrade failed');
        socket.destroy();
      });
    });
    this.heartbeat = setInterval(() => this.ping(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const id of [...this.sockets.keys()]) this.closeConversation(id, 'server stopping', true);
    this.wss.close();
  }

  private async upgrade(server: HttpServer, req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) {
      // Another part of the server may handle this upgrade; if none does, do not leave the socket hanging.
      if (server.listenerCount('upgrade') <= 1) refuse(socket, 404, 'Not Found');
      return;
    }
    const conversationId = match[1] ?? '';
    const check = await this.tokens.verify(url.searchParams.get('t') ?? '', 'stream');
    if (!check.ok || check.claims.conversationId !== conversationId) return refuse(socket, 403, 'Forbidden');
    const conversation = await this.store.get(conversationId);
    if (!conversation) return refuse(socket, 404, 'Not Found');
    const open = this.sockets.get(conversationId) ?? new Set<WebSocket>();
    if (open.size >= MAX_SOCKETS_PER_CONVERSATION) return refuse(socket, 429, 'Too Many Requests');
    this.wss.handleUpgrade(req, socket, head, (ws) => this.serve(ws, conversation.id, url.searchParams.get('watermark') ?? undefined));
  }

  private serve(ws: WebSocket, conversationId: string, watermark: string | undefined): void {
    const open = this.sockets.get(conversationId) ?? new Set<WebSocket>();
    open.add(ws);
    this.sockets.set(conversationId, open);
    this.alive.add(ws);
    // What was missed since the URL's watermark, then every new activity, wherever it was appended.
    const unfollow = this.store.follow(conversationId, watermark, (set) => {
      if (ws.readyState !== WebSocket.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) return ws.terminate();
      ws.send(JSON.stringify(set));
    });
    ws.on('pong', () => this.alive.add(ws));
    // Clients send empty messages as keep-alives: they keep the conversation from expiring while the page is open.
    ws.on('message', () => {
      this.alive.add(ws);
      this.store.get(conversationId).catch((error: unknown) => this.logger.warn({ err: error }, 'Direct Line keep-alive not recorded'));
    });
    ws.on('error', () => ws.terminate());
    ws.on('close', () => {
      unfollow();
      open.delete(ws);
      if (open.size === 0) this.sockets.delete(conversationId);
    });
  }

  private ping(): void {
    for (const open of this.sockets.values()) {
      for (const ws of open) {
        if (!this.alive.has(ws)) {
          ws.terminate();
          continue;
        }
        this.alive.delete(ws);
        ws.ping();
      }
    }
  }

  private closeConversation(id: string, reason: string, immediately = false): void {
    for (const ws of this.sockets.get(id) ?? []) {
      if (immediately) ws.terminate();
      else ws.close(1000, reason);
    }
    if (immediately) this.sockets.delete(id);
  }
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
