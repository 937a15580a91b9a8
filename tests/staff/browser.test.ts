/**
 * End to end, in real headless Chromium (Debian's, driven by playwright-core): a resident's question the bot cannot
 * answer becomes a remarque; staff sign in, find it, attach it to an entry, and the bot then answers it; a new
 * agenda action is offered by the bot; the CSV export downloads with the remarque in it. Each main page is checked
 * with axe-core (no serious or critical violation) and photographed into test-results/screenshots/; with
 * DOCS_SCREENSHOTS=1 the staff guide's pictures (docs/img/staff-*.png, committed) are taken again from the same run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expectNoSeriousViolations, launchChromium, SCREENSHOTS } from '../support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, STAFF, startTestAssistant, TAUGHT_ENTRY, UNKNOWN_QUESTION, type TestAssistant } from './helpers.js';

/** The staff guide's pictures: rewritten only when asked (DOCS_SCREENSHOTS=1), so ordinary runs change no tracked file. */
const DOCS_IMAGES = path.resolve(__dirname, '../../docs/img');
const UPDATE_DOCS = process.env.DOCS_SCREENSHOTS === '1';
/** Screenshot name → the staff guide's picture it becomes. */
const FOR_THE_GUIDE: Record<string, string> = {
  '01-connexion': 'staff-connexion.png',
  '03-remarques': 'staff-remarques.png',
  '04-remarque': 'staff-remarque.png',
  '05-agenda': 'staff-agenda.png',
  '09-journal': 'staff-journal.png',
  '10-remarques-telephone': 'staff-remarques-telephone.png',
};
const AGENDA_QUESTION = "qu'est-ce qui est prévu dans le quartier ?";

let t: TestAssistant;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  t = await startTestAssistant();
  browser = await launchChromium();
  context = await browser.newContext({ locale: 'fr-FR', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await t?.close();
});

async function shoot(name: string, on: Page = page): Promise<void> {
  await on.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
  const guide = FOR_THE_GUIDE[name];
  if (UPDATE_DOCS && guide) {
    fs.mkdirSync(DOCS_IMAGES, { recursive: true });
    fs.copyFileSync(path.join(SCREENSHOTS, `${name}.png`), path.join(DOCS_IMAGES, guide));
  }
}

