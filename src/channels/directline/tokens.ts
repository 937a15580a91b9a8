/**
 * Local Direct Line tokens: JWTs signed with HMAC-SHA256, short-lived, bound to ONE conversation and one user.
 * The endpoint trusts nothing else: a token for one conversation never reads or writes another, an expired or
 * forged token is refused. The `user` claim is the one Web Chat and botframework-directlinejs read to learn their
 * user id ("dl_…", the prefix Direct Line reserves for ids embedded in a token, so a page cannot forge another's).
 *
 * A second, very short-lived kind ("stream") only opens the WebSocket: its URL may end up in proxy logs, so it must
 * not be the conversation token itself.
 */
import { randomBytes } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';

export type TokenScope = 'conversation' | 'stream';

export interface TokenClaims {
  conversationId: string;
  userId: string;
  scope: TokenScope;
  /** Seconds since the epoch. */
  expiresAt: number;
}

export interface MintedToken {
  token: string;
  /** Seconds, as Direct Line's `expires_in`. */
  expiresIn: number;
}

export type TokenCheck = { ok: true; claims: TokenClaims } | { ok: false; reason: 'expired' | 'invalid' };

const ISSUER = 'renaissance-assistant';
const AUDIENCE = 'directline';
/** Enough for the page to open its WebSocket right after receiving the URL, short enough to be useless in a log. */
export const STREAM_TOKEN_SECONDS = 120;

/** Where the signing key comes from: drawn at each start, or shared by every instance (the database's). */
export type TokenKeySource = () => Promise<Uint8Array>;

export class DirectLineTokens {
  private key: Promise<Uint8Array> | undefined;

  constructor(
    private readonly lifetimeSeconds: number,
    private readonly clock: () => Date,
    /**
     * Default: a key drawn at start, for conversations that live in this process's memory. With PostgreSQL the key
     * is the one stored in the database (postgres-conversations.ts), so that any instance accepts the token.
     */
    private readonly keySource: TokenKeySource = async () => randomBytes(32),
  ) {}

  /** The key, fetched once; a failure (database unreachable) is retried on the next call. */
  private signingKey(): Promise<Uint8Array> {
    this.key ??= this.keySource().catch((error: unknown) => {
      this.key = undefined;
      throw error;
    });
    return this.key;
  }

  async mint(conversationId: string, userId: string, scope: TokenScope = 'conversation'): Promise<MintedToken> {
    const expiresIn = scope === 'stream' ? STREAM_TOKEN_SECONDS : this.lifetimeSeconds;
    const now = Math.floor(this.clock().getTime() / 1000);
    const token = await new SignJWT({ conv: conversationId, user: userId, scope })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(now)
      .setExpirationTime(now + expiresIn)
      .sign(await this.signingKey());
    return { token, expiresIn };
  }

  async verify(token: string, scope: TokenScope = 'conversation'): Promise<TokenCheck> {
    const key = await this.signingKey();
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.clock(),
        requiredClaims: ['exp', 'conv', 'user', 'scope'],
      });
      const { conv, user, scope: tokenScope, exp } = payload;
      if (typeof conv !== 'string' || typeof user !== 'string' || tokenScope !== scope || typeof exp !== 'number') {
        return { ok: false, reason: 'invalid' };
      }
      return { ok: true, claims: { conversationId: conv, userId: user, scope, expiresAt: exp } };
    } catch (error) {
      return { ok: false, reason: error instanceof errors.JWTExpired ? 'expired' : 'invalid' };
    }
  }
}

/** "Bearer abc" → "abc"; anything else → undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S{1,4096})\s*$/i.exec(header ?? '');
  return match?.[1];
}
