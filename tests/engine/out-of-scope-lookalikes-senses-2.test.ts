/**
 * Issue 13, look-alikes told apart by what is near, second pass (lexicon `senses`, normalise.ts `SenseRules` and the
 * numbered lines): a covered service's word used in another sense. Wordings of our own (never an evaluation line),
 * written before the rules; the last block of each family was set aside and measured only at the end.
 *  - a private salon's care (a spa, an institute, a hairdresser's chair, a dye's shade) → barbier-onglerie, not
 *    temps-pour-soi (the quarter's beauty workshops keep "atelier coiffure", "soins esthétiques pas chers");
 *  - a school's class council → pronote, not homework help; a sum the assistant is asked to solve, even when the
 *    resident calls it "aide aux devoirs" → corriges-traductions;
 *  - a video game's world (a Sim's mood, an island's public space, a players' forum) → gaming-soluces;
 *  - a "club" that is a holiday company or a book (Club Med, the Famous Five) → no club of the quarter;
 *  - a wheel or a tyre gone flat ("une roue crevée") → a repairer's, not a tired parent's time for herself; mending
 *    bikes stays the residents' initiatives ("je répare des vélos, je pourrais faire un atelier");
 *  - the firemen's or the postman's calendar → no agenda, no emergency; a load-bearing wall ("mur porteur") → building
 *    work, no youths' project holder; an educational game for a console → a gamer's, no parenting service;
 *  - a sports club's licence (its price, its renewal) → licencefederale, no association of the quarter to join;
 *  - a bus or coach named by its number right after the word ("le bus 401", "le car 205") → a network's timetable,
 *    unless the number counts something ("le bus 2 fois par jour").
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { declined, expectAnswered, realCore } from '../helpers/core.js';

beforeAll(() => void realCore(), 300_000);

describe('own wordings, worked', () => {
  it.each([
    'je voudrais prendre rdv chez le coiffeur samedi matin',
    "un massage relaxant dans un spa, c'est combien en moyenne ?",
    'quel salon fait les soins du visage sans rendez-vous',
    'book a massage at a spa near Bethune',
    'quelle teinte de coloration pour couvrir mes cheveux blancs à la maison',
    'un spa avec hammam et massage pour offrir à ma mère',
    "tarif d'un massage californien en institut",
    'prendre un rendez-vous pour un soin du visage dans un institut',
    'ma roue de vélo est crevée, comment la réparer',
    'mon scooter démarre plus, qui peut le réparer',
    'réparer la chaîne de ma moto moi-même',
    'my car tyre is flat what do I do',
    'quel casque pour mon scooter',
    "dans les sims 4 comment gagner de l'argent vite",
    'sur minecraft comment construire une maison dans mon village',
    'dans animal crossing comment agrandir ma maison',
    'quel jeu sur switch acheter pour un enfant de 6 ans',
    'dans les sims comment rendre mon sim heureux',
    "comment décorer l'espace public de mon île dans animal crossing",
    "le conseil de classe du premier trimestre c'est quand",
    'délégué de parents au conseil de classe, ça sert à quoi',
    'when is the class council this term',
    'conseil de classe : les parents délégués sont choisis comment',
    'tu peux me résoudre cette équation 2x + 3 = 11',
    'aide aux devoirs : résous 5x - 2 = 18 stp',
    'can you solve this homework equation for me',
    'ou jeter le sapin de noel en janvier',
    'le sapin on peut le mettre avec les poubelles ?',
    'what do I do with my christmas tree after christmas',
    'les pompiers passent pour les calendriers en novembre ?',
    'le facteur est passé pour le calendrier, on donne combien ?',
    "calendrier des éboueurs, c'est une arnaque ?",
    'horaires du bus 401 a valenciennes',
    "le car 205 pour arras c'est ou",
    'bus 51 timetable',
    'le bus 8 il est en retard ce matin',
    'ligne de car 410 horaires le samedi',
    "le club med c'est bien pour des vacances en famille",
    'un club de lecture pour le club des cinq en anglais',
    'baby sitting job for my teenage daughter, how much to charge per hour',
  ])('"%s"', declined);
});

describe('own wordings, second series, worked', () => {
  it.each([
    'comment changer une roue crevée',
    'ma chambre à air est crevée, ça se répare ?',
    'le pneu arrière de mon vélo est crevé ce matin',
    'la roue de la poussette est crevée, ou la changer',
    'flat tyre on my bike, how do I fix it',
    'on jette le sapin dans quelle poubelle en janvier',
    'mon sapin naturel, je le dépose où ?',
    'where do I throw away the christmas tree',
    'les pompiers ils font encore les calendriers cette année ?',
    "le calendrier des pompiers c'est combien qu'on donne",
    'les éboueurs passent pour le calendrier, faut donner ?',
    'abattre un mur porteur, il faut une autorisation ?',
    "casser un mur porteur dans ma maison, c'est possible ?",
    'is it legal to remove a load-bearing wall',
    'quel jeu éducatif sur la switch pour mon fils de 7 ans',
    'un jeu éducatif ps4 pour une petite de 6 ans, lequel ?',
  ])('"%s"', declined);
  // Left alone: 'le bus santé peut il réparer mon vélo' (the named service wins) and 'le sapin de noël on le jette où
  // après les fêtes' (the sorting entry's own phrasing).
});

describe('own wordings, second series, set aside until the end', () => {
  it.each([
    "roue crevee sur l'autoroute, je fais quoi",
    "j'ai crevé en rentrant du travail, la roue est à plat",
    "recycler le sapin apres noel c'est possible ?",
    "les pompiers vendent leur calendrier en porte à porte, c'est normal ?",
    'une poutre porteuse à enlever, qui contacter ?',
    'educational game for nintendo switch for a 5 year old',
  ])('"%s"', declined);
});

describe("own wordings, third series: a sports club's licence", () => {
  it.each([
    "inscription au club de judo, la licence c'est combien ?",
    'le club de basket demande une licence à quel prix',
    'licence au club de hand pour mon fils de 9 ans, tarif ?',
    'club de foot : combien coûte la licence cette saison',
    'how much is the club licence for football this season',
    'prix de la licence au club de natation',
    'faut une licence pour jouer au club de ping pong ?',
    'renouveler sa licence au club de gym',
    "la licence fédérale du club de boxe c'est cher ?",
  ])('"%s"', declined);
  // Set aside until the end.
  it.each([
    "la licence du club de tennis comprend l'assurance ?",
    "le club de rugby, licence et certificat médical, c'est quoi les papiers",
    'club de badminton licence adulte tarif',
  ])('aside: "%s"', declined);
});

describe('own wordings, set aside until the end', () => {
  it.each([
    'ma coiffeuse est en congé, une autre qui prend le mardi ?',
    'comment changer un pneu crevé sur ma clio',
    'le pneu de ma voiture est crevé sur le parking',
    'un forum de joueurs fortnite pour trouver une équipe',
    'a quelle heure commence le conseil de classe au lycée',
    'résous moi cet exercice de maths pour mes devoirs',
    'on depose le sapin ou apres noel',
    'le bus 12 passe a quelle heure le dimanche',
    "le club des cinq c'est a partir de quel age pour lire",
    'le coiffeur de la galerie marchande prend sans rdv ?',
    'ma roue est crevée, le garage du coin peut réparer ?',
    'ma santé mentale dans les sims est au plus bas',
    "le club med de marrakech c'est comment",
  ])('"%s"', declined);
});

describe('in-scope neighbours keep their service', () => {
  it.each([
    ['ya des ateliers coiffure pas chers pour les femmes du quartier ?', 'temps-pour-soi'],
    ['un massage ou un moment de détente pour les mamans du quartier ?', 'temps-pour-soi'],
    ['je suis crevée avec mes trois enfants, un moment pour moi ?', 'temps-pour-soi'],
    ["mon fils a du mal en maths, l'aide aux devoirs peut l'aider ?", 'aide-devoirs'],
    ['mon ado joue trop à la console, qui peut nous aider ?', 'addictions-sante-mentale'],
    ['ya un bus pour aller au centre de santé ?', 'transports'],
    ['je prends le bus 2 fois par jour, ya un tarif réduit ?', 'transports'],
    ['un club pour les ados le mercredi ?', 'club-ados'],
    ['comment trier mes déchets correctement', 'eco-gestes'],
    ['une nounou pour mon bébé de 6 mois ?', 'modes-de-garde'],
    ['ya un forum pour trouver du travail bientôt ?', 'forum-emploi'],
    ['le conseil citoyen du quartier se réunit quand ?', 'conseil-citoyen'],
    ['un club de sport pas cher pour mon fils de 10 ans ?', 'associations'],
    ['des associations sportives dans le quartier ?', 'associations'],
    ["j'ai une licence en animation, je peux encadrer un club du quartier ?", 'club-ados'],
    ['je suis crevée, les enfants me fatiguent, un moment pour moi ?', 'temps-pour-soi'],
    ["les porteurs de projet ados, c'est où ?", 'club-ados'],
    ['comment trier mes déchets de noël, le carton et les emballages', 'eco-gestes'],
    ['le bus santé passe quand à labourse ?', 'bus-sante'],
    ['mon fils passe trop de temps sur la switch, que faire ?', 'addictions-sante-mentale'],
    ['des jeux éducatifs pour apprendre à lire à la maison ?', 'parentalite'],
    ["je voudrais monter un atelier de réparation de vélos avec les voisins, qui peut m'aider ?", 'initiatives-habitants'],
    ["j'ai une idée pour le quartier : un atelier vélo où on répare ensemble", 'initiatives-habitants'],
  ])('"%s" → %s', expectAnswered);
});

describe('a bus or coach named by its number right after the word', () => {
  const words = (text: string) => realCore().engine.normalise(text).tokens.map((t) => t.word);
  it.each(['le bus 401 à valenciennes', 'bus 12 timetable', 'le car 205 pour arras', 'le bus 8 est en retard'])('"%s" names a line', (q) => {
    expect(words(q)).toContain('lignenumero');
  });
  it.each(['je prends le bus 2 fois par jour', 'le bus 3 minutes plus tard', 'je cherche un travail car 3 enfants à nourrir', 'car 2 de mes enfants sont malades', 'le bus de 8 h'])('"%s" names none', (q) => {
    expect(words(q)).not.toContain('lignenumero');
  });
});
