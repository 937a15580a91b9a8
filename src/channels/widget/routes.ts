/**
 * The web widget's pages and assets, served by the bot's own server (nothing from a CDN: the machine may be
 * offline):
 *
 *   GET /                     a demonstration page looking like the commune's site, with the widget
 *   GET /widget.js            the one-line embed: a floating button opening Web Chat (any site may include it)
 *   GET /widget.css, /demo.css
 *   GET /webchat/webchat.js   Bot Framework Web Chat, the full bundle from node_modules/botframework-webchat/dist
 *
 * The full bundle (webchat.js), not webchat-minimal.js: the minimal one leaves out Adaptive Cards, through which
 * Web Chat renders hero cards; webchat-es5.js only adds polyfills for Internet Explorer. It is gzip-compressed once
 * in memory (3.9 MB → about 1 MB on the wire) and cached by browsers under a versioned URL.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Request, Response, Server } from 'restify';
import type { Locale } from '../../knowledge/schema.js';
import { translator } from '../../replies/i18n.js';
import { TOKEN_PATH } from '../directline/token-endpoint.js';
import { assetPath, webChatBundle } from './files.js';

export interface WidgetOptions {
  /** Azure Direct Line endpoint when DIRECTLINE_SECRET is set; undefined = this server's own /v3/directline. */
  azureDirectLine: string | undefined;
}

interface Asset {
  body: Buffer;
  type: string;
  etag: string;
  /** Seconds a browser may keep it without asking again. */
  maxAge: number;
}

const WIDGET_STRINGS = ['launcher', 'launcherLabel', 'title', 'subtitle', 'close', 'loading', 'unavailable', 'retry', 'chatLabel'] as const;
const JS = 'application/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const YEAR = 365 * 24 * 3600;
/** CSP source for an empty inline <style> element: base64(sha256('')). See pageCsp(). */
const EMPTY_STYLE_HASH = `sha256-${createHash('sha256').update('').digest('base64')}`;

export function installWidget(server: Server, options: WidgetOptions): void {
  const webchat = webChatBundle();
  const css = asset(readFileSync(assetPath('widget.css')), CSS, 0);
  const demoCss = asset(readFileSync(assetPath('demo.css')), CSS, 0);
  const webchatUrl = `/webchat/webchat.js?v=${webchat.version}`;
  const widget = asset(
    Buffer.from(
      wrapWidget(readFileSync(assetPath('widget.js'), 'utf8'), {
        strings: { fr: widgetStrings('fr'), en: widgetStrings('en') },
        directLineDomain: options.azureDirectLine ?? null,
        tokenPath: TOKEN_PATH,
        assets: { webchat: webchatUrl, css: `/widget.css?v=${css.etag.slice(1, 11)}` },
      }),
    ),
    JS,
    0,
  );
  const template = readFileSync(assetPath('demo.html'), 'utf8');
  const bundle = { raw: webchat.body, gzipped: undefined as Promise<Buffer> | undefined };

  server.get('/widget.js', async (req: Request, res: Response) => sendAsset(req, res, widget, true));
  server.get('/widget.css', async (req: Request, res: Response) => sendAsset(req, res, css, true));
  server.get('/demo.css', async (req: Request, res: Response) => sendAsset(req, res, demoCss, false));
  server.get('/webchat/webchat.js', async (req: Request, res: Response) => {
    const gzipOk = /\bgzip\b/.test(req.header('accept-encoding') ?? '');
    bundle.gzipped ??= promisify(gzip)(bundle.raw, { level: 9 });
    const body = gzipOk ? await bundle.gzipped : bundle.raw;
    if (gzipOk) res.header('Content-Encoding', 'gzip');
    res.header('Vary', 'Accept-Encoding');
    sendAsset(req, res, { ...asset(body, JS, YEAR), etag: `"webchat-${webchat.version}${gzipOk ? '-gz' : ''}"` }, true);
  });
  server.get('/', async (req: Request, res: Response) => sendDemoPage(req, res, template, options));
}

/** The demonstration page in the asked language, with a fresh CSP nonce (Web Chat's styles carry it). */
function sendDemoPage(req: Request, res: Response, template: string, options: WidgetOptions): void {
  const query = req.query as Record<string, unknown> | undefined;
  const lang: Locale = query?.lang === 'en' ? 'en' : 'fr';
  const nonce = randomBytes(16).toString('base64');
  const t = translator(lang);
  const html = template.replace(/\{\{([\w.]+)\}\}/g, (_whole, key: string) => {
    if (key === 'nonce') return nonce;
    if (key === 'lang') return lang;
    if (key === 'otherLang') return lang === 'fr' ? 'en' : 'fr';
    return escapeHtml(t(`widget.${key}`));
  });
  res.status(200);
  res.header('Content-Type', 'text/html; charset=utf-8');
  res.header('Cache-Control', 'no-store');
  res.header('Content-Security-Policy', pageCsp(nonce, options.azureDirectLine));
  res.end(html);
}

/**
 * As strict as Web Chat allows: scripts only from this server (no inline script, no eval); styles from this server
 * or carrying the page's nonce (Web Chat creates its <style> elements with it); connections to this server, plus
 * Azure's Direct Line (HTTPS and WebSocket) when it is the one in use.
 *
 * One exception, and a narrow one: Web Chat's scrolling component (react-scroll-to-bottom) gets no nonce from Web
 * Chat 4.18 and inserts an EMPTY <style> element that it then fills through the CSSOM (insertRule, which CSP does
 * not govern). The hash of the empty string lets exactly that through — a <style> with any content still needs the
 * nonce — where 'unsafe-inline' would let every inline style through.
 */
export function pageCsp(nonce: string, azureDirectLine: string | undefined): string {
  const connect = ["'self'"];
  if (azureDirectLine) {
    const azure = new URL(azureDirectLine);
    connect.push(azure.origin, `${azure.protocol === 'https:' ? 'wss' : 'ws'}://${azure.host}`);
  }
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}' '${EMPTY_STYLE_HASH}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "media-src 'self' data: blob:",
    `connect-src ${connect.join(' ')}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "object-src 'none'",
  ].join('; ');
}

function widgetStrings(locale: Locale): Record<string, string> {
  const t = translator(locale);
  return Object.fromEntries(WIDGET_STRINGS.map((key) => [key, t(`widget.${key}`)]));
}

/** The widget's source inside a function receiving its configuration, safe to embed in any page. */
function wrapWidget(source: string, config: unknown): string {
  const json = JSON.stringify(config).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
  return `(function (CONFIG) {\n${source}\n})(${json});\n`;
}

function asset(body: Buffer, type: string, maxAge: number): Asset {
  return { body, type, maxAge, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}

/** Sends an asset with its validators; `crossSite` assets may be loaded by other sites' pages (the embed). */
function sendAsset(req: Request, res: Response, item: Asset, crossSite: boolean): void {
  res.header('ETag', item.etag);
  res.header('Cache-Control', item.maxAge > 0 ? `public, max-age=${item.maxAge}, immutable` : 'no-cache');
  if (crossSite) res.header('Cross-Origin-Resource-Policy', 'cross-origin');
  if (req.header('if-none-match') === item.etag) {
    res.status(304);
    res.end();
    return;
  }
  res.status(200);
  res.header('Content-Type', item.type);
  res.header('Content-Length', String(item.body.length));
  res.end(item.body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
