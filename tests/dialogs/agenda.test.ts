/** The agenda: "quoi de prévu ?" lists the next actions; a question about an action gives its next date. */
import { describe, expect, it } from 'vitest';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const h = harnessPerTest();

/**
 * With the clock at NOW (Tuesday 1 December 2026, 10:00 in Paris), the sample agenda's next actions are the weekly
 * digital workshop of Wednesday 2 December at 14:00 and the monthly get-together of Saturday 5 December at 10:00.
 */
const NEXT = {
  fr: ['mercredi 2 décembre à 14 h 00', 'samedi 5 décembre à 10 h 00', 'exemple'],
  en: ['Wednesday 2 December at 14:00', 'Saturday 5 December at 10:00', 'example'],
};

describe.each(PHRASES)('agenda ($lang)', ({ lang, locale, agenda, action }) => {
  it('lists the next actions, soonest first, and says they are examples', async () => {
    const reply = await h.say(agenda, { locale });
    expect(reply.traces[0]).toMatchObject({ kind: 'answer', topic: 'agenda' });
    const [first, second, sample] = NEXT[lang];
    const text = reply.text;
    expect(text).toContain(first);
    expect(text).toContain(second);
    expect(text.indexOf(String(first))).toBeLessThan(text.indexOf(String(second)));
    expect(text.toLowerCase()).toContain(sample);
  });

  it('a question about an action answers it with its next date', async () => {
    const reply = await h.say(action.question, { locale });
    expect(reply.traces[0]).toMatchObject({ kind: 'answer', entryId: action.entryId });
    expect(reply.texts[0]).toContain(NEXT[lang][0]);
  });

  it('the next date moves on when the date has passed', async () => {
    h.advance(2 * 24 * 60 * 60 * 1000); // Thursday 3 December: the workshop of the 2nd is over
    const reply = await h.say(action.question, { locale });
    expect(reply.texts[0]).not.toContain(NEXT[lang][0]);
    expect(reply.texts[0]).toContain(lang === 'fr' ? 'mercredi 9 décembre' : 'Wednesday 9 December');
  });
});
