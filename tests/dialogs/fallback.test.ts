/** Fallback: an honest "I don't know", the mairie, and the question kept — redacted — for the conseil citoyen. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const h = harnessPerTest();

describe.each(PHRASES)('fallback ($lang)', ({ lang, locale, fallback, remarqueWithPersonalData }) => {
  const t = translator(lang);

  it('says it does not know, points to the mairie, and says the question is kept without personal data', async () => {
    const reply = await h.say(fallback, { locale });
    expect(reply.text).toContain(t('fallback.text'));
    expect(reply.text).toMatch(/mairie|town hall/);
    expect(reply.text).toContain(t('fallback.kept'));
    expect(reply.traces).toEqual([{ kind: 'fallback', topic: null, candidates: expect.any(Array), score: expect.any(Number), entryId: null }]);
  });

  it('keeps the question as an "unanswered" remarque with the channel, language and best guess', async () => {
    const reply = await h.say(fallback, { locale });
    const remarques = await h.remarques();
    expect(remarques).toHaveLength(1);
    expect(remarques[0]).toMatchObject({
      kind: 'unanswered',
      text: fallback,
      locale: lang,
      channel: 'test',
      topic: reply.traces[0]?.candidates[0] ?? null,
      score: reply.traces[0]?.score,
      status: 'nouvelle',
    });
  });

  it('removes phone numbers and e-mails before keeping the question', async () => {
    await h.say(`${fallback}, ${remarqueWithPersonalData.text}`, { locale });
    const [kept] = await h.remarques();
    for (const gone of remarqueWithPersonalData.gone) expect(kept?.text).not.toContain(gone);
    expect(kept?.text).toContain('[téléphone]');
    expect(kept?.text).toContain('[e-mail]');
  });

  it.each(['oui', 'non', '?', '1'])('"%s" with nothing pending is not kept as a question', async (text) => {
    const reply = await h.say(text, { locale });
    expect(reply.text).toBe(t('answer.askAnother'));
    expect(await h.remarques()).toEqual([]);
  });
});
