/**
 * Sending through the WhatsApp Cloud API: POST {WHATSAPP_API_URL}/{version}/{phone number id}/messages with the
 * access token. Free-form messages (text, buttons, lists) only reach a resident who wrote within the last 24 hours
 * (the customer-service window); outside it only an approved template can be sent — which is what reminders use.
 * https://developers.facebook.com/docs/whatsapp/cloud-api/guides/send-message-templates
 */
import type { Logger } from '../../logging.js';
import { postWithRetries } from '../bridges/outbound.js';
import type { WhatsAppContent } from './render.js';

export interface WhatsAppSettings {
  apiUrl: string;
  version: string;
  phoneNumberId: string;
  accessToken: string;
  attempts: number;
}

export class WhatsAppClient {
  constructor(
    private readonly settings: WhatsAppSettings,
    private readonly logger: Logger,
    private readonly pauseMs?: (attempt: number) => number,
  ) {}

  send(to: string, content: WhatsAppContent): Promise<unknown> {
    return this.post({ messaging_product: 'whatsapp', recipient_type: 'individual', to, ...content });
  }

  /** An approved template whose body has one parameter: the text of the reminder. */
  sendTemplate(to: string, name: string, language: string, text: string): Promise<unknown> {
    return this.post({
      messaging_product: 'whatsapp',
      to,
      type: 'template',
      template: { name, language: { code: language }, components: [{ type: 'body', parameters: [{ type: 'text', text }] }] },
    });
  }

  private post(payload: Record<string, unknown>): Promise<unknown> {
    const { apiUrl, version, phoneNumberId, accessToken, attempts } = this.settings;
    const url = `${apiUrl.replace(/\/+$/, '')}/${version}/${encodeURIComponent(phoneNumberId)}/messages`;
    return postWithRetries(
      url,
      { headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' }, body: JSON.stringify(payload) },
      { provider: 'whatsapp', attempts, logger: this.logger, ...(this.pauseMs ? { pauseMs: this.pauseMs } : {}) },
    );
  }
}
