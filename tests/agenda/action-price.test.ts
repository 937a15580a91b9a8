/**
 * An agenda action's own price (issue 10, part 4): "c'est combien ?" reads the action's price before the entry's;
 * the answer shows the action's price instead of the entry's; the iCalendar event carries it; staff input is checked
 * (a text, fr with an optional en; anything else refused naming the field).
 */
import { describe, expect, it } from 'vitest';
import { agendaCalendar } from '../../src/agenda/ical.js';
import { AgendaBook, type AgendaAction } from '../../src/engine/agenda.js';
import type { Entry } from '../../src/knowledge/schema.js';
import { composeAnswer } from '../../src/replies/compose.js';
import { answerDetail, detailContext } from '../../src/replies/details.js';
import { checkAgenda, fromForm, mergePatch } from '../../src/staff/agenda-input.js';
import type { AgendaRecord } from '../../src/storage/types.js';
import { realCore } from '../helpers/core.js';
import { agendaAction } from '../support/agenda.js';

const NOW = new Date('2026-12-01T09:00:00Z');
const ENTRY_PRICE = { fr: 'Séance habituelle : 5 €', en: 'Usual session: €5' };
const ACTION_PRICE = { fr: 'Gratuit ce jour-là', en: 'Free that day' };

/** A workshop of the entry 'sante-alimentation' on Wednesday 9 December 2026. */
const action = (over: Partial<AgendaAction> = {}): AgendaAction =>
  agendaAction({ id: 'atelier-cuisine', topic: 'sante-alimentation', entry: 'sante-alimentation', date: '2026-12-09', ...over });

/** The real entry, as if staff had given it a general price. */
function entryWithPrice(): Entry {
  const entry = realCore().engine.entry('sante-alimentation')!;
  return { ...entry, details: { ...entry.details, price: ENTRY_PRICE } };
}

function fichesWith(entry: Entry) {
  const core = realCore();
  return { entry: (id: string) => (id === entry.id ? entry : core.fiches.entry(id)), contact: (id: string) => core.fiches.contact(id) };
}

describe.each(['fr', 'en'] as const)("an agenda action's price (%s)", (locale) => {
  const entry = entryWithPrice();
  const fiches = fichesWith(entry);

  it('"how much?" reads the action\'s price first, with its date; without one, the entry\'s', () => {
    const priced = detailContext(entry, { locale, now: NOW, agenda: new AgendaBook([action({ price: ACTION_PRICE })]), fiches });
    const text = answerDetail(entry, 'price', priced).text;
    expect(text).toContain(ACTION_PRICE[locale]);
    expect(text).toContain(locale === 'fr' ? 'mercredi 9 décembre' : 'Wednesday 9 December');
    expect(text).not.toContain(ENTRY_PRICE[locale]);

    const unpriced = detailContext(entry, { locale, now: NOW, agenda: new AgendaBook([action()]), fiches });
    expect(answerDetail(entry, 'price', unpriced).text).toContain(ENTRY_PRICE[locale]);
  });

  it("the answer shows the action's price instead of the entry's, and the entry's when the action has none", () => {
    const withPrice = composeAnswer(entry, { locale, now: NOW, agenda: new AgendaBook([action({ price: ACTION_PRICE })]), fiches }).text;
    expect(withPrice).toContain(ACTION_PRICE[locale]);
    expect(withPrice).not.toContain(ENTRY_PRICE[locale]);
    const without = composeAnswer(entry, { locale, now: NOW, agenda: new AgendaBook([action()]), fiches }).text;
    expect(without).toContain(ENTRY_PRICE[locale]);
    expect(without).not.toContain(ACTION_PRICE[locale]);
  });

  it('the iCalendar event says the price in its description', () => {
    const feed = agendaCalendar(new AgendaBook([action({ price: ACTION_PRICE, registration: { fr: 'Sur place', en: 'On site' } })]), {
      locale,
      now: NOW,
      host: 'assistant.example.fr',
    })!;
    const unfolded = feed.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toContain(locale === 'fr' ? 'Prix : Gratuit ce jour-là' : 'Price: Free that day');
    expect(agendaCalendar(new AgendaBook([action()]), { locale, now: NOW, host: 'assistant.example.fr' })).not.toMatch(/Prix|Price/);
  });
});

