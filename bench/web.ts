/**
 * The "web" section of `npm run bench`: the widget on a cheap phone. Real headless Chromium (/usr/bin/chromium via
 * playwright-core) with Lighthouse's mobile throttling set through the DevTools protocol — 1.6 Mbit/s down,
 * 750 kbit/s up, 150 ms round trip (Network.emulateNetworkConditions), CPU 4× slower
 * (Emulation.setCPUThrottlingRate) — on a 390 × 844 screen with an empty cache:
 *
 *   - the demonstration page: navigate, tap the widget's button as soon as it is there, and time until the
 *     assistant's welcome is on screen (from the navigation's start), with every byte received (HTTP bodies and
 *     headers, WebSocket frames);
 *   - an empty page from a bare HTTP server, under the same throttling in the same run: the floor any page pays
 *     on that network (its load time), so the widget's time can be read as a ratio.
 *
 * Also weighed: what Web Chat's bundles would cost on the wire (the options the widget's own client replaced).
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** The targets for the widget on Lighthouse's mobile profile. */
export const WEB_TARGETS = { wireKb: 400, welcomeMs: 4000 };

/** Lighthouse's mobile profile (its "simulated" throttling values), as DevTools applies them. */
export const MOBILE_PROFILE = {
  downloadBytesPerSec: (1.6 * 1024 * 1024) / 8,
  uploadBytesPerSec: (750 * 1024) / 8,
  latencyMs: 150,
  cpuSlowdown: 4,
};

export interface WebRun {
  welcomeMs: number;
  wireBytes: number;
  requests: number;
}

export interface WebResult {
  runs: number;
  profile: typeof MOBILE_PROFILE;
  /** Medians over the runs. */
  widget: WebRun;
  emptyPageMs: number;
  ratio: number;
  webChatOptions: { bundle: string; rawKb: number; gzipKb: number; brotliKb: number }[];
}

async function throttledPage(browser: Browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'fr-FR' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: MOBILE_PROFILE.latencyMs,
    downloadThroughput: MOBILE_PROFILE.downloadBytesPerSec,
    uploadThroughput: MOBILE_PROFILE.uploadBytesPerSec,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE_PROFILE.cpuSlowdown });
  const traffic = { bytes: 0, requests: 0 };
  cdp.on('Network.loadingFinished', (event: { encodedDataLength: number }) => {
    traffic.bytes += event.encodedDataLength;
    traffic.requests++;
  });
  cdp.on('Network.webSocketFrameReceived', (event: { response: { payloadData: string } }) => {
    traffic.bytes += Buffer.byteLength(event.response.payloadData);
  });
  return { context, page, traffic };
}

/** Opens the demonstration page, taps the widget's button, waits for the welcome: ms since navigation, bytes. */
async function widgetRun(browser: Browser, url: string): Promise<WebRun> {
  const { context, page, traffic } = await throttledPage(browser);
  // Browser-side code as a string (this file compiles without the DOM's types): when the first reply shows.
  await context.addInitScript(`
    new MutationObserver((changes, observer) => {
      if (document.querySelector('.ra-message--bot')) { window.__welcomeAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  `);
  await page.goto(`${url}/`, { waitUntil: 'commit' });
  await page.locator('.ra-launcher').tap();
  await page.locator('.ra-message--bot').first().waitFor({ timeout: 60_000 });
  const welcomeMs = await page.evaluate<number>('window.__welcomeAt');
  // Let the last frames and responses be counted.
  await page.waitForTimeout(500);
  const run = { welcomeMs: Math.round(welcomeMs), wireBytes: traffic.bytes, requests: traffic.requests };
  await context.close();
  return run;
}

async function emptyPageRun(browser: Browser, url: string): Promise<number> {
  const { context, page } = await throttledPage(browser);
  await page.goto(url, { waitUntil: 'load' });
  const loaded = await page.evaluate<number>(`(() => { const n = performance.getEntriesByType('navigation')[0]; return n.loadEventEnd || performance.now(); })()`);
  await context.close();
  return Math.round(loaded);
}

/** A bare HTTP server with one empty HTML page: the floor. */
async function emptyPageServer(): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="fr"><meta charset="utf-8"><title>vide</title></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** Web Chat's bundles as they would travel (the options weighed before writing the widget's own client). */
export function webChatOptions(root: string): WebResult['webChatOptions'] {
  const dist = path.join(root, 'node_modules', 'botframework-webchat', 'dist');
  return ['webchat.js', 'webchat-minimal.js']
    .filter((name) => existsSync(path.join(dist, name)))
    .map((name) => {
      const body = readFileSync(path.join(dist, name));
      const kb = (n: number) => Math.round(n / 1024);
      return {
        bundle: name,
        rawKb: kb(body.length),
        gzipKb: kb(gzipSync(body, { level: 9 }).length),
        brotliKb: kb(brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }).length),
      };
    });
}

/** The web section: `runs` cold loads of each page, alternated, medians reported. */
export async function measureWeb(assistantUrl: string, root: string, runs = 3): Promise<WebResult> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM} (apt-get install -y chromium)`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const empty = await emptyPageServer();
  try {
    // A first untimed visit of each: Chromium's own start-up costs are not the page's.
    await emptyPageRun(browser, empty.url);
    await widgetRun(browser, assistantUrl);
    const widget: WebRun[] = [];
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      floor.push(await emptyPageRun(browser, empty.url));
      widget.push(await widgetRun(browser, assistantUrl));
    }
    const result = {
      welcomeMs: median(widget.map((r) => r.welcomeMs)),
      wireBytes: median(widget.map((r) => r.wireBytes)),
      requests: median(widget.map((r) => r.requests)),
    };
    const emptyPageMs = median(floor);
    return {
      runs,
      profile: MOBILE_PROFILE,
      widget: result,
      emptyPageMs,
      ratio: Math.round((result.welcomeMs / Math.max(1, emptyPageMs)) * 100) / 100,
      webChatOptions: webChatOptions(root),
    };
  } finally {
    await browser.close();
    await empty.close();
  }
}
