/**
 * Who is on the other end of a request, for the per-address limits — and how that reaches a bot turn.
 *
 * The address is the TCP peer's, or, behind a reverse proxy that says so (TRUST_PROXY=true), the last address of
 * X-Forwarded-For: the one our own proxy saw (earlier entries are whatever the client chose to send). Without
 * TRUST_PROXY, X-Forwarded-For is ignored: anybody can write it.
 *
 * A turn runs inside the Bot Framework adapter, which sees only the activity. The HTTP handler that hands a
 * resident's activity to the adapter runs it inside `withClientAddress`, and the turn's middleware reads it back
 * with `currentClientAddress` (AsyncLocalStorage follows the awaits and promise callbacks in between). Nothing
 * keeps the address beyond the turn: it is never stored nor logged.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

interface AddressedRequest {
  header(name: string): string | undefined;
  socket?: { remoteAddress?: string | undefined } | undefined;
}

export function clientAddress(req: AddressedRequest, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = (req.header('x-forwarded-for') ?? '').split(',').map((a) => a.trim()).filter(Boolean);
    const last = forwarded[forwarded.length - 1];
    if (last) return canonical(last);
  }
  return canonical(req.socket?.remoteAddress ?? 'unknown');
}

/** "::ffff:127.0.0.1" and "127.0.0.1" are the same client. */
function canonical(address: string): string {
  return address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}

const scope = new AsyncLocalStorage<string>();

/** Runs `work` (a turn handed to the adapter) knowing the resident's address. */
export function withClientAddress<T>(address: string, work: () => T): T {
  return scope.run(address, work);
}

/** The address of the resident whose turn this is, when the way in knows it. */
export function currentClientAddress(): string | undefined {
  return scope.getStore();
}
