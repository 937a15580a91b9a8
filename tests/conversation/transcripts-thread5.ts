/**
 * Keeping the thread, fifth pass (issue 11 items 1–3, 7 December): families the control conversations of writer A
 * still lost, in our own words (French, English, SMS) — never the sets' lines. Played with the rest of TRANSCRIPTS
 * (transcripts.ts) against the core and, for a sample, through HTTP.
 */
import type { Transcript } from './transcripts.js';

/** [first question, its topic, the new out-of-scope question] — answered as new (a fallback), never as a detail. */
const OUT_OF_SCOPE_AFTER_AN_ANSWER: [string, string, string][] = [
  ['kan passe le bus santé', 'bus-sante', 'et c quand la fete foraine de bethune ?'],
  ['club ados c koi', 'club-ados', 'sinon comment on refait un passeport ?'],
  ['comment baisser ma facture d electricite', 'eco-gestes', 'ok et la braderie de lens elle a lieu quand ?'],
  ['le pôle culturel', 'pole-culturel', 'c quand le feu d artifice du 14 juillet ?'],
  ["c'est quand le forum de l'emploi ?", 'forum-emploi', "sinon comment je fais pour refaire ma carte d'identite ?"],
  ['aide aux devoirs', 'aide-devoirs', 'et pour ma carte d identite perdue je fais comment ?'],
  ['ya des ateliers informatique ?', 'ateliers-numeriques', 'au fait la ducasse de beuvry c est quand ?'],
  ['le conseil citoyen ca sert a quoi', 'conseil-citoyen', 'et le passeport de ma fille on le refait ou ?'],
  ['kan passe le bus santé', 'bus-sante', 'c est quand la braderie du centre ville ?'],
  ['club ados c koi', 'club-ados', 'et la fete foraine elle commence quand ?'],
];

/** [first question, its topic, asking whether the service comes to them] — the last answer's place, never a new topic. */
const DO_THEY_COME: [string, string, string][] = [
  ['mon fils fume du shit tous les jours', 'addictions-sante-mentale', 'ils se deplacent ?'],
  ['mon fils fume du shit tous les jours', 'addictions-sante-mentale', 'je les contacte moi ou ils se deplacent ?'],
  ['ma mere de 80 ans est seule, ya des visites ?', 'intergenerationnel', 'ils viennent a domicile ?'],
  ['kan passe le bus santé', 'bus-sante', 'ils passent a domicile ?'],
  ['j arrive pas a faire ma demande de rsa', 'demarches-administratives', 'ils viennent a la maison ?'],
  ['comment baisser ma facture d electricite', 'eco-gestes', 'ils se deplacent a domicile ?'],
  ['my son smokes weed every day', 'addictions-sante-mentale', 'do they come to my home?'],
  ['is there a health bus?', 'bus-sante', 'do they come to the house?'],
  ['my son smokes weed every day', 'addictions-sante-mentale', 'do they do home visits?'],
  ['comment baisser ma facture d electricite', 'eco-gestes', 'on doit aller les voir ou ils viennent a domicile ?'],
];

export const THREAD5_TRANSCRIPTS: Transcript[] = [
  ...OUT_OF_SCOPE_AFTER_AN_ANSWER.map(([first, topic, next]): Transcript => ({
    name: `out of scope after ${topic}: "${next}" is a new question`,
    turns: [
      { say: first, kind: 'answer', topic },
      { say: next, kind: 'fallback', not: ["Je n'ai pas cette information"] },
    ],
  })),
  ...DO_THEY_COME.map(([first, topic, next]): Transcript => ({
    name: `do they come to me, after ${topic}: "${next}" → the same answer`,
    locale: /^(my|is) /.test(first) ? 'en-GB' : undefined,
    turns: [
      { say: first, topic: [topic, 'rencontres-echanges'] },
      { say: next, kind: 'followup', topic: [topic, 'rencontres-echanges'], safety: false },
    ],
  })),
];
