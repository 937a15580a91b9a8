/**
 * Known devices: after a successful sign-in, the browser keeps a long-lived cookie that says "this account has
 * signed in here before". A sign-in that carries it is limited on its own key (rate-limit.ts), so strangers'
 * failed attempts — on this account, or from the same address — never stand in the way of the real user there.
 *
 * The cookie is `name.nonce.mac`, mac = HMAC-SHA256 keyed by the account's stored password hash. Nothing is stored;
 * every instance sharing the database recognises it; it opens no session by itself (it only changes which counter
 * an attempt uses, and the password is still checked); and changing the password forgets every device.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const DEVICE_COOKIE = 'staff_device';
/** A device is remembered this long after its last successful sign-in. */
export const DEVICE_MAX_AGE_SECONDS = 180 * 24 * 3600;

function mac(passwordHash: string, username: string, nonce: string): string {
  return createHmac('sha256', passwordHash).update(`staff-device\u0000${username}\u0000${nonce}`).digest('base64url');
}

export function issueDevice(username: string, passwordHash: string): string {
  const nonce = randomBytes(16).toString('base64url');
  return `${Buffer.from(username, 'utf8').toString('base64url')}.${nonce}.${mac(passwordHash, username, nonce)}`;
}

/** The device id (its nonce) when `token` was issued for this account and its current password; else undefined. */
export function knownDevice(token: string | undefined, username: string, passwordHash: string): string | undefined {
  if (!token || token.length > 300) return undefined;
  const [name, nonce, sent, ...rest] = token.split('.');
  if (rest.length > 0 || !name || !nonce || !sent) return undefined;
  if (Buffer.from(name, 'base64url').toString('utf8') !== username) return undefined;
  const expected = Buffer.from(mac(passwordHash, username, nonce));
  const given = Buffer.from(sent);
  return expected.length === given.length && timingSafeEqual(expected, given) ? nonce : undefined;
}
