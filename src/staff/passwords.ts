/**
 * Staff passwords, hashed with scrypt (node:crypto, nothing to install). The stored form carries its own parameters,
 * `scrypt$N$r$p$salt$hash` (salt and hash in base64), so a hash made elsewhere with other costs still verifies and
 * the costs can be raised later without breaking existing accounts.
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** N = 2^15, r = 8: about 32 MiB and a few tens of milliseconds per attempt — slow for a guesser, fine for a login. */
export const SCRYPT_COST = Object.freeze({ N: 32_768, r: 8, p: 1 });
const KEY_BYTES = 64;
const SALT_BYTES = 16;
/** Parameters read from a hash are bounded, so a hostile hash in the configuration cannot exhaust memory. */
const MAX_N = 1 << 20;
const MAX_MEMORY = 256 * 1024 * 1024;

/** A staff password: long rather than complicated (a sentence is fine). */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 1024;

function derive(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keylen, { ...options, maxmem: MAX_MEMORY }, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const { N, r, p } = SCRYPT_COST;
  const key = await derive(password, salt, KEY_BYTES, { N, r, p });
  return ['scrypt', N, r, p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash {
  N: number;
  r: number;
  p: number;
  salt: Buffer;
  key: Buffer;
}

function parse(hash: string): ParsedHash | undefined {
  const parts = hash.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const salt = Buffer.from(parts[4] ?? '', 'base64');
  const key = Buffer.from(parts[5] ?? '', 'base64');
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_N || !Number.isInteger(r) || r < 1 || r > 32 || !Number.isInteger(p) || p < 1 || p > 16) return undefined;
  if (salt.length < 8 || key.length < 16) return undefined;
  return { N, r, p, salt, key };
}

/** True when `hash` is a scrypt hash this module can verify. */
export function isVerifiableHash(hash: string): boolean {
  return parse(hash) !== undefined;
}

/** Constant-time comparison; false for a malformed hash (never an exception a caller could forget to catch). */
export async function verifyPassword(password: string, hash: string): Promise<boolean> {
  const parsed = parse(hash);
  if (!parsed || password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await derive(password, parsed.salt, parsed.key.length, { N: parsed.N, r: parsed.r, p: parsed.p });
  return timingSafeEqual(key, parsed.key);
}

/**
 * A hash of nothing anyone knows, checked when the account does not exist, so that an unknown name takes as long as
 * a wrong password and the answer time does not tell which names exist.
 */
let decoy: Promise<string> | undefined;
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hashPassword(randomBytes(32).toString('base64'));
  await verifyPassword(password, await decoy);
  return false;
}
