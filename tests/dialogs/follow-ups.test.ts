/** Short messages right after an answer ("c'est où ?", "et c'est quand ?", "merci") are about that answer. */
import { describe, expect, it } from 'vitest';
import { FOLLOW_UP_WINDOW_MS } from '../../dialogs/conversation.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const knowledge = loadKnowledge();
const entry = (id: string) => knowledge.entries.find((e) => e.id === id);

const h = harnessPerTest();

describe.each(PHRASES)('follow-ups ($lang)', ({ lang, locale, answer, followUps }) => {
  const t = translator(lang);
  const say = (text: string) => h.say(text, { locale });
  const answered = entry(answer.entryId);

  it.each([
    ['where', followUps.where],
    ['when', followUps.when],
  ])('"%s" question (%s) about a detail nobody published gets one honest sentence, never "to be confirmed"', async (_kind, text) => {
    await say(answer.question);
    const reply = await say(text);
    expect(reply.traces).toEqual([{ kind: 'followup', topic: answered?.topic, candidates: [answered?.topic], score: 1, entryId: answer.entryId }]);
    expect(reply.text).toMatch(lang === 'fr' ? /Je n'ai pas cette information|Aucune date n'est annoncée/ : /I don't have this information|No date has been announced/);
    expect(reply.text).not.toMatch(/à confirmer|pas encore (publi|connu)|to be confirmed|not (yet )?published|not known here/i);
  });

  it('thanks right after an answer keeps that answer as the topic, and ends "did this help?"', async () => {
    await say(answer.question);
    const thanks = await say(followUps.thanks);
    expect(thanks.traces[0]).toMatchObject({ kind: 'answer', entryId: 'salutation-merci' });
    expect(thanks.text).toContain(entry('salutation-merci')?.answer[lang]);
    const where = await say(followUps.where);
    expect(where.traces[0]).toMatchObject({ kind: 'followup', entryId: answer.entryId });
    await say(t('feedback.no'));
    expect(await h.remarques()).toEqual([]);
  });

  it('long after the answer, "where" is no longer about it (and is not kept as a question)', async () => {
    await say(answer.question);
    h.advance(FOLLOW_UP_WINDOW_MS + 1000);
    const reply = await say(followUps.where);
    expect(reply.traces[0]?.kind).not.toBe('followup');
    expect(await h.remarques()).toEqual([]);
  });

  it('with no answer before, thanks is simply answered', async () => {
    const reply = await say(followUps.thanks);
    expect(reply.traces[0]).toMatchObject({ kind: 'answer', entryId: 'salutation-merci' });
  });
});
