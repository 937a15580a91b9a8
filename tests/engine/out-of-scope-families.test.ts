/**
 * Issue 13 item 2, third pass: out-of-scope questions residents ask beyond the first families (shops and their
 * hours, who pays a repair between tenant and landlord, health care outside the quarter's health bus, school life),
 * and the reverse problem: a word of the quarter's topics, alone, claimed by an out-of-scope compound ("famille" of
 * "livret de famille", "loisirs" of "centre de loisirs", "vacances" of "tranquillité vacances"). Wordings of our own,
 * never evaluation lines.
 */
import { describe, expect, it } from 'vitest';
import { realCore, declined } from '../helpers/core.js';

const core = realCore();

describe('out-of-scope families: an honest "I don\'t know" even when a topic word appears', () => {
  it.each([
    'le lidl de beuvry ferme à quelle heure le samedi',
    'y a-t-il une boulangerie ouverte le lundi dans le quartier',
    'quel magasin vend des fournitures de bricolage pas loin',
    'le boucher de la place est fermé en août ?',
    'un pressing pour nettoyer ma couette',
    'ou faire refaire mes talons de chaussures, un cordonnier',
    'un opticien pas cher vers béthune',
    'la supérette du coin livre à domicile ?',
    'is there a supermarket open late tonight',
    'where is the nearest bakery',
    'le carrefour market est ouvert le 14 juillet ?',
    "un fleuriste pour un bouquet d'anniversaire",
  ])('shops and their opening hours: "%s"', declined);

  it.each([
    "ma chaudière est tombée en panne, c'est à moi ou au proprio de la faire réparer",
    'le robinet de la cuisine fuit, le propriétaire doit payer le plombier ?',
    'qui paie le ramonage de la cheminée, le locataire ou le propriétaire',
    "le ballon d'eau chaude est mort, c'est une réparation locative ?",
    'mon proprio refuse de changer la chaudière qui marche plus',
    "les joints de la salle de bain c'est à la charge du locataire ?",
    'the boiler broke down, does my landlord have to fix it',
    "l'entretien de la chaudière chaque année, c'est moi qui paie ?",
    'le volet roulant est cassé, qui doit le réparer dans une location',
    "la chasse d'eau fuit depuis un mois et le propriétaire fait rien",
  ])('who pays a repair, tenant or landlord: "%s"', declined);

  it.each([
    "un ophtalmo qui a de la place avant l'été",
    "le laboratoire d'analyses ouvre le samedi matin ?",
    "ma mère a besoin d'une infirmière à domicile tous les jours",
    'un ostéopathe pas trop cher dans le coin',
    'je dois passer une radio du genou, ou aller',
    'un kiné qui prend des nouveaux patients',
    "mon fils a besoin d'un orthophoniste, la liste d'attente est longue",
    "récupérer mes résultats d'analyses de sang",
    'where can I get a blood test',
    'une échographie pour ma grossesse, où la faire',
  ])('health care outside the health bus: "%s"', declined);

  it.each([
    "la réunion parents-profs de la 5e c'est quand",
    'mon fils a perdu son carnet de correspondance',
    'la sortie scolaire au zoo, il faut payer combien',
    'le prof de français est absent depuis une semaine, personne le remplace',
    "la photo de classe c'est quel jour",
    "la kermesse de l'école c'est en juin ?",
    'when is the parent-teacher meeting',
    'le voyage scolaire en espagne, on peut payer en plusieurs fois',
    'les résultats du brevet blanc sortent quand',
    'la photo de classe de la maternelle, on la commande comment',
  ])('school life: "%s"', declined);

  it.each([
    "ce soir c'est la pleine lune ?",
    "le premier quartier de la lune c'est quand",
    "le cours de l'or aujourd'hui",
    'mon congélateur fait un bruit bizarre depuis hier',
  ])('moon, gold, appliances: "%s"', declined);

  it.each([
    ['coiffeur pas cher ?', 'temps-pour-soi'],
    ['le conseil de classe propose une seconde pro mais ma fille veut aller en generale', 'aide-devoirs'],
    ['comment lire les etiquettes au supermarche', 'sante-alimentation'],
    ['moi pas voiture, aller supermarche comment ?', 'transports'],
    ['la chaudiere tombe en panne tous les hivers et le bailleur bricole, est ce que tout va etre change ?', 'renovation-habitat'],
    ['mon fils est handicape, est ce quon a droit a des aides ?', 'demarches-administratives'],
    ['les enfants du centre de loisirs pourraient passer un apres midi avec les aines ?', 'intergenerationnel'],
    ['le bus santé fait des prises de sang ?', 'bus-sante'],
    ['c\'est quoi le quartier renaissance', 'quartier-renaissance'],
  ])('in-scope neighbours keep their topic: "%s" → %s', (question, topic) => {
    const decision = core.engine.decide(question);
    expect(decision.kind === 'answer' && decision.topic).toBe(topic);
  });
});

describe("a word of the quarter's topics is not claimed by an out-of-scope compound", () => {
  it.each([
    'famille', 'la famille', 'ma famille', 'école', 'loisirs', 'les loisirs des enfants', 'vacances', 'les vacances',
    'des activités pour les vacances', 'handicap', 'le handicap de mon fils', 'ordinateur', 'vieux', 'agenda', 'médecin',
    'musique', 'emploi',
  ])('"%s" → an answer or a question among topics, not an out-of-scope "I don\'t know"', (message) => {
    const decision = core.engine.decide(message);
    expect(decision.kind, `${message} → ${decision.kind}`).not.toBe('fallback');
  });

  it.each([
    ['piscine', 'piscine'],
    ['passeport', 'etat-civil-papiers'],
    ['déchetterie', 'dechetterie-collecte'],
    ['marché', 'marche-forains'],
    ['météo', 'meteo'],
  ])("a domain's own word keeps it: \"%s\" → %s", (message, domain) => {
    const decision = core.engine.decide(message);
    expect(decision.kind === 'fallback' && decision.outOfScope).toBe(domain);
  });

  it('a weak word alone gets no redirect: "samedi" is not a question about the weekly market', () => {
    const decision = core.engine.decide('samedi');
    expect(decision.kind === 'fallback' && decision.outOfScope).toBeFalsy();
  });
});
