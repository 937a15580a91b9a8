/**
 * Keeping the thread, ninth pass (issue 11, 7 December, evening): families the control conversations still lost, in
 * our own words (French, English, SMS) — never the sets' lines. Played with the rest of TRANSCRIPTS (transcripts.ts)
 * against the core and, for a sample, through HTTP.
 */
import type { Transcript } from './transcripts.js';

/** First questions the engine answers surely: [question, topic, locale]. */
const FIRST = {
  ados: ['c quoi le club ados', 'club-ados'],
  numerique: ['les ateliers numeriques c quoi', 'ateliers-numeriques'],
  bus: ['c quoi le bus sante', 'bus-sante'],
  devoirs: ['ya une aide aux devoirs pour mon fils ?', 'aide-devoirs'],
  renovation: ['les travaux de renovation c est quand', 'renovation-habitat'],
  emploi: ['jcherche du boulot', 'emploi-formation'],
  parents: ['ya des ateliers pour les parents ?', 'parentalite'],
  conseil: ['comment rejoindre le conseil citoyen', 'conseil-citoyen'],
} as const;
const FIRST_EN = {
  numerique: ['where can I learn to use a computer?', 'ateliers-numeriques'],
  bus: ['what is the health bus?', 'bus-sante'],
  parents: ['is there a parenting group?', 'parentalite'],
  emploi: ['I need help finding a job', 'emploi-formation'],
  ados: ['is there a youth club?', 'club-ados'],
} as const;
type First = readonly [string, string];

/**
 * A follow-up with words that add nothing of their own ("first", "d'abord", "pour être sûr", "est-ce que je dois"):
 * still about the last answer — never "je ne sais pas", nor a domain the engine reads in them ("first" → first names).
 */
const WITH_HEDGES: [First, string, string?][] = [
  [FIRST.numerique, 'faut s inscrire avant ?'],
  [FIRST.ados, 'je dois reserver a l avance ?'],
  [FIRST.bus, 'faut prendre rdv au prealable ?'],
  [FIRST.renovation, 'je peux appeler qui pour etre sur ?'],
  [FIRST.devoirs, 'c est ou exactement deja ?'],
  [FIRST.emploi, 'est ce que je dois ramener des papiers ?'],
  [FIRST.bus, "qu'est-ce qu'il faut prendre comme documents ?"],
  [FIRST.conseil, 'je les joins comment pour etre sure ?'],
  [FIRST_EN.parents, 'do we have to book in advance?', 'en-GB'],
  [FIRST_EN.numerique, 'is it necessary to register beforehand?', 'en-GB'],
  [FIRST_EN.emploi, 'who should I ring to make sure?', 'en-GB'],
  [FIRST_EN.bus, 'do I need an appointment first?', 'en-GB'],
];

/** Fees and funding in other words than "prix": a membership, a subscription, a grant — the price detail of the answer. */
const FEES: [First, string, string?][] = [
  [FIRST.ados, 'ya une adhesion a payer ?'],
  [FIRST.ados, 'il faut cotiser ?'],
  [FIRST.numerique, 'c est combien l abonnement ?'],
  [FIRST.devoirs, 'y a des frais d inscription ?'],
  [FIRST.parents, 'faut verser une cotisation ?'],
  [FIRST.conseil, 'ya des frais ?'],
  [FIRST_EN.ados, 'is there a membership fee?', 'en-GB'],
  [FIRST_EN.numerique, 'do they charge a joining fee?', 'en-GB'],
  [FIRST_EN.parents, 'is there a subscription?', 'en-GB'],
  [FIRST_EN.bus, 'is there an entry fee?', 'en-GB'],
];

/** How often, which days, whether it runs: the answer's dates (English "run" is no run-down building). */
const HOW_OFTEN: [First, string, string?][] = [
  [FIRST.ados, 'c est tous les combien ?'],
  [FIRST.numerique, 'c est toutes les semaines ?'],
  [FIRST.parents, 'ca a lieu a quelle frequence ?'],
  [FIRST.devoirs, 'c est chaque semaine ?'],
  [FIRST.bus, 'il vient tous les combien ?'],
  [FIRST_EN.numerique, 'what days is it on?', 'en-GB'],
  [FIRST_EN.numerique, 'how often does it run?', 'en-GB'],
  [FIRST_EN.ados, 'is it on every week?', 'en-GB'],
  [FIRST_EN.parents, 'which days does the group run?', 'en-GB'],
  [FIRST_EN.bus, 'how often is it?', 'en-GB'],
];

