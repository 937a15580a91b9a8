/** What the console's routes are given by src/staff/index.ts (built once, from the composition root's parts). */
import type { Storage } from '../storage/types.js';
import type { StaffActions } from './actions.js';
import type { Lookup } from './lookup.js';
import type { SessionManager } from './sessions.js';
import type { Signature } from './similar.js';

export interface StaffDeps {
  storage: Storage;
  actions: StaffActions;
  sessions: SessionManager;
  lookup: Lookup;
  signature: Signature;
  clock: () => Date;
  /** The entry the bot answers this text with today, if any. */
  answers: (text: string) => string | undefined;
  cookie: { name: string; secure: boolean };
}

/** The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site sends it), Secure over https. */
export function sessionCookie(deps: StaffDeps, token: string, maxAgeSeconds: number): string {
  const parts = [`${deps.cookie.name}=${token}`, 'Path=/staff', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (deps.cookie.secure) parts.push('Secure');
  return parts.join('; ');
}

export function clearedCookie(deps: StaffDeps): string {
  return sessionCookie(deps, '', 0);
}

/** The address a sign-in comes from, for the rate limit (the proxy's when behind one: see rate-limit.ts). */
export function clientAddress(req: { socket?: { remoteAddress?: string | undefined } }): string {
  return req.socket?.remoteAddress ?? 'unknown';
}
