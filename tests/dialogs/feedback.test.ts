/** "Did this answer help?": yes thanks; no keeps a "not-helpful" remarque with the question and the entry. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const h = harnessPerTest();

describe.each(PHRASES)('feedback ($lang)', ({ lang, locale, answer }) => {
  const t = translator(lang);

  it('"yes" is thanked and keeps nothing', async () => {
    await h.say(answer.question, { locale });
    const reply = await h.say(t('feedback.yes'), { locale });
    expect(reply.text).toBe(t('feedback.thanks'));
    expect(reply.traces).toEqual([expect.objectContaining({ kind: 'feedback', entryId: answer.entryId })]);
    expect(await h.remarques()).toEqual([]);
  });

  it('"no" keeps a not-helpful remarque with the question and the entry that did not help', async () => {
    const answered = await h.say(answer.question, { locale });
    const reply = await h.say(t('feedback.no'), { locale });
    expect(reply.text).toBe(t('feedback.sorry'));
    expect(reply.traces).toEqual([expect.objectContaining({ kind: 'feedback', entryId: answer.entryId })]);
    const remarques = await h.remarques();
    expect(remarques).toHaveLength(1);
    expect(remarques[0]).toMatchObject({
      kind: 'not-helpful',
      text: answer.question,
      entryId: answer.entryId,
      topic: answered.traces[0]?.topic,
      score: answered.traces[0]?.score,
      locale: lang,
    });
  });

  it('the question kept after "no" is redacted', async () => {
    await h.say(answer.withPersonalData, { locale });
    await h.say(t('feedback.no'), { locale });
    const [kept] = await h.remarques();
    expect(kept?.kind).toBe('not-helpful');
    expect(kept?.text).not.toContain('06 12 34 56 78');
    expect(kept?.text).toContain('[téléphone]');
  });

  it('is asked once: a second "no" is not a second remarque', async () => {
    await h.say(answer.question, { locale });
    await h.say(t('feedback.no'), { locale });
    await h.say(t('feedback.no'), { locale });
    expect(await h.remarques()).toHaveLength(1);
  });
});

describe('a no said in more words after "did this help?"', () => {
  const byLocale = { 'fr-FR': PHRASES[0]?.answer, 'en-GB': PHRASES[1]?.answer };

  it.each([
    ['fr-FR', ['non pas du tout', 'pas vraiment', 'bof', 'nan pas vraiment', "non ça m'a pas aidé", 'bof, pas terrible', 'non malheureusement', "non c'est pas ça"]],
    ['en-GB', ["no it didn't", 'no not at all', "nope, it didn't help", 'not really no', "no, that didn't help me"]],
  ] as const)('%s: each keeps a not-helpful remarque', async (locale, noes) => {
    const answer = byLocale[locale];
    for (const [i, no] of noes.entries()) {
      const conversation = `no-${i}`;
      await h.say(answer?.question ?? '', { locale, conversation });
      await h.say(no, { locale, conversation });
      expect((await h.remarques()).filter((r) => r.kind === 'not-helpful' && r.entryId === answer?.entryId), no).toHaveLength(i + 1);
    }
  });

  it.each([
    ['fr-FR', ["non merci c'est bon", 'non ça va', "non c'est tout", "non, et c'est où ?"]],
    ['en-GB', ["no thanks i'm fine", "no thanks that's all"]],
  ] as const)('%s: a no with words of its own is no "not helpful"', async (locale, messages) => {
    const answer = byLocale[locale];
    for (const [i, message] of messages.entries()) {
      const conversation = `not-no-${i}`;
      await h.say(answer?.question ?? '', { locale, conversation });
      await h.say(message, { locale, conversation });
      expect((await h.remarques()).filter((r) => r.kind === 'not-helpful'), message).toEqual([]);
    }
  });
});
