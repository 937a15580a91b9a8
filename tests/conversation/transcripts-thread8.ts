/**
 * Keeping the thread, eighth pass (issue 11 items 1–3, 7 December, late afternoon): families the control conversations
 * still lost, in our own words (French, English, SMS) — never the sets' lines. Played with the rest of TRANSCRIPTS
 * (transcripts.ts) against the core and, for a sample, through HTTP.
 */
import type { Transcript } from './transcripts.js';

/** After an answer, danger the rules do not name but the safety net reads: [first question, its topic, then]. */
const DANGER_READ_BY_THE_NET: [string, string, string][] = [
  ["le club ado c'est ouvert quand ?", 'club-ados', 'il a pete un cable il a frappe le mur et maintenant il me regarde bizarre'],
  ['ya un club pour les personnes agees ?', 'intergenerationnel', 'ma voisine agee est tombee chez elle elle arrive pas a se relever'],
  ["j'ai besoin de conseils pour elever mes enfants", 'parentalite', 'mon mari rentre bourre et il commence a tout casser'],
  ["c'est ou les ateliers numeriques ?", 'ateliers-numeriques', 'ma fille de 2 ans a bu du produit pour les toilettes'],
  ['le bus sante c est pour qui ?', 'bus-sante', 'ma grand mere a glisse dans la douche elle se releve pas'],
  ['comment faire garder mon bebe ?', 'modes-de-garde', 'mon petit a mis un truc dans son nez et il pleure fort'],
  ["c'est quoi le conseil citoyen ?", 'conseil-citoyen', 'ma tante est tombee dans la cuisine elle arrive plus a se lever'],
  ['je cherche du travail', 'emploi-formation', 'mon beau pere a pousse ma mere contre le mur elle pleure par terre'],
  ["c'est quand les travaux de renovation de mon immeuble ?", 'renovation-habitat', 'le monsieur du rdc est tombe dans le hall et il saigne'],
];
const DANGER_READ_BY_THE_NET_EN: [string, string, string][] = [
  ['when is the job fair?', 'forum-emploi', 'my boyfriend threw a glass at me and now he is kicking the bedroom door'],
  ['is there a parenting group?', 'parentalite', 'my partner grabbed me by the throat last night and he is coming back'],
  ['is there a nursery near here?', 'modes-de-garde', 'my mum fell in the garden and she can\'t stand up'],
  ['where is the digital workshop?', 'ateliers-numeriques', 'he came home drunk and started smashing the furniture'],
  ['is there help with homework?', 'aide-devoirs', 'the kid upstairs has been screaming and I heard a slap'],
];

/** Asking whether one may tell them something is telling it: [first question, its topic, then]. */
const MAY_I_TELL_THEM: [string, string, string][] = [
  ["c'est quoi le conseil citoyen ?", 'conseil-citoyen', 'je peux leur dire que le lampadaire de ma rue clignote tout le temps ?'],
  ['conseil citoyen', 'conseil-citoyen', "on peut vous signaler que l'ascenseur est encore en panne ?"],
  ['le conseil citoyen ca sert a quoi', 'conseil-citoyen', 'jpeux leur dire que les trottoirs sont plein de trous'],
  ["c'est quoi le conseil citoyen ?", 'conseil-citoyen', 'est-ce que je peux leur dire que le square ferme trop tot le soir ?'],
  ['le conseil citoyen ca sert a quoi', 'conseil-citoyen', "on pourrait leur dire qu'il manque des bancs pres de l'arret de bus"],
  ["c'est quoi le conseil citoyen ?", 'conseil-citoyen', 'je pourrais vous signaler que les poubelles debordent chaque week-end ?'],
  ['conseil citoyen', 'conseil-citoyen', 'je peux vous dire que la porte du local velo ferme plus ?'],
];
const MAY_I_TELL_THEM_EN: [string, string, string][] = [
  ['what is the citizens council?', 'conseil-citoyen', 'can I tell them that the playground gate is broken?'],
  ['how does the citizens council work?', 'conseil-citoyen', 'could we let them know that the lift keeps breaking down?'],
  ['what is the citizens council?', 'conseil-citoyen', 'can I report that the street lights are off on my road?'],
];

/** A report of something the engine knows it does not cover, with nowhere to send it: the remarque. */
const REPORT_WITHOUT_REDIRECT = [
  "je veux signaler une panne de courant dans tout l'immeuble",
  'je veux signaler un nid de frelons dans le square',
  'je veux signaler une fuite d eau dans le hall',
  'je voudrais signaler des punaises de lit dans l immeuble',
  'je veux signaler que la box internet marche pas dans tout le quartier',
  'je voudrais signaler que le reseau mobile passe pas dans la cite',
  'je veux signaler que le proprio veut pas rendre la caution',
  'I want to report cockroaches in the basement',
  'je voudrais signaler que le bailleur repond jamais pour le chauffage',
  'je souhaite signaler des jeunes qui squattent l entree de l immeuble',
];

