/**
 * Multi-turn conversations as residents have them, with what each turn must be: the table that
 * tests/conversation/core.test.ts plays against the conversation core (plain function calls) and
 * tests/conversation/http-transcripts.test.ts plays, in part, through the real HTTP server.
 *
 * A turn checks the trace (`kind`, `topic`, `entry`) and the text (`has`, `not`); `safety: false` says the reply
 * must not carry the emergency line (⚠️); `kept` is how many remarques are stored after the turn.
 */
import { expect } from 'vitest';
import type { TraceKind } from '../../dialogs/contract.js';
import { THREAD_TRANSCRIPTS } from './transcripts-thread.js';
import { THREAD5_TRANSCRIPTS } from './transcripts-thread5.js';
import { THREAD6_TRANSCRIPTS } from './transcripts-thread6.js';
import { THREAD7_TRANSCRIPTS } from './transcripts-thread7.js';
import { THREAD8_TRANSCRIPTS } from './transcripts-thread8.js';
import { THREAD9_TRANSCRIPTS } from './transcripts-thread9.js';
import { THREAD10_TRANSCRIPTS } from './transcripts-thread10.js';
import { THREAD11_TRANSCRIPTS } from './transcripts-thread11.js';

export interface TranscriptTurn {
  say: string;
  kind?: TraceKind;
  /** The trace's topic: one id, or the ids accepted (null among them: a question or an "I don't know" is accepted too). */
  topic?: string | (string | null)[] | null;
  entry?: string;
  has?: string[];
  not?: string[];
  safety?: false;
  kept?: number;
  /** Minutes that pass before this message. */
  after?: number;
}

export interface Transcript {
  name: string;
  locale?: string;
  channel?: string;
  /** The conversation opens with the welcome (its choices can be picked by number). */
  join?: boolean;
  turns: TranscriptTurn[];
}

const SAFETY = '⚠️';

