/**
 * Issue 13 item 2, ninth pass: choosing a baby's first name (prenoms-signification, no redirect — changing a first name stays
 * the état civil's), the town's stadiums, gyms and sports grounds (stades-gymnases, redirected to the mairies), commercial
 * gyms (fitness-crossfit, no redirect), what parking costs (stationnement), a driving licence bought from a driving
 * school, the market price of energy, sums and conversions. Each family has ten wordings of our own or more, and the
 * in-scope neighbours keep their topic. Never an evaluation line.
 */
import { describe, it } from 'vitest';
import { declinedWithoutRedirect, expectAnswered, redirectedTo } from '../helpers/core.js';

describe("choosing a baby's first name: the plain \"I don't know\", not the état civil", () => {
  it.each([
    'aidez-moi à trouver un prénom pour notre deuxième fille',
    'des idées de prénoms courts pour un garçon',
    'on attend des jumeaux, deux prénoms qui vont bien ensemble ?',
    "le prénom Lina ça vient d'où",
    'quels prénoms étaient à la mode dans les années 90',
    'un prénom qui marche en français et en arabe',
    'mon mari veut appeler le bébé comme son grand-père, un prénom trop vieux ?',
    'choisir un prénom pas trop courant pour une fille',
    'la signification du prénom Noah',
    'le prénom le plus rare de France',
    'a nice first name for our baby boy',
  ])('"%s"', declinedWithoutRedirect);

  it.each([
    'mon ado veut changer de prénom, on fait comment',
    'la procédure pour un changement de prénom',
    'déclarer la naissance de notre fils à la mairie',
  ])('changing a first name or registering a birth stays the état civil: "%s"', redirectedTo('etat-civil-papiers'));
});

describe("the town's stadiums, gyms and sports grounds: stades-gymnases", () => {
  it.each([
    'le stade municipal ouvre à quelle heure le samedi',
    'les habitants ont le droit de courir autour du stade le matin ?',
    'comment réserver un créneau au gymnase pour notre équipe de volley',
    'la salle omnisports est fermée pendant les vacances ?',
    'qui gère le complexe sportif de la commune',
    'le terrain synthétique est accessible à tout le monde ?',
    'réserver un court de tennis municipal le dimanche',
    "la piste d'athlétisme est éclairée l'hiver ?",
    'les vestiaires du stade sont fermés à clé le week-end',
    'is the town sports hall open to the public',
  ])('"%s"', redirectedTo('stades-gymnases'));

  it.each([
    ['il faudrait un city stade pour les ados du quartier', 'espace-public'],
    ['on pourrait avoir un terrain de basket dans le nouvel espace ?', 'espace-public'],
    ['mon fils de 8 ans veut jouer au foot en club', 'associations'],
    ['on habite à côté du stade, est-ce que ça fait partie du quartier prioritaire ?', 'quartier-renaissance'],
  ])('a city stade wished for, a club, the stadium as a landmark keep their topic: "%s"', expectAnswered);
});

describe('a commercial gym: the plain "I don\'t know", not the sports clubs', () => {
  it.each([
    "l'abonnement à la salle de fitness c'est combien par mois",
    'une salle de sport ouverte le dimanche soir',
    'basic fit ou fitness park, lequel est le moins cher',
    'résilier mon abonnement à la salle',
    'je cherche un coach sportif pour perdre du poids',
    'une salle de muscu ouverte jusqu’à 23h',
    'des haltères et un tapis de course pour la maison',
    'faire une prise de masse, quel programme',
    'la whey ça sert à quoi',
    'crossfit près de béthune',
    'gym membership prices around Bethune',
  ])('"%s"', declinedWithoutRedirect);

  it.each([
    ['de la gym douce pour les retraités, il y a une association ?', 'associations'],
    ['un club de boxe pour mon fils de 12 ans', 'associations'],
  ])('a sports club keeps its topic: "%s"', expectAnswered);
});

describe('what parking costs: stationnement', () => {
  it.each([
    "le parking de l'hôpital est payant ?",
    'où trouver un parking gratuit pour aller en ville',
    'combien coûte le parking à côté de la gare',
    'il faut payer le parking le samedi en centre-ville ?',
    'le tarif du parking à la journée',
    'mon ticket de parking est perdu, je paye combien',
    'on paye le parking devant la poste ?',
    'les parkings gratuits près du marché',
    'le prix du parking pour une nuit',
    'is parking free near the town hall',
  ])('"%s"', redirectedTo('stationnement'));

  it.each([
    ['les enfants jouent sur le parking faute de place pour eux', 'espace-public'],
    ["plus aucune lumière sur le parking de l'immeuble le soir", 'remarque'],
  ])('the quarter\'s car park keeps its topic: "%s"', expectAnswered);
});

describe('learning to drive bought from a driving school: the plain "I don\'t know", not transports', () => {
  it.each([
    'le permis de conduire ça coûte combien aujourd’hui',
    'quel est le prix du permis en candidat libre',
    'une auto-école sérieuse du côté de Beuvry',
    'combien d’heures de conduite pour être prêt à l’examen',
    'je rate toujours l’examen du code, des conseils ?',
    'la conduite accompagnée dès 15 ans, ça marche comment',
    'passer le permis en boîte automatique, c’est plus rapide ?',
    'un moniteur de conduite patient pour une personne stressée',
    'réviser le code sur internet, quel site',
    'le permis moto coûte plus cher que le permis voiture ?',
    'how much does a driving school charge per lesson',
  ])('"%s"', declinedWithoutRedirect);

  it.each([
    ["je n'ai pas le permis, comment aller travailler à Béthune le matin", 'transports'],
    ["j'aimerais de l'aide pour passer mon permis de conduire", 'transports'],
  ])('getting around without a licence stays transports: "%s"', expectAnswered);
});

describe('the market price of electricity and gas, choosing a supplier: the plain "I don\'t know"', () => {
  it.each([
    'le prix du kwh baisse au mois de février ?',
    'le prix du gaz va encore monter cet hiver',
    'le tarif réglementé de l’électricité, c’est combien',
    'changer de fournisseur pour payer moins cher, lequel',
    'quel est le meilleur fournisseur d’électricité en ce moment',
    'le tarif du gaz au premier janvier',
    'une offre à prix fixe pour l’électricité, c’est intéressant ?',
    'le bouclier tarifaire existe encore ?',
    'le fournisseur le moins cher pour le gaz',
    'le prix de l’électricité va augmenter de combien',
  ])('"%s"', declinedWithoutRedirect);

  it.each([
    ['ma facture d’électricité est trop élevée, comment consommer moins', 'eco-gestes'],
    ['le chèque énergie, à quoi il sert', 'eco-gestes'],
  ])('saving energy and its help stay eco-gestes: "%s"', expectAnswered);
});

describe('a sum to work out or a unit to convert: the plain "I don\'t know", not the quarter\'s figures', () => {
  it.each([
    'combien font 25 pourcent de 80',
    'calcule-moi 30 pour cent de 250',
    'la racine carrée de 81',
    '144 divisé par 12 ça fait combien',
    '15 multiplié par 7',
    'combien font 3 fois 17',
    'convertir 5 miles en kilomètres',
    'un pourcentage de réduction sur 60 euros, je calcule comment',
    'la règle de trois, comment on fait',
    'what is 20 percent of 50',
  ])('"%s"', declinedWithoutRedirect);

  it.each([
    ['le taux de pauvreté du quartier Renaissance', 'quartier-renaissance'],
  ])("the quarter's figures stay quartier-renaissance: \"%s\"", expectAnswered);
});
