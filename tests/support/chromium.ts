/**
 * Real headless Chromium (Debian's, driven by playwright-core) for every browser test, started the one way the
 * developers' guide asks for, and the accessibility check the console's pages share.
 */
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve(__dirname, '../../test-results/screenshots');

/** `extraArgs`: e.g. `--lang=en-US` for a browser whose own language is not French. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    // Not a skip: CI installs Chromium (.ci/run), so its absence is a broken machine, said plainly.
    throw new Error(`Chromium is missing at ${CHROMIUM}: install it with "apt-get install -y chromium" (the browser tests need it).`);
  }
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...extraArgs],
  });
}

/** axe-core on the page as it is: no serious or critical violation (the list is printed when there are some). */
export async function expectNoSeriousViolations(page: Page, name: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length, `axe ran on ${name}`).toBeGreaterThan(10);
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
