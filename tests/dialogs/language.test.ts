/** Languages: from the activity's locale, switched by the resident, remembered in user state. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const fr = translator('fr');
const en = translator('en');

const h = harnessPerTest();

describe('the language of the activity', () => {
  it.each([
    ['fr-FR', fr],
    ['fr', fr],
    ['en-GB', en],
    ['en-US', en],
    ['de-DE', fr],
    [undefined, fr],
  ])('locale %s → replies in that language (French by default)', async (locale, t) => {
    const reply = await h.join(locale ? { locale } : {});
    expect(reply.text).toContain(t('welcome.greeting'));
  });
});

describe.each([
  { to: 'en', from: 'fr-FR', words: ['english please', 'in english', 'English'], t: en },
  { to: 'fr', from: 'en-GB', words: ['en français', 'french please', 'francais'], t: fr },
])('switching to $to', ({ from, words, t }) => {
  it.each(words)('"%s" switches and confirms in the new language', async (word) => {
    const reply = await h.say(word, { locale: from });
    expect(reply.text).toBe(t('language.switched'));
    expect(reply.traces).toEqual([expect.objectContaining({ kind: 'language' })]);
  });

  it('is remembered for the resident, whatever the client announces, even in a new conversation', async () => {
    await h.say(String(words[0]), { locale: from });
    const sameConversation = await h.say('?', { locale: from });
    expect(sameConversation.text).toBe(t('answer.askAnother'));
    const newConversation = await h.join({ locale: from, conversation: 'another-conversation' });
    expect(newConversation.text).toContain(t('welcome.greeting'));
  });

  it('belongs to that resident only', async () => {
    await h.say(String(words[0]), { locale: from });
    const other = await h.join({ locale: from, from: 'another-resident', conversation: 'another-conversation' });
    expect(other.text).not.toContain(t('welcome.greeting'));
  });
});

describe.each(PHRASES)('answers from the knowledge in the chosen language ($lang)', ({ lang, answer, switchTo }) => {
  it('after switching, the knowledge answer is in that language', async () => {
    const start = lang === 'fr' ? 'en-GB' : 'fr-FR';
    await h.say(switchTo, { locale: start });
    const reply = await h.say(answer.question, { locale: start });
    expect(reply.texts.at(-1)).toBe(translator(lang)('feedback.ask'));
  });
});

it('in the middle of a remarque, the question is asked again in the new language', async () => {
  await h.say('je veux faire une remarque', { locale: 'fr-FR' });
  const reply = await h.say('english please', { locale: 'fr-FR' });
  expect(reply.texts).toEqual([en('language.switched'), en('remarque.askText')]);
  await h.say('The bench in the square is broken', { locale: 'fr-FR' });
  const saved = await h.say('Send', { locale: 'fr-FR' });
  expect(saved.text).toBe(en('remarque.saved'));
  expect((await h.remarques())[0]).toMatchObject({ locale: 'en', text: 'The bench in the square is broken' });
});
