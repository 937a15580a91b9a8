/**
 * Keeping the thread, seventh pass (issue 11 item 1, 7 December afternoon): families the control conversations still
 * lost, in our own words (French, English, SMS) — never the sets' lines. Played with the rest of TRANSCRIPTS
 * (transcripts.ts) against the core and, for a sample, through HTTP.
 */
import type { Transcript } from './transcripts.js';

const SET_ASIDE_FR = "Je n'ai pas transmis votre remarque";

/** Right after an answer, young children and "during it": who minds them — [first question, its topic, then]. */
const CHILDREN_MEANWHILE: [string, string, string][] = [
  ['des activités bien-être pour souffler un peu ?', 'temps-pour-soi', 'et mes enfants je les mets ou pendant ce temps ?'],
  ['ou sont les ateliers informatique ?', 'ateliers-numeriques', "je fais quoi de mon bebe pendant l'atelier ?"],
  ['je veux faire une formation pour trouver du travail', 'emploi-formation', "et les petits pendant ce temps qui s'en occupe ?"],
  ["c'est quand le forum de l'emploi ?", 'forum-emploi', 'et je fais comment pour mes gamins pendant que je suis la bas'],
];

/** Asking whom to talk to, in words the contact list lacked: [first question, its topic, then]. */
const WHOM_TO_TALK_TO: [string, string, string][] = [
  ['ya des ateliers pour les parents ?', 'parentalite', "a qui j'en parle ?"],
  ['jcherche du boulot', 'emploi-formation', 'ki faut voir'],
  ["c'est quoi le conseil citoyen ?", 'conseil-citoyen', "on doit en parler a qui d'abord ?"],
  ['ya une aide aux devoirs ?', 'aide-devoirs', 'on va voir qui pour ca'],
];

export const THREAD7_TRANSCRIPTS: Transcript[] = [
  ...CHILDREN_MEANWHILE.map(([first, topic, then]): Transcript => ({
    name: `after ${topic}, "${then}": childcare for them meanwhile, not "not for this public"`,
    turns: [
      { say: first, topic },
      { say: then, kind: 'answer', topic: 'modes-de-garde', not: ["n'est pas prévu pour ce public"], safety: false },
    ],
  })),
  { name: 'en: after the job fair, "what do I do with my kids while I\'m there?": childcare', locale: 'en-GB', turns: [
    { say: 'where is the job fair?', topic: 'forum-emploi' },
    { say: "what do I do with my kids while I'm there?", kind: 'answer', topic: 'modes-de-garde', not: ['not meant for'] },
  ] },
  { name: 'SMS: "pendant ce temps, l aide aux devoirs c est ou ?" names another service: answered as new, not childcare', channel: 'sms', turns: [
    { say: 'c koi les ateliers numeriques', topic: 'ateliers-numeriques' },
    { say: 'pendant ce temps, l aide aux devoirs c est ou ?', topic: 'aide-devoirs' },
  ] },
  { name: 'after the childcare answer itself, "et pendant ce temps mon bébé ?" stays on it', turns: [
    { say: 'comment faire garder mon bebe ?', topic: 'modes-de-garde' },
    { say: 'et pendant ce temps mon bebe de 8 mois ?', topic: 'modes-de-garde' },
  ] },
  ...WHOM_TO_TALK_TO.map(([first, topic, then]): Transcript => ({
    name: `after ${topic}, "${then}": its contacts`,
    ...(then.startsWith('ki') ? { channel: 'sms' } : {}),
    turns: [
      { say: first, topic },
      { say: then, kind: 'followup', topic, safety: false, kept: 0 },
    ],
  })),
  { name: 'en: "who should we talk to?" after the parenting answer: its contacts', locale: 'en-GB', turns: [
    { say: 'is there a parenting group?', topic: 'parentalite' },
    { say: 'who should we talk to?', kind: 'followup', topic: 'parentalite' },
  ] },
  { name: 'someone else reads English: "my partner reads only english, can she come along?" → English, about the workshops', turns: [
    { say: "comment on s'inscrit aux ateliers numeriques ?", topic: 'ateliers-numeriques' },
    { say: 'my partner reads only english, can she come along?', kind: 'followup', topic: 'ateliers-numeriques', has: ['English'] },
  ] },
  { name: 'someone else reads English: "my dad doesn\'t read French, can he come with me?" after the paperwork', turns: [
    { say: "j'ai besoin d'aide pour mon dossier caf", topic: 'demarches-administratives' },
    { say: "my dad doesn't read French, can he come with me?", topic: 'demarches-administratives', has: ['English'] },
  ] },
  { name: '"do they have French lessons?" asks for lessons, not for French (no verb of speaking)', locale: 'en-GB', turns: [
    { say: 'I need help finding a job', topic: 'emploi-formation' },
    { say: 'do they have french lessons?', not: ['je vous réponds en français'] },
  ] },
  { name: 'a remarque to confirm, then "et la piscine elle ouvre quand": its redirect, the remarque not sent', turns: [
    { say: 'je voudrais signaler que le trottoir est defonce devant chez moi', kind: 'remarque' },
    { say: 'et la piscine elle ouvre quand', kind: 'fallback', has: [SET_ASIDE_FR], kept: 1 },
    { say: 'envoyer', kept: 1 },
  ] },
  { name: 'a remarque to confirm, then "c combien la carte grise": its redirect (SMS)', channel: 'sms', turns: [
    { say: 'jveux signaler que les poubelles debordent dans ma rue', kind: 'remarque' },
    { say: 'c combien la carte grise', kind: 'fallback', has: [SET_ASIDE_FR] },
  ] },
  { name: 'a remarque to confirm, then "mon nom sera donné ?" (no when, no how much): the remarque goes on', turns: [
    { say: 'je voudrais signaler que le trottoir est defonce devant chez moi', kind: 'remarque' },
    { say: 'mon nom sera donné ?', kind: 'remarque', not: [SET_ASIDE_FR], kept: 0 },
  ] },
  { name: 'waiting for the text, "quand est-ce que la piscine rouvre ?" is the text (no turning aside)', turns: [
    { say: 'je veux faire une remarque', kind: 'remarque' },
    { say: 'quand est-ce que la piscine rouvre ?', kind: 'remarque', not: [SET_ASIDE_FR] },
  ] },
];
