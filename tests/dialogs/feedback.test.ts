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
