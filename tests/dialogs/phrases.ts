/**
 * What a resident says in each language, for the table-driven dialog tests. Each phrase was checked with
 * `npm run ask` to give a clear decision (no borderline score), so the tests are about the dialogs, not the tuning.
 */
import type { Locale } from '../../src/knowledge/schema.js';

export interface Phrases {
  lang: Locale;
  /** What the client announces in `activity.locale`. */
  locale: string;
  /** `withPersonalData`: the same question with a phone number, still answered with that entry. */
  answer: { question: string; entryId: string; withPersonalData: string };
  /** `topics`: topics the clarification must offer (the engine may add another close one). */
  clarify: { question: string; topics: string[] };
  fallback: string;
  remarqueIntent: string;
  /** A message that already is the remarque (goes straight to confirmation). */
  remarqueCarried: string;
  /** A remarque full of personal data; `kept` must be in the stored text, `gone` must not. */
  remarqueWithPersonalData: { text: string; kept: string[]; gone: string[] };
  followUps: { where: string; when: string; thanks: string };
  agenda: string;
  /** A question about an action of the agenda, and the entry that answers it. */
  action: { question: string; entryId: string };
  danger: string;
  /** Switches to this language. */
  switchTo: string;
}

const PERSONAL = { phone: '06 12 34 56 78', email: 'jean.dupont@example.com' };

export const PHRASES: Phrases[] = [
  {
    lang: 'fr',
    locale: 'fr-FR',
    answer: { question: 'kan passe le bus santé', entryId: 'bus-sante', withPersonalData: `kan passe le bus santé ? appelez-moi au ${PERSONAL.phone}` },
    clarify: { question: 'santé', topics: ['bus-sante', 'sante-alimentation'] },
    fallback: 'recette de la carbonade flamande',
    remarqueIntent: 'je veux faire une remarque',
    remarqueCarried: 'signaler que le lampadaire devant chez moi est cassé',
    remarqueWithPersonalData: {
      text: `Le lampadaire de l'allée est cassé, appelez-moi au ${PERSONAL.phone} ou écrivez à ${PERSONAL.email}`,
      kept: ['lampadaire', '[téléphone]', '[e-mail]'],
      gone: [PERSONAL.phone, PERSONAL.email, '06', 'dupont'],
    },
    followUps: { where: "c'est où ?", when: "et c'est quand ?", thanks: 'merci' },
    agenda: 'quoi de prévu ?',
    action: { question: "c'est quand l'atelier numérique ?", entryId: 'ateliers-numeriques' },
    danger: 'je suis en danger mon mari me frappe',
    switchTo: 'en français',
  },
  {
    lang: 'en',
    locale: 'en-GB',
    answer: { question: 'health bus', entryId: 'bus-sante', withPersonalData: `health bus, call me on ${PERSONAL.phone}` },
    clarify: { question: 'health', topics: ['bus-sante', 'sante-alimentation'] },
    fallback: 'recipe for flemish stew',
    remarqueIntent: 'I want to report a problem',
    remarqueCarried: 'report that the street light outside my building is broken',
    remarqueWithPersonalData: {
      text: `The street light in the alley is broken, call me on ${PERSONAL.phone} or write to ${PERSONAL.email}`,
      kept: ['street light', '[téléphone]', '[e-mail]'],
      gone: [PERSONAL.phone, PERSONAL.email, '06', 'dupont'],
    },
    followUps: { where: 'where is it?', when: 'when is it?', thanks: 'thanks' },
    agenda: "what's on?",
    action: { question: 'when is the digital workshop?', entryId: 'ateliers-numeriques' },
    danger: 'my husband hits me',
    switchTo: 'english please',
  },
];
