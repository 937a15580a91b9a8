/**
 * Calls to a provider's API (Twilio, WhatsApp Cloud API, Telegram Bot API) with a bounded number of attempts: a
 * network error, a 429 or a 5xx is tried again after a short pause, anything else (4xx: a wrong token, a number
 * that cannot receive) at once gives up. Failures are logged with the provider, the status and the attempt —
 * never the text, the number or the token (the URL of Telegram's API contains the token: it is not logged).
 */
import type { Logger } from '../../logging.js';

export class SendError extends Error {
  constructor(
    readonly provider: string,
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = 'SendError';
  }
}

export interface OutboundOptions {
  provider: string;
  attempts: number;
  logger: Logger;
  /** Pause before attempt n (2, 3...), in ms; tests pass 0. */
  pauseMs?: (attempt: number) => number;
  /** Each attempt gives up after this long (ms). */
  timeoutMs?: number;
}

const defaultPause = (attempt: number) => 250 * 2 ** (attempt - 2);

/** POSTs and resolves with the parsed JSON answer; rejects with SendError once the attempts are spent. */
export async function postWithRetries(url: string, init: { headers: Record<string, string>; body: string }, options: OutboundOptions): Promise<unknown> {
  const pause = options.pauseMs ?? defaultPause;
  let last: SendError | undefined;
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    if (attempt > 1) await new Promise((resolve) => setTimeout(resolve, pause(attempt)));
    try {
      const response = await fetch(url, { method: 'POST', headers: init.headers, body: init.body, signal: AbortSignal.timeout(options.timeoutMs ?? 10_000) });
      const text = await response.text();
      if (response.ok) return text ? (JSON.parse(text) as unknown) : {};
      last = new SendError(options.provider, response.status, `${options.provider} answered ${response.status}`);
      options.logger.warn({ provider: options.provider, status: response.status, attempt, attempts: options.attempts }, 'message could not be sent');
      if (response.status !== 429 && response.status < 500) break;
    } catch (error) {
      last = new SendError(options.provider, undefined, `${options.provider} unreachable: ${error instanceof Error ? error.name : 'error'}`);
      options.logger.warn({ provider: options.provider, error: error instanceof Error ? error.name : 'error', attempt, attempts: options.attempts }, 'message could not be sent');
    }
  }
  throw last ?? new SendError(options.provider, undefined, 'not sent');
}
