/**
 * Issue 13.2, tenth out-of-scope pass (engineer oos): a salon's haircut (for a man, a child, at home, its price: a
 * private service, hors-champ barbier-onglerie), another town's population (autreville-demographie), the census of the
 * population and its agent (recenseur-insee, redirected to the mairies), income tax and its notice (banques-fiscalite).
 * Each family has ten wordings of our own or more, and the in-scope neighbours keep their topic. Never an evaluation line.
 */
import { describe, it } from 'vitest';
import { declined, declinedWithoutRedirect, expectAnswered, redirectedTo } from '../helpers/core.js';

describe('a salon haircut: the plain "I don\'t know", not the hair workshops', () => {
  it.each([
    'un coiffeur pour homme qui prend sans rendez-vous le mardi',
    'le prix moyen d’une coupe homme à Béthune',
    'une coupe enfant pour mon fils de 6 ans, quel salon',
    'mon père ne peut plus sortir, un coiffeur à domicile qui passe chez lui ?',
    'un salon de coiffure ouvert entre midi et deux',
    'combien prend un coiffeur hommes pour un dégradé',
    'une coupe femme avec brushing ça revient à combien',
    'les salons de coiffure du centre commercial sont ouverts le dimanche ?',
    'un coiffeur pour enfants patient, ma fille a peur des ciseaux',
    'a good hairdresser for short hair around Labourse',
    'any hairdressers open on monday near Beuvry',
  ])('"%s"', declinedWithoutRedirect);

  it.each([
    ['un atelier coiffure pour les mamans du quartier, il y en a quand', 'temps-pour-soi'],
    ["le coiffeur c'est trop cher pour moi, il y a des ateliers pour prendre soin de soi ?", 'temps-pour-soi'],
  ])('the quarter\'s hair workshops keep their topic: "%s"', expectAnswered);
});

describe("another town's population: the plain \"I don't know\", not the quarter's figures", () => {
  it.each([
    "combien d'habitants à Arras en ce moment",
    "combien d'habitants compte Lens",
    "le nombre d'habitants de Lille",
    "combien d'habitants en France",
    "il y a combien d'habitants à Douai",
    "nombre d'habitants à Calais cette année",
    "combien d'habitants sur la métropole lilloise",
    'how many people live in Arras',
    'what is the population of Lens',
    "Béthune a été fondée en quelle année",
  ])('"%s"', declined);

  it.each([
    ["combien d'habitants dans le quartier Renaissance", 'quartier-renaissance'],
    ["le nombre d'habitants du quartier", 'quartier-renaissance'],
  ])('the quarter\'s own figures keep their topic: "%s"', expectAnswered);
});

describe('the census of the population and its agent: redirected to the mairies', () => {
  it.each([
    "un agent recenseur a sonné, c'est sérieux ?",
    "l'agente recenseuse revient demain chercher les papiers",
    "les agents recenseurs ont une carte officielle ?",
    'un agent du recensement veut mes coordonnées, je peux refuser',
    'le recensement de la population, on répond sur internet ?',
    "le recensement de l'INSEE passe dans notre rue cette année",
    'je n’ai pas reçu la visite de l’agent du recensement',
    'les agents du recensement passent jusqu’à quelle date',
    'recensement INSEE, je n’ai pas compris la notice',
    'the census agent left a letter, what do I do',
  ])('"%s"', redirectedTo('recenseur-insee'));

  it.each([
    'mon fils a 16 ans, le recensement citoyen se fait où',
    'se faire recenser à 16 ans pour la JDC',
  ])('the military census stays the état civil: "%s"', redirectedTo('etat-civil-papiers'));
});

describe('income tax and its notice: the plain "I don\'t know"', () => {
  it.each([
    "mon avis d'impôt est arrivé avec un montant bizarre",
    "l'impôt sur le revenu a doublé cette année, pourquoi",
    "je n'ai toujours pas mon avis d'impots",
    "les impôts sur le revenu prélevés à la source, je peux changer le taux ?",
    "erreur sur mon avis dimpot, les parts ne sont pas bonnes",
    'la déclaration de revenus des étudiants, faut la faire seul ?',
    'on remplit la déclaration des revenus de quelle année',
    "mon avis d'impot dit que je suis non imposable, c'est normal ?",
    "l'impot sur le revenu d'un retraité avec une petite pension",
    'oublié de faire ma déclaration de revenus, quelle pénalité',
  ])('"%s"', declinedWithoutRedirect);

  it.each([
    ["j'ai reçu des courriers des impôts et je comprends pas, quelqu'un peut m'aider à les lire ?", 'demarches-administratives'],
  ])('help reading the letters stays démarches: "%s"', expectAnswered);
});

describe('registering a death: the état civil, not the help with papers', () => {
  it.each([
    'déclarer un décès un dimanche, quel service',
    'qui doit déclarer le décès de mon grand-père',
    'la déclaration de décès se fait dans quel délai',
    'déclarer un décès survenu à la maison, les papiers à apporter',
    'déclarer le décès d’un proche quand on habite loin',
    'où déclarer un décès quand la personne est morte à Béthune',
    'la déclaration de décès, le médecin doit signer quoi avant',
    'combien de temps pour déclarer un décès à la mairie',
    'déclarer un décès sans livret de famille, possible ?',
    'la déclaration du décès de ma grand-mère, c’est la famille qui la fait ?',
  ])('"%s"', redirectedTo('etat-civil-papiers'));

  // A story around it (the uncle, the hospital) weighs more than the compound: still an honest "I don't know".
  it.each(['mon oncle est mort à l’hôpital, qui fait la déclaration du décès'])('"%s"', declined);

  it.each([
    ['depuis la mort de mon mari je suis perdue dans les papiers, succession, pension, qui peut m’aider', 'demarches-administratives'],
  ])('help with the papers after a death stays démarches: "%s"', expectAnswered);
});

describe('a craftsman available or cheap: the plain "I don\'t know"', () => {
  it.each([
    'un plombier disponible demain matin',
    'un électricien dispo ce week-end, les plombs sautent',
    'un serrurier disponible tout de suite, je suis devant ma porte',
    'un chauffagiste dispo rapidement, la chaudière est en panne',
    'un plombier libre samedi pour un robinet',
    'un électricien pas cher et disponible la semaine prochaine',
    'un couvreur disponible après le coup de vent',
    'un serrurier dispo le dimanche sans payer trop',
    'un plombier qui se déplace ce week-end vers Beuvry',
    'trouver un électricien disponible un jour férié',
  ])('"%s"', declinedWithoutRedirect);
});
