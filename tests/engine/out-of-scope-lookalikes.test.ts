/**
 * Issue 13.2, look-alikes: out-of-scope messages that use a covered service's words in another sense. Each family has
 * ten wordings of our own or more, and in-scope neighbours that keep their topic. Never an evaluation line.
 *  - a bus network's own timetable: a numbered line (normalise.ts reads "ligne 5" as `lignenumero`), the regional
 *    network, the regional train (TER) → tadao-lignenumero; which bus goes to Béthune, being stuck without a car → transports;
 *  - the driving school: the price of a licence, the code, driving lessons → coderoute-prixpermis; the quarter's help
 *    to pass the licence, living without one → transports;
 *  - a sports federation's licence, a youth team category → licencefederale-u11; which clubs exist, a sports
 *    licence in general → associations;
 *  - senses told apart before this pass (a garage's workshop, an internet forum, digital TV, a building permit, police
 *    custody, a co-owners' association, a band's line-up): they stay declined.
 */
import { describe, it } from 'vitest';
import { declined, expectAnswered } from '../helpers/core.js';

describe("a numbered bus line, the regional network or train: not the quarter's transports topic", () => {
  it.each([
    'la ligne 4 passe à quelle heure le matin',
    'horaires ligne 9 direction bruay le samedi',
    'le bus de la ligne 15 a du retard tous les jours',
    "c'est quoi le dernier bus de la ligne 6 le soir",
    "ligne de bus 11 elle s'arrête où à béthune",
    'est ce que la ligne 3 circule pendant les vacances',
    "le tadao du dimanche c'est quels horaires",
    'un ticket tadao coûte combien maintenant',
    "l'abonnement tadao mensuel c'est quel prix",
    'le ter de 8h pour arras est en retard ?',
    'combien pour un billet de ter béthune lille',
    'les horaires du ter le week-end',
    'what time does bus line 8 leave on sunday',
    'la fiche horaire de la ligne 2 on la trouve où',
  ])('"%s"', declined);

  it.each([
    ['ya un bus pour aller à béthune depuis le quartier ?', 'transports'],
    ['on est loin de tout ici, ya des transports ?', 'transports'],
    ['quelle ligne de bus pour aller à la gare de béthune', 'transports'],
    ["comment aller à l'hôpital de beuvry sans voiture", 'transports'],
    ['sans permis ni voiture comment aller au marché', 'transports'],
  ])('in scope: "%s" → %s', expectAnswered);
});

describe("the driving school's prices, the code, driving lessons: not the quarter's help to get around", () => {
  it.each([
    'le permis de conduire coûte combien à béthune',
    'prix du permis b en 2026',
    'combien coûte un permis de conduire en moyenne',
    'le code de la route se passe où',
    'combien de fautes on a droit au code de la route',
    'le tarif des heures de conduite',
    "je veux passer le code cette année, c'est combien",
    'des leçons de conduite le samedi possible ?',
    'le permis moins cher en conduite accompagnée',
    'how much is a driving licence in france',
    'passer le permis pas cher à béthune',
  ])('"%s"', declined);

  it.each([
    ['aide pour passer le permis de conduire', 'transports'],
    ['sans permis ni voiture comment aller au marché', 'transports'],
    ['une aide financière pour le permis quand on cherche du travail ?', 'emploi-formation'],
    ["jai pas le permis et pas de bus, comment j'y vais", 'transports'],
    ["j'ai rendu mon permis à 82 ans, comment faire mes courses", 'transports'],
  ])('in scope: "%s" → %s', expectAnswered);
});

describe("a sports federation's licence or a youth team category: not the commune's associations", () => {
  it.each([
    "la licence de foot c'est combien pour un enfant de 8 ans",
    'licence de basket pour un adulte le prix',
    "la licence au club de judo comprend l'assurance ?",
    "ma fille joue en u11, les matchs c'est le samedi ?",
    'licence de handball saison prochaine combien',
    'la licence de tennis pour un ado',
    'combien coûte la licence de boxe',
    'licence de natation c\'est obligatoire pour nager au club ?',
    'mon fils passe en u15, il faut refaire la licence ?',
    'la licence de danse coûte combien chez eux',
    'licence de rugby pour un enfant de 10 ans',
    "licence de gym pour ma fille c'est combien",
  ])('"%s"', declined);

  it.each([
    ['ya des clubs de sport pour les enfants à labourse ?', 'associations'],
    ['quelles associations sportives dans la commune', 'associations'],
    ['je cherche un club pour faire du sport le soir', 'associations'],
    ['une asso de randonnée pour adultes ?', 'associations'],
    ['mon fils veut faire du foot, ya un club dans le coin ?', 'associations'],
    ['licence de sport combien ça coûte pour un adulte ?', 'associations'],
  ])('in scope: "%s" → %s', expectAnswered);
});

describe('senses told apart before: they stay declined', () => {
  it.each([
    "mon garagiste a son atelier fermé le lundi, y en a un autre ouvert ?",
    "l'atelier de carrosserie me demande 800 euros pour une aile",
    'sur un forum internet ils disent que le gaz va augmenter',
    'le forum de discussion de ma console est bloqué',
    'ma télé capte plus la TNT depuis hier',
    'comment régler les chaînes de la télévision numérique terrestre',
    'permis de construire refusé pour mon garage, je fais quoi',
    "mon frère est en garde à vue depuis hier soir, il a droit à quoi ?",
    "le syndic de copropriété veut augmenter les charges, on peut refuser ?",
    'la formation de mon groupe de rock : il nous manque un batteur',
    'le conseil municipal vote le budget quel jour',
    'un billet de train pour Paris pas cher',
  ])('"%s"', declined);

  it.each([
    ["un atelier pour apprendre à se servir d'un ordinateur", 'ateliers-numeriques'],
    ["le forum de l'emploi c'est quand cette année", 'forum-emploi'],
    ['je cherche une formation pour devenir aide-soignante', 'emploi-formation'],
    ['une nounou pour garder mon bébé le matin', 'modes-de-garde'],
    ['comment entrer au conseil citoyen du quartier', 'conseil-citoyen'],
  ])('in scope: "%s" → %s', expectAnswered);
});
