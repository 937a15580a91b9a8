/**
 * The Telegram Bot API: sendMessage (replies and reminders) and setWebhook (`npm run channels -- telegram-webhook`).
 * https://core.telegram.org/bots/api#sendmessage — the URL holds the bot's token, so it is never logged.
 */
import type { Logger } from '../../logging.js';
import { postWithRetries } from '../bridges/outbound.js';

export interface TelegramSettings {
  apiUrl: string;
  botToken: string;
  attempts: number;
}

export class TelegramClient {
  constructor(
    private readonly settings: TelegramSettings,
    private readonly logger: Logger,
    private readonly pauseMs?: (attempt: number) => number,
  ) {}

  sendMessage(chatId: string, text: string, replyMarkup: Record<string, unknown>): Promise<unknown> {
    return this.call('sendMessage', { chat_id: chatId, text, reply_markup: replyMarkup, link_preview_options: { is_disabled: true } });
  }

  /** Registers the webhook: Telegram then POSTs updates to `url` with `secret` in X-Telegram-Bot-Api-Secret-Token. */
  setWebhook(url: string, secret: string): Promise<unknown> {
    return this.call('setWebhook', { url, secret_token: secret, allowed_updates: ['message'], drop_pending_updates: false });
  }

  private call(method: string, payload: Record<string, unknown>): Promise<unknown> {
    const { apiUrl, botToken, attempts } = this.settings;
    return postWithRetries(
      `${apiUrl.replace(/\/+$/, '')}/bot${botToken}/${method}`,
      { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) },
      { provider: 'telegram', attempts, logger: this.logger, ...(this.pauseMs ? { pauseMs: this.pauseMs } : {}) },
    );
  }
}
