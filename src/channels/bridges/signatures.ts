/**
 * Webhook signatures, each exactly as its provider documents it, compared in constant time:
 *  - Twilio (X-Twilio-Signature): HMAC-SHA1 with the auth token over the full URL Twilio called (our PUBLIC_URL +
 *    path + query) followed by every POST parameter, sorted by name, as name then value with nothing between;
 *    base64. https://www.twilio.com/docs/usage/security#validating-requests
 *  - Meta (X-Hub-Signature-256): "sha256=" + hex HMAC-SHA256 of the raw body with the app secret.
 *    https://developers.facebook.com/docs/graph-api/webhooks/getting-started#validate-payloads
 *  - Telegram: no signature; the secret_token given to setWebhook comes back in X-Telegram-Bot-Api-Secret-Token.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export function sameSecret(given: string | undefined, expected: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

export type FormParams = Record<string, string | string[] | undefined>;

export function twilioSignature(authToken: string, url: string, params: FormParams): string {
  let data = url;
  for (const name of Object.keys(params).sort()) {
    const value = params[name];
    const values = Array.isArray(value) ? [...value].sort() : value === undefined ? [] : [value];
    for (const v of values) data += name + v;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

export function validTwilioSignature(authToken: string, url: string, params: FormParams, header: string | undefined): boolean {
  return sameSecret(header, twilioSignature(authToken, url, params));
}

export function metaSignature(appSecret: string, rawBody: string | Buffer): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

export function validMetaSignature(appSecret: string, rawBody: string | Buffer, header: string | undefined): boolean {
  return sameSecret(header?.toLowerCase(), metaSignature(appSecret, rawBody));
}
