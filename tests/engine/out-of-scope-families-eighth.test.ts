/**
 * Issue 13 item 2, eighth pass: the redirect names the service that was asked about, or nothing — a domain that won on
 * a word met once in its texts in another sense ("un restaurant" met "restauration scolaire") gives the plain "I don't
 * know" (Engine.namesService); the amount of a fine for an incivility (police municipale), roads closed, diversions and
 * traffic (new domain deviation-voirie), restaurants (fastfood-bowling), stamps (la poste), paying for the canteen,
 * commercial sales days. Each family has ten wordings of our own or more, and the in-scope neighbours keep their topic.
 * Never an evaluation line.
 */
import { describe, it } from 'vitest';
import { declined, declinedWithoutRedirect, expectAnswered, redirectedTo } from '../helpers/core.js';

describe('a domain won on a word of another sense: "I don\'t know" without naming a wrong service', () => {
  it.each([
    "un restaurant pour l'anniversaire de ma fille samedi",
    'vous connaissez un resto sympa pour un anniversaire',
    'on cherche un restaurant pour fêter un départ à la retraite',
    'un restaurant italien ouvert le dimanche midi',
    'réserver un restaurant pour 12 personnes',
    'un bon resto pas trop cher du côté de Beuvry',
    'la chasse au sanglier ouvre quand cette année',
    "un parc d'attractions pas loin pour les enfants, le ticket coûte combien",
    "le rapport du quinté d'hier",
    'comment détacher un chewing-gum collé sur un jean',
  ])('"%s"', declinedWithoutRedirect);
});

describe('a question that names the service keeps its redirect', () => {
  it.each([
    ['la cantine se paie en ligne sur le portail famille ?', 'cantine-periscolaire'],
    ["j'ai perdu mes tickets de cantine, je rachète où", 'cantine-periscolaire'],
    ['le menu de la cantine de la semaine prochaine', 'cantine-periscolaire'],
    ["le prix d'un timbre pour envoyer une carte postale", 'poste-colis'],
    ["un carnet de timbres verts on l'achète où", 'poste-colis'],
    ["le cimetière ferme à quelle heure l'hiver", 'cimetiere-salles'],
    ['la déchetterie prend les vieux pneus ?', 'dechetterie-collecte'],
    ['ils ont oublié de vider ma poubelle jaune', 'dechetterie-collecte'],
    ['le voisin laisse son chien aboyer toute la nuit', 'voisinage-prive'],
    ['mon chat a disparu depuis samedi, on prévient qui', 'animaux-egares'],
  ])('"%s" → %s', (question, domain) => redirectedTo(domain)(question));
});

describe('the amount of a fine for an incivility: the municipal police', () => {
  it.each([
    "c'est combien l'amende si on jette un mégot par terre",
    'quelle amende pour un dépôt sauvage de gravats',
    "amende pour un chien qui fait ses besoins sur le trottoir c'est combien",
    "combien d'amende pour avoir uriné dans la rue",
    'les jeunes qui crachent par terre ils risquent quelle amende',
    'la police municipale peut verbaliser un vélo sur le trottoir ?',
    'on peut prendre une amende pour un barbecue au parc ?',
    'je me suis fait verbaliser pour avoir laissé mon chien sans laisse',
    "amendes pour les tags sur les murs, c'est combien",
    'une amende pour avoir nourri les pigeons, ça existe ?',
  ])('"%s"', redirectedTo('police-municipale'));

  it.each([
    ["ya des crottes de chien partout devant l'école, faut que ça change", 'remarque'],
    ['un dépôt sauvage de pneus derrière le square, je le signale', 'remarque'],
    ['des mégots et des canettes partout sur le trottoir de la résidence', 'remarque'],
  ])('reporting the incivility stays a remarque: "%s"', expectAnswered);
});

describe('roads closed, diversions, roadworks and traffic: deviation-voirie', () => {
  it.each([
    'la route entre Labourse et Beuvry est barrée depuis lundi',
    'il y a une déviation pour aller à Béthune, elle dure combien de temps',
    "les bouchons sur la rocade le matin c'est à cause de quoi",
    "quand est-ce qu'ils finissent de refaire l'enrobé de la départementale",
    'rue fermée à la circulation samedi, on passe par où',
    'la circulation alternée sur le pont va durer longtemps ?',
    'qui décide des travaux de voirie dans la commune',
    "les embouteillages devant l'école le matin, c'est la mairie qui gère ?",
    'is the road to Bethune closed this week?',
    'le bus est dévié par où pendant la fermeture de la rue',
  ])('"%s"', redirectedTo('deviation-voirie'));

  it.each([
    ['un nid de poule énorme sur la route devant chez moi', 'remarque'],
    ['on sera relogés pendant la démolition ?', 'renovation-habitat'],
  ])('a pothole stays a remarque, the demolition renovation-habitat: "%s"', expectAnswered);
});

describe('restaurants and catering, sales days', () => {
  it.each([
    ['je cherche un emploi dans la restauration', 'emploi-formation'],
    ['une formation en restauration pour devenir cuisinier', 'emploi-formation'],
    ['les restos du cœur c’est où', 'sante-alimentation'],
  ])('the catering trade and the Restos du cœur keep their topic: "%s"', expectAnswered);

  it.each([
    'le black friday tombe quand cette année',
    "les french days c'est en quel mois",
    'des promos pour le cyber monday ?',
  ])('sales days are declined: "%s"', declined);
});
