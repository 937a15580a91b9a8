/**
 * Telegram, without Azure: Telegram POSTs each update to `POST /api/channels/telegram` with the secret given at
 * registration (`npm run channels -- telegram-webhook`) in X-Telegram-Bot-Api-Secret-Token — anything else is 403
 * before the body is looked at. The update is answered 200 at once; the replies go out with sendMessage, choices
 * as a keyboard. Only private chats are answered (in a group, other people would read a resident's answers).
 * Off (404) unless TELEGRAM_BOT_TOKEN and TELEGRAM_WEBHOOK_SECRET are set.
 */
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import type { Logger } from '../../logging.js';
import type { BridgePipeline } from '../bridges/pipeline.js';
import { sameSecret } from '../bridges/signatures.js';
import type { BackgroundWork } from '../bridges/work.js';
import { notFound } from '../sms/routes.js';
import type { TelegramClient } from './client.js';
import { telegramMessage } from './render.js';

export const TELEGRAM_PATH = '/api/channels/telegram';

const Update = z
  .object({
    update_id: z.number().int(),
    message: z
      .object({
        message_id: z.number().int(),
        chat: z.object({ id: z.union([z.number().int(), z.string().max(64)]), type: z.string().max(32) }).passthrough(),
        from: z.object({ language_code: z.string().max(35).optional() }).passthrough().optional(),
        text: z.string().max(8192).optional(),
      })
      .passthrough()
      .optional(),
  })
  .passthrough();

export interface TelegramRouteParts {
  secret: string;
  pipeline: BridgePipeline;
  client: TelegramClient;
  work: BackgroundWork;
  logger: Logger;
}

export function installTelegramRoute(server: Server, parts: TelegramRouteParts | undefined): void {
  server.post(TELEGRAM_PATH, async (req: Request, res: Response) => {
    if (!parts) return notFound(res);
    if (!sameSecret(req.header('x-telegram-bot-api-secret-token') || undefined, parts.secret)) {
      parts.logger.warn({ channel: 'telegram' }, 'webhook refused: bad or missing secret token');
      res.status(403);
      res.end();
      return;
    }
    const update = Update.safeParse(req.body);
    res.status(200);
    res.end();
    const message = update.success ? update.data.message : undefined;
    if (!update.success || !message || message.chat.type !== 'private') return;
    const chatId = String(message.chat.id);
    const text = message.text ?? '';
    // /start opens the conversation: greeted like anyone saying hello.
    const said = text === '/start' || text.startsWith('/start ') ? 'bonjour' : text;
    parts.work.run(async () => {
      const answer = await parts.pipeline.handle({
        id: String(update.data.update_id),
        sender: chatId,
        text: said,
        media: message.text === undefined,
        ...(message.from?.language_code ? { locale: message.from.language_code } : {}),
      });
      for (const reply of answer?.replies ?? []) {
        const { text: body, replyMarkup } = telegramMessage(reply);
        if (body.trim()) await parts.client.sendMessage(chatId, body, replyMarkup);
      }
    });
  });
}
