/**
 * POST /api/directline/token → {"token","conversationId","expires_in"}: where every page gets its Direct Line
 * token, whichever Direct Line serves it, so the page code is the same in both modes.
 *
 *  - local (default): this server opens a conversation and mints a token bound to it (tokens.ts);
 *  - Azure (DIRECTLINE_SECRET set): the server exchanges the channel's secret for a token at Azure's
 *    /tokens/generate. The secret stays on the server; the page only ever sees the short-lived token.
 *
 * Either way the user id is drawn here ("dl_" + random) and embedded in the token, so a page cannot pick another's.
 */
import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../../logging.js';
import { sendJson } from '../../server.js';
import { isRefusal, type ConversationStore, type CreateRefusal } from './conversations.js';
import type { Cors } from './http.js';
import type { DirectLineTokens } from './tokens.js';

export const TOKEN_PATH = '/api/directline/token';
/** Azure answers in well under a second; past this the page is told to retry rather than left waiting. */
const AZURE_TIMEOUT_MS = 10_000;

export interface IssuedToken {
  token: string;
  conversationId: string;
  expires_in: number;
}

export interface TokenSource {
  /** A token for a new conversation, asked for by `client` (its address group, address-group.ts). */
  issue(client: string): Promise<IssuedToken>;
}

export class TokenSourceError extends Error {}

/** No room for one more conversation now: the page is told to retry later (429 for this client, 503 for all). */
export class NoRoomError extends Error {
  constructor(readonly refusal: CreateRefusal) {
    super(refusal.refused === 'client' ? 'this client holds its share of web conversations' : 'the web conversations are full');
  }
}

export function newUserId(): string {
  return `dl_${randomBytes(12).toString('base64url')}`;
}

export class LocalTokenSource implements TokenSource {
  constructor(
    private readonly store: ConversationStore,
    private readonly tokens: DirectLineTokens,
  ) {}

  async issue(client: string): Promise<IssuedToken> {
    const conversation = await this.store.create(newUserId(), client);
    if (isRefusal(conversation)) throw new NoRoomError(conversation);
    const minted = await this.tokens.mint(conversation.id, conversation.userId);
    return { token: minted.token, conversationId: conversation.id, expires_in: minted.expiresIn };
  }
}

const AzureToken = z.object({
  conversationId: z.string().min(1).max(256),
  token: z.string().min(1).max(8192),
  expires_in: z.number().int().positive(),
});

export class AzureTokenSource implements TokenSource {
  constructor(
    /** e.g. https://directline.botframework.com/v3/directline (DIRECTLINE_ENDPOINT). */
    private readonly endpoint: string,
    private readonly secret: string,
  ) {}

  async issue(_client: string): Promise<IssuedToken> {
    let response: globalThis.Response;
    try {
      response = await fetch(`${this.endpoint.replace(/\/+$/, '')}/tokens/generate`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${this.secret}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ user: { id: newUserId() } }),
        signal: AbortSignal.timeout(AZURE_TIMEOUT_MS),
      });
    } catch (error) {
      throw new TokenSourceError(`Azure Direct Line unreachable: ${error instanceof Error ? error.name : 'error'}`);
    }
    if (!response.ok) throw new TokenSourceError(`Azure Direct Line refused the token request: HTTP ${response.status}`);
    const parsed = AzureToken.safeParse(await response.json().catch(() => undefined));
    if (!parsed.success) throw new TokenSourceError('Azure Direct Line answered with an unexpected body');
    return parsed.data;
  }
}

export function installTokenRoute(server: Server, source: TokenSource, cors: Cors, logger: Logger, clientOf: (req: Request) => string): void {
  cors.install(server, [TOKEN_PATH]);
  server.post(TOKEN_PATH, async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    if (!cors.apply(req, res)) return sendJson(res, 403, { error: 'This site may not use the assistant.' });
    try {
      sendJson(res, 200, await source.issue(clientOf(req)));
    } catch (error) {
      if (error instanceof NoRoomError) {
        const { refused, retryAfterSeconds } = error.refusal;
        // Logged without the address: which bound refused is what the operator needs (DIRECTLINE_MAX_CONVERSATIONS…).
        logger.warn({ refused, retryAfterSeconds }, 'new web conversation refused: no room');
        res.header('Retry-After', String(retryAfterSeconds));
        const tooMany = refused === 'client';
        return sendJson(res, tooMany ? 429 : 503, {
          error: tooMany ? 'Too many open conversations from this address: please try again later.' : 'The chat is busy: please try again in a moment.',
        });
      }
      // The reason goes to the logs (never the secret); the page gets a message it can show.
      logger.error({ err: error }, 'no Direct Line token for the page');
      sendJson(res, 502, { error: 'The chat service is unavailable, please try again later.' });
    }
  });
}