/**
 * A question about the last answer that an everyday verb ("casser", "démolir", "abîmer") makes the engine read as a
 * complaint to leave: still about the answer (its details, or "Je n'ai pas cette information" and who can tell) —
 * never a remarque to confirm.
 */
const QUESTION_READ_AS_A_COMPLAINT: [First, string][] = [
  [FIRST.renovation, 'ils vont casser quel immeuble ?'],
  [FIRST.renovation, 'ils cassent lequel ?'],
  [FIRST.renovation, 'ils abattent quel batiment ?'],
  [FIRST.renovation, 'lequel ils vont casser ?'],
  [FIRST.renovation, 'ca sera casse quand ?'],
];

const hedged = (list: [First, string, string?][], family: string, kind: 'followup' | undefined = 'followup'): Transcript[] =>
  list.map(([[first, topic], then, locale]) => ({
    name: `thread9: ${family} after ${topic} ("${then}")`,
    ...(locale ? { locale } : {}),
    turns: [
      { say: first, topic },
      { say: then, ...(kind ? { kind } : {}), topic, safety: false, not: ['Je ne sais pas', "I don't know", 'Je transmets', 'I will pass'] },
    ],
  }));

/** A follow-up written in English after a French answer (no language asked for): answered in English, same service. */
const WRITTEN_IN_ENGLISH: [First, string][] = [
  [FIRST.conseil, 'how do I become a member?'],
  [FIRST.ados, 'is it free for my son?'],
  [FIRST.numerique, 'where is it exactly?'],
  [FIRST.bus, 'when does it come next?'],
  [FIRST.devoirs, 'who do I talk to about it?'],
  [FIRST.parents, 'do I need to book?'],
  [FIRST.emploi, 'who can help me with my CV?'],
  [FIRST.renovation, 'how long will the works last?'],
  [FIRST.ados, 'what are the opening hours?'],
  [FIRST.numerique, 'can my mum come too?'],
];

/** The language asked for someone else, or said in a last sentence of its own: English from then on, same service. */
const LANGUAGE_FOR_SOMEONE: [First, string][] = [
  [FIRST.bus, 'can you write it in english for my husband'],
  [FIRST.ados, 'could you say that in English for my wife please'],
  [FIRST.numerique, 'english for my dad please'],
  [FIRST.devoirs, 'sorry can you put it in english for them'],
  [FIRST.conseil, 'where do they meet? my neighbour only reads english'],
  [FIRST.parents, 'is it free? my partner only speaks English.'],
  [FIRST.bus, 'where does it stop? my mum does not read French.'],
];

/** French messages stay French (a French word is enough), and a language the resident chose stays theirs. */
const STAYS_FRENCH: [First, string][] = [
  [FIRST.ados, "c'est ou le club ?"],
  [FIRST.numerique, 'ok et c est gratuit ?'],
  [FIRST.bus, 'il passe a Beuvry le weekend ?'],
  [FIRST.devoirs, 'pour mon fils de 9 ans ?'],
];

