/**
 * Residents' words by concept, fourth series (issue 13, in-scope "je ne sais pas" and questions first; docs/knowledge.md
 * « Mots des habitants par concept, quatrième série »): the agglomeration asked by its acronym alone, where a name was
 * seen (a poster, a flyer), which town the quarter belongs to, a damaged block and rehousing, France Travail's office,
 * a household budget "held" or "done", how the assistant itself works, the other parent keeping the children, getting
 * somewhere without a driving licence. A few general rules in `knowledge/lexicon.yaml` (block « fourth series »).
 * Every wording here is my own (standard, colloquial, SMS, indirect, English), never an evaluation line; the last block
 * checks that the same words keep their meaning elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { answered as answeredBy, declined, realCore } from '../helpers/core.js';

const { engine } = realCore();
const answered = (message: string) => answeredBy(engine, message);

describe("the agglomeration asked by its acronym alone ('la CABBALR c'est qui ?'): the contrat de ville, its partner", () => {
  it.each([
    'la cabbalr c est qui ?',
    'cabbalr c quoi au juste',
    'c est quoi la CABBALR, je vois ce nom partout',
    'qui est la cabbalr et a quoi elle sert',
    'who is the CABBALR exactly?',
    'what is the cabbalr, a company?',
    'la cabbalr fait quoi pour les habitants',
    'cabbalr c est qui eux',
    'c koi la cabbalr dans le contrat',
    'c est qui la cabbalr, on en parle partout',
  ])('%j → contrat-de-ville', (message) => {
    expect(answered(message)).toBe('contrat-de-ville');
  });
});

describe("where the resident saw a name ('vu sur une affiche', 'on a poster'): the story, not the question", () => {
  it.each([
    'le cispa je l ai vu sur une affiche, c est quoi',
    'what is CISPA? it is on a flyer',
    'le cispa sur une affiche chez le medecin, c koi',
    'c est quoi le cispa, vu sur un prospectus',
    'vu cispa sur une affiche a la pharmacie, c est quoi',
    'cispa, vu sur un flyer, c est pour qui',
    'j ai vu le cispa sur une affiche a la mairie, c est ouvert a tous ?',
    'CISPA, on a flyer, is it free?',
    'sur une affiche ils parlent du cispa, c est gratuit ?',
    'c est quoi ce cispa sur une affiche chez le pharmacien',
  ])('%j → bus-sante', (message) => {
    expect(answered(message)).toBe('bus-sante');
  });
});

describe("which town the quarter belongs to ('il dépend de quelle commune', 'c'est Beuvry ou Labourse ?'): its perimeter", () => {
  it.each([
    'notre quartier depend de quelle commune ?',
    'renaissance c est sur beuvry ou labourse',
    'le quartier est a labourse ou beuvry ?',
    'is renaissance in beuvry or labourse?',
    'le quartier est coupe entre deux villes c est ca ?',
    'on est a beuvry ou labourse nous au quartier renaissance',
    'the neighbourhood is shared by two towns?',
    'le quartier est dans quelle commune exactement',
    'pourquoi renaissance est sur beuvry et sur labourse',
    'which town is the renaissance area in?',
  ])('%j → quartier-renaissance', (message) => {
    expect(answered(message)).toBe('quartier-renaissance');
  });
});

describe("a damaged block and rehousing in everyday words ('notre bloc', 'move out during the works'): the renovation", () => {
  it.each([
    'notre bloc tombe en ruine, on sera reloges ?',
    'ils vont nous reloger pendant les travaux du bloc ?',
    'will we have to move out during the works?',
    'le bloc va etre renove quand',
    'les travaux dans notre bloc commencent quand',
    'do we move out during the works on our building?',
    'c est vrai qu ils refont le bloc C l an prochain ?',
    'the block is falling apart, will they rehouse us?',
    'on devra partir du bloc pendant les travaux ?',
    'quand est ce qu ils renovent le bloc ou j habite',
  ])('%j → renovation-habitat', (message) => {
    expect(answered(message)).toBe('renovation-habitat');
  });
});

describe("France Travail's office ('le bureau France Travail le plus près', 'the job centre'): employment", () => {
  it.each([
    'ou est le bureau france travail le plus pres',
    'le bureau de france travail c est ou ?',
    'where is the job centre around here?',
    'il y a un bureau france travail a beuvry ?',
    'bureau france travail horaires ?',
    'I need to go to the job centre, where is it?',
    'le bureau france travail il ouvre quand',
    'c est ou le bureau de france travail pour s inscrire',
    'job centre near labourse?',
    'agence france travail la plus proche du quartier',
  ])('%j → emploi-formation', (message) => {
    expect(answered(message)).toBe('emploi-formation');
  });
});

describe("a household budget held or done ('tenir mon budget', 'faire son budget du mois'): managing one's budget", () => {
  it.each([
    'je sais pas tenir mon budget, ya des ateliers ?',
    'apprendre a faire son budget, c est possible ici ?',
    'le budget du mois je m en sors pas, qui peut m aider',
    'un atelier pour faire mon budget ca existe ?',
    'comment tenir son budget avec un petit salaire',
    'je voudrais de l aide pour faire mon budget chaque mois',
    'tenir mon budget c est dur, qqn pour me conseiller ?',
    'atelier budget du mois c quand',
    'faire son budget avec les factures qui augmentent, ya des conseils ?',
    'le budget du mois c la galere, ya un atelier',
  ])('%j → eco-gestes', (message) => {
    expect(answered(message)).toBe('eco-gestes');
  });
});

describe("how the assistant itself works, called a service, a site or a thing ('comment ça marche ce service ?'): the help", () => {
  it.each([
    'comment ca marche ce service',
    'comment marche ce site ?',
    'ce truc comment ca marche',
    'je dois vous demander quoi ?',
    'je peux vous demander quoi ici',
    'comment fonctionne ce service de la mairie',
    'ce service fonctionne comment ?',
    'comment ce service peut m aider',
    'jcomprends pas comment marche ce truc, je te demande quoi',
    'je peux te demander quoi en fait',
  ])('%j → aide', (message) => {
    expect(answered(message)).toBe('aide');
  });
});

describe("the other parent keeps the children ('mon ex a la garde', 'un week-end sur deux'): separated parents", () => {
  it.each([
    'mon ex a la garde des enfants et mon fils me parle plus quand il vient',
    'mon ex a les enfants la semaine, je sais plus comment etre un bon pere le week end',
    'je vois ma fille un week end sur deux et elle fait des crises, ya de l aide ?',
    'mon ex a la garde, comment garder le lien avec mes enfants',
    'mon ex a les enfants et ils reviennent enerves chez moi, qui peut me conseiller',
    'papa un week end sur deux, je galere avec mon ado',
    'mon ex a la garde principale, je voudrais un soutien pour rester un bon parent',
    'mon ex a les enfants depuis le divorce, comment je fais pour les voir bien',
    'j ai mes enfants un week end sur deux et on se dispute tout le temps',
    'maman un week end sur deux seulement, comment garder le lien avec ma fille',
  ])('%j → parentalite', (message) => {
    expect(answered(message)).toBe('parentalite');
  });
});

describe("getting somewhere without a driving licence ('pas le permis, comment me rendre à…'): getting around", () => {
  it.each([
    'pas de permis et un entretien a lens demain, comment je fais pour y aller',
    'pas le permis et je commence l usine a 5h, une solution ?',
    'sans voiture et pas de permis, comment me rendre a bethune pour bosser',
    'je dois me rendre a un rdv a l hopital de beuvry sans voiture',
    'jai pas mon permis, comment j y vais a mon nouveau boulot',
    'jai pas le permis, pour faire les courses loin c est dur',
    'pas le permis, comment me rendre au forum de l emploi',
    'jai pas le permis et mon stage commence a 7h, comment y aller',
    'I have no driving licence, how do I get to my interview in bethune?',
    'ma femme a pas le permis, comment elle va a son travail le matin',
  ])('%j → transports', (message) => {
    expect(answered(message)).toBe('transports');
  });
});

describe('the same words keep their meaning elsewhere', () => {
  it.each([
    ['la mairie de beuvry ou labourse ouvre quand', 'contact-mairie'],
    ['le bus sante passe a beuvry ou labourse ?', 'bus-sante'],
    ['je dois m inscrire a la creche de beuvry ou labourse', 'modes-de-garde'],
    ['comment ca marche le bus sante', 'bus-sante'],
    ['aide pour passer le permis de conduire', 'transports'],
    ['ils vont demolir notre immeuble, on sera reloges ?', 'renovation-habitat'],
    ['atelier budget labourse', 'eco-gestes'],
    ['jsuis papa en garde alternee et je sais pas comment parler a mon fils', 'parentalite'],
    ['tu sers a quoi toi ?', 'aide'],
  ])('%j → %s', (message, topic) => {
    expect(answered(message)).toBe(topic);
  });
  it.each(['cette chanteuse est nee dans quelle ville ?', 'jai pas le permis, combien coute une auto ecole'])('%j → fallback', (message) => {
    declined(message);
  });
});
