/**
 * The one resident address the assistant keeps — where to send an opted-in reminder (a phone number, a chat id,
 * a Bot Framework conversation reference) — sealed with AES-256-GCM under REMINDER_KEY (node:crypto, nothing to
 * install). A sealed value is "v1.<iv>.<tag>.<ciphertext>" in base64url; a fresh random IV each time, so the same
 * number sealed twice gives two unrelated strings. A database copied without the key reveals no address; a value
 * altered in the database fails to open (GCM's tag) instead of sending to someone else.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const VERSION = 'v1';
const IV_BYTES = 12;

export class AddressSeal {
  private readonly key: Buffer;

  /** `key`: 32 bytes as 44 base64 characters or 64 hexadecimal ones (REMINDER_KEY). */
  constructor(key: string) {
    this.key = /^[0-9a-fA-F]{64}$/.test(key) ? Buffer.from(key, 'hex') : Buffer.from(key, 'base64');
    if (this.key.length !== 32) throw new Error('REMINDER_KEY must be 32 bytes (base64 or hexadecimal)');
  }

  seal(address: string): string {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(address, 'utf8'), cipher.final()]);
    return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join('.');
  }

  /** The address, or undefined when the value was not sealed with this key (or was altered). */
  open(value: string): string | undefined {
    const [version, iv, tag, sealed] = value.split('.');
    if (version !== VERSION || !iv || !tag || sealed === undefined) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }
}
