/**
 * Staff sign-in and sessions. The session token lives only in the staff member's cookie; the store keeps its
 * SHA-256, so a copy of the database opens no session. Each session has its own CSRF token, which every change must
 * send back (X-CSRF-Token header for the API, a hidden field in the pages' forms).
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { StaffStore } from '../storage/types.js';
import { issueDevice, knownDevice } from './devices.js';
import { verifyDecoy, verifyPassword, MAX_PASSWORD_LENGTH } from './passwords.js';
import type { LimiterStore } from '../abuse/limiter-store.js';
import { SignInThrottle } from './rate-limit.js';

export interface Session {
  username: string;
  csrfToken: string;
  expiresAt: string;
}

export type SignIn =
  | { ok: true; token: string; session: Session; /** For the known-device cookie (devices.ts). */ device: string }
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
  /** Where the sign-in throttle counts (shared by the instances on PostgreSQL); memory when absent. */
  limiterStore?: LimiterStore;
}

const MAX_USERNAME_LENGTH = 64;

function sha256(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function randomToken(): string {
  return randomBytes(32).toString('base64url');
}

export class SessionManager {
  private readonly throttle: SignInThrottle;

  constructor(private readonly options: SessionOptions) {
    this.throttle = new SignInThrottle({
      maxAttempts: options.maxAttempts,
      windowMinutes: options.windowMinutes,
      ...(options.limiterStore ? { store: options.limiterStore } : {}),
    });
  }

  get maxAgeSeconds(): number {
    return Math.round(this.options.sessionHours * 3600);
  }

  /**
   * Checks a password, counted by the sign-in throttle before it is checked. `deviceToken` is the browser's
   * known-device cookie, if any: valid for this account, it gives the attempt a counter of its own.
   */
  async signIn(username: string, password: string, address: string, deviceToken?: string): Promise<SignIn> {
    await this.options.ready;
    const user = username.length <= MAX_USERNAME_LENGTH ? await this.options.store.getUser(username) : undefined;
    const device = user ? knownDevice(deviceToken, user.username, user.passwordHash) : undefined;
    const admission = await this.throttle.admit(username, address, device);
    if (!admission.ok) return { ok: false, reason: 'rate-limited', retryAfterSeconds: admission.retryAfterSeconds };
    const { attempt } = admission;
    let valid: boolean;
    try {
      valid = user && password.length <= MAX_PASSWORD_LENGTH ? await verifyPassword(password, user.passwordHash) : await verifyDecoy(password);
    } catch (error) {
      await attempt.abandoned();
      throw error;
    }
    if (!user || !valid) {
      await attempt.failed();
      return { ok: false, reason: 'invalid' };
    }
    await attempt.succeeded();
    const now = this.options.clock();
    await this.options.store.purgeSessions(now.toISOString());
    const token = randomToken();
    const session: Session = {
      username: user.username,
      csrfToken: randomToken(),
      expiresAt: new Date(now.getTime() + this.maxAgeSeconds * 1000).toISOString(),
    };
    await this.options.store.createSession({ tokenHash: sha256(token), ...session });
    return { ok: true, token, session, device: issueDevice(user.username, user.passwordHash) };
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
