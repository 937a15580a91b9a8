/**
 * WhatsApp through Meta's Cloud API, without Azure:
 *  - GET /api/channels/whatsapp answers Meta's verification of the callback URL (hub.mode=subscribe,
 *    hub.verify_token = WHATSAPP_VERIFY_TOKEN → hub.challenge echoed; else 403);
 *  - POST /api/channels/whatsapp checks X-Hub-Signature-256 over the raw body (403 and nothing read otherwise),
 *    answers 200 at once (Meta retries slow webhooks), then runs each message through the pipeline and sends the
 *    replies through the Graph API. Each message from a resident opens WhatsApp's 24-hour window for free-form
 *    messages: its end is remembered (under the salted key) so that a reminder knows whether it needs a template.
 * Off (404) unless the WhatsApp variables are set.
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../logging.js';
import type { KeyValueStore } from '../../storage/types.js';
import type { BridgePipeline } from '../bridges/pipeline.js';
import { sameSecret, validMetaSignature } from '../bridges/signatures.js';
import type { BackgroundWork } from '../bridges/work.js';
import { notFound } from '../sms/routes.js';
import type { WhatsAppClient } from './client.js';
import { whatsappMessages } from './payload.js';
import { whatsappContent } from './render.js';

export const WHATSAPP_PATH = '/api/channels/whatsapp';
export const WINDOW_MS = 24 * 60 * 60 * 1000;

export interface WhatsAppRouteParts {
  verifyToken: string;
  appSecret: string;
  pipeline: BridgePipeline;
  client: WhatsAppClient;
  state: KeyValueStore;
  work: BackgroundWork;
  clock: () => Date;
  logger: Logger;
}

/** The key under which the end of a resident's 24-hour window is kept. */
export function windowKey(addressKey: string): string {
  return `whatsapp-window:${addressKey}`;
}

export function installWhatsAppRoutes(server: Server, parts: WhatsAppRouteParts | undefined): void {
  server.get(WHATSAPP_PATH, async (req: Request, res: Response) => {
    if (!parts) return notFound(res);
    const query = (req.query ?? {}) as Record<string, unknown>;
    const challenge = query['hub.challenge'];
    if (query['hub.mode'] === 'subscribe' && typeof query['hub.verify_token'] === 'string' && sameSecret(query['hub.verify_token'], parts.verifyToken) && typeof challenge === 'string') {
      res.status(200);
      res.header('Content-Type', 'text/plain; charset=utf-8');
      res.end(challenge.slice(0, 256));
      return;
    }
    res.status(403);
    res.end();
  });

  server.post(WHATSAPP_PATH, async (req: Request, res: Response) => {
    if (!parts) return notFound(res);
    // The bytes as received (restify keeps them as rawBody): the signature is over them, not over parsed JSON.
    const raw = (req as Request & { rawBody?: unknown }).rawBody;
    if (!(typeof raw === 'string' || Buffer.isBuffer(raw)) || !validMetaSignature(parts.appSecret, raw, req.header('x-hub-signature-256') || undefined)) {
      parts.logger.warn({ channel: 'whatsapp' }, 'webhook refused: bad or missing X-Hub-Signature-256');
      res.status(403);
      res.end();
      return;
    }
    const messages = whatsappMessages(req.body);
    res.status(200);
    res.end();
    if (!messages || messages.length === 0) return;
    parts.work.run(async () => {
      for (const message of messages) {
        const answer = await parts.pipeline.handle(message);
        if (!answer) continue;
        const now = parts.clock().getTime();
        await parts.state.set(windowKey(answer.key), { open: true }, new Date(now + WINDOW_MS).toISOString());
        for (const reply of answer.replies) await parts.client.send(message.sender, whatsappContent(reply, answer.locale));
      }
    });
  });
}