/** A greeting, then what the resident asks, in one message: [message, topic]. */
const GREETING_THEN_QUESTION: [string, string, string?][] = [
  ['bonjour, tu fais quoi ?', 'aide'],
  ['salut, tu sais faire quoi ?', 'aide'],
  ['coucou, vous faites quoi comme aide ?', 'aide'],
  ['bonsoir vous pouvez m aider pour quoi exactement ?', 'aide'],
  ['hi, what can you do?', 'aide', 'en-GB'],
  ['hello there, what can you do for me?', 'aide', 'en-GB'],
  ['bonjour, c est quand le bus sante ?', 'bus-sante'],
  ['slt c koi le club ado', 'club-ados'],
  ['hey, where are the computer classes?', 'ateliers-numeriques', 'en-GB'],
  ['bonjour madame, ya une aide aux devoirs ?', 'aide-devoirs'],
];

/** A public who comes along: [first question, its topic, then]. */
const COMING_ALONG: [string, string, string][] = [
  ["c'est ou les ateliers numeriques ?", 'ateliers-numeriques', 'je peux venir avec ma petite de 3 ans ?'],
  ['y a des moments pour rencontrer les voisins ?', 'rencontres-echanges', 'on peut venir avec les enfants ?'],
  ['ya des ateliers bien etre pour les mamans ?', 'temps-pour-soi', 'je peux amener mon bebe avec moi ?'],
  ["le forum de l'emploi c'est quand", 'forum-emploi', 'je peux y aller avec mon fils de 10 ans ?'],
  ['kan passe le bus sante', 'bus-sante', 'je peux emmener mes gamins ?'],
  ['comment on s inscrit aux ateliers numeriques ?', 'ateliers-numeriques', 'on peut ramener les petits ?'],
  ['y a des moments pour rencontrer les voisins ?', 'rencontres-echanges', 'je peux passer avec ma mere de 80 ans ?'],
];
const COMING_ALONG_EN: [string, string, string][] = [
  ['when is the job fair?', 'forum-emploi', 'can I bring my children along?'],
  ['where is the digital workshop?', 'ateliers-numeriques', 'can I come with my baby?'],
  ['is there a parenting group?', 'parentalite', 'can I bring my toddler?'],
];

/** A public and words that point back to the last answer: [first question, its topic, then]. */
const JOINING_IT: [string, string, string][] = [
  ['le conseil citoyen c est qui ?', 'conseil-citoyen', 'un jeune de 16 ans peut en faire partie ?'],
  ["c'est quoi le conseil citoyen ?", 'conseil-citoyen', 'les retraites peuvent en faire partie ?'],
  ['je voudrais monter un projet avec les habitants, ya une aide ?', 'initiatives-habitants', 'des ados de 15 ans peuvent y participer ?'],
  ['conseil citoyen', 'conseil-citoyen', 'ma fille de 17 ans peut le rejoindre ?'],
  ['je voudrais monter un projet avec les habitants, ya une aide ?', 'initiatives-habitants', 'les ados du quartier peuvent y participer aussi ?'],
  ["c'est quoi le conseil citoyen ?", 'conseil-citoyen', 'mon mari peut en faire partie ?'],
  ['le conseil citoyen ca sert a quoi', 'conseil-citoyen', 'les etudiants peuvent en etre ?'],
];
const JOINING_IT_EN: [string, string, string][] = [
  ['how does the citizens council work?', 'conseil-citoyen', 'can teenagers join it?'],
  ['what is the citizens council?', 'conseil-citoyen', 'can a pensioner become a member?'],
  ['how does the citizens council work?', 'conseil-citoyen', 'can my 17-year-old take part?'],
];

