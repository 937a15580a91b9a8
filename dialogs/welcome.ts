/** The first message of a conversation: what the assistant does, and buttons for the main services. */
import type { Engine } from '../src/engine/engine.js';
import type { Locale } from '../src/knowledge/schema.js';
import type { ReplyMessage } from '../src/replies/compose.js';
import { translator } from '../src/replies/i18n.js';

/** The services offered as buttons in the welcome, by topic: the topic's main entry answers when tapped. */
export const WELCOME_TOPICS = ['bus-sante', 'ateliers-numeriques', 'emploi-formation', 'modes-de-garde', 'agenda', 'remarque'] as const;

export function welcomeMessage(engine: Engine, locale: Locale): ReplyMessage {
  const t = translator(locale);
  const choices = WELCOME_TOPICS.flatMap((topic) => {
    const entry = engine.entry(topic);
    return entry ? [{ label: t(`suggest.${topic}`), value: entry.title[locale] }] : [];
  });
  return { text: `${t('welcome.greeting')}\n\n${t('welcome.privacy')}`, choices };
}
