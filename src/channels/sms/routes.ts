/**
 * SMS through Twilio, without Azure: Twilio POSTs each SMS to `POST /api/channels/sms` (form-encoded: From, To,
 * Body, MessageSid, NumMedia...), signed in X-Twilio-Signature over PUBLIC_URL + path and the parameters; the
 * answer is TwiML in the response — one <Message> per reply — so an answer costs no API call. A bad or missing
 * signature is 403 before anything is read or stored. Off (404) unless the Twilio variables are set.
 *
 * "STOP" alone is Twilio's carrier-level opt-out: Twilio answers it itself and blocks every message to that number
 * until the resident sends START. The assistant then also cancels that number's reminders and deletes its
 * address; "stop rappels" cancels reminders only, and the conversation goes on.
 */
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../../logging.js';
import type { ReminderStore } from '../../storage/types.js';
import { fold } from '../../../dialogs/reminder-flow.js';
import { addressKey } from '../bridges/address-key.js';
import type { BridgePipeline } from '../bridges/pipeline.js';
import { validTwilioSignature, type FormParams } from '../bridges/signatures.js';
import { smsText, twiml } from './render.js';

export const SMS_PATH = '/api/channels/sms';
/** Twilio's default opt-out keywords (and their French usual form): the carrier has opted the number out. */
const OPT_OUT = new Set(['stop', 'stopall', 'unsubscribe', 'cancel', 'end', 'quit', 'arret', 'arreter']);

export interface SmsRouteParts {
  authToken: string;
  publicUrl: string;
  pipeline: BridgePipeline;
  reminders: ReminderStore;
  salt: string;
  logger: Logger;
}

export function installSmsRoute(server: Server, parts: SmsRouteParts | undefined): void {
  server.post(SMS_PATH, async (req: Request, res: Response) => {
    if (!parts) return notFound(res);
    const params = formParams(req.body);
    const url = `${parts.publicUrl.replace(/\/+$/, '')}${req.url ?? SMS_PATH}`;
    if (!params || !validTwilioSignature(parts.authToken, url, params, req.header('x-twilio-signature') || undefined)) {
      parts.logger.warn({ channel: 'sms' }, 'webhook refused: bad or missing X-Twilio-Signature');
      res.status(403);
      res.header('Content-Type', 'text/plain; charset=utf-8');
      res.end('Forbidden');
      return;
    }
    const sid = one(params['MessageSid']) ?? one(params['SmsSid']);
    const from = one(params['From']);
    if (!sid || !from) return xml(res, twiml([]));
    const body = one(params['Body']) ?? '';
    if (one(params['OptOutType'])?.toUpperCase() === 'STOP' || OPT_OUT.has(fold(body))) {
      const cancelled = await parts.reminders.cancelAddress('sms', addressKey(parts.salt, 'sms', from));
      parts.logger.info({ channel: 'sms', cancelled }, 'carrier opt-out: reminders cancelled');
      return xml(res, twiml([]));
    }
    const answer = await parts.pipeline.handle({ id: sid, sender: from, text: body, media: Number(one(params['NumMedia']) ?? 0) > 0 });
    xml(res, twiml(answer ? answer.replies.map((r) => smsText(r, answer.locale)) : []));
  });
}

function formParams(body: unknown): FormParams | undefined {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return undefined;
  const out: FormParams = {};
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v) && v.every((x) => typeof x === 'string')) out[k] = v as string[];
    else return undefined;
  }
  return out;
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function xml(res: Response, body: string): void {
  res.status(200);
  res.header('Content-Type', 'text/xml; charset=utf-8');
  res.end(body);
}

export function notFound(res: Response): void {
  res.status(404);
  res.header('Content-Type', 'application/json; charset=utf-8');
  res.end(JSON.stringify({ error: 'This channel is not configured on this server.' }));
}
