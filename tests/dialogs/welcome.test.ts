/** The welcome: one greeting in the resident's language, with buttons for the main services that really answer. */
import { describe, expect, it } from 'vitest';
import { WELCOME_TOPICS } from '../../dialogs/welcome.js';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const h = harnessPerTest();

describe.each(PHRASES)('welcome ($lang)', ({ lang, locale }) => {
  const t = translator(lang);

  it('greets once, says what it can do and that conversations are not kept, with the main services as buttons', async () => {
    const reply = await h.join({ locale });
    expect(reply.texts).toHaveLength(1);
    expect(reply.text).toContain(t('welcome.greeting'));
    expect(reply.text).toContain(t('welcome.privacy'));
    expect(reply.choices).toEqual(WELCOME_TOPICS.map((topic) => t(`suggest.${topic}`)));
    expect(reply.traces).toEqual([expect.objectContaining({ kind: 'welcome' })]);
  });

  it.each(WELCOME_TOPICS.filter((topic) => topic !== 'remarque'))('the "%s" button answers with that topic', async (topic) => {
    const welcome = await h.join({ locale });
    const button = welcome.activities.flatMap((a) => a.suggestedActions?.actions ?? []).find((a) => a.title === t(`suggest.${topic}`));
    expect(button).toBeDefined();
    const reply = await h.say(String(button?.value), { locale });
    expect(reply.traces.at(-1)).toMatchObject({ kind: 'answer', topic, entryId: topic });
  });

  it('the "remarque" button asks for the remarque (it is not the remarque itself)', async () => {
    const welcome = await h.join({ locale });
    const button = welcome.activities.flatMap((a) => a.suggestedActions?.actions ?? []).find((a) => a.title === t('suggest.remarque'));
    const reply = await h.say(String(button?.value), { locale });
    expect(reply.text).toBe(t('remarque.askText'));
    expect(await h.remarques()).toEqual([]);
  });
});

it('does not greet the bot itself when the channel announces it as a member', async () => {
  const reply = await h.send({ type: 'conversationUpdate', membersAdded: [{ id: h.adapter.template.recipient?.id ?? 'bot', name: 'bot' }] });
  expect(reply.texts).toEqual([]);
});
