/**
 * Each web page that opens the widget asks POST /api/directline/token for a new conversation, which lives in memory
 * until it expires. The store itself refuses a conversation beyond its bounds (per address and in all, see
 * src/channels/directline/conversations.ts) rather than ending anyone's; this limit keeps a script minting
 * conversations in a loop from even getting that far: each new conversation counts as a message of its address
 * (RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE, IPv6 by /64), and beyond the limit the route answers 429 with Retry-After
 * (the widget then shows "momentanément indisponible, réessayez").
 */
import type { Request, Response, Server } from 'restify';
import { TOKEN_PATH } from '../channels/directline/token-endpoint.js';
import type { Logger } from '../logging.js';
import { sendJson, type RouteInstaller } from '../server.js';
import { clientAddress } from './client-address.js';
import type { AbuseLimits } from './limits.js';

export function newConversationLimit(limits: AbuseLimits, trustProxy: boolean, logger: Logger): RouteInstaller {
  return (server: Server) => {
    server.pre((req: Request, res: Response, next: (proceed?: boolean) => void) => {
      if (req.method !== 'POST' || req.path() !== TOKEN_PATH) return next();
      void limits.newConversation(clientAddress(req, trustProxy)).then((refusal) => {
        if (!refusal) return next();
        if (refusal.first) logger.warn({ retryAfterSeconds: refusal.retryAfterSeconds }, 'new web conversation refused: rate limit');
        res.header('Retry-After', String(refusal.retryAfterSeconds));
        res.header('Cache-Control', 'no-store');
        sendJson(res, 429, { error: 'Too many new conversations from this address: please try again in a moment.' });
        return next(false);
      });
    });
  };
}
