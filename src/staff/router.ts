/**
 * How every staff route is served, in one place, so that no route can skip a rule:
 *   1. headers: no caching, a strict Content-Security-Policy (pages load nothing but the console's own CSS);
 *   2. a session is required (except the sign-in and the stylesheet): the API answers 401, pages go to the sign-in;
 *   3. any change (not GET) must carry the session's CSRF token (X-CSRF-Token header or the form's `_csrf` field),
 *      else 403;
 *   4. errors become clear answers: bad input 400, unknown record 404, anything else 500 (logged, never shown).
 * Routes are data (method, path, access): the tests enumerate them to check rule 2 on each.
 */
import type { Request, Response, Server } from 'restify';
import { ZodError } from 'zod';
import type { Logger } from '../logging.js';
import { StorageConflictError, StorageValidationError } from '../storage/errors.js';
import { csrfMatches, type Session, type SessionManager } from './sessions.js';
import { t, type ErrorCode } from './text.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
/** restify's name of each method's route registration. */
const VERBS = { GET: 'get', POST: 'post', PATCH: 'patch', DELETE: 'del' } as const;

export interface Context {
  req: Request;
  res: Response;
  /** Present on every route whose access is 'session'. */
  session: Session;
}

export interface StaffRoute {
  method: Method;
  path: string;
  access: 'public' | 'session';
  handle(ctx: Context): Promise<void>;
}

/** What a failed request answers; thrown by handlers, turned into JSON or a page by the router. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly details?: unknown,
  ) {
    super(code);
    this.name = 'HttpError';
  }
}

export interface RouterParts {
  sessions: SessionManager;
  logger: Logger;
  /** Renders a failed page request (HTML) — the API answers JSON instead. */
  errorPage: (ctx: { req: Request; res: Response; session: Session | undefined }, status: number, code: ErrorCode) => void;
  cookieName: string;
  /** Where pages send a visitor without a session. */
  loginPath: string;
}

export const API_PREFIX = '/staff/api/';

/** Pages: own CSS only, no script at all, forms only to this origin, never framed. */
export const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'";

export function isApi(req: Request): boolean {
  return (req.path() ?? '').startsWith(API_PREFIX);
}

export function readCookie(req: Request, name: string): string | undefined {
  const header = req.header('cookie') ?? '';
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A field of a parsed form or JSON body, or undefined. */
export function field(req: Request, name: string): unknown {
  const body: unknown = req.body;
  return typeof body === 'object' && body !== null && !Array.isArray(body) ? Reflect.get(body, name) : undefined;
}

/**
 * <, > and & as \u escapes (JSON allows them only inside strings, so this changes no value): even a browser that
 * sniffed the type could not read a resident's text as markup.
 */
export function inertJson(json: string): string {
  return json.replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function sendJson(res: Response, status: number, body: unknown): void {
  res.status(status);
  res.header('Content-Type', 'application/json; charset=utf-8');
  res.end(inertJson(JSON.stringify(body)));
}

export function redirect(res: Response, location: string): void {
  res.status(303);
  res.header('Location', location);
  res.end();
}

export function installRoutes(server: Server, routes: readonly StaffRoute[], parts: RouterParts): void {
  for (const route of routes) {
    const handler = async (req: Request, res: Response): Promise<void> => {
      const api = isApi(req);
      res.header('Cache-Control', 'no-store');
      res.header('Content-Security-Policy', api ? API_CSP : PAGE_CSP);
      let session: Session | undefined;
      try {
        if (route.access === 'session') {
          session = await parts.sessions.find(readCookie(req, parts.cookieName));
          if (!session) return refuseWithoutSession(req, res, api, parts.loginPath);
          if (route.method !== 'GET') {
            const sent = req.header('x-csrf-token') || field(req, '_csrf');
            if (!csrfMatches(session, sent)) throw new HttpError(403, 'csrf');
          }
        }
        await route.handle({ req, res, session: session ?? NO_SESSION });
      } catch (error) {
        const { status, code, details } = describe(error);
        if (status >= 500) parts.logger.error({ err: error, method: req.method, path: req.path() }, 'staff request failed');
        if (res.headersSent) return;
        if (api) sendJson(res, status, details === undefined ? { error: t(`errors.${code}`) } : { error: t(`errors.${code}`), details });
        else parts.errorPage({ req, res, session }, status, code);
      }
    };
    server[VERBS[route.method]](route.path, handler);
  }
}

/** Public routes never read it; typed so that session routes need no "!" everywhere. */
const NO_SESSION: Session = Object.freeze({ username: '', csrfToken: '', expiresAt: '' });

function refuseWithoutSession(req: Request, res: Response, api: boolean, loginPath: string): void {
  if (api) return sendJson(res, 401, { error: t('errors.unauthenticated') });
  const next = req.method === 'GET' ? `?next=${encodeURIComponent(req.getUrl().pathname + (req.getUrl().search ?? ''))}` : '';
  redirect(res, loginPath + next);
}

function describe(error: unknown): { status: number; code: ErrorCode; details?: unknown } {
  if (error instanceof HttpError) return { status: error.status, code: error.code, details: error.details };
  if (error instanceof StorageValidationError) return { status: 400, code: 'invalid', details: [{ path: error.field, message: error.message }] };
  if (error instanceof StorageConflictError) return { status: 409, code: 'conflict' };
  if (error instanceof ZodError) return { status: 400, code: 'invalid', details: zodDetails(error) };
  return { status: 500, code: 'internal' };
}

export function zodDetails(error: ZodError): { path: string; message: string }[] {
  return error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}
