/**
 * A resident's address on a messaging channel (phone number, WhatsApp id, Telegram chat id) as the assistant
 * refers to it everywhere it must: a salted HMAC-SHA256 (STATE_SALT), per channel. It keys the conversation's
 * memory, the rate limits, the SMS budget and "stop rappels" — never the address itself, which is neither logged
 * nor stored (the one exception, a reminder's sealed address, is src/reminders/address-seal.ts).
 */
import { createHash, createHmac } from 'node:crypto';

export function addressKey(salt: string, channel: string, address: string): string {
  return createHmac('sha256', salt).update(`${channel}\0${address}`).digest('hex');
}

/** A provider's message id as stored for idempotency (not secret, but nothing needs it in clear). */
export function messageKey(provider: string, id: string): string {
  return createHash('sha256').update(`${provider}\0${id}`).digest('hex');
}
