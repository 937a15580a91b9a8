/**
 * The widget for everyone, in real headless Chromium: reachable and usable with the keyboard alone (open, type,
 * Escape closes and gives the focus back), no axe-core violation on the page with the chat open, the whole screen
 * on a 390 px phone with the welcome's first line in view and no button label cut, French typography and no
 * pictograph carrying a line, English when the page is English and every label in English after "english please".
 * Screenshot of the phone layout: test-results/screenshots/widget-mobile.png.
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

/** No axe-core violation at all, whatever its impact. */
async function axeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.passes.length).toBeGreaterThan(10);
  expect(results.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Whether an element is inside the chat's scrolling area's visible part. */
const inView = (page: Page, selector: string) =>
  page.evaluate<boolean>(`(() => {
    const log = document.querySelector('.ra-log').getBoundingClientRect();
    const box = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect();
    return box.top >= log.top - 1 && box.top + 16 <= log.bottom;
  })()`);

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

    await axeClean(page);

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

describe('on a phone (390 × 844)', () => {
  const phone = { locale: 'fr-FR', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

  it('takes the whole screen, opens on the first line of the welcome, cuts no button label, and works with touch', async () => {
    const { page, violations } = await openPage(phone);
    await page.getByRole('button', { name: t_fr('widget.launcherLabel') }).tap();
    const box = await page.locator('#ra-panel').boundingBox();
    expect(box).toEqual({ x: 0, y: 0, width: 390, height: 844 });
    await page.locator('#ra-panel').getByText(t_fr('welcome.greeting').slice(0, 40)).first().waitFor();
    await page.locator('#ra-panel .ra-suggestion').first().waitFor();
    await settled(page);
    await expect(inView(page, '.ra-message--bot')).resolves.toBe(true);
    await screenshot(page, 'widget-welcome-mobile');

    // Every suggestion shows its whole label (wrapped if need be) inside the panel.
    const cut = await page.evaluate<string[]>(`[...document.querySelectorAll('.ra-suggestion')]
      .filter((b) => b.scrollWidth > b.clientWidth + 1 || b.scrollHeight > b.clientHeight + 1 || b.getBoundingClientRect().right > 390)
      .map((b) => b.textContent)`);
    expect(cut).toEqual([]);
    const labels = await page.locator('.ra-suggestion').allInnerTexts();
    expect(labels).toContain(t_fr('suggest.modes-de-garde'));

    await page.locator('#ra-panel').getByRole('button', { name: t_fr('suggest.modes-de-garde') }).tap();
    await page.locator('#ra-panel').getByText(answerFor(fixture.server.assistant.engine, 'faire garder mon enfant').answer.fr.slice(0, 60)).first().waitFor();
    await settled(page);
    await screenshot(page, 'widget-mobile');
    expect(await violations()).toEqual([]);
  });

  it('keeps long suggestion labels whole and the buttons well under half the panel', async () => {
    const { page } = await openPage(phone);
    await page.getByRole('button', { name: t_fr('widget.launcherLabel') }).tap();
    await page.locator('#ra-panel .ra-suggestion').first().waitFor();
    const input = page.locator('#ra-panel').getByRole('textbox');
    await input.fill('quand passe le bus santé');
    await input.press('Enter');
    await page.locator('#ra-panel').getByRole('button', { name: t_fr('feedback.no'), exact: true }).waitFor();
    await settled(page);
    const measures = await page.evaluate<{ cut: string[]; longest: number; share: number }>(`(() => {
      const buttons = [...document.querySelectorAll('.ra-suggestion')];
      const group = document.querySelector('.ra-suggestions').getBoundingClientRect();
      return {
        cut: buttons.filter((b) => b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().right > 390).map((b) => b.textContent),
        longest: Math.max(...buttons.map((b) => b.textContent.length)),
        share: group.height / document.querySelector('#ra-panel').getBoundingClientRect().height,
      };
    })()`);
    expect(measures.cut).toEqual([]);
    expect(measures.longest).toBeGreaterThan(40); // the case that was cut ("Les autres actions santé de l'agglomérati…")
    expect(measures.share).toBeLessThan(0.4);
  });

  it('sets « and » with non-breaking spaces, one gap between paragraphs, and no pictograph opening a line', async () => {
    const { page } = await openPage(phone);
    await page.getByRole('button', { name: t_fr('widget.launcherLabel') }).tap();
    await page.locator('#ra-panel .ra-message--bot').first().waitFor();
    const input = page.locator('#ra-panel').getByRole('textbox');
    await input.fill('quand passe le bus santé');
    await input.press('Enter');
    await page.locator('#ra-panel').getByRole('button', { name: t_fr('feedback.no'), exact: true }).waitFor();
    const texts = await page.locator('#ra-panel .ra-message--bot .ra-message__text').allTextContents();
    const all = texts.join('\n');
    expect(all).toContain('«');
    expect(all).not.toMatch(/« |«$| »|^»/m);
    const lines = await page.evaluate<string[]>(`[...document.querySelectorAll('.ra-message--bot .ra-message__text p')].flatMap((p) => p.innerText.split('\\n'))`);
    expect(lines.filter((line) => /^\s*\p{Extended_Pictographic}/u.test(line))).toEqual([]);
    const empty = await page.locator('#ra-panel .ra-message__text p:empty').count();
    expect(empty).toBe(0);
  });
});

describe('in English', () => {
  it('speaks English on an English page', async () => {
    const { page } = await openPage({ locale: 'en-GB' }, '/?lang=en');
    await expect(page.evaluate<string>('document.documentElement.lang')).resolves.toBe('en');
    await page.getByRole('button', { name: t_en('widget.launcherLabel') }).click();
    await expect(page.getByRole('dialog', { name: t_en('widget.title') }).isVisible()).resolves.toBe(true);
    await page.locator('#ra-panel').getByText(t_en('welcome.greeting').slice(0, 60)).first().waitFor();
    await expect(page.locator('#ra-panel').getByRole('textbox').getAttribute('placeholder')).resolves.toBe(t_en('widget.placeholder'));
  });

  it('turns every label and screen-reader text to English after "english please" on a French page, and stays axe-clean', async () => {
    const { page } = await openPage({ locale: 'fr-FR', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.getByRole('button', { name: t_fr('widget.launcherLabel') }).tap();
    await page.locator('#ra-panel .ra-message--bot').first().waitFor();
    const input = page.locator('#ra-panel').getByRole('textbox');
    await input.fill('english please');
    await input.press('Enter');
    await page.locator('#ra-panel').getByText(t_en('language.switched').slice(0, 30)).first().waitFor();

    await expect(input.getAttribute('placeholder')).resolves.toBe(t_en('widget.placeholder'));
    await expect(page.getByRole('dialog', { name: t_en('widget.title') }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: t_en('widget.close') }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: t_en('widget.send'), exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('log', { name: t_en('widget.chatLabel') }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('textbox', { name: t_en('widget.inputLabel') }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.ra-widget').getAttribute('lang')).resolves.toBe('en');
    // The English reply is marked English for screen readers; the French welcome before it stays French.
    await expect(page.locator('.ra-message--bot').last().getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('.ra-message--bot').first().getAttribute('lang')).resolves.toBe('fr');
    const speaker = await page.locator('.ra-message--bot').last().locator('.ra-sr').textContent();
    expect(speaker).toContain(t_en('widget.assistant'));

    await input.fill('where is the health bus');
    await input.press('Enter');
    await page.locator('#ra-panel .ra-message--bot').nth(2).waitFor();
    await axeClean(page);
    await screenshot(page, 'widget-english-mobile');
  });
});