describe('staff console in a browser', () => {
  it('teaches the bot an answer from a remarque, adds an agenda action the bot offers, and exports the CSV', async () => {
    // A resident asks something the assistant does not know: it says so and keeps the question.
    expect((await ask(t.url, UNKNOWN_QUESTION)).kind, 'precondition: the bot cannot answer UNKNOWN_QUESTION (tests/staff/helpers.ts)').toBe('fallback');

    // Any console page first asks to sign in.
    await page.goto(`${t.url}/staff/remarques`);
    await expect.poll(() => page.url()).toContain('/staff/connexion?next=');
    await shoot('01-connexion');
    await expectNoSeriousViolations(page, 'connexion');
    await page.getByLabel('Identifiant').fill(STAFF.username);
    await page.getByLabel('Mot de passe').fill(STAFF.password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/staff\/remarques$/);

    // Find the question and open it.
    await page.getByLabel('Texte contenant').fill('chat a disparu');
    await page.getByRole('button', { name: 'Filtrer' }).click();
    await page.waitForURL(/q=chat/);
    await expect.poll(() => page.locator('.resident-text').first().textContent()).toBe(UNKNOWN_QUESTION);
    await shoot('03-remarques');
    await expectNoSeriousViolations(page, 'remarques');
    await page.locator('.card-title a').first().click();
    await page.waitForURL(/\/staff\/remarques\/\d+$/);
    await shoot('04-remarque');
    await expectNoSeriousViolations(page, 'remarque');

    // Attach it to the entry that answers it.
    const entry = t.assistant.engine.entry(TAUGHT_ENTRY)!;
    await page.getByLabel('Fiche qui répond à la question').selectOption({ label: entry.title.fr });
    await page.getByRole('button', { name: 'Rattacher à cette fiche' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain("C'est appris");
    const answered = await ask(t.url, UNKNOWN_QUESTION);
    expect(answered).toMatchObject({ kind: 'answer', entryId: TAUGHT_ENTRY });
    expect(answered.text).toContain(entry.answer.fr.slice(0, 40));

    // A new agenda action, offered by the bot at once.
    await page.getByRole('navigation', { name: "Menu de l'espace du personnel" }).getByRole('link', { name: 'Agenda' }).click();
    await page.getByRole('link', { name: 'Ajouter une action' }).click();
    await shoot('06-agenda-formulaire');
    await expectNoSeriousViolations(page, 'agenda-formulaire');
    await page.getByLabel('Titre (français)').fill('Balade découverte des jardins partagés');
    await page.getByRole('combobox', { name: 'Thème', exact: true }).selectOption({ label: t.assistant.knowledge.topics.find((x) => x.id === 'rencontres-echanges')!.label.fr });
    await page.getByLabel('Date').fill('2026-06-13');
    await page.getByLabel('Heure de début').fill('10:00');
    await page.getByLabel('Lieu (français)').fill('Jardins de la rue des Écoles');
    await page.getByRole('button', { name: "Enregistrer l'action" }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toContain('Action enregistrée');
    await shoot('05-agenda');
    await expectNoSeriousViolations(page, 'agenda');
    expect((await ask(t.url, AGENDA_QUESTION)).text).toContain('Balade découverte des jardins partagés');

    // The CSV export downloads, for French Excel, with the remarque in it.
    await page.goto(`${t.url}/staff/remarques`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Exporter en CSV (Excel)' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^remarques-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync(await download.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain(`"${UNKNOWN_QUESTION}"`);
    expect(csv.toString('utf8').split('\r\n')[0]).toContain('";"');
    // Many pages, each checked by axe-core: slow on a shared machine, never a matter of the pages' own speed.
  }, 180_000);

  it('shows the other main pages accessibly (dashboard, meeting, learning, journal)', async () => {
    for (const [name, pathname] of [
      ['02-tableau-de-bord', '/staff'],
      ['07-reunion', '/staff/reunion?from=2026-05-01&to=2026-06-30'],
      ['08-apprentissage', '/staff/apprentissage'],
      ['09-journal', '/staff/journal'],
    ] as const) {
      await page.goto(t.url + pathname);
      expect(await page.locator('h1').count(), name).toBe(1);
      await shoot(name);
      await expectNoSeriousViolations(page, name);
    }
    // The meeting summary as it prints (navigation and forms left out).
    await page.goto(`${t.url}/staff/reunion?from=2026-05-01&to=2026-06-30`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation').first().isVisible()).toBe(false);
    await shoot('07-reunion-impression');
    await page.emulateMedia({ media: 'screen' });
    // The teaching done above is listed and undoable; the journal names who did it, in sentences (no JSON, no ids).
    await page.goto(`${t.url}/staff/journal`);
    const journal = (await page.locator('table').textContent()) ?? '';
    expect(journal).toContain(STAFF.username);
    expect(journal).toMatch(/rattachée à la fiche « /);
    expect(journal).not.toMatch(/[{}]|"status"|phrasing:\d|remarque:\d/);
  });

  it('is usable on a phone and with the keyboard', async () => {
    const phone = await browser.newContext({ locale: 'fr-FR', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    await phone.addCookies(await context.cookies());
    const small = await phone.newPage();
    try {
      await small.goto(`${t.url}/staff/remarques`);
      // Nothing wider than the screen: no sideways scrolling of the whole page.
      expect(Number(await small.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
      await shoot('10-remarques-telephone', small);
      // The first Tab reaches the skip link, which leads to the content.
      await small.keyboard.press('Tab');
      expect(await small.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Aller au contenu');
      // The agenda's table becomes cards: nothing runs off the right edge.
      await small.goto(`${t.url}/staff/agenda`);
      expect(Number(await small.evaluate('document.documentElement.scrollWidth'))).toBeLessThanOrEqual(360);
      const overflowing = await small.evaluate<number>(`[...document.querySelectorAll('table.cards td, table.cards th')].filter((c) => c.getBoundingClientRect().right > 360).length`);
      expect(overflowing).toBe(0);
      await shoot('11-agenda-telephone', small);
    } finally {
      await phone.close();
    }
  });
});
