/** The rendering layer on its own, for the channels and limits the end-to-end tests do not reach. */
import { describe, expect, it } from 'vitest';
import { channelStyle, MESSENGER_MAX_REPLIES, MESSENGER_TITLE_MAX, renderMessage, SMS_MAX_CHARS } from '../../src/channels/render.js';
import { phoneNumbersIn } from '../../src/channels/phone-links.js';
import { createCore } from '../../src/core.js';
import { composeAnswer } from '../../src/replies/compose.js';
import { translator } from '../../src/replies/i18n.js';

const choices = (n: number) => Array.from({ length: n }, (_, i) => ({ label: `Choix numéro ${i + 1} au titre long`, value: `valeur ${i + 1}` }));

describe('channelStyle', () => {
  it.each([
    ['webchat', 'buttons'],
    ['directline', 'buttons'],
    ['emulator', 'buttons'],
    ['telegram', 'buttons'],
    ['facebook', 'buttons'],
    ['msteams', 'card'],
    ['slack', 'card'],
    ['sms', 'sms'],
    ['twilio-sms', 'sms'],
    ['email', 'text'],
    [undefined, 'buttons'],
  ])('%s → %s', (channelId, style) => {
    expect(channelStyle(channelId)).toBe(style);
  });
});

describe('renderMessage', () => {
  it('keeps Messenger within its quick-reply limits', () => {
    const activity = renderMessage({ text: 'Question ?', choices: choices(15) }, 'facebook', 'fr');
    const actions = activity.suggestedActions?.actions ?? [];
    expect(actions).toHaveLength(MESSENGER_MAX_REPLIES);
    expect(actions.every((a) => a.title.length <= MESSENGER_TITLE_MAX)).toBe(true);
    // The button sends its whole label (the dialogs map it back to its value), even when Messenger cuts the title.
    expect(actions[0]?.value).toBe('Choix numéro 1 au titre long');
    expect(activity.locale).toBe('fr-FR');
  });

  it('gives Slack a hero card, e-mail a numbered plain text', () => {
    expect(renderMessage({ text: 'Question ?', choices: choices(2) }, 'slack', 'fr').attachments?.[0]?.contentType).toBe('application/vnd.microsoft.card.hero');
    const email = renderMessage({ text: 'Question ?', choices: choices(2) }, 'email', 'en');
    expect(email.text).toBe(['Question ?', '1. Choix numéro 1 au titre long', '2. Choix numéro 2 au titre long', translator('en')('clarify.numbered')].join('\n'));
    expect(email.suggestedActions).toBeUndefined();
  });

  it('shortens a long SMS before its numbered choices, never the choices themselves', () => {
    const text = renderMessage({ text: `Début. ${'Une phrase très longue 📅. '.repeat(80)}`, choices: choices(3) }, 'sms', 'fr').text ?? '';
    expect(text.length).toBeLessThanOrEqual(SMS_MAX_CHARS);
    expect(text.startsWith('Début.')).toBe(true);
    expect(text).toContain('…\n1. Choix numéro 1 au titre long\n2. Choix numéro 2 au titre long\n3. Choix numéro 3 au titre long');
    expect(text.endsWith(translator('fr')('clarify.numbered'))).toBe(true);
    expect(text).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('sends plain text without choices on every channel', () => {
    for (const channelId of ['webchat', 'msteams', 'sms', 'email']) {
      const activity = renderMessage({ text: 'Bonjour', choices: [] }, channelId, 'fr');
      expect(activity).toMatchObject({ type: 'message', text: 'Bonjour', textFormat: 'plain' });
      expect(activity.attachments).toBeUndefined();
      expect(activity.suggestedActions).toBeUndefined();
    }
  });
});

describe('tap to call (issue 10, part 5)', () => {
  const core = createCore();
  const answer = (question: string) => {
    const decision = core.engine.decide(question);
    if (decision.kind !== 'answer') throw new Error(`"${question}" is not answered`);
    return composeAnswer(decision.entry, { locale: 'fr', now: new Date('2026-12-01T09:00:00Z'), agenda: core.agenda, fiches: core.fiches });
  };

  it('on the web every phone number of a real answer is a tel: link, emergency numbers included, and the source a link', () => {
    const message = answer('je veux me suicider');
    const activity = renderMessage(message, 'directline', 'fr');
    expect(activity.textFormat).toBe('markdown');
    for (const number of ['112', '15', '17', '18', '114', '3114', '3919', '119']) expect(activity.text).toContain(`[${number}](tel:${number})`);
    const service = renderMessage(answer('nounou pour mon bébé'), 'webchat', 'fr');
    expect(service.text).toMatch(/\[monenfant\.fr\]\(https:\/\/www\.monenfant\.fr\/?\)|\[https:\/\/www\.monenfant\.fr\]\(https:\/\/www\.monenfant\.fr\)/);
    expect(service.text).toMatch(/Source : \[[a-z.-]+\]\(https:\/\//);
  });

  it('renders an answer with links the same the second time (kept), and by its links as well as its text', async () => {
    const { toWebMarkdown } = await import('../../src/channels/phone-links.js');
    const questions = ['je veux me suicider', 'nounou pour mon bébé', 'kan passe le bus santé', 'aide aux devoirs pour mon fils', 'je cherche du travail'];
    for (const question of questions) {
      const message = answer(question);
      const first = renderMessage(message, 'directline', 'fr');
      const again = renderMessage({ ...message }, 'webchat', 'fr');
      expect(again).toEqual(first);
      expect(first.text).toBe(toWebMarkdown(message.text, message.links ?? []) ?? message.text);
    }
    // Same text, other links: rendered for those links, not taken from the first.
    const text = 'Source : exemple.fr — appelez le 03 21 12 34 56';
    const one = renderMessage({ text, choices: [], links: [{ text: 'exemple.fr', url: 'https://exemple.fr/a' }] }, 'webchat', 'fr');
    const other = renderMessage({ text, choices: [], links: [{ text: 'exemple.fr', url: 'https://exemple.fr/b' }] }, 'webchat', 'fr');
    expect(one.text).toContain('](https://exemple.fr/a)');
    expect(other.text).toContain('](https://exemple.fr/b)');
    // A text with links but nothing to link stays plain, the second time too.
    for (let i = 0; i < 2; i++) {
      const plainReply = renderMessage({ text: 'Rien à relier ici', choices: [], links: [{ text: 'ailleurs.fr', url: 'https://ailleurs.fr' }] }, 'webchat', 'fr');
      expect(plainReply).toMatchObject({ text: 'Rien à relier ici', textFormat: 'plain' });
    }
  });

  it('a ten-digit number becomes an international tel: link; ages, hours, dates and amounts stay text', () => {
    const text = renderMessage({ text: 'Appelez le 03 21 12 34 56. Les 15-64 ans, à 18 h, le 17 décembre, 18,8 %.', choices: [] }, 'webchat', 'fr').text ?? '';
    expect(text).toContain('[03 21 12 34 56](tel:+33321123456)');
    expect(text).not.toMatch(/\]\(tel:1[578]\)/);
    expect(phoneNumbersIn('le 15 (SAMU), 17 ans, à 18 h, 3114 : écoute')).toEqual(['15', '3114']);
  });

  it('on SMS and other channels the numbers and the source stay plain text', () => {
    for (const channelId of ['sms', 'telegram', 'email']) {
      const activity = renderMessage(answer('je veux me suicider'), channelId, 'fr');
      expect(activity.textFormat ?? 'plain').toBe('plain');
      expect(activity.text).not.toContain('tel:');
      expect(activity.text).toContain('3114');
    }
  });
});
