/**
 * Staff sign-in and sessions. The session token lives only in the staff member's cookie; the store keeps its
 * SHA-256, so a copy of the database opens no session. Each session has its own CSRF token, which every change must
 * send back (X-CSRF-Token header for the API, a hidden field in the pages' forms).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffStore } from '../storage/types.js';
import { verifyDecoy, verifyPassword, MAX_PASSWORD_LENGTH } from './passwords.js';
import { LoginRateLimiter } from './rate-limit.js';

export interface Session {
  username: string;
  csrfToken: string;
  expiresAt: string;
}

export type SignIn =
  | { ok: true; token: string; session: Session }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'rate-limited'; retryAfterSeconds: number };

export interface SessionOptions {
  store: StaffStore;
  clock: () => Date;
  sessionHours: number;
  maxAttempts: number;
  windowMinutes: number;
  /** Resolves once the configured accounts are in the store. */
  ready: Promise<void>;
}

const MAX_USERNAME_LENGTH = 64;

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export class SessionManager {
  private readonly limiter: LoginRateLimiter;

  constructor(private readonly options: SessionOptions) {
    this.limiter = new LoginRateLimiter({ max: options.maxAttempts, windowMs: options.windowMinutes * 60_000, clock: options.clock });
  }

  get maxAgeSeconds(): number {
    return Math.round(this.options.sessionHours * 3600);
  }

  async signIn(username: string, password: string, address: string): Promise<SignIn> {
    await this.options.ready;
    const wait = this.limiter.retryAfterSeconds(username, address);
    if (wait > 0) return { ok: false, reason: 'rate-limited', retryAfterSeconds: wait };
    const user = username.length <= MAX_USERNAME_LENGTH ? await this.options.store.getUser(username) : undefined;
    const valid = user && password.length <= MAX_PASSWORD_LENGTH ? await verifyPassword(password, user.passwordHash) : await verifyDecoy(password);
    if (!user || !valid) {
      this.limiter.failed(username, address);
      return { ok: false, reason: 'invalid' };
    }
    this.limiter.succeeded(username);
    const now = this.options.clock();
    await this.options.store.purgeSessions(now.toISOString());
    const token = randomToken();
    const session: Session = {
      username: user.username,
      csrfToken: randomToken(),
      expiresAt: new Date(now.getTime() + this.maxAgeSeconds * 1000).toISOString(),
    };
    await this.options.store.createSession({ tokenHash: sha256(token), ...session });
    return { ok: true, token, session };
  }

  /** The session of a cookie token, or undefined (unknown, expired, or malformed). */
  async find(token: string | undefined): Promise<Session | undefined> {
    if (!token || token.length > 200) return undefined;
    const stored = await this.options.store.getSession(sha256(token));
    return stored && { username: stored.username, csrfToken: stored.csrfToken, expiresAt: stored.expiresAt };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (token && token.length <= 200) await this.options.store.deleteSession(sha256(token));
  }
}

/** Constant-time check of the CSRF token a request sent against its session's. */
export function csrfMatches(session: Session, sent: unknown): boolean {
  if (typeof sent !== 'string') return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(session.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
