/**
 * The web widget's pages and assets, served by the bot's own server (nothing from a CDN: the machine may be
 * offline):
 *
 *   GET /                     a demonstration page looking like the commune's site, with the widget
 *   GET /widget.js            the one-line embed: a floating button opening our light Direct Line chat client
 *   GET /widget.<hash>.css    its stylesheet, under a fingerprinted name (cached for a year), /widget.css too
 *   GET /demo.css
 *   GET /webchat/webchat.js   Bot Framework Web Chat (full bundle from node_modules) for sites that embed Web Chat
 *                             themselves against our Direct Line; the widget no longer loads it (docs/widget.md)
 *
 * Text assets are compressed once at start (brotli and gzip) and sent in the encoding the browser prefers: the
 * widget costs a few KB on a phone's connection. /widget.js keeps a stable name (sites embed it) and is
 * revalidated by ETag; what it loads has fingerprinted names and never changes under them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { brotliCompressSync, constants as zlib, gzip, gzipSync } from 'node:zlib';
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
  /** The same body compressed, when worth it. */
  br?: Buffer;
  gzip?: Buffer;
  type: string;
  etag: string;
  /** Seconds a browser may keep it without asking again. */
  maxAge: number;
}

const WIDGET_STRINGS = [
  'launcher', 'launcherLabel', 'title', 'subtitle', 'close', 'loading', 'unavailable', 'retry', 'chatLabel',
  'placeholder', 'send', 'inputLabel', 'suggestions', 'you', 'assistant', 'notSent', 'resend', 'reconnecting',
] as const;
export const WEBCHAT_PATH = '/webchat/webchat.js';
const JS = 'application/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const YEAR = 365 * 24 * 3600;

export function installWidget(server: Server, options: WidgetOptions): void {
  const webchat = webChatBundle();
  const css = compressed(asset(readFileSync(assetPath('widget.css')), CSS, YEAR));
  const cssPath = `/widget.${css.etag.slice(1, 13)}.css`;
  const demoCss = compressed(asset(readFileSync(assetPath('demo.css')), CSS, 0));
  const widget = compressed(
    asset(
      Buffer.from(
        wrapWidget(readFileSync(assetPath('widget.js'), 'utf8'), {
          strings: { fr: widgetStrings('fr'), en: widgetStrings('en') },
          directLineDomain: options.azureDirectLine ?? null,
          tokenPath: TOKEN_PATH,
          assets: { css: cssPath },
        }),
      ),
      JS,
      0,
    ),
  );
  const template = readFileSync(assetPath('demo.html'), 'utf8');
  const bundle = { raw: webchat.body, gzipped: undefined as Promise<Buffer> | undefined };

  server.get('/widget.js', async (req: Request, res: Response) => sendAsset(req, res, widget, true));
  server.get(cssPath, async (req: Request, res: Response) => sendAsset(req, res, css, true));
  // The unversioned name, for pages that linked it before: revalidated, never cached for long.
  server.get('/widget.css', async (req: Request, res: Response) => sendAsset(req, res, { ...css, maxAge: 0 }, true));
  server.get('/demo.css', async (req: Request, res: Response) => sendAsset(req, res, demoCss, false));
  server.get(WEBCHAT_PATH, async (req: Request, res: Response) => {
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
 * Scripts only from this server (no inline script, no eval) or carrying the page's nonce; styles only from this
 * server (the widget sets no inline style); connections to this server, plus Azure's Direct Line (HTTPS and
 * WebSocket) when it is the one in use.
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
    "style-src 'self'",
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

/** The asset with its brotli and gzip forms (computed once: these files are small). */
function compressed(item: Asset): Asset {
  return {
    ...item,
    br: brotliCompressSync(item.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: item.body.length } }),
    gzip: gzipSync(item.body, { level: 9 }),
  };
}

/** The best encoding the browser accepts among those the asset has. */
function encodingFor(req: Request, item: Asset): { body: Buffer; encoding?: 'br' | 'gzip' } {
  const accepted = req.header('accept-encoding') ?? '';
  if (item.br && /\bbr\b/.test(accepted)) return { body: item.br, encoding: 'br' };
  if (item.gzip && /\bgzip\b/.test(accepted)) return { body: item.gzip, encoding: 'gzip' };
  return { body: item.body };
}

/** Sends an asset with its validators; `crossSite` assets may be loaded by other sites' pages (the embed). */
function sendAsset(req: Request, res: Response, item: Asset, crossSite: boolean): void {
  res.header('ETag', item.etag);
  res.header('Cache-Control', item.maxAge > 0 ? `public, max-age=${item.maxAge}, immutable` : 'no-cache');
  if (crossSite) res.header('Cross-Origin-Resource-Policy', 'cross-origin');
  if (item.br || item.gzip) res.header('Vary', 'Accept-Encoding');
  if (req.header('if-none-match') === item.etag) {
    res.status(304);
    res.end();
    return;
  }
  const { body, encoding } = encodingFor(req, item);
  res.status(200);
  res.header('Content-Type', item.type);
  if (encoding) res.header('Content-Encoding', encoding);
  res.header('Content-Length', String(body.length));
  res.end(body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
