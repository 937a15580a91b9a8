/** What the console's routes are given by src/staff/index.ts (built once, from the composition root's parts). */
import { clientAddress } from '../abuse/client-address.js';
import type { LiveKnowledge } from '../fiches/live-knowledge.js';
import type { Storage } from '../storage/types.js';
import { DEVICE_COOKIE, DEVICE_MAX_AGE_SECONDS } from './devices.js';
import type { StaffActions } from './actions.js';
import type { Lookup } from './lookup.js';
import type { SessionManager } from './sessions.js';
import type { Signature } from './similar.js';

export interface StaffDeps {
  storage: Storage;
  actions: StaffActions;
  sessions: SessionManager;
  lookup: Lookup;
  /** The fiches as residents see them now (YAML + staff changes). */
  fiches: LiveKnowledge;
  signature: Signature;
  clock: () => Date;
  /** The entry the bot answers this text with today, if any. */
  answers: (text: string) => string | undefined;
  /** The entries the bot offers to choose between for this text today (it asks "which one?"), else none. */
  offers: (text: string) => string[];
  cookie: { name: string; secure: boolean };
  /** TRUST_PROXY: behind a reverse proxy, sign-ins are counted per client (X-Forwarded-For), not per proxy. */
  trustProxy: boolean;
}

/** The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure over https. */
export function sessionCookie(deps: StaffDeps, token: string, maxAgeSeconds: number): string {
  const parts = [`${deps.cookie.name}=${token}`, 'Path=/staff', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (deps.cookie.secure) parts.push('Secure');
  return parts.join('; ');
}

/** The known-device cookie (devices.ts): same flags as the session's, kept for months. */
export function deviceCookie(deps: StaffDeps, device: string): string {
  const parts = [`${DEVICE_COOKIE}=${device}`, 'Path=/staff', 'HttpOnly', 'SameSite=Strict', `Max-Age=${DEVICE_MAX_AGE_SECONDS}`];
  if (deps.cookie.secure) parts.push('Secure');
  return parts.join('; ');
}

/** The cookies a successful sign-in sets: the session, and the device remembered for the next sign-ins. */
export function signedInCookies(deps: StaffDeps, token: string, device: string, maxAgeSeconds: number): string[] {
  return [sessionCookie(deps, token, maxAgeSeconds), deviceCookie(deps, device)];
}

export function clearedCookie(deps: StaffDeps): string {
  return sessionCookie(deps, '', 0);
}

/** The address a sign-in comes from, for the rate limit on sign-in attempts (see abuse/client-address.ts). */
export function signInAddress(deps: StaffDeps, req: Parameters<typeof clientAddress>[0]): string {
  return clientAddress(req, deps.trustProxy);
}
