/**
 * The "Fiches" page in real headless Chromium, on a phone-sized screen, as staff without training would use it:
 * find a subject in the list (what is missing is said), type a wrong phone number (the error shows next to the
 * field, what was typed stays), fix it (the bot's next answer gives it), see the history, undo (the bot no longer
 * gives it); then a contact's hours. Each page is checked with axe-core and photographed into test-results/.
 */
import path from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { expectNoSeriousViolations, launchChromium, SCREENSHOTS } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, STAFF, startTestAssistant, type TestAssistant } from './helpers.js';

const PHONE = '03 21 77 88 99';
/** A whole flow with several axe-core runs: minutes on a busy shared machine (never an assertion on time). */
const FLOW_TIMEOUT = 240_000;

let t: TestAssistant;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  t = await startTestAssistant();
  browser = await launchChromium();
  const context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

/** Opens a console page, signing in first when the console asks to. */
async function open(pathname: string): Promise<void> {
  await page.goto(`${t.url}${pathname}`);
  if (page.url().includes('/staff/connexion')) {
    await page.getByLabel('Identifiant').fill(STAFF.username);
    await page.getByLabel('Mot de passe').fill(STAFF.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL((url) => url.pathname === pathname);
  }
}

async function shoot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

describe('Fiches page on a phone', () => {
  it("completes a subject's phone with an error shown next to the field, then undoes it; the bot follows", async () => {
    const { engine } = t.assistant;
    const entry = engine.entries.find((e) => !['urgence', 'salutation', 'aide', 'remarque', 'confidentialite', 'agenda'].includes(e.topic) && e.details.phone === undefined && engine.decide(e.phrasings.fr[0]!).kind === 'answer' && (engine.decide(e.phrasings.fr[0]!) as { entry: { id: string } }).entry.id === e.id)!;
    const question = entry.phrasings.fr[0]!;

    await page.goto(`${t.url}/staff/fiches`);
    // Untrained staff arrive on the sign-in page first.
    await expect.poll(() => page.url()).toContain('/staff/connexion?next=');
    await page.getByLabel('Identifiant').fill(STAFF.username);
    await page.getByLabel('Mot de passe').fill(STAFF.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/staff\/fiches$/);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Fiches : informations pratiques');
    const card = page.locator('.card', { has: page.getByRole('link', { name: entry.title.fr, exact: false }) }).first();
    await expect.poll(() => card.textContent()).toContain('Manque :');
    await expect.poll(() => card.textContent()).toContain('Téléphone');
    await shoot('fiches-01-liste');
    await expectNoSeriousViolations(page, 'fiches');

    await card.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/staff/fiches/${entry.id}$`));
    await expectNoSeriousViolations(page, 'fiche');
    // A wrong number: refused, said next to the field, what was typed is kept.
    await page.getByLabel('Téléphone', { exact: true }).fill('12');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.locator('#f-phone-error').textContent()).toContain('Numéro non valide');
    expect(await page.getByLabel('Téléphone', { exact: true }).inputValue()).toBe('12');
    expect(await page.getByLabel('Téléphone', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('À corriger : Téléphone');
    await shoot('fiches-02-erreur');
    await expectNoSeriousViolations(page, 'fiche en erreur');
    expect((await ask(t.url, question)).text).not.toContain(PHONE);

    await page.getByLabel('Téléphone', { exact: true }).fill(PHONE);
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/ok=ficheSaved/);
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Fiche enregistrée');
    await expect.poll(() => page.locator('#f-phone-fact').textContent()).toContain(`Saisi par ${STAFF.username}`);
    await expect.poll(() => page.locator('.history').textContent()).toContain(PHONE);
    await expect.poll(() => page.locator('.history').textContent()).toContain(STAFF.username);
    await shoot('fiches-03-enregistree');
    expect((await ask(t.url, question)).text).toContain(PHONE);

    await page.getByRole('button', { name: 'Annuler la dernière modification' }).click();
    await page.waitForURL(/ok=ficheUndone/);
    expect(await page.getByLabel('Téléphone', { exact: true }).inputValue()).toBe('');
    await expect.poll(() => page.locator('.history').textContent()).toContain('annulée par');
    await shoot('fiches-04-annulee');
    expect((await ask(t.url, question)).text).not.toContain(PHONE);
  }, FLOW_TIMEOUT);

  it("sets a contact's hours from the list's contacts", async () => {
    const contact = t.assistant.knowledge.contacts.find((c) => c.hours === undefined)!;
    await open('/staff/fiches');
    const contactsList = page.getByRole('region', { name: 'Contacts (mairies, services, partenaires)' });
    await contactsList.getByRole('link', { name: contact.name, exact: false }).first().click();
    await page.waitForURL(new RegExp(`/staff/contacts/${contact.id}$`));
    await expectNoSeriousViolations(page, 'contact');
    await page.getByLabel('Horaires (français)').fill('Lundi au vendredi, 8 h 30 – 12 h');
    await page.getByLabel('Site web').fill('http://pas-sur.fr');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => page.locator('#f-website-error').textContent()).toContain('https://');
    await page.getByLabel('Site web').fill('');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.waitForURL(/ok=ficheSaved/);
    expect(t.assistant.fiches.contact(contact.id)?.hours).toEqual({ fr: 'Lundi au vendredi, 8 h 30 – 12 h' });
    await shoot('fiches-05-contact');
  }, FLOW_TIMEOUT);
});