describe("staff input of an action's price", () => {
  const known = { topicIds: new Set(['sante-alimentation']), entryIds: new Set(['sante-alimentation']) };
  const base = { id: 'atelier-cuisine', topic: 'sante-alimentation', title: { fr: 'Atelier cuisine' }, date: '2026-12-09', time: '14:00', place: { fr: 'Pôle culturel' } };

  it('takes a French text (English falls back to it), from JSON or from the form', () => {
    const json = checkAgenda({ ...base, price: { fr: '2 € la séance' } }, known, false);
    expect(json.ok && json.item.price).toEqual({ fr: '2 € la séance', en: '2 € la séance' });
    const form = checkAgenda(
      { ...fromForm({ topic: 'sante-alimentation', title_fr: 'Atelier cuisine', date: '2026-12-09', time: '14:00', place_fr: 'Pôle culturel', price_fr: 'Gratuit', price_en: 'Free' }), id: 'atelier-cuisine' },
      known,
      false,
    );
    expect(form.ok && form.item.price).toEqual({ fr: 'Gratuit', en: 'Free' });
    const empty = checkAgenda({ ...fromForm({ topic: 'sante-alimentation', title_fr: 'Atelier', date: '2026-12-09', time: '14:00', place_fr: 'Pôle', price_fr: ' ', price_en: '' }), id: 'atelier' }, known, false);
    expect(empty.ok && empty.item.price).toBeUndefined();
  });

  it('refuses a number or a list, naming the field', () => {
    for (const price of [12, ['Gratuit']]) {
      const checked = checkAgenda({ ...base, price }, known, false);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.issues.map((i) => i.path)).toContain('price');
    }
  });

  it('a PATCH sets, merges per language and clears it with null', () => {
    const stored: AgendaRecord = { ...base, id: 'x', title: { fr: 'Atelier cuisine', en: 'Atelier cuisine' }, place: { fr: 'Pôle culturel', en: 'Pôle culturel' }, price: { fr: 'Gratuit', en: 'Free' }, sample: false, updatedAt: '', updatedBy: null };
    expect(mergePatch(stored, { price: { fr: '1 €' } })['price']).toEqual({ fr: '1 €', en: 'Free' });
    expect(mergePatch(stored, { price: null })).not.toHaveProperty('price');
  });

  // Review: `{ "fr": 12 }` passed as an object and was dropped (200, no price); a PATCH with a list was spread into
  // the stored { fr, en } and the list vanished (200, price unchanged). Both are refused now, naming the field.
  it('refuses a language given as a number, and a PATCH with a list, naming the field', () => {
    const stored: AgendaRecord = { ...base, id: 'x', title: { fr: 'Atelier cuisine', en: 'Atelier cuisine' }, place: { fr: 'Pôle culturel', en: 'Pôle culturel' }, price: { fr: 'Gratuit', en: 'Free' }, sample: false, updatedAt: '', updatedBy: null };
    const inputs = [{ ...base, price: { fr: 12 } }, { ...base, price: { fr: 'Gratuit', en: 5 } }, mergePatch(stored, { price: ['1 €'] })];
    for (const input of inputs) {
      const checked = checkAgenda(input, known, false);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.issues.some((i) => i.path === 'price' || i.path.startsWith('price.'))).toBe(true);
    }
    const fine = checkAgenda(mergePatch(stored, { price: { en: 'Free that day' } }), known, false);
    expect(fine.ok && fine.item.price).toEqual({ fr: 'Gratuit', en: 'Free that day' });
  });
});
