/**
 * Which request bodies the server reads at all. Every route takes JSON (the Bot Framework, Direct Line, the staff
 * API) or an HTML form (the staff pages); nothing accepts files. So, before a byte of the body is read:
 *  - a body of any other type (multipart, octet-stream, text, none declared) is refused with 415 — restify's
 *    multipart reader would otherwise stream it to upload_* files on disk, past the size limit, without sign-in;
 *  - a compressed body (Content-Encoding) is refused with 415 — a few kilobytes of gzip inflate to gigabytes;
 *  - a declared length over the limit is refused with 413.
 * A refusal closes the connection, so that the rest of an upload is not read either. Bodies that pass are read
 * into memory by restify's JSON and form readers only (bodyParsers() below), which stop keeping bytes at the limit.
 */
import restify, { type Request, type RequestHandler, type Response } from 'restify';

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/;
const FORM_TYPE = 'application/x-www-form-urlencoded';

export type BodyVerdict = { ok: true } | { ok: false; status: 413 | 415; error: string };

/** Whether a request carries a body at all (a length above 0, or a chunked transfer). */
function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  if (length !== undefined) return Number(length) !== 0;
  return req.headers['transfer-encoding'] !== undefined;
}

export function judgeBody(req: Request, maxBytes: number): BodyVerdict {
  if (!hasBody(req)) return { ok: true };
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (!JSON_TYPE.test(type) && type !== FORM_TYPE) {
    return { ok: false, status: 415, error: 'Only JSON (application/json) or form (application/x-www-form-urlencoded) bodies are accepted.' };
  }
  const encoding = (req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding !== 'identity') return { ok: false, status: 415, error: 'Compressed request bodies are not accepted.' };
  const length = Number(req.headers['content-length'] ?? 0);
  if (length > maxBytes) return { ok: false, status: 413, error: `The body is larger than ${maxBytes} bytes.` };
  return { ok: true };
}

/** server.pre(): refuses what judgeBody() refuses, before any route or body reader runs. */
export function refuseUnreadableBodies(maxBytes: number): (req: Request, res: Response, next: (err?: false) => void) => void {
  return (req, res, next) => {
    const verdict = judgeBody(req, maxBytes);
    if (verdict.ok) return next();
    res.setHeader('Connection', 'close');
    res.status(verdict.status);
    res.header('Content-Type', 'application/json; charset=utf-8');
    res.end(JSON.stringify({ error: verdict.error }));
    next(false);
  };
}

/** The body readers: JSON and forms, into memory, up to maxBytes (no multipart reader, hence nothing on disk). */
export function bodyParsers(maxBytes: number): RequestHandler[] {
  const options = { mapParams: false, maxBodySize: maxBytes };
  // Forms first: each parser overwrites req.rawBody, and the WhatsApp webhook checks its signature over a JSON
  // body's raw bytes — the JSON parser, last, leaves them there.
  return [...restify.plugins.urlEncodedBodyParser(options), ...restify.plugins.jsonBodyParser(options)];
}
