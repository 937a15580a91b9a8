/**
 * Keeping the thread, tenth pass (issue 11 point 1, 7–8 December, night): families the control conversations
 * (conversations-blind20/21 and older) still lost, in our own words (French, English, SMS) — never the sets' lines.
 * Written before any tuning; in each family every fourth case (ASIDE) was set aside, untouched until the end, and is
 * reported apart (tests/conversation/thread10.test.ts plays both; transcripts.ts plays the worked ones with the rest).
 */
import type { Transcript } from './transcripts.js';

/** First questions the engine answers surely: [question, topic]. */
const FIRST = {
  transports: ['comment je vais a bethune en bus depuis le quartier ?', 'transports'],
  sport: ['ya quoi comme associations sportives ?', 'associations'],
  place: ["on peut donner notre avis sur l amenagement de la place ?", 'espace-public'],
  ecrans: ['mon fils passe ses nuits sur les jeux video', 'addictions-sante-mentale'],
  aines: ['ma grand mere est toute seule, ya des rencontres pour les aines ?', 'intergenerationnel'],
  projet: ['avec des voisins on voudrait monter un projet pour le quartier', 'initiatives-habitants'],
  cuisine: ['ya des ateliers pour apprendre a cuisiner sain ?', 'sante-alimentation'],
  pole: ['c quoi le pole culturel', 'pole-culturel'],
  ados: ['c quoi le club ados', 'club-ados'],
  bus: ['le bus sante c quoi', 'bus-sante'],
  devoirs: ['ya une aide aux devoirs ?', 'aide-devoirs'],
  parents: ['ya des ateliers pour les parents ?', 'parentalite'],
  emploi: ['je cherche du travail', 'emploi-formation'],
  energie: ['comment baisser ma facture d electricite', 'eco-gestes'],
  conseil: ['c quoi le conseil citoyen', 'conseil-citoyen'],
  garde: ['nounou pour mon bebe', 'modes-de-garde'],
} as const;
const FIRST_EN = {
  ados: ['is there a youth club?', 'club-ados'],
  transports: ['how do I get to Bethune by bus?', 'transports'],
  projet: ['we want to start a project with the neighbours', 'initiatives-habitants'],
  aines: ['my mum is lonely, is there anything for elderly people?', 'intergenerationnel'],
  parents: ['is there a parenting group?', 'parentalite'],
} as const;
type First = readonly [string, string];
/** [first, then, locale?]; `aside` marks the cases set aside. */
type Case = { first: First; then: string; locale?: string; aside?: true };

/**
 * A complete question about something the assistant does not cover (another town's club, the price of fuel or of a
 * ball in a shop, a train's delay, the weather), asked right after an answer on a neighbouring subject and with a
 * follow-up's word in it ("combien", "qui", "quand"): a new question, honestly not known — never a detail of the last
 * answer ("Je n'ai pas cette information" about the bus).
 */
const NEW_OUT_OF_SCOPE: Case[] = [
  { first: FIRST.sport, then: 'il y a un club de judo a lens qui prend les debutants ?' },
  { first: FIRST.transports, then: 'et le gazole il coute combien a la station du carrefour ?' },
  { first: FIRST.place, then: 'un ballon de foot ca coute combien chez intersport ?' },
  { first: FIRST.ecrans, then: 'il va pleuvoir dimanche ou pas ?', aside: true },
  { first: FIRST.emploi, then: 'le train de 7h pour lille il a du retard ?' },
  { first: FIRST.aines, then: 'quel temps il fera demain pour sortir mamie ?' },
  { first: FIRST.pole, then: 'et au cinema de lens ils passent quoi ce soir ?' },
  { first: FIRST.transports, then: 'le tgv pour paris part a quelle heure ?', aside: true },
  { first: FIRST.sport, then: 'une raquette de tennis pas chere ca vaut combien chez decathlon ?' },
  { first: FIRST_EN.transports, then: 'what time does the last train to Paris leave tonight?', locale: 'en-GB' },
  { first: FIRST_EN.ados, then: 'how much is a football at decathlon?', locale: 'en-GB' },
  { first: FIRST.bus, then: 'la pharmacie de garde a bruay c est laquelle ?', aside: true },
];

