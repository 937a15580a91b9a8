/**
 * The widget for everyone, in real headless Chromium: reachable and usable with the keyboard alone (open, type,
 * Escape closes and gives the focus back), no serious or critical axe-core violation on the page with the chat
 * open, the whole screen on a phone, and English when the page is English. Screenshot of the phone layout:
 * test-results/screenshots/widget-mobile.png.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { answerFor, until } from '../channels/helpers.js';
import { browserAndServer, screenshot, settled, watchedPage } from './browser.js';

const t_fr = translator('fr');
const t_en = translator('en');

const fixture = browserAndServer();

async function openPage(options: Parameters<Browser['newContext']>[0], path = '/'): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const context = await fixture.browser.newContext(options);
  const watched = await watchedPage(context);
  await watched.page.goto(`${fixture.server.url}${path}`);
  return watched;
}

const focusedClass = (page: Page) => page.evaluate<string>('document.activeElement?.className ?? ""');
const focusedTag = (page: Page) => page.evaluate<string>('document.activeElement?.tagName ?? ""');

describe('keyboard and screen readers', () => {
  it('opens with the keyboard, puts the focus in the message box, and Escape closes it back to the button', async () => {
    const { page, violations } = await openPage({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    // Tab through the page until the floating button has the focus: it is in the tab order.
    await until(async () => {
      await page.keyboard.press('Tab');
      return (await focusedClass(page)).includes('ra-launcher');
    }, 'the launcher to get the keyboard focus');
    await page.keyboard.press('Enter');
    await expect(page.locator('#ra-panel').isVisible()).resolves.toBe(true);
    await until(async () => (await focusedTag(page)) === 'INPUT' || (await focusedTag(page)) === 'TEXTAREA', 'the message box to get the focus');

    const question = 'faire garder mon enfant';
    await page.keyboard.type(question);
    await page.keyboard.press('Enter');
    await page.locator('#ra-panel').getByText(answerFor(fixture.server.assistant.engine, question).answer.fr.slice(0, 60)).filter({ visible: true }).first().waitFor();

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(page.locator('#ra-panel').isVisible()).resolves.toBe(false);
    expect(await focusedClass(page)).toContain('ra-launcher');
    await expect(page.getByRole('button', { name: t_fr('widget.launcherLabel') }).getAttribute('aria-expanded')).resolves.toBe('false');
    expect(await violations()).toEqual([]);
  });

  it("labels the panel as a dialog named by its title, and the page's own button opens it too", async () => {
    const { page } = await openPage({ locale: 'fr-FR' });
    await page.getByRole('button', { name: t_fr('widget.demo.openButton'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t_fr('widget.title') });
    await expect(dialog.isVisible()).resolves.toBe(true);
    await expect(dialog.getByRole('button', { name: t_fr('widget.close') }).isVisible()).resolves.toBe(true);
  });
});

describe('on a phone', () => {
  it('takes the whole screen and works with touch', async () => {
    const { page, violations } = await openPage({ locale: 'fr-FR', viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true });
    await page.getByRole('button', { name: t_fr('widget.launcherLabel') }).tap();
    const box = await page.locator('#ra-panel').boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 375, height: 740 });
    await page.locator('#ra-panel').getByText(t_fr('welcome.greeting').slice(0, 60)).filter({ visible: true }).first().waitFor();
    await page.locator('#ra-panel').getByRole('button', { name: t_fr('suggest.modes-de-garde') }).filter({ visible: true }).first().tap();
    await page.locator('#ra-panel').getByText(answerFor(fixture.server.assistant.engine, 'faire garder mon enfant').answer.fr.slice(0, 60)).filter({ visible: true }).first().waitFor();
    await settled(page);
    await screenshot(page, 'widget-mobile');
    expect(await violations()).toEqual([]);
  });
});

describe('in English', () => {
  it('speaks English on an English page', async () => {
    const { page } = await openPage({ locale: 'en-GB' }, '/?lang=en');
    await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('en');
    await page.getByRole('button', { name: t_en('widget.launcherLabel') }).click();
    await expect(page.getByRole('dialog', { name: t_en('widget.title') }).isVisible()).resolves.toBe(true);
    await page.locator('#ra-panel').getByText(t_en('welcome.greeting').slice(0, 60)).filter({ visible: true }).first().waitFor();
    await expect(page.locator('#ra-panel').getByRole('textbox').getAttribute('placeholder')).resolves.toBe('Type your message');
  });
});