export const THREAD9_TRANSCRIPTS: Transcript[] = [
  ...WRITTEN_IN_ENGLISH.map(([[first, topic], then]): Transcript => ({
    name: `thread9: after ${topic} in French, "${then}" written in English: answered in English, same service`,
    turns: [
      { say: first, topic },
      { say: then, topic: [topic, 'contact-mairie'], has: ['the'], not: ['Je ', 'Demandez'] },
    ],
  })),
  ...LANGUAGE_FOR_SOMEONE.map(([[first, topic], then]): Transcript => ({
    name: `thread9: after ${topic}, "${then}": English for someone else, same service`,
    turns: [
      { say: first, topic },
      { say: then, topic, has: ['English'], not: ['Je ne sais pas'] },
      { say: 'ok thanks', not: ['Merci'] },
    ],
  })),
  ...STAYS_FRENCH.map(([[first, topic], then]): Transcript => ({
    name: `thread9: after ${topic}, "${then}" stays French`,
    turns: [
      { say: first, topic },
      { say: then, not: ['English', ' the '] },
    ],
  })),
  { name: 'thread9: French chosen, then a message in English: still French', locale: 'en-GB', turns: [
    { say: 'what is the health bus?', topic: 'bus-sante' },
    { say: 'en français svp', kind: 'language' },
    { say: 'where is it?', topic: 'bus-sante', not: [' the '] },
  ] },

  ...hedged(WITH_HEDGES, 'a follow-up with words that add nothing'),
  ...hedged(FEES, 'fees and funding'),
  ...hedged(HOW_OFTEN, 'how often, which days'),
  ...QUESTION_READ_AS_A_COMPLAINT.map(([[first, topic], then]): Transcript => ({
    name: `thread9: a question read as a complaint after ${topic} ("${then}"): still about it`,
    turns: [
      { say: first, topic },
      { say: then, topic: [topic, 'espace-public'], not: ['Je transmets'], kept: 0 },
    ],
  })),
  { name: 'thread9: asking to leave a remarque right after an answer is still the remarque', turns: [
    { say: FIRST.renovation[0], topic: FIRST.renovation[1] },
    { say: 'je peux faire une remarque ?', kind: 'remarque' },
  ] },
  { name: 'thread9: a complaint told after an answer ("les portes du hall sont cassees depuis un mois") is still the remarque', turns: [
    { say: FIRST.renovation[0], topic: FIRST.renovation[1] },
    { say: 'je voudrais signaler que les portes du hall sont cassees depuis un mois', kind: 'remarque' },
  ] },

  // ——— danger the safety net reads (not a rule) in the middle of a remarque: numbers first, the remarque not lost
  ...[
    'les jeunes du 3e se battent tous les soirs dans la cage d escalier et ca finit mal, appelez moi au 06 11 22 33 44',
    'ma voisine du dessus est tombee dans le hall la semaine derniere et personne est venu, il faut une rampe',
    "le monsieur du rdc est tombe dans l'escalier glissant et il saignait, faut mettre un tapis",
    'mon voisin rentre bourre et il commence a tout casser dans le local poubelle chaque nuit',
  ].map((text, i): Transcript => ({
    name: `thread9: a remarque being written, the net reads danger in its text (${i + 1}): numbers first, the text offered, kept on « Envoyer » only`,
    turns: [
      { say: i % 2 ? 'je veux faire une remarque' : 'je voudrais laisser une suggestion', kind: 'remarque' },
      { say: text, kind: 'answer', topic: 'urgence', has: ['112', "n'est pas perdue", 'Envoyer'], not: ['06 11 22 33 44'], kept: 0 },
      { say: 'envoyer', kind: 'remarque', kept: 1 },
    ],
  })),
  { name: 'thread9: the net reads danger while the remarque is written, then « Annuler »: nothing kept', turns: [
    { say: 'je veux faire une remarque', kind: 'remarque' },
    { say: 'ma grand mere a glisse sur le verglas devant l entree elle se relevait pas, faut saler', kind: 'answer', topic: 'urgence', has: ['112'], kept: 0 },
    { say: 'annuler', kind: 'cancel', kept: 0 },
  ] },
  { name: 'thread9: in English, the net reads danger in the remarque text: the numbers, then the text to confirm', locale: 'en-GB', turns: [
    { say: 'I want to leave a comment', kind: 'remarque' },
    { say: 'my neighbour fell in the lobby last week and could not stand up, the floor is always wet', kind: 'answer', topic: 'urgence', has: ['112', 'not lost', 'Send'], kept: 0 },
    { say: 'send', kind: 'remarque', kept: 1 },
  ] },
  { name: 'thread9: a remarque waiting for « Envoyer », then danger the net reads: the numbers, and the waiting text still to confirm', turns: [
    { say: 'je voudrais signaler que le banc du square est casse', kind: 'remarque' },
    { say: 'ma voisine agee est tombee chez elle elle arrive pas a se relever', kind: 'answer', topic: 'urgence', has: ['112', 'banc du square'], kept: 0 },
    { say: 'envoyer', kind: 'remarque', kept: 1 },
  ] },
  { name: 'thread9: a danger rule in the middle of a remarque still ends it: nothing offered, nothing kept', turns: [
    { say: 'je veux faire une remarque', kind: 'remarque' },
    { say: 'mon voisin a un couteau et il menace sa femme', kind: 'answer', topic: 'urgence', not: ["n'est pas perdue"], kept: 0 },
    { say: 'envoyer', kept: 0 },
  ] },
];
