/**
 * Real headless Chromium (Debian's, driven by playwright-core) for the widget tests, with the page's CSP
 * violations recorded, and screenshots written to test-results/screenshots/.
 */
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startTestServer, type TestServer } from '../bot/http.js';
import { launchChromium, SCREENSHOTS } from '../support/chromium.js';

/** What a browser test file works with; filled before its tests run. */
export class BrowserFixture {
  server!: TestServer;
  browser!: Browser;
}

/** Chromium and the real assistant for the whole test file, started before its tests and stopped after. */
export function browserAndServer(): BrowserFixture {
  const fixture = new BrowserFixture();
  beforeAll(async () => {
    fixture.browser = await launchChromium();
    fixture.server = await startTestServer();
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.server?.close();
  });
  return fixture;
}

/** A page whose Content-Security-Policy violations are kept in `violations` (there should be none). */
export async function watchedPage(context: BrowserContext): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  // Browser-side code as strings: these tests compile without the DOM's types.
  await context.addInitScript(`
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
  `);
  const page = await context.newPage();
  return { page, violations: () => page.evaluate<string[]>('window.cspViolations') };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Waits until the chat's scrolling has settled, so a screenshot shows the latest. */
export async function settled(page: Page): Promise<void> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const top = await page.evaluate<number>(`Math.round(document.querySelector('.ra-log')?.scrollTop ?? 0)`);
    if (top === last) return;
    last = top;
    await page.waitForTimeout(150);
  }
}
