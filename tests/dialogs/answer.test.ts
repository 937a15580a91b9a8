/** Answers: the entry's text and what to do next, "did this help?", "see also" buttons and "autre question". */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const knowledge = loadKnowledge();
const entry = (id: string) => {
  const found = knowledge.entries.find((e) => e.id === id);
  if (!found) throw new Error(`no entry ${id} in the knowledge`);
  return found;
};

describe.each(PHRASES)('answer ($lang)', ({ lang, locale, answer }) => {
  const t = translator(lang);
  const expected = entry(answer.entryId);
  const h = harnessPerTest();

  it('gives the entry text and what to do next, in the resident language, then asks whether it helped', async () => {
    const reply = await h.say(answer.question, { locale });
    expect(reply.texts[0]).toContain(expected.answer[lang]);
    expect(reply.texts[0]).toContain(expected.next[lang]);
    expect(reply.texts.at(-1)).toBe(t('feedback.ask'));
  });

  it('offers yes/no, the related entries and "another question" as buttons', async () => {
    const reply = await h.say(answer.question, { locale });
    const related = expected.related.map((id) => entry(id).title[lang]);
    expect(reply.choices.slice(0, 2)).toEqual([t('feedback.yes'), t('feedback.no')]);
    expect(reply.choices.slice(2, -1)).toEqual(related.slice(0, 3));
    expect(reply.choices.at(-1)).toBe(t('answer.otherQuestion'));
  });

  it('sends a quartier.answer trace with kind, topic, candidates, score and entry', async () => {
    const reply = await h.say(answer.question, { locale });
    expect(reply.traces).toHaveLength(1);
    const trace = reply.traces[0];
    expect(trace).toMatchObject({ kind: 'answer', topic: expected.topic, entryId: expected.id });
    expect(trace?.candidates[0]).toBe(expected.topic);
    expect(trace?.score).toBeGreaterThan(0.5);
  });

  it('a tapped "see also" button answers with that entry', async () => {
    const first = await h.say(answer.question, { locale });
    const seeAlso = first.choices[2];
    const target = expected.related.map(entry).find((e) => e.title[lang] === seeAlso);
    expect(target).toBeDefined();
    const reply = await h.say(String(seeAlso), { locale });
    expect(reply.traces[0]).toMatchObject({ kind: 'answer', entryId: target?.id });
    expect(reply.texts[0]).toContain(target?.answer[lang]);
  });

  it('"another question" invites to ask, and keeps nothing', async () => {
    const reply = await h.say(t('answer.otherQuestion'), { locale });
    expect(reply.text).toBe(t('answer.askAnother'));
    expect(reply.traces[0]).toMatchObject({ kind: 'prompt' });
    expect(await h.remarques()).toEqual([]);
  });
});
