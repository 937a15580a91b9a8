/**
 * The console's dates are French whatever the browser (issue 14): in real headless Chromium started in English
 * (--lang=en-US and an en-US context, where a type="date" input shows mm/dd/yyyy), the period filters, the meeting
 * period and the agenda form show jj/mm/aaaa and hh:mm, accept French dates, and a mistyped date gets a French
 * sentence naming the field. End to end: a filter finds the day's remarque, an agenda action typed the French way
 * is stored in ISO and offered by the bot; a fiche's source date too.
 */
import { type Browser, type Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, STAFF, startTestAssistant, UNKNOWN_QUESTION, type TestAssistant } from './helpers.js';


let t: TestAssistant;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await startTestAssistant();
  browser = await launchChromium(['--lang=en-US']);
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** What a date or time input of the console says about itself. */
async function describeInput(id: string) {
  const input = page.locator(`#${id}`);
  return {
    type: await input.getAttribute('type'),
    inputMode: await input.getAttribute('inputmode'),
    placeholder: await input.getAttribute('placeholder'),
    pattern: await input.getAttribute('pattern'),
    value: await input.inputValue(),
  };
}

describe('French dates in an English browser', () => {
  it('filters remarques, prepares a meeting and adds an agenda action with jj/mm/aaaa and hh:mm', async () => {
    // The remarque of the test's first day (the clock starts on 01/06/2026, Paris).
    expect((await ask(t.url, UNKNOWN_QUESTION)).kind).toBe('fallback');

    await page.goto(`${t.url}/staff/remarques`);
    // The browser really is English: what made type="date" show mm/dd/yyyy.
    expect(await page.evaluate('navigator.language')).toBe('en-US');
    await page.getByLabel('Identifiant').fill(STAFF.username);
    await page.getByLabel('Mot de passe').fill(STAFF.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/staff\/remarques$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');

    for (const id of ['f-from', 'f-to']) {
      expect(await describeInput(id)).toMatchObject({ type: 'text', inputMode: 'numeric', placeholder: 'jj/mm/aaaa', value: '' });
    }
    await expect.poll(() => page.locator('#f-from-format').textContent()).toBe('(jj/mm/aaaa)');

    // The day of the remarque, typed the French way: it is found, and the fields show the dates as typed.
    await page.getByLabel('Du', { exact: true }).fill('01/06/2026');
    await page.getByLabel('Au', { exact: true }).fill('1/6/2026');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/from=01%2F06%2F2026/);
    await expect.poll(() => page.locator('.resident-text').first().textContent()).toBe(UNKNOWN_QUESTION);
    expect((await describeInput('f-from')).value).toBe('01/06/2026');
    expect((await describeInput('f-to')).value).toBe('01/06/2026');
    // The export links carry the same period (ISO): the CSV holds the remarque.
    const csvHref = (await page.getByRole('link', { name: 'Exporter en CSV (Excel)' }).first().getAttribute('href')) ?? '';
    expect(csvHref).toContain('from=2026-06-01');

    // The next day: nothing. Read as 2 June, not as February the 6th.
    await page.getByLabel('Du', { exact: true }).fill('02/06/2026');
    await page.getByLabel('Au', { exact: true }).fill('30/06/2026');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/from=02%2F06%2F2026/);
    await expect.poll(() => page.locator('h2#results-title').textContent()).toContain('0 remarque');

    // Something that is no date at all is stopped by the browser (the pattern), nothing is sent.
    await page.getByLabel('Du', { exact: true }).fill('yesterday');
    expect(await page.evaluate("document.getElementById('f-from').validity.patternMismatch")).toBe(true);
    // A day that does not exist passes the pattern: the server refuses it, naming the field, in French.
    await page.getByLabel('Du', { exact: true }).fill('31/02/2026');
    const [refused] = await Promise.all([page.waitForResponse((r) => r.url().includes('from=31%2F02%2F2026')), page.getByRole('button', { name: 'Filtrer' }).click()]);
    expect(refused.status()).toBe(400);
    await expect.poll(() => page.getByRole('alert').textContent()).toContain("La date « Du » n'est pas valable");
    expect(await page.locator('#f-from-error').textContent()).toContain('jj/mm/aaaa');
    expect(await page.locator('#f-from').getAttribute('aria-invalid')).toBe('true');
    expect((await describeInput('f-from')).value).toBe('31/02/2026');

    // The meeting period: French days shown, French days accepted.
    await page.goto(`${t.url}/staff/reunion`);
    expect((await describeInput('m-from')).value).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    await page.getByLabel('Du', { exact: true }).fill('01/06/2026');
    await page.getByLabel('Au', { exact: true }).fill('30/06/2026');
    await page.getByRole('button', { name: 'Afficher la synthèse' }).click();
    await page.waitForURL(/reunion\?from=01%2F06%2F2026/);
    await expect.poll(() => page.locator('#brief-title').textContent()).toBe('Synthèse du 01/06/2026 au 30/06/2026');

    // An agenda action typed the French way: 13/06/2026 at 10h00.
    await page.goto(`${t.url}/staff/agenda/nouvelle`);
    expect(await describeInput('a-date')).toMatchObject({ type: 'text', inputMode: 'numeric', placeholder: 'jj/mm/aaaa' });
    expect(await describeInput('a-time')).toMatchObject({ type: 'text', inputMode: 'numeric', placeholder: 'hh:mm' });
    await page.getByLabel('Titre (français)').fill('Balade des jardins partagés');
    await page.getByRole('combobox', { name: 'Thème', exact: true }).selectOption({ label: t.assistant.knowledge.topics.find((x) => x.id === 'rencontres-echanges')!.label.fr });
    await page.getByLabel('Lieu (français)').fill('Jardins de la rue des Écoles');
    await page.getByLabel('Heure de début').fill('10h00');
    // First a day that does not exist: the form comes back as typed, the field named.
    await page.getByLabel('Date').fill('31/06/2026');
    await page.getByRole('button', { name: "Enregistrer l'action" }).click();
    await expect.poll(() => page.locator('#a-date-error').textContent()).toContain("La date « Date » n'est pas valable");
    expect((await describeInput('a-time')).value).toBe('10h00');
    await page.getByLabel('Date').fill('13/06/2026');
    await page.getByRole('button', { name: "Enregistrer l'action" }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Action enregistrée');
    await expect.poll(() => page.locator('table').first().textContent()).toContain('13/06/2026 10:00');

    const stored = (await t.assistant.storage.agenda.list()).find((r) => r.title.fr === 'Balade des jardins partagés');
    expect(stored).toMatchObject({ id: 'balade-des-jardins-partages-2026-06-13', date: '2026-06-13', time: '10:00' });
    expect((await ask(t.url, "qu'est-ce qui est prévu dans le quartier ?")).text).toContain('Balade des jardins partagés');

    // Editing shows the stored day the French way again.
    await page.goto(`${t.url}/staff/agenda/${stored!.id}`);
    expect((await describeInput('a-date')).value).toBe('13/06/2026');

    // A fiche's source date ("Vérifiée le"): French too.
    await page.goto(`${t.url}/staff/fiches/bus-sante`);
    expect(await describeInput('f-source_checked')).toMatchObject({ type: 'text', inputMode: 'numeric', placeholder: 'jj/mm/aaaa' });
    await page.locator('#f-source_checked').fill('31/04/2026');
    await page.getByLabel('Remarque sur la source').fill('Vérifié par téléphone avec la mairie');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.locator('#f-source_checked-error').textContent()).toContain('jj/mm/aaaa');
    await page.locator('#f-source_checked').fill('01/06/2026');
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Fiche enregistrée');
    expect(t.assistant.fiches.entry('bus-sante')?.details.source).toMatchObject({ checked: '2026-06-01', note: 'Vérifié par téléphone avec la mairie' });
    expect((await describeInput('f-source_checked')).value).toBe('01/06/2026');
  }, 120_000);
});
