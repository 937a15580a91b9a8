/** The resident's language: the one they chose ("english please"), else the one their client announces, else French. */
import type { TurnContext } from 'botbuilder';
import type { Locale } from '../src/knowledge/schema.js';
import { toLocale } from '../src/replies/i18n.js';
import type { StateAccessors } from './services.js';

export async function resolveLocale(context: TurnContext, state: StateAccessors): Promise<Locale> {
  const profile = await state.profile.get(context, {});
  return profile.locale ?? toLocale(context.activity.locale);
}
