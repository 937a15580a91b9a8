/**
 * Keeping the thread, sixth pass (issue 11 item 1, 7 December): families the control conversations still lost, in
 * our own words (French, English, SMS) — never the sets' lines. Played with the rest of TRANSCRIPTS (transcripts.ts)
 * against the core and, for a sample, through HTTP.
 */
import type { Transcript } from './transcripts.js';

const SET_ASIDE_FR = "Je n'ai pas transmis votre remarque";
const SET_ASIDE_EN = 'I have not passed your comment on';

/** A remarque shown for confirmation, then the resident turns to a question: [question, topic (null: a fallback)] — answered, the remarque not sent. */
const QUESTION_WHILE_CONFIRMING: [string, string | null][] = [
  ["au fait, c'est quand le forum de l'emploi ?", 'forum-emploi'],
  ['sinon ya des ateliers informatique ?', 'ateliers-numeriques'],
  ['autre chose : la mairie ouvre a quelle heure le samedi ?', 'contact-mairie'],
  ['au fait et la collecte des poubelles c est quand ?', null],
  ['sinon kan passe le bus santé ?', 'bus-sante'],
  ["au fait comment je m'inscris au club ados ?", 'club-ados'],
];

/** Waiting for the text, the resident turns to a question ("au fait", "sinon"): answered. */
const QUESTION_INSTEAD_OF_THE_TEXT: [string, string | null][] = [
  ["au fait, c'est quand le bus santé ?", 'bus-sante'],
  ['sinon la mairie ouvre a quelle heure ?', 'contact-mairie'],
  ["autre chose : c'est où l'aide aux devoirs ?", 'aide-devoirs'],
  ['bon au fait ya un club pour les ados ?', 'club-ados'],
  ['au fait c quand la braderie de lens ?', null],
];

/** Before « Envoyer », a question without turning aside — maybe about the remarque itself: the remarque goes on. */
const QUESTION_ABOUT_THE_REMARQUE = ["c'est anonyme ?", 'qui va lire ça ?', "c'est quand le forum de l'emploi ?", 'ça va à la mairie ?'];

/** Waiting for the text, a complaint put as a question, without turning aside: it is the remarque's text. */
const QUESTION_AS_THE_TEXT = [
  "quand est-ce qu'ils vont réparer l'ascenseur ?",
  'pourquoi les poubelles débordent tout le temps ?',
  "c'est normal que le lampadaire de la rue soit éteint depuis un mois ?",
];

/** A question, then in a last clause of its own, the language the resident reads: [question, topic]. */
const LANGUAGE_IN_A_LAST_CLAUSE: [string, string][] = [
  ["can I join the citizens' council if I don't speak French well?", 'conseil-citoyen'],
  ['is there homework help for my son, because my French is not good?', 'aide-devoirs'],
  ['when does the health bus come, as I dont read french?', 'bus-sante'],
  ['where are the computer workshops if my french is bad?', 'ateliers-numeriques'],
  ["how do I find a childminder since I can't read French?", 'modes-de-garde'],
  ["who can help me with my CV, because I can't speak French?", 'emploi-formation'],
  ["is the club ados free if i dont understand french well?", 'club-ados'],
];

