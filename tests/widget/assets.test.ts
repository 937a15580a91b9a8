/**
 * The widget's files over HTTP: the demonstration page with its strict CSP and a fresh nonce per response, the
 * embeddable /widget.js with its configuration, Web Chat from the installed package (compressed, cached), and
 * the CORS rules that let only the configured sites embed the widget.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webChatBundle } from '../../src/channels/widget/files.js';
import { WEBCHAT_PATH } from '../../src/channels/widget/routes.js';
import { translator } from '../../src/replies/i18n.js';
import { startTestServer, type TestServer } from '../bot/http.js';

const EMBEDDER = 'https://www.example-commune.fr';
let t: TestServer;

beforeAll(async () => {
  t = await startTestServer({ WIDGET_ALLOWED_ORIGINS: `${EMBEDDER}/` });
});
afterAll(async () => t?.close());

describe('the demonstration page', () => {
  it('is French by default, with a strict CSP whose nonce is new on every response', async () => {
    const [a, b] = await Promise.all([fetch(`${t.url}/`), fetch(`${t.url}/`)]);
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await a.text();
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`<h1>${translator('fr')('widget.demo.heading').replace(/'/g, '&#39;')}</h1>`);
    expect(html).not.toMatch(/\{\{/);

    const csp = a.headers.get('content-security-policy') ?? '';
    const nonce = /'nonce-([^']+)'/.exec(csp)?.[1];
    expect(nonce).toBeDefined();
    expect(html).toContain(`<script src="/widget.js" nonce="${nonce}"`);
    expect(b.headers.get('content-security-policy')).not.toContain(`nonce-${nonce}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'self' 'nonce-${nonce}'`);
    expect(csp).toContain("connect-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script at all
  });

  it('is English with ?lang=en', async () => {
    const html = await (await fetch(`${t.url}/?lang=en`)).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain(translator('en')('widget.demo.footer'));
  });
});

describe('/widget.js', () => {
  it('carries its configuration and may be loaded by any site, revalidated by ETag', async () => {
    const response = await fetch(`${t.url}/widget.js`);
    expect(response.headers.get('content-type')).toBe('application/javascript; charset=utf-8');
    expect(response.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const source = await response.text();
    // The source is wrapped as `(function (CONFIG) { … })({…});`: the configuration is the last call's argument.
    const config = JSON.parse(source.slice(source.lastIndexOf('})(') + 3).replace(/\);\s*$/, '')) as {
      strings: Record<string, Record<string, string>>;
      directLineDomain: string | null;
      tokenPath: string;
      assets: { css: string };
    };
    expect(config.strings.fr?.launcher).toBe(translator('fr')('widget.launcher'));
    expect(config.strings.en?.close).toBe(translator('en')('widget.close'));
    expect(config.directLineDomain).toBeNull();
    expect(config.tokenPath).toBe('/api/directline/token');

    const etag = response.headers.get('etag') ?? '';
    expect((await fetch(`${t.url}/widget.js`, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const css = await fetch(`${t.url}${config.assets.css}`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(config.assets.css).toMatch(/^\/widget\.[\w-]{12}\.css$/);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.headers.get('content-encoding')).toBe('br');
  });

  it('is sent compressed (brotli, else gzip, else as is), and stays small on the wire', async () => {
    const raw = await fetch(`${t.url}/widget.js`, { headers: { 'accept-encoding': 'identity' } });
    const rawLength = Number(raw.headers.get('content-length'));
    const source = await raw.text();
    const br = await fetch(`${t.url}/widget.js`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    expect(await br.text()).toBe(source); // fetch() decompresses: the same script
    expect(Number(br.headers.get('content-length'))).toBeLessThan(rawLength / 2.5);
    expect(Number(br.headers.get('content-length'))).toBeLessThan(12 * 1024);
    const gz = await fetch(`${t.url}/widget.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(source);
  });
});

describe('/webchat/webchat.js', () => {
  const bundle = readFileSync(path.join(path.dirname(require.resolve('botframework-webchat')), '..', 'dist', 'webchat.js'));

  it("is the installed package's full bundle, gzip-compressed when the browser accepts it, cached for good", async () => {
    const webchatPath = `${WEBCHAT_PATH}?v=${webChatBundle().version}`;

    // fetch() decompresses by itself: the body must be the bundle, the Content-Length the bytes on the wire.
    const compressed = await fetch(`${t.url}${webchatPath}`, { headers: { 'accept-encoding': 'gzip' } });
    expect(compressed.headers.get('content-encoding')).toBe('gzip');
    expect(compressed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await compressed.arrayBuffer());
    expect(body.equals(bundle)).toBe(true);
    expect(Number(compressed.headers.get('content-length'))).toBeLessThan(bundle.length / 2);

    const plain = await fetch(`${t.url}${webchatPath}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await plain.arrayBuffer()).equals(bundle)).toBe(true);
  });
});

describe('embedding on another site', () => {
  it('gives an allowed site its CORS headers, and refuses the others', async () => {
    const allowed = await fetch(`${t.url}/api/directline/token`, { method: 'POST', headers: { origin: EMBEDDER } });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(EMBEDDER);

    const preflight = await fetch(`${t.url}/v3/directline/conversations`, {
      method: 'OPTIONS',
      headers: { origin: EMBEDDER, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,x-ms-bot-agent' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization.*x-ms-bot-agent/);

    const stranger = await fetch(`${t.url}/api/directline/token`, { method: 'POST', headers: { origin: 'https://stranger.example' } });
    expect(stranger.status).toBe(403);
    expect(stranger.headers.get('access-control-allow-origin')).toBeNull();
    const strangerPreflight = await fetch(`${t.url}/v3/directline/conversations`, { method: 'OPTIONS', headers: { origin: 'https://stranger.example' } });
    expect(strangerPreflight.status).toBe(403);
  });

  it("always serves this server's own pages (a same-origin POST carries an Origin too)", async () => {
    const own = await fetch(`${t.url}/api/directline/token`, { method: 'POST', headers: { origin: t.url } });
    expect(own.status).toBe(200);
  });
});
