/**
 * Structured logs (JSON lines, pino). Two rules:
 *  - no resident's text is ever logged (no raw conversation logs): log decisions, topics, ids of records, errors;
 *  - no secret is ever logged: passwords, tokens, cookies and authorization headers are censored by path, as a
 *    safety net behind the habit of not passing them to the logger at all.
 */
import pino, { type Logger, type DestinationStream } from 'pino';

export type { Logger };

export const REDACTED_PATHS = [
  'password',
  '*.password',
  'secret',
  '*.secret',
  'token',
  '*.token',
  'MicrosoftAppPassword',
  '*.MicrosoftAppPassword',
  'DIRECTLINE_SECRET',
  '*.DIRECTLINE_SECRET',
  'SESSION_SECRET',
  '*.SESSION_SECRET',
  'TWILIO_AUTH_TOKEN',
  '*.TWILIO_AUTH_TOKEN',
  'WHATSAPP_APP_SECRET',
  '*.WHATSAPP_APP_SECRET',
  'WHATSAPP_ACCESS_TOKEN',
  '*.WHATSAPP_ACCESS_TOKEN',
  'TELEGRAM_BOT_TOKEN',
  '*.TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
  '*.TELEGRAM_WEBHOOK_SECRET',
  'REMINDER_KEY',
  '*.REMINDER_KEY',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  'text',
  '*.text',
];

export function createLogger(level = 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'renaissance-assistant' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    timestamp: pino.stdTimeFunctions.isoTime,
  };
  return destination ? pino(options, destination) : pino(options);
}