export const THREAD6_TRANSCRIPTS: Transcript[] = [
  ...QUESTION_WHILE_CONFIRMING.map(([question, topic]): Transcript => ({
    name: `a remarque waits for « Envoyer », then "${question}": answered, the remarque not sent`,
    turns: [
      { say: 'je voudrais signaler que le lampadaire devant chez moi est cassé', kind: 'remarque', has: ['lampadaire'] },
      // (an out-of-scope question is kept as unanswered: one; the remarque never)
      { say: question, kind: topic === null ? 'fallback' : 'answer', topic, has: [SET_ASIDE_FR], kept: topic === null ? 1 : 0, safety: false },
      // The remarque is gone: "envoyer" now sends nothing.
      { say: 'envoyer', kept: topic === null ? 1 : 0 },
    ],
  })),
  ...QUESTION_INSTEAD_OF_THE_TEXT.map(([question, topic]): Transcript => ({
    name: `a remarque waits for its text, then "${question}": answered`,
    turns: [
      { say: 'je veux faire une remarque', kind: 'remarque', has: ['Écrivez votre remarque'] },
      { say: question, kind: topic === null ? 'fallback' : 'answer', topic, has: [SET_ASIDE_FR], kept: topic === null ? 1 : 0, safety: false },
    ],
  })),
  ...QUESTION_ABOUT_THE_REMARQUE.map((question): Transcript => ({
    name: `a remarque waits for « Envoyer », then "${question}" without turning aside: the remarque goes on`,
    turns: [
      { say: 'je voudrais signaler que le lampadaire devant chez moi est cassé', kind: 'remarque' },
      { say: question, kind: 'remarque', not: [SET_ASIDE_FR], kept: 0 },
      { say: 'envoyer', kind: 'remarque', kept: 1 },
    ],
  })),
  ...QUESTION_AS_THE_TEXT.map((text): Transcript => ({
    name: `a remarque waits for its text: "${text}" is the text`,
    turns: [
      { say: 'je veux faire une remarque', kind: 'remarque' },
      { say: text, kind: 'remarque', has: ['C\'est bon ?'], not: [SET_ASIDE_FR] },
      { say: 'envoyer', kind: 'remarque', kept: 1 },
    ],
  })),
  { name: 'en: a comment to confirm, then "by the way, where is the job fair?" (answered)', locale: 'en-GB', turns: [
    { say: 'I want to report that the lift in my building is broken', kind: 'remarque', has: ['lift'] },
    { say: 'by the way, where is the job fair?', kind: 'answer', topic: 'forum-emploi', has: [SET_ASIDE_EN], kept: 0 },
  ] },
  { name: 'en: waiting for the text, "by the way, when is the health bus coming?" is answered', locale: 'en-GB', turns: [
    { say: 'I would like to leave a comment', kind: 'remarque' },
    { say: 'by the way, when is the health bus coming?', kind: 'answer', topic: 'bus-sante', has: [SET_ASIDE_EN], kept: 0 },
  ] },
  { name: 'SMS: a remarque to confirm, then a question, then the numbered choices of the answer', channel: 'sms', turns: [
    { say: 'jveux signaler que la porte du hall ferme plus', kind: 'remarque' },
    { say: 'sinon c koi les horaires de la mairie ?', kind: 'answer', topic: 'contact-mairie', has: [SET_ASIDE_FR], kept: 0 },
    { say: 'merci', kept: 0 },
  ] },
  { name: 'a remarque waits for its text, then "sinon la mairie elle ouvre quand": answered (or the choices, when the engine hesitates)', turns: [
    { say: 'je veux faire une remarque', kind: 'remarque' },
    { say: 'sinon la mairie elle ouvre quand', topic: ['contact-mairie', null], has: [SET_ASIDE_FR], not: ['Je transmets'], kept: 0 },
  ] },
  { name: 'a remarque to confirm, then a danger: the numbers, the remarque not sent', turns: [
    { say: 'je voudrais signaler que les jeunes font du bruit tous les soirs', kind: 'remarque' },
    { say: 'mon voisin frappe sa femme je l entends crier', topic: 'urgence', kept: 0 },
  ] },
  ...LANGUAGE_IN_A_LAST_CLAUSE.map(([question, topic]): Transcript => ({
    name: `"${question}": English from now on, and the question answered`,
    turns: [
      { say: question, topic, has: ['English'] },
      { say: 'where is it?', kind: 'followup', topic, not: ['Demandez', 'Je n'] },
    ],
  })),
  { name: 'after the conseil citoyen, "can I join if I dont speak french well?": in English, still about it', turns: [
    { say: "c'est quoi le conseil citoyen ?", kind: 'answer', topic: 'conseil-citoyen' },
    { say: "can i join if i dont speak french well?", topic: 'conseil-citoyen', has: ['English'], not: ['Demandez'] },
  ] },
  { name: 'en locale: "comment je m\'inscris au conseil citoyen car je lis mal l\'anglais ?" → French, and answered', locale: 'en-GB', turns: [
    { say: "comment je m'inscris au conseil citoyen car je lis mal l'anglais ?", topic: 'conseil-citoyen', has: ['français'] },
    { say: "c'est où ?", kind: 'followup', topic: 'conseil-citoyen', not: ['Ask'] },
  ] },
  { name: 'French said of French in French stays French: "des cours si je parle pas bien français ?"', turns: [
    { say: 'il y a des cours de français si je parle pas bien français ?', not: ['English'] },
  ] },
];
