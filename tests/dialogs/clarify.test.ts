/** Clarify: close candidates plus "none of these"; a choice answers, "none of these" is a fallback that is kept. */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const knowledge = loadKnowledge();
const topicOfTitle = (title: string, lang: 'fr' | 'en') => knowledge.entries.find((e) => e.title[lang] === title)?.topic;

const h = harnessPerTest();

describe.each(PHRASES)('clarify ($lang)', ({ lang, locale, clarify }) => {
  const t = translator(lang);

  it('asks which topic, offering the close candidates and "none of these"', async () => {
    const reply = await h.say(clarify.question, { locale });
    expect(reply.text).toBe(t('clarify.prompt'));
    expect(reply.traces).toEqual([{ kind: 'clarify', topic: null, candidates: expect.arrayContaining(clarify.topics), score: expect.any(Number), entryId: null }]);
    const offered = reply.traces[0]?.candidates ?? [];
    expect(offered.length).toBeLessThanOrEqual(3);
    // One button per candidate, in order: the title of that topic's closest entry; then "none of these".
    expect(reply.choices.map((title) => topicOfTitle(title, lang))).toEqual([...offered, undefined]);
    expect(reply.choices.at(-1)).toBe(t('clarify.none'));
    expect(await h.remarques()).toEqual([]);
  });

  it.each([0, 1])('choosing candidate %i answers with it', async (index) => {
    const question = await h.say(clarify.question, { locale });
    const reply = await h.say(String(question.choices[index]), { locale });
    expect(reply.traces[0]).toMatchObject({ kind: 'answer', topic: question.traces[0]?.candidates[index] });
  });

  it('"none of these" is an honest fallback, and the question is kept with the best guess', async () => {
    await h.say(clarify.question, { locale });
    const reply = await h.say(t('clarify.none'), { locale });
    expect(reply.text).toContain(t('fallback.text'));
    expect(reply.text).toContain(t('fallback.kept'));
    expect(reply.traces[0]).toMatchObject({ kind: 'fallback', candidates: expect.arrayContaining(clarify.topics) });
    const [kept, ...others] = await h.remarques();
    expect(others).toEqual([]);
    expect(kept).toMatchObject({ kind: 'unanswered', text: clarify.question, locale: lang, topic: reply.traces[0]?.candidates[0], entryId: null });
  });

  it('on a channel without buttons, the number of a choice picks it', async () => {
    const question = await h.say(clarify.question, { locale, channelId: 'sms' });
    const second = question.traces[0]?.candidates[1] ?? '';
    const line = question.text.split('\n').find((l) => l.startsWith('2. '));
    expect(topicOfTitle(String(line?.slice(3)), lang)).toBe(second);
    const reply = await h.say('2', { locale, channelId: 'sms' });
    expect(reply.traces[0]).toMatchObject({ kind: 'answer', topic: second });
  });

  it('a resident who ignores the question and asks something else is answered', async () => {
    await h.say(clarify.question, { locale });
    const other = PHRASES.find((p) => p.lang === lang)?.answer;
    const reply = await h.say(String(other?.question), { locale });
    expect(reply.traces[0]).toMatchObject({ kind: 'answer', entryId: other?.entryId });
  });
});