/**
 * An age said in numbers one year off the publics our families give a service ("11 ans" for the club Ados, made for
 * 12–17 in our own reckoning; "17 ans" for the health bus for women from 18): the service's own ages are not written —
 * never "not for this public", the service stays, and who can tell.
 */
const AGE_AT_THE_EDGE: Case[] = [
  { first: FIRST.ados, then: 'ma fille a 11 ans elle peut venir ?' },
  { first: FIRST.ados, then: 'mon fils de 11 ans peut s inscrire ?' },
  { first: FIRST.ados, then: 'et a 11 ans c est possible ?' },
  { first: FIRST.ados, then: 'slt mon ptit a 11 an il peu y aller ?', aside: true },
  { first: FIRST_EN.ados, then: 'my son is 11, can he go?', locale: 'en-GB' },
  { first: FIRST.bus, then: 'ma fille de 17 ans peut y aller ?' },
  { first: FIRST.devoirs, then: 'mon fils a 18 ans il peut en profiter ?', aside: true },
  { first: FIRST.garde, then: 'et pour ma fille de 6 ans ?' },
];

/** …while an age well outside them still gets the service made for them (unchanged). */
const AGE_WELL_OUTSIDE: Case[] = [
  { first: FIRST.ados, then: 'mon fils de 8 ans peut y aller ?' },
  { first: FIRST.bus, then: 'ma fille de 14 ans peut y aller ?' },
];

/**
 * Money for a residents' project, in everyday words ("une aide", "de l'argent", "des sous", "un budget", "funding"):
 * the funding of that project — the last answer's service — never the assistant's own help, nor the city contract's
 * budget, nor "I don't know".
 */
const PROJECT_FUNDING: Case[] = [
  { first: FIRST.projet, then: 'on peut avoir une aide ?' },
  { first: FIRST.projet, then: 'faut de l argent pour commencer ?' },
  { first: FIRST.projet, then: 'ya des subventions ?' },
  { first: FIRST.projet, then: 'la mairie peut nous donner des sous ?', aside: true },
  { first: FIRST.projet, then: 'on peut avoir des aides pour le materiel ?' },
  { first: FIRST.projet, then: 'y a un budget pour ca ?' },
  { first: FIRST.projet, then: 'ca se finance comment ?', aside: true },
  { first: FIRST_EN.projet, then: 'can we get any money for it?', locale: 'en-GB' },
  { first: FIRST_EN.projet, then: 'is there any funding?', locale: 'en-GB' },
];

/** Thanks in other words ("merci quand même", "c'est gentil", "that's really kind"): thanks — never a "when", nor "I don't know". */
const THANKS: Case[] = [
  { first: FIRST.cuisine, then: 'ok tant pis, merci quand meme' },
  { first: FIRST.bus, then: 'merci qd meme' },
  { first: FIRST.energie, then: 'bon ben merci quand même hein', aside: true },
  { first: FIRST.conseil, then: 'super c est gentil merci' },
  { first: FIRST_EN.aines, then: "Great, that's really kind of you", locale: 'en-GB' },
  { first: FIRST_EN.parents, then: 'that is very kind, thank you', locale: 'en-GB' },
  { first: FIRST_EN.transports, then: 'lovely, cheers for that', locale: 'en-GB', aside: true },
];

/**
 * Who runs it in other words ("c'est animé par qui ?", "qui fait les cours ?"): the contacts of the last answer's service
 * — never another service the verb finds (the parents' games, the agenda).
 */
const WHO_RUNS_IT: Case[] = [
  { first: FIRST.cuisine, then: "c'est anime par qui ?" },
  { first: FIRST.cuisine, then: 'qui fait les ateliers ?' },
  { first: FIRST.pole, then: "c est encadre par qui ?", aside: true },
  { first: FIRST.devoirs, then: 'qui s occupe des enfants la bas ?' },
  { first: FIRST.ados, then: 'c est qui les animateurs ?' },
  { first: FIRST_EN.parents, then: 'who leads the sessions?', locale: 'en-GB' },
];

/**
 * "Et pour mon grand de 15 ans ?" after a service no family lists for a public (the parents' support, the screens):
 * what is made for them (the club Ados for a teenager) — not the last answer's contacts.
 */
