/**
 * A reply as an SMS (in the TwiML answer to Twilio's webhook, or sent through the REST API): today's SMS style
 * (src/channels/render.ts: plain text, no emoji, choices as a numbered list that "2" answers), brought into GSM-7
 * where it can be and cut to a budget counted in SMS segments, not characters (segments.ts). The numbered list
 * and its instruction always survive; the text before them is what gets shortened.
 */
import type { Locale } from '../../knowledge/schema.js';
import { withNumberedChoices, type ReplyMessage } from '../../replies/compose.js';
import { toSms } from '../render.js';
import { fitSegments, toGsm } from './segments.js';

/** At most this many segments per message (5 × 153 GSM-7 characters, or 5 × 67 when UCS-2 cannot be avoided). */
export const SMS_MAX_SEGMENTS = 5;

export function smsText(message: ReplyMessage, locale: Locale): string {
  const head = plain(message.text);
  const tail = message.choices.length > 0 ? plain(withNumberedChoices({ text: '', choices: message.choices }, locale)) : '';
  return fitSegments(head, tail, SMS_MAX_SEGMENTS);
}

function plain(text: string): string {
  // toSms drops emoji and decorations (and cuts at its own, larger, limit); then GSM-7 where French allows it.
  return toGsm(toSms(text)).replace(/\.\.\.$/u, '...').trim();
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** The TwiML answer: one <Message> per reply (none: an empty <Response/>, Twilio then sends nothing). */
export function twiml(texts: string[]): string {
  const messages = texts.filter((t) => t.trim() !== '').map((t) => `<Message>${t.replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c)}</Message>`);
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${messages.join('')}</Response>`;
}
