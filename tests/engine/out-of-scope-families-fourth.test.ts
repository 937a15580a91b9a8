/**
 * Issue 13 item 2, fourth pass: families of out-of-scope questions still answered or half-redirected — identity papers
 * asked about themselves (valid for a trip? renewed where? the photo, the tax stamp, the fingerprints), graves and the
 * town lending equipment, commercial hair and beauty salons (the quarter's beauty workshops stay temps-pour-soi),
 * another town's mairie, the clocks changing; and two word senses ("la tombe" is not a fall, "le bus dessert la gare"
 * is not a dessert). Wordings of our own, never evaluation lines.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/cli/ask.js';
import { realCore, redirectedTo, declined } from '../helpers/core.js';

const core = realCore();

describe('identity papers asked about themselves: the civil-records redirect (ANTS, then an equipped mairie)', () => {
  it.each([
    "ma carte d'identité n'est plus valide depuis mars, je peux aller au portugal avec",
    'il faut combien de temps pour refaire un passeport avant l\'été',
    'nos passeports ont expiré, on part en turquie en août',
    "j'ai fait la pré-demande, maintenant je prends rendez-vous où pour la carte d'identité",
    "ma carte d'identité a été volée dans mon sac, il faut la refaire",
    "les photos d'identité pour le passeport de bébé, il faut quoi",
    'le passeport de ma fille de 6 ans, elle doit venir au rendez-vous ?',
    "refaire ma carte d'identité parce que j'ai changé d'adresse",
    "ma cni expire dans un mois et je prends l'avion en juillet",
    'où acheter un timbre fiscal pour un passeport',
    "renouveler ma carte d'identité avant de partir en vacances à l'étranger",
    'is my expired french id card valid for travel',
  ])('"%s"', redirectedTo('etat-civil-papiers'));

  it.each([
    ['ma carte vitale est périmée, comment en avoir une nouvelle', 'demarches-administratives'],
    ['mon attestation de droits est expirée, la pharmacie la refuse', 'demarches-administratives'],
    ["qui peut m'aider à remplir la pré-demande de carte d'identité sur internet", 'demarches-administratives'],
    ['aide pour renouveler mon titre de séjour', 'demarches-administratives'],
  ])('help with the paperwork stays démarches: "%s" → %s', (question, topic) => {
    const decision = core.engine.decide(question);
    expect(decision.kind === 'answer' && decision.topic).toBe(topic);
  });
});

describe('graves and the town lending equipment: the cemetery-and-halls redirect', () => {
  it.each([
    'la tombe de mon grand-père est abîmée, qui doit la réparer',
    'combien coûte une concession pour trente ans',
    'peut-on mettre une plaque sur la tombe sans autorisation',
    "l'urne de ma mère, on peut la mettre au columbarium de labourse ?",
    'les horaires d\'hiver du cimetière de beuvry',
    'déposer des chrysanthèmes sur la sépulture pour la toussaint',
    'la mairie prête des chaises pour un mariage à la maison ?',
    'louer un barnum à la commune pour la communion',
    "emprunter une tonnelle pour la fête de l'école",
    'renouveler la concession de la tombe familiale',
    "my grandmother's grave needs cleaning, who looks after the cemetery",
  ])('"%s"', redirectedTo('cimetiere-salles'));

  it.each([
    ['la chaudiere tombe en panne tous les hivers et le bailleur bricole, est ce que tout va etre change ?', 'renovation-habitat'],
    ['ma voisine est tombée dans sa cuisine, elle ne se relève pas', 'urgence'],
  ])('a fall is not a grave: "%s" → %s', (question, topic) => {
    const decision = core.engine.decide(question);
    expect(decision.kind === 'answer' && decision.topic).toBe(topic);
  });
});

describe('commercial hair and beauty salons: an honest "I don\'t know" (a private service, no redirect)', () => {
  it.each([
    'un barbier qui fait les dégradés à labourse',
    'la coiffeuse fait les mèches le samedi ?',
    "un brushing pour un mariage, c'est combien",
    'une onglerie pas trop chère à beuvry',
    'se faire épiler les sourcils, un institut ?',
    'refaire mes ongles en gel avant les vacances',
    "un tatoueur qui fait les prénoms d'enfants",
    'des tresses pour ma fille avant la rentrée, qui en fait',
    'un défrisage dans un salon pas loin',
    'where can i get a beard trim',
    'un piercing au nez, ça se fait où',
    'où faire des extensions de cils à béthune',
  ])('"%s"', (question) => {
    declined(question);
    const decision = core.engine.decide(question);
    // Not a municipal service: no redirect, and never another domain's (lashes are not building work).
    expect(decision.kind === 'fallback' && decision.redirect).toBeFalsy();
  });

  it.each([
    ["des ateliers beauté pour prendre soin de soi, c'est quand", 'temps-pour-soi'],
    ['un atelier coiffure et maquillage pour les mamans du quartier', 'temps-pour-soi'],
    ['coiffeur pas cher ?', 'temps-pour-soi'],
    ["le salon de l'emploi c'est quel jour", 'forum-emploi'],
  ])('the quarter\'s own beauty workshops and the job fair keep their topic: "%s" → %s', (question, topic) => {
    const decision = core.engine.decide(question);
    expect(decision.kind === 'answer' && decision.topic).toBe(topic);
  });
});

describe("another town's mairie: not the quarter's mairies, sent to the official directory", () => {
  it.each([
    'la mairie de bruay est ouverte le mercredi après-midi ?',
    'quel est le téléphone de la mairie de liévin',
    "l'accueil de la mairie de calais ferme à quelle heure",
    'la mairie de lille ferme à quelle heure le vendredi',
    "l'hôtel de ville d'arras est ouvert entre midi et deux ?",
    'comment joindre la mairie de douai',
    "l'hôtel de ville de béthune ferme à midi ?",
    "l'hôtel de ville de lens ouvre à quelle heure le samedi",
  ])('"%s"', (question) => {
    declined(question);
    const reply = ask(core, question, 'fr');
    expect(reply.text).toMatch(/^Je ne peux pas répondre à une question sur la mairie d'une autre commune/);
    expect(reply.text).toMatch(/🌐 L'Annuaire de l'administration/);
  });

  it.each(['la mairie de beuvry ouvre le samedi ?', 'comment contacter la mairie de labourse'])('the quarter\'s own mairies stay contact-mairie: "%s"', (question) => {
    const decision = core.engine.decide(question);
    expect(decision.kind === 'answer' && decision.topic).toBe('contact-mairie');
  });
});

describe('general knowledge: the clocks changing, departments', () => {
  it.each([
    "on recule l'heure quand en octobre",
    "le passage à l'heure d'été c'est ce dimanche ?",
    "on change d'heure cette nuit ?",
    'il faut avancer l\'heure ce week-end ou le suivant',
    'combien de départements dans les hauts-de-france',
    'le pas-de-calais c\'est quel numéro de département',
  ])('"%s"', (question) => {
    declined(question);
    const decision = core.engine.decide(question);
    expect(decision.kind === 'fallback' && decision.redirect).toBeFalsy();
  });
});

describe('"desservir" is a bus serving a place, not a dessert', () => {
  it.each([
    'quel bus dessert le collège depuis la cité',
    "la ligne qui dessert l'hôpital de béthune passe où",
    'quel bus dessert la gare de béthune',
    'le quartier est mal desservi par les bus',
    'les bus qui desservent la zone commerciale',
  ])('"%s" → transports', (question) => {
    const decision = core.engine.decide(question);
    expect(decision.kind === 'answer' && decision.topic).toBe('transports');
  });

  it.each(['le dessert du repas de noël, une idée ?', 'un dessert facile sans four'])('a dessert stays a recipe: "%s"', (question) => {
    const decision = core.engine.decide(question);
    expect(decision.kind === 'fallback' && decision.outOfScope).toBe('gastronomie');
  });
});
