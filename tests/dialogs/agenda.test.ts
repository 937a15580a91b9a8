/**
 * The agenda and the answers agree (issue 10, part 4): "quoi de prévu ?" lists the next real actions; a question
 * about an action gives its next date, and "c'est où / c'est quand / ça finit à quelle heure / faut s'inscrire"
 * read the action's own fields. The shipped sample actions reach residents only in the demo mode.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

/** With the clock at NOW (Tuesday 1 December 2026, 10:00 in Paris). */
const SAMPLE_NEXT = {
  fr: ['mercredi 2 décembre à 14 h 00', 'samedi 5 décembre à 10 h 00'],
  en: ['Wednesday 2 December at 14:00', 'Saturday 5 December at 10:00'],
};

/** A real action, as staff enter it from the console. */
const REAL = {
  id: 'atelier-numerique-decembre',
  topic: 'ateliers-numeriques',
  entry: 'ateliers-numeriques',
  title: { fr: 'Atelier numérique : les démarches en ligne', en: 'Digital workshop: online procedures' },
  date: '2026-12-09',
  time: '14:00',
  endTime: '16:30',
  place: { fr: 'Salle Tiers-lieu, pôle culturel', en: 'Tiers-lieu room, cultural centre' },
  registration: { fr: 'sur place, 10 places', en: 'on site, 10 seats' },
  sample: false,
  updatedBy: 'agent',
};
const REAL_WHEN = { fr: 'mercredi 9 décembre à 14 h 00', en: 'Wednesday 9 December at 14:00' };
const FOLLOW = {
  fr: { where: "c'est où ?", when: "et c'est quand ?", price: "c'est combien ?" },
  en: { where: 'where is it?', when: 'when is it?', price: 'how much is it?' },
};
const PRICE = { fr: 'Gratuit, goûter offert', en: 'Free, snack included' };

describe.each(PHRASES)('agenda ($lang)', ({ lang, locale, agenda, action }) => {
  describe('with only the shipped sample actions', () => {
    const h = harnessPerTest();

    it('residents are told nothing is announced yet and how to hear about it — never the samples', async () => {
      const reply = await h.say(agenda, { locale });
      expect(reply.traces[0]).toMatchObject({ kind: 'answer', topic: 'agenda' });
      expect(reply.text).toContain(translator(lang)('agenda.empty'));
      for (const sample of SAMPLE_NEXT[lang]) expect(reply.text).not.toContain(sample);
      expect(reply.text.toLowerCase()).not.toMatch(/exemple|example|à confirmer|to be confirmed/);
    });

    it('a question about an action says no date, and "when?" says none is announced yet', async () => {
      const answer = await h.say(action.question, { locale });
      expect(answer.traces[0]).toMatchObject({ kind: 'answer', entryId: action.entryId });
      expect(answer.text).not.toContain(SAMPLE_NEXT[lang][0]);
      const when = await h.say(FOLLOW[lang].when, { locale });
      expect(when.traces[0]).toMatchObject({ kind: 'followup', entryId: action.entryId });
      expect(when.text).toContain(translator(lang)('details.noDate'));
    });
  });

  describe('with a real action entered by staff', () => {
    const h = harnessPerTest();

    it('the answer gives its date, end, place and registration, and the follow-ups read the action', async () => {
      await h.storage.agenda.put(REAL);
      await h.agenda.reload();
      const answer = await h.say(action.question, { locale });
      expect(answer.texts[0]).toContain(REAL_WHEN[lang]);
      expect(answer.texts[0]).toContain(REAL.place[lang]);
      expect(answer.texts[0]).toContain(REAL.registration[lang]);
      expect(answer.text).not.toMatch(/pas encore publi|à confirmer|not published|to be confirmed/i);
      const where = await h.say(FOLLOW[lang].where, { locale });
      expect(where.text).toContain(REAL.place[lang]);
      const when = await h.say(FOLLOW[lang].when, { locale });
      expect(when.text).toContain(REAL_WHEN[lang]);
      expect(when.text).toContain(lang === 'fr' ? "jusqu'à 16 h 30" : 'until 16:30');
    });

    it('"c\'est combien ?" reads the action\'s own price; without one, says it does not know (no entry price)', async () => {
      await h.storage.agenda.put({ ...REAL, price: PRICE });
      await h.agenda.reload();
      const answer = await h.say(action.question, { locale });
      expect(answer.texts[0]).toContain(PRICE[lang]);
      const price = await h.say(FOLLOW[lang].price, { locale });
      expect(price.traces[0]).toMatchObject({ kind: 'followup', entryId: action.entryId });
      expect(price.text).toContain(PRICE[lang]);
      expect(price.text).toContain(REAL_WHEN[lang]);

      await h.storage.agenda.put(REAL);
      await h.agenda.reload();
      await h.say(action.question, { locale });
      const unknown = await h.say(FOLLOW[lang].price, { locale });
      expect(unknown.text).not.toContain(PRICE[lang]);
      expect(unknown.text).toContain(translator(lang)('details.unknown'));
    });

    it('the agenda lists it, and no longer once it is past', async () => {
      await h.storage.agenda.put(REAL);
      await h.agenda.reload();
      expect((await h.say(agenda, { locale })).text).toContain(REAL_WHEN[lang]);
      h.advance(9 * 24 * 60 * 60 * 1000);
      expect((await h.say(agenda, { locale })).text).not.toContain(REAL_WHEN[lang]);
    });
  });

  describe('in the demo mode (DEMO_AGENDA=1)', () => {
    const h = harnessPerTest({ demoAgenda: true });

    it('lists the sample actions, soonest first', async () => {
      const reply = await h.say(agenda, { locale });
      const [first, second] = SAMPLE_NEXT[lang];
      expect(reply.text).toContain(first);
      expect(reply.text.indexOf(String(first))).toBeLessThan(reply.text.indexOf(String(second)));
    });

    it('the next date moves on when the date has passed', async () => {
      h.advance(2 * 24 * 60 * 60 * 1000); // Thursday 3 December: the workshop of the 2nd is over
      const reply = await h.say(action.question, { locale });
      expect(reply.texts[0]).not.toContain(SAMPLE_NEXT[lang][0]);
      expect(reply.texts[0]).toContain(lang === 'fr' ? 'mercredi 9 décembre' : 'Wednesday 9 December');
    });
  });
});
