/**
 * Small HTTP pieces of the Direct Line endpoint: errors in Direct Line's own shape, and CORS for the sites allowed
 * to embed the widget (WIDGET_ALLOWED_ORIGINS). Same-origin pages need no CORS at all; tokens, not cookies, protect
 * these routes, so an allowed origin gets no more than a page of this server would.
 */
import type { Request, Response, Server } from 'restify';
import { sendJson } from '../../server.js';

/** Direct Line 3.0 error body: `{"error":{"code":"…","message":"…"}}`. */
export function sendError(res: Response, status: number, code: string, message: string): void {
  res.header('Cache-Control', 'no-store');
  sendJson(res, status, { error: { code, message } });
}

const ALLOWED_HEADERS = 'Authorization, Content-Type, Accept, x-ms-bot-agent, x-requested-with';

export class Cors {
  private readonly any: boolean;
  private readonly origins: Set<string>;

  constructor(allowed: string[]) {
    this.any = allowed.includes('*');
    this.origins = new Set(allowed.filter((o) => o !== '*').map((o) => o.toLowerCase()));
  }

  /** Adds the CORS headers when the request comes from an allowed origin; true when it does (or is same-origin). */
  apply(req: Request, res: Response): boolean {
    const origin = req.header('origin');
    // Browsers send Origin on same-origin POSTs too: the server's own pages are always allowed.
    if (!origin || sameHost(origin, req.header('host'))) return true;
    res.header('Vary', 'Origin');
    if (!this.any && !this.origins.has(origin.toLowerCase())) return false;
    res.header('Access-Control-Allow-Origin', this.any ? '*' : origin);
    res.header('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
    res.header('Access-Control-Allow-Headers', ALLOWED_HEADERS);
    res.header('Access-Control-Max-Age', '600');
    return true;
  }

  /** Answers the browsers' preflight requests for the given paths. */
  install(server: Server, paths: string[]): void {
    for (const path of paths) {
      server.opts(path, async (req: Request, res: Response) => {
        const allowed = this.apply(req, res);
        res.status(allowed ? 204 : 403);
        res.end();
      });
    }
  }
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return Boolean(host) && new URL(origin).host.toLowerCase() === host?.toLowerCase();
  } catch {
    return false;
  }
}
