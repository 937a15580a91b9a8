/**
 * Outbound SMS through Twilio's REST API (Messages resource), for what is not an answer to a webhook: reminders.
 * https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource
 * The answer to a resident's message goes back in the webhook's TwiML response instead (routes.ts): no API call.
 */
import type { Logger } from '../../logging.js';
import { postWithRetries } from '../bridges/outbound.js';

export interface TwilioSettings {
  apiUrl: string;
  accountSid: string;
  authToken: string;
  from: string;
  attempts: number;
}

export class TwilioClient {
  constructor(
    private readonly settings: TwilioSettings,
    private readonly logger: Logger,
    private readonly pauseMs?: (attempt: number) => number,
  ) {}

  async send(to: string, body: string): Promise<void> {
    const { apiUrl, accountSid, authToken, from, attempts } = this.settings;
    const url = `${apiUrl.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
    await postWithRetries(
      url,
      {
        headers: {
          Authorization: `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ To: to, From: from, Body: body }).toString(),
      },
      { provider: 'twilio', attempts, logger: this.logger, ...(this.pauseMs ? { pauseMs: this.pauseMs } : {}) },
    );
  }
}