export const TRANSCRIPTS: Transcript[] = [
  // ——— follow-ups about the last answer, French
  { name: 'bus santé: where, when, price, then men', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: "c'est où ?", kind: 'followup', entry: 'bus-sante' },
    { say: "et c'est quand ?", kind: 'followup', entry: 'bus-sante', },
    { say: 'c payant ?', kind: 'followup', entry: 'bus-sante' },
    { say: "c'est pour les hommes aussi ?", kind: 'answer', entry: 'bus-sante-actions-agglo', has: ["n'est pas prévu pour ce public"], safety: false, kept: 0 },
  ] },
  { name: 'bus santé: appointment, until when, carte vitale', turns: [
    { say: 'le bus santé pour les femmes', kind: 'answer', entry: 'bus-sante' },
    { say: 'faut prendre rdv ?', kind: 'followup', entry: 'bus-sante', safety: false },
    { say: "jusqu'a quand il reste ?", kind: 'followup', entry: 'bus-sante' },
    { say: 'je dois ramener ma carte vitale ?', kind: 'followup', entry: 'bus-sante', kept: 0 },
  ] },
  { name: 'bus santé: is it for me, for my daughter of 25', turns: [
    { say: "c'est quoi le bus santé ?", kind: 'answer', entry: 'bus-sante' },
    { say: "c'est pour moi ?", kind: 'followup', entry: 'bus-sante', has: ['femmes'] },
    { say: 'et pour ma fille de 25 ans ?', kind: 'followup', entry: 'bus-sante', has: ['Oui'] },
  ] },
  { name: 'bus santé: teenagers', turns: [
    { say: 'bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: "c'est pour les ados aussi ?", kind: 'answer', topic: 'bus-sante', not: ['Le bus santé pour les femmes\n'], safety: false },
  ] },
  { name: 'associations: son of 2, then paid', turns: [
    { say: 'comment on decouvre les assos de la ville ?', kind: 'answer', topic: 'associations' },
    { say: 'et pour mon fils de 2 ans ?', kind: 'answer', topic: ['modes-de-garde', 'parentalite'], has: ["n'est pas prévu pour ce public"], safety: false },
    { say: "c'est payant ?", kind: 'followup', topic: ['modes-de-garde', 'parentalite'] },
  ] },
  { name: 'bus santé: who must I call, whom to turn to (asking for a person is asking for the contacts)', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'qui je dois appeler ?', kind: 'followup', entry: 'bus-sante', has: ['demander à :', '3646'], not: ["Je n'ai pas cette information"], safety: false },
    { say: "a qui je dois m'adresser", kind: 'followup', entry: 'bus-sante', has: ['demander à :'], not: ['Je ne sais pas'], safety: false },
    { say: 'qui peut me renseigner ?', kind: 'followup', entry: 'bus-sante', has: ['demander à :'], safety: false, kept: 0 },
  ] },
  { name: 'bus santé: also for men, then an appointment', turns: [
    { say: 'c quoi le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: "c'est aussi pour les hommes ?", kind: 'answer', entry: 'bus-sante-actions-agglo', has: ["n'est pas prévu pour ce public"], not: ['Je ne sais pas'], safety: false },
    { say: 'faut prendre rdv ?', kind: 'followup', topic: 'bus-sante', not: ['Je ne sais pas'], safety: false, kept: 0 },
  ] },
  { name: 'associations: and for my son (no age), then paid', turns: [
    { say: 'comment on decouvre les assos de la ville ?', kind: 'answer', topic: 'associations' },
    { say: 'et pour mon fils ?', kind: 'followup', topic: 'associations', has: ['Oui'], safety: false },
    { say: 'c payant ?', kind: 'followup', topic: 'associations', not: ['Je ne sais pas'], safety: false, kept: 0 },
  ] },
  { name: 'associations: my little one of 2, then paid', turns: [
    { say: 'ya quoi comme assos a labourse', kind: 'answer', topic: 'associations' },
    { say: 'et pour mon petit de 2 ans', kind: 'answer', topic: 'modes-de-garde', has: ["n'est pas prévu pour ce public"], safety: false },
    { say: 'c payant ?', kind: 'followup', topic: 'modes-de-garde', not: ['Je ne sais pas'], safety: false, kept: 0 },
  ] },
  { name: 'associations: the little ones, a baby of 18 months', turns: [
    { say: 'comment on decouvre les assos de la ville ?', kind: 'answer', topic: 'associations' },
    { say: 'ya un truc pour les petits ?', kind: 'followup', topic: 'associations', has: ['Oui'] },
    { say: 'et mon bebe de 18 mois ?', kind: 'answer', topic: 'modes-de-garde', has: ["n'est pas prévu pour ce public"] },
  ] },
  { name: 'associations: son of 10 fits', turns: [
    { say: 'je cherche une association a labourse', kind: 'answer', entry: 'associations' },
    { say: 'et pour mon fils de 10 ans ?', kind: 'followup', entry: 'associations', has: ['Oui'] },
  ] },
  { name: 'associations: teenagers go to the club Ados', turns: [
    { say: 'les associations de labourse', kind: 'answer', entry: 'associations' },
    { say: 'et pour les ados ?', topic: ['club-ados', 'associations'] },
  ] },
  { name: 'associations: mother of 75', turns: [
    { say: 'comment on decouvre les assos de la ville ?', kind: 'answer', topic: 'associations' },
    { say: 'et pour ma mere de 75 ans, ya quelque chose ?', topic: ['intergenerationnel', 'associations'], safety: false, kept: 0 },
  ] },
  { name: 'sport: mother of 75 fits', turns: [
    { say: 'faire du sport a labourse', kind: 'answer', entry: 'associations-sport' },
    { say: 'et pour ma mere de 75 ans ?', kind: 'followup', entry: 'associations-sport' },
  ] },
  { name: 'pôle culturel: grandmother', turns: [
    { say: 'les activites du pole culturel', kind: 'answer', topic: 'pole-culturel' },
    { say: 'et pour ma grand mere ?', topic: ['intergenerationnel', 'pole-culturel'] },
  ] },
  { name: 'childminder: a son of 13 goes elsewhere', turns: [
    { say: 'je cherche une nounou pour mon bebe', kind: 'answer', topic: 'modes-de-garde' },
    { say: 'et pour mon fils de 13 ans ?', kind: 'answer', topic: 'club-ados', has: ["n'est pas prévu pour ce public"] },
  ] },
  { name: 'club Ados: who to call, then thanks', turns: [
    { say: "le club ados c'est quoi", kind: 'answer', entry: 'club-ados' },
    { say: 'qui contacter ?', kind: 'followup', entry: 'club-ados' },
    { say: 'merci', kind: 'answer', entry: 'salutation-merci' },
    { say: "c'est où ?", kind: 'followup', entry: 'club-ados' },
  ] },
  { name: 'club Ados: a daughter of 8', turns: [
    { say: 'le club ados', kind: 'answer', entry: 'club-ados' },
    { say: 'et pour ma fille de 8 ans ?', kind: 'answer', has: ["n'est pas prévu pour ce public"], not: ['Le club Ados a'] },
  ] },
  { name: 'club Ados dev script: age then contact', turns: [
    { say: "mon fils a 14 ans il s'ennuie le mercredi", topic: ['club-ados', 'associations'] },
    { say: "c'est a partir de quel age ?", topic: ['club-ados', 'associations'], kind: 'followup' },
    { say: 'je peux appeler qui ?', topic: ['club-ados', 'associations', 'contact-mairie'], kind: 'followup' },
  ] },
  { name: 'ateliers: where, registration, what to bring', turns: [
    { say: 'atelier informatique', kind: 'answer', entry: 'ateliers-numeriques' },
    { say: 'ca se passe ou ?', kind: 'followup', entry: 'ateliers-numeriques' },
    { say: "faut s'inscrire ?", kind: 'followup', entry: 'ateliers-numeriques' },
    { say: 'il faut apporter quoi ?', kind: 'followup', entry: 'ateliers-numeriques' },
  ] },
  { name: 'ateliers dev script: free, bring the tablet', turns: [
    { say: "ya des cours pour apprendre a se servir d'une tablette ?", topic: 'ateliers-numeriques' },
    { say: 'c gratuit ?', topic: 'ateliers-numeriques', kind: 'followup' },
    { say: 'faut ramener sa tablette ?', topic: 'ateliers-numeriques', kind: 'followup' },
  ] },
  { name: 'ateliers: and in Beuvry?', turns: [
    { say: 'ou apprendre a utiliser un ordinateur', kind: 'answer', entry: 'ateliers-numeriques' },
    { say: 'et a beuvry ?', kind: 'followup', entry: 'ateliers-numeriques', kept: 0 },
  ] },
  { name: 'ateliers: how long', turns: [
    { say: 'atelier numerique', kind: 'answer', entry: 'ateliers-numeriques' },
    { say: 'ca dure combien de temps ?', kind: 'followup', entry: 'ateliers-numeriques' },
  ] },
  { name: 'forum: bring a CV, then ok', turns: [
    { say: "c quand le forum de l'emploi", kind: 'answer', topic: 'forum-emploi' },
    { say: 'faut ramener son cv ?', kind: 'followup', topic: 'forum-emploi' },
    { say: 'ok', topic: 'forum-emploi' },
  ] },
  { name: 'conseil citoyen: who runs it, where, thanks', turns: [
    { say: "le conseil citoyen c'est quoi", kind: 'answer', entry: 'conseil-citoyen' },
    { say: 'qui organise ?', kind: 'followup', entry: 'conseil-citoyen' },
    { say: 'ils se reunissent ou ?', kind: 'followup', entry: 'conseil-citoyen' },
    { say: 'ok merci beaucoup', topic: ['conseil-citoyen', 'salutation'], kept: 0 },
  ] },
  { name: 'aide aux devoirs: from what age, free', turns: [
    { say: 'aide aux devoirs pour mon fils', kind: 'answer', entry: 'aide-devoirs' },
    { say: 'c a partir de quel age ?', kind: 'followup', entry: 'aide-devoirs' },
    { say: 'c gratuit ?', kind: 'followup', entry: 'aide-devoirs' },
  ] },
  { name: 'aide aux devoirs: a little one of 3', turns: [
    { say: 'aide aux devoirs', kind: 'answer', entry: 'aide-devoirs' },
    { say: 'et pour mon petit de 3 ans ?', kind: 'answer', topic: 'modes-de-garde' },
  ] },
  { name: 'aînés: and teenagers?', turns: [
    { say: 'activites pour les personnes agees', kind: 'answer', topic: 'intergenerationnel' },
    { say: 'et pour les ados ?', kind: 'answer', topic: ['club-ados', 'intergenerationnel'] },
  ] },
  // ——— a new complete question is answered as new
  { name: 'a new question with a follow-up word is answered as new', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: "et c'est où le forum de l'emploi ?", kind: 'answer', topic: 'forum-emploi' },
  ] },
  { name: 'a new question after an answer', turns: [
    { say: 'le club ados', kind: 'answer', entry: 'club-ados' },
    { say: 'comment trouver une assistante maternelle', kind: 'answer', topic: 'modes-de-garde' },
  ] },
  { name: 'out of scope, then back', turns: [
    { say: 'recette de la carbonade flamande', kind: 'fallback', kept: 1 },
    { say: 'et la creche ca marche comment ici ?', kind: 'answer', topic: 'modes-de-garde', kept: 1 },
  ] },
  { name: 'a follow-up long after the answer is not about it', turns: [
    { say: 'kan passe le bus santé', kind: 'answer' },
    { say: "c'est où ?", after: 31, kind: 'prompt', kept: 0 },
  ] },
  { name: 'a follow-up with nothing before', turns: [{ say: "c'est où ?", kind: 'prompt', kept: 0 }] },
  // ——— danger, at any moment
  { name: 'danger after an answer, then a follow-up is not about the club: the emergency numbers again', turns: [
    { say: 'le club ados', kind: 'answer' },
    { say: 'mon mari me frappe', kind: 'answer', topic: 'urgence', has: ['17'] },
    { say: "c'est où ?", kind: 'followup', topic: 'urgence', has: ['17'], not: ['club'] },
  ] },
  { name: 'danger during a clarification', turns: [
    { say: 'santé', kind: 'clarify' },
    { say: 'je veux mourir', kind: 'answer', topic: 'urgence', has: ['3114'] },
  ] },
  { name: 'danger in the middle of a remarque', turns: [
    { say: 'je voudrais signaler quelque chose', topic: 'remarque', kind: 'remarque' },
    { say: "mon voisin a un couteau et il menace sa femme dans l'escalier", topic: 'urgence' },
    { say: 'envoyer', kept: 0 },
  ] },
  { name: 'danger inside a follow-up is danger', turns: [
    { say: 'le club ados', kind: 'answer' },
    { say: "c'est où ? mon pere me frappe", topic: 'urgence' },
  ] },
  // ——— remarques, feedback, cancel, clarification
  { name: 'remarque: cancelled, then a question', turns: [
    { say: 'je veux faire une remarque', kind: 'remarque' },
    { say: 'annuler', kind: 'cancel', kept: 0 },
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
  ] },
  { name: 'remarque: written and sent', turns: [
    { say: 'je veux faire une remarque', kind: 'remarque' },
    { say: 'il manque des bancs au parc, appelez moi au 06 12 34 56 78', kind: 'remarque', not: ['06 12 34 56 78'], kept: 0 },
    { say: 'envoyer', kind: 'remarque', kept: 1 },
  ] },
  { name: 'remarque: English in the middle', turns: [
    { say: 'je veux faire une remarque', kind: 'remarque' },
    { say: 'english please', kind: 'language', has: ['All right', 'Write your'] },
    { say: 'the swings are broken', kind: 'remarque', has: ['Is that right?'] },
    { say: 'send', kept: 1, has: ['Thank you'] },
  ] },
  { name: 'feedback: no keeps a not-helpful remarque', turns: [
    { say: 'kan passe le bus santé', kind: 'answer' },
    { say: 'non', kind: 'feedback', kept: 1 },
  ] },
  { name: 'feedback: yes, then ok', turns: [
    { say: 'kan passe le bus santé', kind: 'answer' },
    { say: 'oui', kind: 'feedback', kept: 0 },
    { say: 'ok', topic: ['bus-sante', 'salutation'], kept: 0 },
  ] },
  { name: 'clarification: none of these', turns: [
    { say: 'santé', kind: 'clarify' },
    { say: 'rien de tout ça', kind: 'fallback', kept: 1 },
  ] },
  { name: 'clarification: who to call before choosing gets the same choices, then a choice, then who to call', turns: [
    { say: 'santé', kind: 'clarify' },
    { say: 'qui je dois appeler ?', kind: 'clarify', has: ["dites-moi d'abord de quoi il s'agit"], kept: 0 },
    { say: 'Le bus santé pour les femmes', kind: 'answer', entry: 'bus-sante' },
    { say: 'qui je dois appeler ?', kind: 'followup', entry: 'bus-sante', has: ['demander à :'] },
  ] },
  { name: 'clarification: a choice, then where', turns: [
    { say: 'santé', kind: 'clarify' },
    { say: 'Le bus santé pour les femmes', kind: 'answer', entry: 'bus-sante' },
    { say: "c'est ou ?", kind: 'followup', entry: 'bus-sante' },
  ] },
  { name: 'cancel with nothing in progress', turns: [{ say: 'annuler', kind: 'cancel', has: ['rien en cours'] }] },
  // ——— SMS: numbered choices
  { name: 'sms: a clarification answered by number, then where', channel: 'sms', turns: [
    { say: 'sante', kind: 'clarify' },
    { say: '2', kind: 'answer' },
    { say: 'c ou ?', kind: 'followup' },
  ] },
  { name: 'sms: a welcome choice by number, then hours', channel: 'sms', join: true, turns: [
    { say: '3', kind: 'answer', entry: 'emploi-formation' },
    { say: 'c koi les horaires ?', kind: 'followup', entry: 'emploi-formation' },
  ] },
  { name: 'sms: "did this help" answered by number', channel: 'sms', turns: [
    { say: 'kan passe le bus sante', kind: 'answer' },
    { say: '2', kind: 'feedback', kept: 1 },
  ] },
  { name: 'sms dev script: clarify by number', channel: 'sms', turns: [
    { say: 'sante', kind: 'clarify' },
    { say: '1', kind: 'answer' },
  ] },
  // ——— a word of work alone is about work (not a school timetable nor a labour court)
  // "boulot" alone is now answered as jobs (residents' phrasings of writer G); "emploi" alone still hesitates.
  { name: 'sms: "emploi" alone offers the job services, picked by number', channel: 'sms', turns: [
    { say: 'emploi', kind: 'clarify' },
    { say: '1', kind: 'answer', topic: ['emploi-formation', 'forum-emploi'] },
  ] },
  { name: 'en: "work" alone offers the job services', locale: 'en-GB', turns: [
    { say: 'work', kind: 'clarify' },
  ] },
  // ——— whom to ask, said with the question word last
  { name: 'club Ados: on peut demander à qui, then faut s adresser a qui', turns: [
    { say: "c'est quoi le club ados ?", kind: 'answer', topic: 'club-ados' },
    { say: 'on peut demander a qui ?', kind: 'followup', topic: 'club-ados', not: ['Je ne sais pas'], safety: false },
    { say: "faut s'adresser a qui pour ca", kind: 'followup', topic: 'club-ados', safety: false, kept: 0 },
  ] },
  { name: 'en: homework help, who do we ask', locale: 'en-GB', turns: [
    { say: 'is there help with homework for my kid?', kind: 'answer', topic: 'aide-devoirs' },
    { say: 'who do we ask?', kind: 'followup', topic: 'aide-devoirs', kept: 0 },
  ] },
  // ——— a guess at the place ("c'est à la mairie ?") is about the last answer's place, not the mairie's answer
  { name: 'digital workshops: is it at the pôle culturel, then ok stays on them', turns: [
    { say: 'ou apprendre a me servir d un ordinateur', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'c bien au pole culturel ?', kind: 'followup', topic: 'ateliers-numeriques', safety: false },
    { say: "d'accord", topic: 'ateliers-numeriques', kept: 0 },
  ] },
  { name: 'en: paperwork help, is it at the town hall, then thanks', locale: 'en-GB', turns: [
    { say: 'I need help filling in forms for my benefits', kind: 'answer', topic: 'demarches-administratives' },
    { say: 'is it at the town hall?', kind: 'followup', topic: 'demarches-administratives' },
    { say: 'thanks', topic: ['demarches-administratives', 'salutation'] },
  ] },
  { name: 'a guess at the place that asks something else is not one', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: "c'est a quelle heure ?", kind: 'followup', entry: 'bus-sante' },
    { say: "c'est a payer ?", kind: 'followup', entry: 'bus-sante' },
  ] },
  // ——— the other town of the quarter, asked as "does it cover it too"
  { name: 'renovation: valable aussi a Labourse, then does it cover Beuvry too', turns: [
    { say: 'les travaux dans les logements du quartier ce sera quand', kind: 'answer', topic: 'renovation-habitat' },
    { say: "c'est valable aussi a labourse ?", kind: 'followup', topic: 'renovation-habitat', safety: false },
    { say: 'ca concerne beuvry pareil ?', kind: 'followup', topic: 'renovation-habitat', kept: 0 },
  ] },
  { name: 'en: the new public space, does it include Beuvry', locale: 'en-GB', turns: [
    { say: 'what will the new public square look like?', topic: 'espace-public' },
    { say: 'does it include Beuvry?', kind: 'followup', topic: 'espace-public' },
  ] },
  // ——— the bus taken to go to a town is transport, not the health bus
  { name: 'a bus to Lens from the quarter, then on Saturdays', turns: [
    { say: 'on peut aller a lens en bus depuis le quartier ?', kind: 'answer', topic: 'transports' },
    { say: 'et le samedi ?', kind: 'followup', topic: 'transports', safety: false, kept: 0 },
  ] },
  { name: 'en: a bus to Arras, then the fare', locale: 'en-GB', turns: [
    { say: 'is there a bus to Arras?', kind: 'answer', topic: 'transports' },
    { say: 'how much is a ticket?', kind: 'followup', topic: 'transports' },
  ] },
  { name: 'the health bus itself stays the health bus', turns: [
    { say: 'je peux prendre rdv au bus santé ?', kind: 'answer', topic: 'bus-sante' },
  ] },
  // ——— where a service that travels parks or sets up: its place, not a parking question nor the railway station
  { name: 'bus santé: where does it park, where does it set up', turns: [
    { say: 'le bus santé vient dans le quartier ?', kind: 'answer', topic: 'bus-sante' },
    { say: 'et il se gare ou en general', kind: 'followup', topic: 'bus-sante', safety: false },
    { say: "il s'installe ou exactement ?", kind: 'followup', topic: 'bus-sante', kept: 0 },
  ] },
  { name: 'en: health bus, where does it park', locale: 'en-GB', turns: [
    { say: 'is there a health bus for women?', kind: 'answer', topic: 'bus-sante' },
    { say: 'where does it park?', kind: 'followup', topic: 'bus-sante' },
  ] },
  // ——— English
  { name: 'en: health bus, where, men', locale: 'en-GB', turns: [
    { say: 'health bus', kind: 'answer', entry: 'bus-sante' },
    { say: 'where is it?', kind: 'followup', entry: 'bus-sante' },
    { say: 'is it for men too?', kind: 'answer', entry: 'bus-sante-actions-agglo', has: ['not meant for them'], safety: false },
  ] },
  { name: 'en: job fair, where, register, a 12-year-old', locale: 'en-US', turns: [
    { say: 'is there a job fair soon?', topic: ['forum-emploi', 'agenda'] },
    { say: 'where does it take place?', kind: 'followup', topic: 'forum-emploi' },
    { say: 'do I need to register?', kind: 'followup', topic: 'forum-emploi' },
    { say: 'what about my 12-year-old?', kind: 'followup', topic: 'forum-emploi', has: ['not meant for them'], kept: 0 },
  ] },
  { name: 'en: job fair, where, my son who is 12, who to call', locale: 'en-US', turns: [
    { say: 'is there a job fair soon?', topic: ['forum-emploi', 'agenda'] },
    { say: 'where is it?', kind: 'followup', topic: 'forum-emploi', not: ["I don't know"], safety: false },
    { say: 'and my son, he is 12?', kind: 'followup', topic: 'forum-emploi', has: ['not meant for them'] },
    { say: 'who do I need to call?', kind: 'followup', topic: 'forum-emploi', has: ['ask:', '3949'], safety: false, kept: 0 },
  ] },
  { name: 'en: workshops, free, bring, thanks', locale: 'en-GB', turns: [
    { say: 'where can i learn to use a computer', kind: 'answer', entry: 'ateliers-numeriques' },
    { say: 'is it free?', kind: 'followup', entry: 'ateliers-numeriques' },
    { say: 'what should I bring?', kind: 'followup', entry: 'ateliers-numeriques' },
    { say: 'thanks', kind: 'answer', entry: 'salutation-merci' },
  ] },
  { name: 'en: childcare, who to call', locale: 'en-GB', turns: [
    { say: 'I need someone to look after my baby', kind: 'answer', topic: 'modes-de-garde' },
    { say: 'who should I call?', kind: 'followup', topic: 'modes-de-garde' },
  ] },
  { name: 'en: sport, and for my grandmother', locale: 'en-GB', turns: [
    { say: 'sports clubs in labourse', kind: 'answer', topic: 'associations' },
    { say: 'and for my grandmother?', topic: ['intergenerationnel', 'associations'] },
  ] },
  { name: 'en dev script: job fair, what to bring', locale: 'en-US', turns: [
    { say: 'is there a job fair soon?', topic: ['forum-emploi', 'agenda'] },
    { say: 'what should I bring?', topic: ['forum-emploi', 'agenda'] },
  ] },
  { name: 'en: back to French keeps the thread', locale: 'en-GB', turns: [
    { say: 'health bus', kind: 'answer' },
    { say: 'en français', kind: 'language', has: ['français'] },
    { say: "c'est où ?", kind: 'followup', entry: 'bus-sante' },
  ] },
  { name: 'fr: English in the middle keeps the thread', turns: [
    { say: 'kan passe le bus santé', kind: 'answer' },
    { say: 'english please', kind: 'language' },
    { say: 'where is it?', kind: 'followup', entry: 'bus-sante' },
  ] },
  { name: 'en: danger after an answer', locale: 'en-GB', turns: [
    { say: 'job fair', kind: 'answer' },
    { say: 'my husband hits me', kind: 'answer', topic: 'urgence', has: ['3919'] },
  ] },
  // ——— follow-ups in other words (vocabulary of the follow-up detector), audiences by grade and relatives
  { name: 'emploi: office, days, paying, what to take, their number — all about the same answer', turns: [
    { say: "je suis au chomage depuis un an, qui peut m'aider a retrouver du travail ?", kind: 'answer', topic: 'emploi-formation' },
    { say: 'leur bureau il est ou ?', kind: 'followup', topic: 'emploi-formation', safety: false },
    { say: 'ils recoivent quels jours ?', kind: 'followup', topic: 'emploi-formation' },
    { say: 'on doit payer quelque chose ?', kind: 'followup', topic: 'emploi-formation', not: ['stationnement'] },
    { say: 'je prends quoi avec moi', kind: 'followup', topic: 'emploi-formation' },
    { say: 'vous avez leur numero ?', kind: 'followup', topic: 'emploi-formation', has: ['3949'], safety: false, kept: 0 },
  ] },
  { name: 'bus santé: acknowledgements keep the thread (cool, ok je vois), then where', turns: [
    { say: 'le bus des femmes pour la santé', kind: 'answer', topic: 'bus-sante' },
    { say: 'cool', topic: 'bus-sante', not: ['Je veux être sûr'] },
    { say: 'ok je vois', topic: 'bus-sante', not: ['Je veux être sûr'] },
    { say: 'c a kel heure ?', kind: 'followup', topic: 'bus-sante', kept: 0 },
  ] },
  { name: 'bus santé: a boyfriend is a man', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'mon copain peut venir ?', kind: 'answer', entry: 'bus-sante-actions-agglo', has: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  { name: 'en: childminder, then the older brother who needs homework help gets homework help', locale: 'en-GB', turns: [
    { say: 'we need a childminder for our 10-month-old', kind: 'answer', topic: 'modes-de-garde' },
    { say: 'and her brother is 8, he struggles with his homework', kind: 'answer', topic: 'aide-devoirs', not: ['not meant for them'], safety: false },
  ] },
  { name: 'online paperwork workshops: grandmother fits, a 3-year-old does not (a detail page answers for its service)', turns: [
    { say: 'y a des ateliers pour faire ses papiers en ligne ?', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'et ma grand mere elle peut y aller ?', kind: 'followup', topic: 'ateliers-numeriques', has: ["s'adresse aussi"], not: ["Je n'ai pas cette information"] },
    { say: 'et mon petit de 3 ans ?', kind: 'followup', topic: 'ateliers-numeriques', has: ["n'est pas prévu pour ce public"], safety: false, kept: 0 },
  ] },
  { name: 'aide aux devoirs: a pupil in CM2, then the big sister in 3e', turns: [
    { say: "aide aux devoirs pour un enfant en cm2, ca existe ?", kind: 'answer', topic: 'aide-devoirs' },
    { say: 'et pour sa grande soeur en 3eme ?', kind: 'followup', topic: 'aide-devoirs', has: ['Oui'], not: ["Je n'ai pas cette information"] },
  ] },
  { name: 'temps pour soi: dads fit, a baby of 6 months who comes along: not known, who can tell (thread8)', turns: [
    { say: 'je voudrais un moment pour moi, ya des ateliers bien etre ?', kind: 'answer', topic: 'temps-pour-soi' },
    { say: 'et pour les papas aussi ?', kind: 'followup', topic: 'temps-pour-soi', has: ['Oui'] },
    { say: 'je peux venir avec mon bebe de 6 mois ?', kind: 'followup', topic: 'temps-pour-soi', has: ["Je n'ai pas cette information"], not: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  { name: 'after "what can you do?", a cheap cooking workshop is a question of its own', turns: [
    { say: 'tu sers a quoi ?', kind: 'answer', topic: 'aide' },
    { say: 'je cherche un atelier cuisine pas cher', kind: 'answer', topic: 'sante-alimentation' },
  ] },
  { name: 'associations: on the Beuvry side, then where in Labourse', turns: [
    { say: 'comment on decouvre les assos de la ville ?', kind: 'answer', topic: 'associations' },
    { say: 'et cote beuvry ?', kind: 'followup', topic: 'associations', safety: false },
    { say: 'j habite labourse moi', kind: 'followup', topic: 'associations', kept: 0 },
  ] },
  // ——— a language switch right after an answer
  { name: 'english please after an answer offers it again, one choice away', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'english please', kind: 'language', topic: 'bus-sante', has: ['All right', 'read it again in English'] },
    { say: '1', kind: 'answer', entry: 'bus-sante', has: ['health bus'] },
    { say: 'is it free?', kind: 'followup', entry: 'bus-sante' },
  ] },
  { name: 'english please with a question after it: both at once', turns: [
    { say: "je suis au chomage depuis un an, qui peut m'aider a retrouver du travail ?", kind: 'answer', topic: 'emploi-formation' },
    { say: 'english please, where do I have to go?', kind: 'followup', topic: 'emploi-formation', has: ['All right', 'France Travail'], not: ["Je n'ai"] },
  ] },
  { name: 'a language request followed by a remark switches, nothing more', turns: [
    { say: 'comment on decouvre les assos de la ville ?', kind: 'answer', topic: 'associations' },
    { say: 'english please, my husband reads it better', kind: 'language', topic: 'associations', has: ['English'], not: ['is for them too', 'not meant for them'] },
  ] },
  { name: 'en: back to French during a clarification: the same choices in French', locale: 'en-GB', turns: [
    { say: 'health', kind: 'clarify' },
    { say: 'en francais svp', kind: 'language', has: ['français', 'Je veux être sûr'] },
    { say: '1', kind: 'answer' },
  ] },
  // ——— a clarification settled by what the resident adds
  { name: 'clarification: "santé" then "pour les femmes" settles it on the health bus', turns: [
    { say: 'santé', kind: 'clarify' },
    { say: 'pour les femmes', kind: 'answer', topic: 'bus-sante' },
    { say: "c'est ou ?", kind: 'followup', topic: 'bus-sante', kept: 0 },
  ] },
  // ——— what a follow-up is not, and the thread read with the last question
  { name: 'a story naming a child after an answer is not a question about who the answer is for', turns: [
    { say: 'ya quoi comme sorties prevues ce mois ci ?', kind: 'answer', topic: 'agenda' },
    { say: 'ma petite a bu du produit vaisselle elle tousse', not: ["Je n'ai pas cette information", "s'adresse aussi"], has: ['15'] },
  ] },
  { name: 'initiatives: who could help us is whom to turn to, not the assistant', turns: [
    { say: 'on aimerait monter un projet de fete des voisins', kind: 'answer', topic: 'initiatives-habitants' },
    { say: 'qui pourrait nous aider ?', kind: 'followup', topic: 'initiatives-habitants', has: ['demander à :'], not: ["l'assistant automatique"] },
    { say: "c ou qu on peut nous aider ?", kind: 'followup', topic: 'initiatives-habitants', not: ["l'assistant automatique"], kept: 0 },
  ] },
  { name: 'a report after an answer is the remarque, not a detail of the answer', turns: [
    { say: "les travaux de renovation du quartier c'est pour quand ?", kind: 'answer', topic: 'renovation-habitat' },
    { say: 'je voudrais signaler que la porte du hall ne ferme plus', kind: 'remarque', has: ['porte du hall'] },
    { say: 'envoyer', kind: 'remarque', kept: 1 },
  ] },
  { name: 'en: a report the engine cannot place is kept as written, once confirmed', locale: 'en-GB', turns: [
    { say: 'i want to report that the lift in my building is broken again', kind: 'remarque', has: ['lift'] },
    { say: 'send it', kind: 'remarque', kept: 1 },
  ] },
  // A bored grandparent is now a complete question of its own (the elders' entry), answered as new.
  { name: 'associations: a bored grandfather goes to the activities for elders, not to whatever his words resemble', turns: [
    { say: "le forum des associations c'est quoi ?", kind: 'answer', topic: 'associations' },
    { say: "et pour mon grand pere qui s'ennuie ?", kind: 'answer', entry: 'intergenerationnel-aines', safety: false },
  ] },
  { name: 'childcare: the big one of 9 after school goes to homework help', turns: [
    { say: 'qui peut garder mon fils pendant que je bosse ?', kind: 'answer', topic: 'modes-de-garde' },
    { say: "et pour mon grand de 9 ans apres l ecole ?", kind: 'answer', topic: 'aide-devoirs', safety: false },
  ] },
  { name: 'the quarter: how many live there stays on the quarter', turns: [
    { say: 'renaissance, pourquoi on dit que c est un quartier prioritaire ?', kind: 'answer', topic: 'quartier-renaissance' },
    { say: 'et combien de gens vivent la ?', topic: 'quartier-renaissance', safety: false, kept: 0 },
  ] },
  // ——— asking what there is for a public; a wish to leave a remarque with its subject
  { name: 'bullying, then what there is for a 13-year-old on Wednesdays: the club Ados', turns: [
    { say: 'ma fille se fait embeter a la cantine par des grandes', kind: 'answer', topic: 'harcelement-scolaire' },
    { say: 'et sinon y a quoi pour les 13 ans le mercredi ?', kind: 'answer', topic: 'club-ados', has: ['Voici ce qui est fait pour ce public'], safety: false },
  ] },
  { name: 'en: associations, then anything for teenagers', locale: 'en-GB', turns: [
    { say: 'how can I find out about local clubs and associations?', kind: 'answer', topic: 'associations' },
    { say: 'anything for teenagers?', kind: 'answer', topic: 'club-ados', has: ['made for them'] },
  ] },
  { name: 'club Ados: what there is for teenagers is this very club', turns: [
    { say: "c'est quoi le club ados ?", kind: 'answer', topic: 'club-ados' },
    { say: 'et y a quoi pour les ados ?', kind: 'followup', topic: 'club-ados', has: ['Oui'] },
  ] },
  { name: 'a wish to leave a remarque with its subject asks for the text', turns: [
    { say: 'je voudrais faire une suggestion sur les espaces verts', kind: 'remarque', has: ['Écrivez votre remarque'], kept: 0 },
    { say: 'des bancs a l ombre pres de l aire de jeux', kind: 'remarque', has: ['bancs'] },
    { say: 'envoyer', kind: 'remarque', kept: 1 },
  ] },
  { name: '"comment on" is French for "how do we": joining the conseil citoyen is a question, not a remarque', turns: [
    { say: 'comment on fait partie du conseil citoyen ?', kind: 'answer', topic: 'conseil-citoyen', kept: 0 },
  ] },
  // (A boy of 11, one year off the club's ages in our reckoning, keeps the club and who can tell: transcripts-thread10.ts.)
  { name: 'club Ados: a boy of 9 is offered what teenagers share with children, not the games for toddlers', turns: [
    { say: 'c koi le club ado', kind: 'answer', topic: 'club-ados' },
    { say: 'mon fils a 9 ans il peut y aller ?', kind: 'answer', topic: ['associations', 'aide-devoirs'], has: ["n'est pas prévu pour ce public"], not: ['jeux éducatifs'], safety: false },
  ] },
  { name: 'en: health bus, a daughter of 16, then thanks keeps the thread', locale: 'en-US', turns: [
    { say: 'is there a health bus for women?', kind: 'answer', topic: 'bus-sante' },
    { say: 'can my 16 year old daughter go?', kind: 'answer', topic: 'bus-sante', has: ['not meant for them'], safety: false },
    { say: 'cheers', topic: ['bus-sante', 'salutation'] },
  ] },
  { name: 'en: computer workshops, wheres that, my mum of 70 can come, d acc', locale: 'en-GB', turns: [
    { say: 'where can i learn to use a computer', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'wheres that', kind: 'followup', topic: 'ateliers-numeriques' },
    { say: 'my mum is 70 can she come', kind: 'followup', topic: 'ateliers-numeriques', has: ['seniors'], not: ['health bus'], safety: false },
    { say: 'thx', topic: ['ateliers-numeriques', 'salutation'], kept: 0 },
  ] },
  // ——— the agenda's list asked about a service; a place named in a hesitation; the answer's links settle a choice
  { name: "the agenda's list after a service: registration and place are that service's", turns: [
    { say: "c'est quoi les ateliers numeriques ?", kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'ya quoi de prevu prochainement ?', kind: 'answer', topic: 'agenda' },
    { say: "il faut s'inscrire ?", kind: 'followup', topic: 'ateliers-numeriques', safety: false },
    { say: 'c ou ?', kind: 'followup', topic: 'ateliers-numeriques', has: ['pôle culturel'], kept: 0 },
  ] },
  { name: 'démarches, then when the mairie opens: a question about the mairie, not the démarches\' hours', turns: [
    { say: 'j arrive pas a faire ma demande de rsa', kind: 'answer', topic: 'demarches-administratives' },
    { say: 'et la mairie elle ouvre a quelle heure ?', kind: 'answer', topic: 'contact-mairie', not: ["Je n'ai pas cette information"], kept: 0 },
  ] },
  { name: 'public spaces, then "can residents give their opinion?": the consultation the answer links to', turns: [
    { say: 'le terrain vague du quartier, ca va devenir quoi apres les travaux ?', kind: 'answer', topic: 'espace-public' },
    { say: 'les habitants peuvent donner leur avis ?', kind: 'answer', entry: 'espace-public-avis', not: ["Je n'ai pas cette information"], kept: 0 },
  ] },
  { name: 'the workshops after the eco-gestes answer stay the eco-gestes\' workshops', turns: [
    { say: 'comment faire baisser ma facture d electricite', kind: 'answer', topic: 'eco-gestes' },
    { say: 'c quand latelier ?', kind: 'followup', topic: 'eco-gestes', kept: 0 },
  ] },
  // ——— a wish to say something is the remarque, even right after an answer
  { name: 'renovation, then "je voulais vous dire que…": the remarque, not the renovation again', turns: [
    { say: 'les logements vont etre renoves quand ?', kind: 'answer', topic: 'renovation-habitat' },
    { say: "je voulais vous dire que le chauffage est en panne depuis une semaine dans tout l'immeuble", kind: 'remarque', has: ['chauffage'] },
    { say: 'envoyer', kind: 'remarque', kept: 1 },
  ] },
  { name: '"ok alors je voudrais dire que…" opens with polite words: still the remarque', turns: [
    { say: 'ok alors je voudrais dire que les trottoirs sont pleins de crottes de chien', kind: 'remarque', has: ['trottoirs'] },
    { say: 'annuler', kind: 'cancel', kept: 0 },
  ] },
  { name: 'a question with many words of its own after an answer is new, not read with the last one', turns: [
    { say: 'le conseil citoyen ca sert a quoi', kind: 'answer', topic: 'conseil-citoyen' },
    { say: 'et si on veut lancer un atelier couture entre voisines pour le quartier ?', kind: 'answer', topic: 'initiatives-habitants', not: ["Je n'ai pas cette information"], kept: 0 },
  ] },
  // ——— follow-ups in English typed fast, and in SMS spelling (issue 11 item 1, conv2)
  { name: 'en typos: where, when, registration, thanks about the digital workshops', locale: 'en-GB', turns: [
    { say: 'where could I learn to use a laptop?', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'wher do they happen', kind: 'followup', topic: 'ateliers-numeriques', has: ['cultural centre'], safety: false },
    { say: 'wen do they start', kind: 'followup', topic: 'ateliers-numeriques', has: ['town hall'], safety: false },
    { say: 'do i need to regester', kind: 'followup', topic: 'ateliers-numeriques', safety: false },
    { say: 'thnx', kind: 'answer', topic: 'salutation', has: ['welcome'], kept: 0 },
  ] },
  { name: 'en typos: price, papers and whom to ring about a nursery place', locale: 'en-GB', turns: [
    { say: 'my baby needs a nursery place', kind: 'answer', topic: 'modes-de-garde' },
    { say: 'hw much is it', kind: 'followup', topic: 'modes-de-garde', has: ["I don't have this information", 'town hall', '3230'], safety: false },
    { say: 'wat papers do i need', kind: 'followup', topic: 'modes-de-garde', has: ['town hall'], safety: false },
    { say: 'who can i ring about it', kind: 'followup', topic: 'modes-de-garde', has: ['town hall', '3230'], not: ["I don't have"], safety: false, kept: 0 },
  ] },
  { name: 'sms spelling: place, hour, registration, thanks after the job fair', channel: 'sms', turns: [
    { say: 'jcherche un forum emploi', kind: 'answer', topic: 'forum-emploi' },
    { say: 'c ou stp', kind: 'followup', topic: 'forum-emploi', has: ['mairie de Labourse'], safety: false },
    { say: 'c a kel heure', kind: 'followup', topic: 'forum-emploi', safety: false },
    { say: 'faut s inscrire ou pas', kind: 'followup', topic: 'forum-emploi', safety: false },
    { say: 'ok merki', kind: 'answer', topic: 'salutation', kept: 0 },
  ] },
  { name: 'sms spelling: the older people\'s club, where they meet and when', turns: [
    { say: 'mon pere s ennuie depuis sa retraite, il y a un club pour les aines ?', kind: 'answer', topic: 'intergenerationnel' },
    { say: 'ils se retrouvent ou ?', kind: 'followup', topic: 'intergenerationnel', not: ['France Travail'], safety: false },
    { say: 'et ils se reunissent quand', kind: 'followup', topic: 'intergenerationnel', safety: false, kept: 0 },
  ] },
  // ——— audience switches: the entry of the family that fits, or where to go (ages said with a relative)
  { name: 'audience: a relative and an age in English ("my dad is 72") after the teens club', locale: 'en-GB', turns: [
    { say: 'the teens club', kind: 'answer', topic: 'club-ados' },
    { say: 'my dad is 72, anything for him?', kind: 'answer', entry: 'intergenerationnel-aines', has: ['not meant for them'], safety: false },
  ] },
  { name: 'audience: a grandmother of 84 after the homework help, a 3-year-old after the club Ados', turns: [
    { say: "l'aide aux devoirs", kind: 'answer', topic: 'aide-devoirs' },
    { say: 'et pour ma grand mere de 84 ans ?', kind: 'answer', entry: 'intergenerationnel-aines', has: ["n'est pas prévu pour ce public"], safety: false },
    { say: 'le club ados', kind: 'answer', topic: 'club-ados' },
    { say: 'ma petite a 3 ans, y a quoi pour elle ?', kind: 'answer', topic: 'modes-de-garde', safety: false, kept: 0 },
  ] },
  { name: 'audience: "et mon père 70 ?" says an age without "ans"', turns: [
    { say: 'le club ados', kind: 'answer', topic: 'club-ados' },
    { say: 'et mon pere 70 ?', kind: 'answer', entry: 'intergenerationnel-aines', safety: false },
  ] },
  { name: 'audience: children of no stated age and the service their words name (who minds the kids meanwhile)', turns: [
    { say: 'je voudrais prendre du temps pour moi', kind: 'answer', topic: 'temps-pour-soi' },
    { say: 'mais qui va garder mes gosses pendant ce temps ?', kind: 'answer', topic: 'modes-de-garde', not: ["n'est pas prévu"], safety: false, kept: 0 },
  ] },
  { name: 'audience: "is it for me?" with no audience written: the publics of its family, and who knows more', channel: 'sms', turns: [
    { say: 'c koi le club ado', kind: 'answer', topic: 'club-ados' },
    { say: 'c pour ki ?', kind: 'followup', topic: 'club-ados', has: ['les ados', 'mairie de Labourse'], not: ["Je n'ai pas cette information", 'ans)'], safety: false },
    { say: 'les ateliers numeriques', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'c pour moi ?', kind: 'followup', topic: 'ateliers-numeriques', has: ['les adultes', 'les seniors'], safety: false, kept: 0 },
  ] },
  { name: 'audience: a public and the service the whole message names ("any nursery for our 3 year old") after paperwork', locale: 'en-GB', turns: [
    { say: 'i got a letter from the CAF and i dont get it', kind: 'answer', topic: 'demarches-administratives' },
    { say: 'is there any nursery for our 3 year old daughter?', kind: 'answer', topic: 'modes-de-garde', safety: false, kept: 0 },
  ] },
  { name: 'audience: a public whose own word names a service ("les ados") asking to join the conseil citoyen stays on it', turns: [
    { say: 'le conseil citoyen, qui peut y participer ?', kind: 'answer', topic: 'conseil-citoyen' },
    { say: 'les ados peuvent y etre membres ?', kind: 'followup', topic: 'conseil-citoyen', safety: false, kept: 0 },
  ] },
  // ——— a detail nobody wrote down: say so, and who can tell (the entry's own "ask…" first)
  { name: 'missing detail: toilets in the health bus → not known, ask the Labourse town hall', turns: [
    { say: 'le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'il y a des toilettes dedans ?', kind: 'followup', entry: 'bus-sante', has: ["Je n'ai pas cette information", "Demandez à l'accueil de la mairie de Labourse"], not: ['Je ne sais pas'], safety: false, kept: 0 },
  ] },
  { name: 'missing detail: how many places in the digital workshops; where is the health bus', turns: [
    { say: 'les ateliers numeriques', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'ya combien de places ?', kind: 'followup', topic: 'ateliers-numeriques', has: ["Je n'ai pas cette information", 'mairie de Labourse'], safety: false },
    { say: 'c quand le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'il s arrete ou ?', kind: 'followup', entry: 'bus-sante', has: ["Demandez à l'accueil de la mairie de Labourse", 'Vous pouvez aussi demander à'], safety: false, kept: 0 },
  ] },
  { name: 'missing detail in English: is the job fair free → not known, who can tell', locale: 'en-GB', turns: [
    { say: 'is there a job fair coming up', kind: 'answer', topic: 'forum-emploi' },
    { say: 'does it cost anything', kind: 'followup', topic: 'forum-emploi', has: ["I don't have this information", 'Labourse town hall', '3949'], safety: false, kept: 0 },
  ] },
  // ——— numbered choices as SMS residents type them
  { name: 'sms numbers: "deux", "la 1 svp" pick the choices', channel: 'sms', turns: [
    { say: 'travail', kind: 'clarify' },
    { say: 'deux', kind: 'answer', topic: 'forum-emploi' },
    { say: 'sante', kind: 'clarify' },
    { say: 'la 1 svp', kind: 'answer', entry: 'bus-sante' },
    { say: 'c gratuit', kind: 'followup', entry: 'bus-sante', safety: false, kept: 0 },
  ] },
  { name: 'sms numbers in English: "the 2nd please", then a follow-up about it', channel: 'sms', locale: 'en-GB', turns: [
    { say: 'work', kind: 'clarify' },
    { say: 'the 2nd please', kind: 'answer', topic: 'forum-emploi' },
    { say: 'where is it', kind: 'followup', topic: 'forum-emploi', kept: 0 },
  ] },
  { name: 'sms numbers: "n°2", "le premier", and "2 ans" is no choice', channel: 'sms', turns: [
    { say: 'emploi', kind: 'clarify' },
    { say: 'n°2', kind: 'answer', topic: 'forum-emploi' },
    { say: 'emploi', kind: 'clarify' },
    { say: 'le premier', kind: 'answer', topic: 'emploi-formation' },
    { say: 'emploi', kind: 'clarify' },
    // « 2 ans » is no choice number: never the second choice (the forum). What else it becomes is the engine's
    // reading of « emploi » with it (a job search of two years: the employment entry, or « je ne sais pas »).
    { say: '2 ans', not: ['forums de l\'emploi, c\'est'] },
  ] },
  { name: 'welcome by number: "le 3" opens the third welcome choice', channel: 'sms', join: true, turns: [
    { say: 'le 3 stp', kind: 'answer', topic: 'emploi-formation' },
    { say: 'c ou', kind: 'followup', topic: 'emploi-formation', safety: false, kept: 0 },
  ] },
  // ——— first questions the engine now places (lexicon: job titles, identity, events, device classes, fillers)
  { name: 'first questions: a social worker, the events soon, who wrote it, tablet classes, the empty plot next door', turns: [
    { say: 'je suis travailleur social, une famille que je suis ne touche pas les aides auxquelles elle a droit', kind: 'answer', topic: 'demarches-administratives' },
    { say: 'il se passe quoi dans le coin bientot ?', kind: 'answer', topic: 'agenda' },
    { say: 'ils vont savoir que c est moi qui ai ecrit ?', kind: 'answer', topic: 'confidentialite' },
    { say: 'je voudrais des cours de tablette', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'le terrain vague a cote, il va devenir quoi ?', kind: 'answer', topic: 'espace-public', kept: 0 },
  ] },
  { name: 'en: first questions: what it can actually do, computer courses, whether they will know it was me', locale: 'en-GB', turns: [
    { say: 'what can you actually do for me?', kind: 'answer', topic: 'aide' },
    { say: 'are there computer courses for beginners?', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'will the town hall know it was me who wrote this?', kind: 'answer', topic: 'confidentialite', kept: 0 },
  ] },
  // ——— issue 11, follow-ups of this session (conversations-blind6 and older control sets), by family
  // A contact follow-up naming a helper ("un organisme", "quelqu'un", "a group") and long once SMS spellings are
  // expanded ("ya qqn" is "il y a quelqu un"): the last answer's contacts, not a new question about associations.
  { name: 'addictions: an organisation that can help him → the addictions\' contacts', turns: [
    { say: 'mon mari boit beaucoup trop d alcool', kind: 'answer', topic: 'addictions-sante-mentale' },
    { say: 'y a un organisme qui peut l aider ?', kind: 'followup', topic: 'addictions-sante-mentale', has: ['Demandez à', '📞'], safety: false },
    { say: 'ya qqn qui pourrait nous aider la dessus ?', kind: 'followup', topic: 'addictions-sante-mentale', safety: false, kept: 0 },
  ] },
  { name: 'addictions: a structure that could help her stays on the addictions', turns: [
    { say: "ma soeur se drogue, ça m'inquiète", kind: 'answer', topic: 'addictions-sante-mentale' },
    { say: "il existe une structure qui pourrait l'aider ?", kind: 'followup', topic: 'addictions-sante-mentale', safety: false, kept: 0 },
  ] },
  { name: 'en: addictions: a group that could help him → its contacts', locale: 'en-GB', turns: [
    { say: 'my brother drinks too much', kind: 'answer', topic: 'addictions-sante-mentale' },
    { say: 'is there a group that could help him?', kind: 'followup', topic: 'addictions-sante-mentale', safety: false, kept: 0 },
  ] },
  // How long it lasts ("durer", "valable jusqu'à quand"): the end of the last answer, never the "drogues dures".
  { name: 'contrat de ville: how long it lasts, until when it holds', turns: [
    { say: "c'est quoi le contrat de ville ?", kind: 'answer', topic: 'contrat-de-ville' },
    { say: 'ça va durer combien de temps ?', kind: 'followup', topic: 'contrat-de-ville', safety: false },
    { say: "c'est valable jusqu'à quand ?", kind: 'followup', topic: 'contrat-de-ville', safety: false, kept: 0 },
  ] },
  { name: 'quartier prioritaire: does it last long (not the addictions)', turns: [
    { say: "c'est quoi le quartier prioritaire renaissance", kind: 'answer', topic: 'quartier-renaissance' },
    { say: 'et ça dure encore longtemps ?', kind: 'followup', topic: 'quartier-renaissance', safety: false, kept: 0 },
  ] },
  { name: 'en: city contract: how long will it last', locale: 'en-GB', turns: [
    { say: 'what is the city contract?', kind: 'answer', topic: 'contrat-de-ville' },
    { say: 'how long will it last?', kind: 'followup', topic: 'contrat-de-ville', safety: false, kept: 0 },
  ] },
  // Where a group meets ("se retrouver", "se réunir"): the place of the last answer, not "retrouver un emploi".
  { name: 'club des aînés: where do they meet', turns: [
    { say: "le club des aînés c'est quoi", kind: 'answer', topic: 'intergenerationnel' },
    { say: 'elles se retrouvent où ?', kind: 'followup', topic: 'intergenerationnel', safety: false, kept: 0 },
  ] },
  { name: 'conseil citoyen: where do we meet', turns: [
    { say: "le conseil citoyen c'est quoi", kind: 'answer', topic: 'conseil-citoyen' },
    { say: 'on se réunit où ?', kind: 'followup', topic: 'conseil-citoyen', safety: false, kept: 0 },
  ] },
  { name: 'en: conseil citoyen: where do they meet', locale: 'en-GB', turns: [
    { say: 'what is the conseil citoyen', kind: 'answer', topic: 'conseil-citoyen' },
    { say: 'where do they meet?', kind: 'followup', topic: 'conseil-citoyen', safety: false, kept: 0 },
  ] },
  // "Who signed it?" after the quarter: the engine will not answer those few words alone ("signe" is also a zodiac
  // sign), the quarter's answer links to the contrat de ville: its signatories.
  { name: 'quartier: signed by whom → the contrat de ville\'s signatories', turns: [
    { say: "c'est quoi le quartier prioritaire renaissance", kind: 'answer', topic: 'quartier-renaissance' },
    { say: "c'est signé par qui ?", kind: 'answer', entry: 'contrat-de-ville-signataires', safety: false, kept: 0 },
  ] },
  { name: 'QPV: who signed it', turns: [
    { say: 'pourquoi on est en QPV ?', kind: 'answer', topic: 'quartier-renaissance' },
    { say: "qui l'a signé ?", kind: 'answer', topic: 'contrat-de-ville', safety: false, kept: 0 },
  ] },
  { name: 'en: priority area: who signed it', locale: 'en-GB', turns: [
    { say: 'why is Renaissance a priority area?', kind: 'answer', topic: 'quartier-renaissance' },
    { say: 'who signed it?', kind: 'answer', topic: 'contrat-de-ville', safety: false, kept: 0 },
  ] },
  // A "see also" to one detail of another topic (the cyberbullying answer's screens page of the addictions) does not
  // make that topic the meaning of a short question: "how do I talk to her about it?" stays on the bullying.
  { name: 'cyberbullying: what do I tell her → not the addictions', turns: [
    { say: 'ma fille reçoit des messages méchants sur instagram', kind: 'answer', topic: 'harcelement-scolaire' },
    { say: 'et moi je lui dis quoi ?', topic: ['harcelement-scolaire', 'parentalite'], not: ['PREVART'], safety: false, kept: 0 },
  ] },
  { name: 'cyberbullying: how do I raise it with him, then the number', turns: [
    { say: 'mon fils se fait harceler sur snapchat', kind: 'answer', topic: 'harcelement-scolaire' },
    { say: 'je lui en parle comment sans le vexer ?', topic: ['harcelement-scolaire', 'parentalite'], not: ['PREVART'], safety: false },
    { say: 'qui je peux appeler ?', kind: 'followup', topic: 'harcelement-scolaire', has: ['3018'], kept: 0 },
  ] },
  { name: 'en: bullied online: how do I bring it up with him', locale: 'en-GB', turns: [
    { say: 'my son is being bullied online', kind: 'answer', topic: 'harcelement-scolaire' },
    { say: 'how do I bring it up with him?', topic: ['harcelement-scolaire', 'parentalite'], not: ['PREVART'], safety: false, kept: 0 },
  ] },
  // The assistant's privacy asked in a service's thread ("c'est confidentiel ?"): the next detail is the service's.
  { name: 'addictions: confidential? then where → the addictions\' place', turns: [
    { say: 'mon fils fume du cannabis', kind: 'answer', topic: 'addictions-sante-mentale' },
    { say: "c'est confidentiel ?", topic: ['confidentialite', 'addictions-sante-mentale'] },
    { say: "c'est où ?", kind: 'followup', topic: 'addictions-sante-mentale', safety: false, kept: 0 },
  ] },
  { name: 'bus santé: do you keep my details? then when → the bus santé', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', topic: 'bus-sante' },
    { say: 'vous gardez mes infos ?', topic: ['confidentialite', 'bus-sante'] },
    { say: "c'est quand ?", kind: 'followup', topic: 'bus-sante', safety: false, kept: 0 },
  ] },
  { name: 'en: weed, anonymous? then where → the addictions', locale: 'en-GB', turns: [
    { say: 'my son smokes weed every day', kind: 'answer', topic: 'addictions-sante-mentale' },
    { say: 'is it anonymous?', topic: ['confidentialite', 'addictions-sante-mentale'] },
    { say: 'where is it?', kind: 'followup', topic: 'addictions-sante-mentale', safety: false, kept: 0 },
  ] },
  // A public and a service in the same words ("une nounou pour mes enfants"): that service, for them — not the
  // entry of the last answer's family that fits the public (an age word without a number may be any child).
  { name: 'bus santé, then someone to look after my little ones → childcare', turns: [
    { say: "le bus santé c'est quoi", kind: 'answer', topic: 'bus-sante' },
    { say: 'ok et pour faire garder mes petits ?', kind: 'answer', topic: 'modes-de-garde', safety: false, kept: 0 },
  ] },
  { name: 'time for oneself, then a nanny for the children meanwhile → childcare', turns: [
    { say: 'des activités pour prendre du temps pour moi', kind: 'answer', topic: 'temps-pour-soi' },
    { say: 'et une nounou pour mes enfants pendant ce temps ?', kind: 'answer', topic: 'modes-de-garde', safety: false, kept: 0 },
  ] },
  { name: 'job search, then a crèche for the kids while I look → childcare', turns: [
    { say: 'je cherche du travail', kind: 'answer', topic: 'emploi-formation' },
    { say: 'il y a une crèche pour mes gosses pendant que je cherche ?', kind: 'answer', topic: 'modes-de-garde', safety: false, kept: 0 },
  ] },
  { name: 'en: a job, then childcare for my kids while I look', locale: 'en-GB', turns: [
    // "I want to find a job" now hesitates between jobs and childcare (writer G's phrasings): a known regression.
    { say: 'I am looking for work', kind: 'answer', topic: 'emploi-formation' },
    { say: 'is there childcare for my kids while I look?', kind: 'answer', topic: 'modes-de-garde', safety: false, kept: 0 },
  ] },
  // A wish to leave a remarque with its subject ("une suggestion à faire pour la résidence"): the text is asked for.
  { name: 'a suggestion to make for the residence: the remarque flow asks for it', turns: [
    { say: 'jai une suggestion a faire pour la residence', kind: 'remarque' },
    { say: 'annuler', kind: 'cancel', kept: 0 },
  ] },
  { name: 'a remark for the mairie: the remarque flow', turns: [
    { say: "j'ai une remarque pour la mairie", kind: 'remarque' },
    { say: 'annuler', kind: 'cancel', kept: 0 },
  ] },
  { name: 'en: a suggestion for the neighbourhood: the remarque flow', locale: 'en-GB', turns: [
    { say: 'I have a suggestion for the neighbourhood', kind: 'remarque' },
    { say: 'cancel', kind: 'cancel', kept: 0 },
  ] },
  { name: 'a complaint to the police is not a remarque', turns: [
    { say: 'je veux porter plainte pour vol', kind: 'fallback', kept: 1 },
  ] },
  // ——— a detail asked for a public the last answer is not for: who it is for comes first (the service of its family
  // that fits, "n'est pas prévu pour ce public"); for a public it fits, the detail itself.
  { name: 'nanny, then when for a teenager of 14 → the club Ados', turns: [
    { say: 'je cherche une nounou pour mon bebe', kind: 'answer', topic: 'modes-de-garde' },
    { say: "et pour mon ado de 14 ans c'est quand ?", kind: 'answer', topic: 'club-ados', has: ["n'est pas prévu pour ce public"], safety: false, kept: 0 },
  ] },
  { name: 'club Ados, then free for my mother of 80 → the elders', turns: [
    { say: "le club ados c'est quoi", kind: 'answer', topic: 'club-ados' },
    { say: "c'est gratuit pour ma mere de 80 ans ?", kind: 'answer', topic: 'intergenerationnel', has: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  { name: 'bus santé, then can my husband go on saturday → the other health actions', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'mon mari peut y aller le samedi ?', kind: 'answer', entry: 'bus-sante-actions-agglo', has: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  { name: 'bus santé, then where for my husband → the other health actions', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: "et pour mon mari c'est où ?", kind: 'answer', entry: 'bus-sante-actions-agglo', safety: false },
  ] },
  { name: 'en: a childminder, then where for my son of 15 → the club Ados', locale: 'en-GB', turns: [
    { say: 'I need a childminder for my baby', kind: 'answer', topic: 'modes-de-garde' },
    { say: 'and for my son of 15, where is it?', kind: 'answer', topic: 'club-ados', has: ['is not meant for them'], safety: false },
  ] },
  { name: 'club Ados, then the price for my little one of 7 → for children', turns: [
    { say: "le club ados c'est quoi", kind: 'answer', topic: 'club-ados' },
    { say: 'et pour mon petit de 7 ans c combien ?', kind: 'answer', topic: ['associations', 'aide-devoirs', 'parentalite'], has: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  { name: 'homework help, then where to enrol my son of 3 → childcare', turns: [
    { say: 'aide aux devoirs', kind: 'answer', topic: 'aide-devoirs' },
    { say: "mon fils de 3 ans, faut l'inscrire ou ?", kind: 'answer', topic: ['modes-de-garde', 'parentalite'], has: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  { name: 'en: the teens club, then the price for my grandma of 82 → the elders', locale: 'en-GB', turns: [
    { say: 'is there a club for teenagers?', kind: 'answer', topic: 'club-ados' },
    { say: 'how much is it for my grandma, she is 82?', kind: 'answer', topic: 'intergenerationnel', has: ['is not meant for them'], safety: false },
  ] },
  { name: 'club Ados, then which day for my daughter of 9 → for children', turns: [
    { say: 'le club ados', kind: 'answer', topic: 'club-ados' },
    { say: 'ma fille de 9 ans elle peut venir quel jour ?', kind: 'answer', topic: ['associations', 'aide-devoirs', 'parentalite'], has: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  { name: 'a childminder, then whom to call for my daughter of 12 → the club Ados', turns: [
    { say: 'assistante maternelle', kind: 'answer', topic: 'modes-de-garde' },
    { say: 'et pour ma fille de 12 ans, je dois appeler qui ?', kind: 'answer', topic: 'club-ados', safety: false },
  ] },
  { name: 'bus santé, then does my boyfriend need an appointment → the other health actions', turns: [
    { say: 'bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'mon copain il doit prendre rdv ?', kind: 'answer', entry: 'bus-sante-actions-agglo', safety: false },
  ] },
  { name: 'a public it fits with a detail: the detail (elders, my son of 16, where)', turns: [
    { say: 'intergenerationnel', kind: 'answer', topic: 'intergenerationnel' },
    { say: "et pour mon fils de 16 ans c'est où ?", kind: 'followup', topic: 'intergenerationnel', not: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  { name: 'a public it fits with a detail: the detail (bus santé, my daughter of 30, free)', turns: [
    { say: 'bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: "ma fille de 30 ans c'est gratuit pour elle ?", kind: 'followup', entry: 'bus-sante', not: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  // ——— a short question the engine answers with the very answer just given asks for something it does not say:
  // not known, and who can tell (never the same answer again); "c'est quoi … ?" asks to explain it: the answer again.
  { name: 'forum, then which companies will be there → not known, who can tell', turns: [
    { say: "il y a un forum pour l'emploi bientot ?", kind: 'answer', topic: 'forum-emploi' },
    { say: 'quelles entreprises seront la ?', kind: 'followup', topic: 'forum-emploi', has: ["Je n'ai pas cette information", '👉'], safety: false, kept: 0 },
  ] },
  { name: 'en: job fair, then which companies will be there → not known, who can tell', locale: 'en-GB', turns: [
    { say: 'is there a job fair soon?', kind: 'answer', topic: 'forum-emploi' },
    { say: 'which companies will be there?', kind: 'followup', topic: 'forum-emploi', has: ["I don't have this information", '👉'], safety: false },
  ] },
  { name: 'en: job fair, then what employers are coming → not known', locale: 'en-GB', turns: [
    { say: 'is there a job fair soon?', kind: 'answer', topic: 'forum-emploi' },
    { say: 'what employers are coming?', kind: 'followup', topic: 'forum-emploi', has: ["I don't have this information"], safety: false },
  ] },
  { name: 'forum, then how many companies → not known', turns: [
    { say: "forum de l'emploi", kind: 'answer', topic: 'forum-emploi' },
    { say: "il y aura combien d'entreprises ?", kind: 'followup', topic: 'forum-emploi', has: ["Je n'ai pas cette information"] },
  ] },
  { name: 'forum, then which firms (sms) → not known', turns: [
    { say: "forum de l'emploi", kind: 'answer', topic: 'forum-emploi' },
    { say: 'y aura quelles boites ?', kind: 'followup', topic: 'forum-emploi', has: ["Je n'ai pas cette information"] },
  ] },
  { name: 'club Ados, then are there outings → not known', turns: [
    { say: "le club ados c'est quoi", kind: 'answer', topic: 'club-ados' },
    { say: 'il y a des sorties ?', kind: 'followup', topic: 'club-ados', has: ["Je n'ai pas cette information"], safety: false },
  ] },
  { name: 'en: teens club, then are there trips → not known', locale: 'en-GB', turns: [
    { say: 'is there a teens club?', kind: 'answer', topic: 'club-ados' },
    { say: 'are there trips?', kind: 'followup', topic: 'club-ados', has: ["I don't have this information"] },
  ] },
  { name: 'pôle culturel, then is there a library → not known', turns: [
    { say: 'pole culturel', kind: 'answer', topic: 'pole-culturel' },
    { say: 'il y a une bibliotheque ?', kind: 'followup', topic: 'pole-culturel', has: ["Je n'ai pas cette information"] },
  ] },
  { name: 'bus santé, then which exams → not known', turns: [
    { say: 'bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'quels examens ils font ?', kind: 'followup', entry: 'bus-sante', has: ["Je n'ai pas cette information"] },
  ] },
  { name: 'bus santé, then are there doctors inside → not known', turns: [
    { say: 'bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'il y a des medecins dedans ?', kind: 'followup', entry: 'bus-sante', has: ["Je n'ai pas cette information"] },
  ] },
  { name: 'digital workshops, then how many people per workshop → not known', turns: [
    { say: 'ateliers numeriques', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'il y a combien de personnes par atelier ?', kind: 'followup', topic: 'ateliers-numeriques', has: ["Je n'ai pas cette information"] },
  ] },
  { name: 'conseil citoyen, then how many are they → not known', turns: [
    { say: 'conseil citoyen', kind: 'answer', topic: 'conseil-citoyen' },
    { say: 'ils sont combien ?', kind: 'followup', topic: 'conseil-citoyen', has: ["Je n'ai pas cette information"] },
  ] },
  { name: 'club Ados, then what is the club Ados → the answer again', turns: [
    { say: "le club ados c'est quoi", kind: 'answer', topic: 'club-ados' },
    { say: "c'est quoi le club ados ?", kind: 'answer', topic: 'club-ados', not: ["Je n'ai pas cette information", 'Oui :'] },
  ] },
  { name: 'digital workshops, then what are the digital workshops → the answer again', turns: [
    { say: 'ateliers numeriques', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: "c'est quoi les ateliers numeriques ?", kind: 'answer', topic: 'ateliers-numeriques', not: ["Je n'ai pas cette information"] },
  ] },
  // ——— a service's name that is also a public's word ("crèche", "nursery") said alone asks about that service: a new
  // question; beside a person ("mon bébé va à la crèche") it names the public.
  { name: 'bus santé, then crèche → childcare', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'crèche', kind: 'answer', topic: 'modes-de-garde', not: ["n'est pas prévu pour ce public"], safety: false },
  ] },
  { name: 'bus santé, then and the crèche → childcare', turns: [
    { say: 'kan passe le bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'et la crèche ?', kind: 'answer', topic: 'modes-de-garde', not: ["n'est pas prévu pour ce public"] },
  ] },
  { name: 'club Ados, then where is the crèche → childcare', turns: [
    { say: "le club ados c'est quoi", kind: 'answer', topic: 'club-ados' },
    { say: "et la creche c'est où ?", kind: 'answer', topic: 'modes-de-garde', not: ["n'est pas prévu pour ce public"] },
  ] },
  { name: 'a job, then a crèche? → childcare', turns: [
    { say: 'je cherche du travail', kind: 'answer', topic: 'emploi-formation' },
    { say: 'une creche ?', kind: 'answer', topic: 'modes-de-garde', not: ["n'est pas prévu pour ce public"] },
  ] },
  { name: 'en: job fair, then and a nursery → childcare', locale: 'en-GB', turns: [
    { say: 'is there a job fair soon?', kind: 'answer', topic: 'forum-emploi' },
    { say: 'and a nursery?', kind: 'answer', topic: 'modes-de-garde', not: ['is not meant for them'] },
  ] },
  { name: 'en: health bus, then what about daycare → childcare', locale: 'en-GB', turns: [
    { say: 'when is the health bus coming', kind: 'answer', topic: 'bus-sante' },
    { say: 'what about daycare?', kind: 'answer', topic: 'modes-de-garde', not: ['is not meant for them'] },
  ] },
  { name: 'homework help, then and for the crèche → childcare', turns: [
    { say: 'aide aux devoirs', kind: 'answer', topic: 'aide-devoirs' },
    { say: 'et pour la creche ?', kind: 'answer', topic: 'modes-de-garde', not: ["n'est pas prévu pour ce public"] },
  ] },
  { name: 'digital workshops, then the halte-garderie → childcare', turns: [
    { say: 'ateliers numeriques', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'la halte garderie ?', kind: 'answer', topic: 'modes-de-garde' },
  ] },
  { name: 'club Ados, then the micro-crèche → childcare', turns: [
    { say: "le club ados c'est quoi", kind: 'answer', topic: 'club-ados' },
    { say: 'et la micro creche ?', kind: 'answer', topic: 'modes-de-garde' },
  ] },
  { name: 'pôle culturel, then a crèche in the quarter → childcare', turns: [
    { say: 'pole culturel', kind: 'answer', topic: 'pole-culturel' },
    { say: 'et une creche dans le quartier ?', kind: 'answer', topic: 'modes-de-garde' },
  ] },
  // ——— thanks or ok, then a follow-up in the same message: the follow-up (not a thank-you)
  { name: 'homework help, then ok and until what time', turns: [
    { say: 'aide aux devoirs', kind: 'answer', topic: 'aide-devoirs' },
    { say: "d'accord et c'est jusqu'à quelle heure ?", kind: 'followup', topic: 'aide-devoirs', not: ['Avec plaisir'] },
  ] },
  { name: 'homework help, then thanks, and where is it', turns: [
    { say: 'aide aux devoirs', kind: 'answer', topic: 'aide-devoirs' },
    { say: "merci, et c'est où ?", kind: 'followup', topic: 'aide-devoirs', not: ['Avec plaisir'] },
  ] },
  { name: 'homework help, then thanks a lot and whom can I call', turns: [
    { say: 'aide aux devoirs', kind: 'answer', topic: 'aide-devoirs' },
    { say: 'merci bcp et je peux appeler qui ?', kind: 'followup', topic: 'aide-devoirs', has: ['👉'], not: ['Avec plaisir'] },
  ] },
  { name: 'homework help, then ok thanks, is it for teenagers too', turns: [
    { say: 'aide aux devoirs', kind: 'answer', topic: 'aide-devoirs' },
    { say: "d'accord merci, c'est pour les ados aussi ?", kind: 'followup', topic: 'aide-devoirs', has: ['Oui'], not: ['Avec plaisir'] },
  ] },
  { name: 'en: health bus, then thanks, and where is it', locale: 'en-GB', turns: [
    { say: 'when is the health bus coming', kind: 'answer', topic: 'bus-sante' },
    { say: 'thanks, and where is it?', kind: 'followup', topic: 'bus-sante', not: ["You're welcome"] },
  ] },
  { name: 'en: health bus, then cheers, who do I call', locale: 'en-GB', turns: [
    { say: 'when is the health bus coming', kind: 'answer', topic: 'bus-sante' },
    { say: 'cheers, who do I call?', kind: 'followup', topic: 'bus-sante', has: ['👉'], not: ["You're welcome"] },
  ] },
  { name: 'en: health bus, then great, do I need to book', locale: 'en-GB', turns: [
    { say: 'when is the health bus coming', kind: 'answer', topic: 'bus-sante' },
    { say: 'great, do I need to book?', kind: 'followup', topic: 'bus-sante', not: ["You're welcome"] },
  ] },
  { name: 'club Ados, then merci, c combien', turns: [
    { say: 'club ados', kind: 'answer', topic: 'club-ados' },
    { say: 'merci, c combien ?', kind: 'followup', topic: 'club-ados', not: ['Avec plaisir'] },
  ] },
  { name: 'conseil citoyen, then merci beaucoup, ils se réunissent quand', turns: [
    { say: 'comment on rentre au conseil citoyen ?', kind: 'answer', topic: 'conseil-citoyen' },
    { say: 'merci beaucoup, ils se reunissent quand ?', kind: 'followup', topic: 'conseil-citoyen', not: ['Avec plaisir'] },
  ] },
  { name: 'forum, then super merci, faut ramener quoi', turns: [
    { say: "forum de l'emploi", kind: 'answer', topic: 'forum-emploi' },
    { say: 'super merci, faut ramener quoi ?', kind: 'followup', topic: 'forum-emploi', not: ['Avec plaisir'] },
  ] },
  { name: 'thanks alone stays a thank-you', turns: [
    { say: 'aide aux devoirs', kind: 'answer', topic: 'aide-devoirs' },
    { say: 'merci beaucoup', kind: 'answer', topic: 'salutation', has: ['Avec plaisir'] },
    { say: 'c gratuit ?', kind: 'followup', topic: 'aide-devoirs' },
  ] },
  // ——— follow-ups typed fast in French: "ki je dois apeler", "c jusk kan", "faut sinscrir", "c gratui"
  { name: 'club Ados, then ki je dois apeler → its contacts', turns: [
    { say: 'club ados', kind: 'answer', topic: 'club-ados' },
    { say: 'ki je dois apeler', kind: 'followup', topic: 'club-ados', has: ['👉'] },
  ] },
  { name: 'club Ados, then jdois apeler ki → its contacts', turns: [
    { say: 'club ados', kind: 'answer', topic: 'club-ados' },
    { say: 'jdois apeler ki', kind: 'followup', topic: 'club-ados', has: ['👉'] },
  ] },
  { name: 'bus santé, then c jusk kan → its end', turns: [
    { say: 'bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'c jusk kan', kind: 'followup', entry: 'bus-sante' },
  ] },
  { name: 'bus santé, then jusqua quand → its end', turns: [
    { say: 'bus santé', kind: 'answer', entry: 'bus-sante' },
    { say: 'jusqua quand ?', kind: 'followup', entry: 'bus-sante' },
  ] },
  { name: 'digital workshops, then faut sinscrir → registration', turns: [
    { say: 'ateliers numeriques', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'faut sinscrir ?', kind: 'followup', topic: 'ateliers-numeriques' },
  ] },
  { name: 'digital workshops, then c gratui → price', turns: [
    { say: 'ateliers numeriques', kind: 'answer', topic: 'ateliers-numeriques' },
    { say: 'c gratui ?', kind: 'followup', topic: 'ateliers-numeriques' },
  ] },
  { name: 'forum, then jpeux apeler ki → its contacts', turns: [
    { say: "forum de l'emploi", kind: 'answer', topic: 'forum-emploi' },
    { say: 'jpeux apeler ki ?', kind: 'followup', topic: 'forum-emploi', has: ['👉'] },
  ] },
  { name: 'conseil citoyen, then on sinscrit cmt → registration', turns: [
    { say: 'conseil citoyen', kind: 'answer', topic: 'conseil-citoyen' },
    { say: 'on sinscrit cmt', kind: 'followup', topic: 'conseil-citoyen' },
  ] },
  { name: 'pôle culturel, then c ouvert jusqua kel heure → its end', turns: [
    { say: 'pole culturel', kind: 'answer', topic: 'pole-culturel' },
    { say: 'c ouvert jusqua kel heure ?', kind: 'followup', topic: 'pole-culturel' },
  ] },
  { name: 'homework help, then ki faut apeler pour linscrir → its contacts', turns: [
    { say: 'aide aux devoirs', kind: 'answer', topic: 'aide-devoirs' },
    { say: 'ki faut apeler', kind: 'followup', topic: 'aide-devoirs', has: ['👉'] },
  ] },
];

// Keeping the thread, fourth pass: languages asked for in a sentence, a new subject said, goodbye, the emergency
// still going on, a public that helps read the words (transcripts-thread.ts).
TRANSCRIPTS.push(...THREAD_TRANSCRIPTS);
// An out-of-scope question after an answer is new; "do they come to me?" is about the answer (transcripts-thread5.ts).
TRANSCRIPTS.push(...THREAD5_TRANSCRIPTS);
// A question while a remarque is in progress is answered; a language said in a last clause (transcripts-thread6.ts).
TRANSCRIPTS.push(...THREAD6_TRANSCRIPTS);
// Children minded meanwhile, whom to talk to, someone else's language, a when about something else before « Envoyer » (transcripts-thread7.ts).
TRANSCRIPTS.push(...THREAD7_TRANSCRIPTS);
// Eighth pass (safety net mid-flow, "je peux leur dire que…", greetings, publics coming along or joining): transcripts-thread8.ts.
TRANSCRIPTS.push(...THREAD8_TRANSCRIPTS);
// Ninth pass (words that add nothing beside a follow-up, fees, how often, a question read as a complaint, the net's
// danger in the middle of a remarque): transcripts-thread9.ts.
TRANSCRIPTS.push(...THREAD9_TRANSCRIPTS);
// Tenth pass (a new out-of-scope question on another town or a domain beside a follow-up's word, an age one year off a
// service's publics, money for a project, "merci quand même"): transcripts-thread10.ts.
TRANSCRIPTS.push(...THREAD10_TRANSCRIPTS);
TRANSCRIPTS.push(...THREAD11_TRANSCRIPTS);

/** Checks one turn's reply against its expectations (the trace, the text, the remarques kept so far). */
export function checkTurn(turn: TranscriptTurn, trace: { kind: string; topic: string | null; entryId: string | null }, text: string, kept: number): void {
  const where = `"${turn.say}" → ${trace.kind} ${trace.topic} ${trace.entryId}: ${text.slice(0, 200)}`;
  if (turn.kind) expect(trace.kind, where).toBe(turn.kind);
  if (turn.topic !== undefined) expect(Array.isArray(turn.topic) ? turn.topic : [turn.topic], where).toContain(trace.topic);
  if (turn.entry) expect(trace.entryId, where).toBe(turn.entry);
  for (const part of turn.has ?? []) expect(text, where).toContain(part);
  for (const part of turn.not ?? []) expect(text, where).not.toContain(part);
  if (turn.safety === false) expect(text, where).not.toContain(SAFETY);
  if (turn.kept !== undefined) expect(kept, where).toBe(turn.kept);
}

