/**
 * End to end in real headless Chromium: the demonstration page at /, the widget's floating button and its light
 * chat client talking to our own Direct Line (WebSocket streaming). A resident sees the welcome, asks a
 * question, reads the answer, taps a suggested action and reads its answer; after a page reload the same
 * conversation is back. No CSP violation on the way. Screenshots: test-results/screenshots/widget-*.png.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { answerFor } from '../channels/helpers.js';
import { browserAndServer, screenshot, settled, watchedPage } from './browser.js';

const t_fr = translator('fr');
const QUESTION = 'quand passe le bus santé';
// Not about a public ("mon enfant" right after an answer for women is read as a question about that answer's audience).
const SECOND_QUESTION = 'ateliers numériques';

const fixture = browserAndServer();
let page: Page;
let violations: () => Promise<string[]>;

beforeAll(async () => {
  const context = await fixture.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
  ({ page, violations } = await watchedPage(context));
});

function entry(id: string) {
  const found = fixture.server.assistant.engine.entry(id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
}

/** Text the resident can see in the chat panel. */
function inChat(text: string): Locator {
  return page.locator('#ra-panel').getByText(text, { exact: false }).filter({ visible: true }).first();
}

describe('the web widget', () => {
  it('welcomes, answers a typed question, then answers a tapped suggested action', async () => {
    await page.goto(`${fixture.server.url}/`);
    await expect(page.title()).resolves.toBe(t_fr('widget.demo.pageTitle'));
    const launcher = page.getByRole('button', { name: t_fr('widget.launcherLabel') });
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('false');

    await launcher.click();
    await expect(launcher.getAttribute('aria-expanded')).resolves.toBe('true');
    await inChat(t_fr('welcome.greeting').slice(0, 60)).waitFor();

    const box = page.locator('#ra-panel').getByRole('textbox');
    await box.fill(QUESTION);
    await box.press('Enter');
    const answered = answerFor(fixture.server.assistant.engine, QUESTION);
    await inChat(answered.answer.fr.slice(0, 60)).waitFor();

    // A "see also" of that answer, offered as a suggested action: tapping it sends its label, the bot answers it.
    const related = entry(answered.related[0] ?? '');
    await page.locator('#ra-panel').getByRole('button', { name: related.title.fr }).filter({ visible: true }).first().click();
    await inChat(related.answer.fr.slice(0, 60)).waitFor();
    await expect(page.locator('#ra-panel .ra-message--user .ra-message__text').last().innerText()).resolves.toBe(related.title.fr);
    await settled(page);
    await screenshot(page, 'widget-desktop');

    expect(await violations()).toEqual([]);
  });

  it('finds the same conversation, open, after a page reload', async () => {
    const saved = async () =>
      JSON.parse(await page.evaluate<string>("Object.entries(sessionStorage).find(([k]) => k.startsWith('renaissance-assistant:'))?.[1] ?? '{}'")) as {
        conversationId?: string;
        open?: boolean;
      };
    const before = await saved();
    expect(before.open).toBe(true);
    expect(before.conversationId).toEqual(expect.any(String));

    await page.reload();
    await expect(page.locator('#ra-panel').isVisible()).resolves.toBe(true);
    await inChat(QUESTION).waitFor();
    await inChat(answerFor(fixture.server.assistant.engine, QUESTION).answer.fr.slice(0, 60)).waitFor();
    expect((await saved()).conversationId).toBe(before.conversationId);
    // The transcript is replayed, not restarted: one welcome bubble only.
    const welcomes = page.locator('#ra-panel .ra-message').filter({ hasText: t_fr('welcome.greeting').slice(0, 40) });
    await expect(welcomes.count()).resolves.toBe(1);

    const box = page.locator('#ra-panel').getByRole('textbox');
    await box.fill(SECOND_QUESTION);
    await box.press('Enter');
    await inChat(answerFor(fixture.server.assistant.engine, SECOND_QUESTION).answer.fr.slice(0, 60)).waitFor();
    expect(await violations()).toEqual([]);
  });
});

describe('a tapped button', () => {
  it('is echoed as its label, and a "not helpful" after it keeps that label, not the title it stands for', async () => {
    const context = await fixture.browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 } });
    const { page: fresh } = await watchedPage(context);
    await fresh.goto(`${fixture.server.url}/`);
    await fresh.getByRole('button', { name: t_fr('widget.launcherLabel') }).click();
    const label = t_fr('suggest.bus-sante');
    expect(label).not.toBe(entry('bus-sante').title.fr);
    await fresh.locator('#ra-panel').getByRole('button', { name: label, exact: true }).click();
    await fresh.locator('#ra-panel').getByText(entry('bus-sante').answer.fr.slice(0, 50)).first().waitFor();
    await expect(fresh.locator('#ra-panel .ra-message--user .ra-message__text').last().innerText()).resolves.toBe(label);

    await fresh.locator('#ra-panel').getByRole('button', { name: t_fr('feedback.no'), exact: true }).click();
    await fresh.locator('#ra-panel').getByText(t_fr('feedback.sorry').slice(0, 30)).first().waitFor();
    const kept = (await fixture.server.assistant.storage.remarques.list({ kind: ['not-helpful'] })).items.map((r) => r.text);
    expect(kept).toContain(label);
    expect(kept).not.toContain(entry('bus-sante').title.fr);
    await context.close();
  });
});