const FOR_THEM_AFTER_AN_UNLISTED_SERVICE: Case[] = [
  { first: FIRST.parents, then: 'et pour mon grand de 15 ans qui s ennuie ?' },
  { first: FIRST.parents, then: 'et pour ma fille de 14 ans ya quoi ?' },
  { first: FIRST.ecrans, then: 'et pour mon ado de 13 ans ya une activite ?', aside: true },
  { first: FIRST_EN.parents, then: 'what about my 15 year old?', locale: 'en-GB' },
];

const named = (family: string, c: Case): string => `thread10${c.aside ? ' aside' : ''}: ${family} after ${c.first[1]} ("${c.then}")`;
const base = (c: Case) => (c.locale ? { locale: c.locale } : {});

const transcripts = (): Transcript[] => [
  ...NEW_OUT_OF_SCOPE.map((c): Transcript => ({
    name: named('a new out-of-scope question', c), ...base(c),
    turns: [
      { say: c.first[0], topic: c.first[1] },
      { say: c.then, kind: 'fallback', not: ["Je n'ai pas cette information", "I don't have this information"] },
    ],
  })),
  ...AGE_AT_THE_EDGE.map((c): Transcript => ({
    name: named('an age one year off its publics', c), ...base(c),
    turns: [
      { say: c.first[0], topic: c.first[1] },
      { say: c.then, kind: 'followup', topic: c.first[1], not: ["n'est pas prévu pour ce public", 'not meant for'], safety: false },
    ],
  })),
  ...AGE_WELL_OUTSIDE.map((c): Transcript => ({
    name: named('an age well outside its publics', c), ...base(c),
    turns: [
      { say: c.first[0], topic: c.first[1] },
      { say: c.then, has: ["n'est pas prévu pour ce public"], safety: false },
    ],
  })),
  ...PROJECT_FUNDING.map((c): Transcript => ({
    name: named('money for the project', c), ...base(c),
    turns: [
      { say: c.first[0], topic: c.first[1] },
      { say: c.then, topic: c.first[1], safety: false, not: ['Je ne sais pas', "I don't know", "l'assistant automatique", 'automatic assistant'] },
    ],
  })),
  ...THANKS.map((c): Transcript => ({
    name: named('thanks in other words', c), ...base(c),
    turns: [
      { say: c.first[0], topic: c.first[1] },
      { say: c.then, topic: ['salutation', c.first[1]], not: ['Aucune date', 'No date', 'Je ne sais pas', "I don't know"] },
    ],
  })),
  ...WHO_RUNS_IT.map((c): Transcript => ({
    name: named('who runs it', c), ...base(c),
    turns: [
      { say: c.first[0], topic: c.first[1] },
      { say: c.then, kind: 'followup', topic: c.first[1], safety: false },
    ],
  })),
  ...FOR_THEM_AFTER_AN_UNLISTED_SERVICE.map((c): Transcript => ({
    name: named('a teenager after a service for everyone', c), ...base(c),
    turns: [
      { say: c.first[0], topic: c.first[1] },
      { say: c.then, topic: ['club-ados', 'associations'], safety: false },
    ],
  })),
];

/**
 * The cases the core still answers otherwise (the last message of each): played as known misses (thread10.test.ts),
 * kept out of TRANSCRIPTS — a brand's shop or a thing's price is no domain the engine knows, nor "that's really kind
 * of you" a thanks it knows.
 */
export const STILL_MISSED: readonly string[] = [
  'un ballon de foot ca coute combien chez intersport ?',
  'how much is a football at decathlon?',
  'what about my 15 year old?',
];
const missed = (t: Transcript) => STILL_MISSED.includes(t.turns[t.turns.length - 1]?.say ?? '');

const ALL = transcripts();
/** The worked cases. */
export const THREAD10_WORKED: Transcript[] = ALL.filter((t) => !t.name.startsWith('thread10 aside'));
/** The cases set aside before tuning: measured before → after, never tuned on. */
export const THREAD10_ASIDE: Transcript[] = ALL.filter((t) => t.name.startsWith('thread10 aside'));
/** Every case the core now answers as it should (played with the rest of TRANSCRIPTS). */
export const THREAD10_TRANSCRIPTS: Transcript[] = ALL.filter((t) => !missed(t));
/** The known misses. */
export const THREAD10_MISSED: Transcript[] = ALL.filter(missed);