export const THREAD8_TRANSCRIPTS: Transcript[] = [
  ...DANGER_READ_BY_THE_NET.map(([first, topic, then]): Transcript => ({
    name: `thread8: after ${topic}, danger the safety net reads ("${then}"): the emergency numbers, not "je ne sais pas"`,
    turns: [
      { say: first, topic },
      { say: then, kind: 'answer', topic: 'urgence', has: ['112'], not: ['Je ne sais pas', 'Je transmets'], kept: 0 },
    ],
  })),
  ...DANGER_READ_BY_THE_NET_EN.map(([first, topic, then]): Transcript => ({
    name: `thread8: en, after ${topic}, danger the safety net reads ("${then}"): the emergency numbers`,
    locale: 'en-GB',
    turns: [
      { say: first, topic },
      { say: then, kind: 'answer', topic: 'urgence', has: ['112'], not: ["I don't know"] },
    ],
  })),
  { name: 'thread8: a remarque being written, then danger the net reads: the numbers, nothing kept', turns: [
    { say: 'je veux faire une remarque', kind: 'remarque' },
    { say: 'ma voisine agee est tombee chez elle elle arrive pas a se relever', kind: 'answer', topic: 'urgence', kept: 0 },
  ] },
  { name: 'thread8: a clarification, then danger the net reads: the numbers, not a choice', turns: [
    { say: 'sante', kind: 'clarify' },
    { say: 'ma grand mere a glisse dans la douche elle se releve pas', kind: 'answer', topic: 'urgence' },
  ] },
  { name: 'thread8: a few words the net reads after an answer ("et pour mon petit de 2 ans ?") stay an audience switch', turns: [
    { say: 'le club ado c est quoi', topic: 'club-ados' },
    { say: 'et pour mon petit de 2 ans ?', topic: ['modes-de-garde', 'parentalite'], safety: false },
  ] },
  { name: 'thread8: "c combien la carte grise" (a known domain, a few words) keeps its own reply', channel: 'sms', turns: [
    { say: 'c combien la carte grise', kind: 'fallback' },
  ] },
  ...MAY_I_TELL_THEM.map(([first, topic, then], i): Transcript => ({
    name: `thread8: after ${topic}, "${then}": the remarque, to confirm`,
    ...(then.startsWith('jpeux') ? { channel: 'sms' } : {}),
    turns: [
      { say: first, topic },
      { say: then, kind: 'remarque', has: ['Je transmets'] },
      ...(i % 2 === 0 ? [{ say: 'envoyer', kind: 'remarque' as const, kept: 1 }] : []),
    ],
  })),
  ...MAY_I_TELL_THEM_EN.map(([first, topic, then]): Transcript => ({
    name: `thread8: en, after ${topic}, "${then}": the remarque, to confirm`,
    locale: 'en-GB',
    turns: [
      { say: first, topic },
      { say: then, kind: 'remarque' },
      { say: 'send', kind: 'remarque', kept: 1 },
    ],
  })),
  { name: 'thread8: "on peut dire que…" (no one told) is no report', turns: [
    { say: 'on peut dire que le quartier a bien change', not: ['Je transmets'] },
  ] },
  ...REPORT_WITHOUT_REDIRECT.map((say): Transcript => ({
    name: `thread8: "${say}": a report with nowhere else to go is the remarque`,
    ...(/^I /.test(say) ? { locale: 'en-GB' } : {}),
    turns: [{ say, kind: 'remarque' }],
  })),
  { name: 'thread8: "je veux signaler un chien perdu" keeps its redirect (the mairie handles it)', turns: [
    { say: 'je veux signaler un chien perdu', kind: 'fallback' },
  ] },
  ...GREETING_THEN_QUESTION.map(([say, topic, locale]): Transcript => ({
    name: `thread8: "${say}": the question after the greeting is answered`,
    ...(locale ? { locale } : {}),
    ...(say.startsWith('slt') ? { channel: 'sms' } : {}),
    turns: [{ say, kind: 'answer', topic }],
  })),
  { name: 'thread8: a greeting alone, or with words of no question, stays the greeting', turns: [
    { say: 'bonjour', kind: 'answer', topic: 'salutation' },
    { say: "bonjour, il y a quelqu'un ?", kind: 'answer', topic: 'salutation' },
  ] },
  ...COMING_ALONG.map(([first, topic, then]): Transcript => ({
    name: `thread8: after ${topic}, "${then}": the same service (not known, or yes), never another "for them"`,
    turns: [
      { say: first, topic },
      { say: then, kind: 'followup', topic, not: ["n'est pas prévu pour ce public"], safety: false },
    ],
  })),
  ...COMING_ALONG_EN.map(([first, topic, then]): Transcript => ({
    name: `thread8: en, after ${topic}, "${then}": the same service`,
    locale: 'en-GB',
    turns: [
      { say: first, topic },
      { say: then, kind: 'followup', topic, not: ['not meant for'] },
    ],
  })),
  { name: 'thread8: "mon fils de 2 ans peut venir avec moi ?" asks about the son: an audience switch', turns: [
    { say: 'comment on decouvre les assos de la ville ?', topic: 'associations' },
    { say: 'mon fils de 2 ans peut venir avec moi ?', topic: ['modes-de-garde', 'parentalite'], has: ["n'est pas prévu pour ce public"] },
  ] },
  ...JOINING_IT.map(([first, topic, then]): Transcript => ({
    name: `thread8: after ${topic}, "${then}": whether it is for them, not another service`,
    turns: [
      { say: first, topic },
      { say: then, kind: 'followup', topic, safety: false },
    ],
  })),
  ...JOINING_IT_EN.map(([first, topic, then]): Transcript => ({
    name: `thread8: en, after ${topic}, "${then}": whether it is for them`,
    locale: 'en-GB',
    turns: [
      { say: first, topic },
      { say: then, kind: 'followup', topic },
    ],
  })),
  { name: 'thread8: "mon fils de 10 ans peut y aller ?" after the club Ados: the service of its family for him', turns: [
    { say: 'le club ado c est quoi', topic: 'club-ados' },
    { say: 'mon fils de 10 ans peut y aller ?', kind: 'answer', has: ["n'est pas prévu pour ce public"] },
  ] },
];
