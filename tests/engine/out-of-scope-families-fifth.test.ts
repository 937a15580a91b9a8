/**
 * Issue 13 item 2, fifth pass: families of out-of-scope questions still answered — a driving licence or a car's papers
 * asked about as papers (lost, points, a foreign licence: the ANTS), a pension asked about (age, quarters, amount),
 * pets minded by someone (not childcare), houseplants, keeping food and household tips, public holidays and the clocks
 * changing, national institutions, school life asked about for itself, a car "garée"; and the in-scope neighbours that
 * keep their topic. Wordings of our own, never evaluation lines.
 */
import { describe, expect, it } from 'vitest';
import { declined, expectAnswered, realCore, redirectedTo } from '../helpers/core.js';

const core = realCore();

describe('a driving licence or a registration asked about as a paper: the ANTS redirect', () => {
  it.each([
    "j'ai perdu mon permis de conduire, comment le refaire",
    "j'ai été flashé par un radar, je perds combien de points",
    "un stage pour récupérer des points de permis c'est où",
    'comment faire un duplicata de permis de conduire',
    "mon permis algérien, je peux l'échanger ici ?",
    'mon permis étranger est valable en france ?',
    'echanger mon permis marocain contre un permis francais',
    'i lost my driving licence, how do I get a new one',
    'vérifier le nombre de points sur mon permis en ligne',
    'perte du permis de conduire dans la rue, je déclare où',
  ])('"%s"', redirectedTo('ants-duplicata'));

  it.each([
    ['aide pour passer le permis de conduire', 'transports'],
    ["j'ai pas le permis, comment aller à béthune", 'transports'],
    ['jai rate mon permis et ya pas de bus', 'transports'],
  ])('the quarter’s help to get about stays transports: "%s"', expectAnswered);
});

describe('a pension asked about (age, quarters, amount): declined', () => {
  it.each([
    'a quel age je peux partir a la retraite, je suis ne en 1965',
    'combien de trimestres il faut pour avoir une retraite a taux plein',
    'je vais toucher combien de retraite avec 40 ans de travail',
    "c'est quoi la retraite complémentaire agirc arrco",
    'la réforme des retraites ça change quoi pour moi',
    'carriere longue, je peux partir a 60 ans ?',
    'mon relevé de carrière est faux, il manque des années',
    'retraite anticipée pour handicap, les conditions',
    'when can I retire in france',
    "l'âge de départ à la retraite pour les femmes avec trois enfants",
  ])('"%s"', declined);

  it.each([
    ['jsuis a la retraite et je voudrais aider les jeunes', 'intergenerationnel'],
    ["jai 62 ans je dois faire ma demande de retraite, qui peut m'aider a remplir", 'demarches-administratives'],
  ])('retired residents and the help with the application keep their topic: "%s"', expectAnswered);
});

describe('pets minded by someone: not childcare', () => {
  it.each([
    'je cherche une nounou pour mon chien pendant les vacances',
    'quelqu\'un pour garder mon chat deux semaines en août',
    'une pension pour chiens pas chère dans le coin',
    'un pet sitter à labourse',
    'qui peut promener mon chien le midi',
    'faire garder mon lapin pendant que je pars',
    'dog sitter near beuvry',
    'un toiletteur pour caniche à béthune',
    'faire garder mon chat pendant mon hospitalisation',
    'une nounou pour chat le week-end, ça existe ?',
  ])('"%s"', declined);

  it('a nanny for the baby stays childcare', () => expectAnswered('je cherche une nounou pour mon bébé', 'modes-de-garde'));
});

describe('at home: houseplants, keeping food, household tips', () => {
  it.each([
    'quelle terre pour des plantes grasses',
    'arroser un cactus tous les combien',
    "mes plantes d'intérieur ont des feuilles jaunes",
    'cb de temps se conserve une soupe au frigo',
    'on peut recongeler de la viande décongelée ?',
    'combien de jours se garde un poulet cuit au réfrigérateur',
    "on peut mettre de l'eau de javel avec du vinaigre ?",
    'comment enlever une tache de vin sur un canapé en tissu',
    'comment détartrer une bouilloire',
    'la javel ça enlève les taches de moisi sur les joints ?',
    'des succulentes qui pourrissent, trop d eau ?',
  ])('"%s"', declined);

  it('making cleaning products with white vinegar stays eco-gestes', () =>
    expectAnswered('comment faire ses produits ménagers soi-même pour faire des économies', 'eco-gestes'));
});

describe('public holidays, the clocks changing, national institutions and general knowledge', () => {
  it.each([
    'c quand le prochain jour ferié',
    'le lundi de pâques c\'est férié ?',
    'lheure dete cest ce week end ?',
    "on passe à l'heure dhiver quand",
    'is next monday a bank holiday',
    'les jours fériés de mai cette année',
    'c est qui le premier ministre en ce moment',
    'combien il y a de députés à l\'assemblée nationale',
    'le sénat il sert à quoi',
    'les sénateurs sont élus comment',
    'c\'est quoi la plus grosse planète du système solaire',
  ])('"%s"', declined);

  it.each([
    ['tu sers a quoi toi en fait', 'aide'],
    ['et toi tu sers a quoi exactement', 'aide'],
  ])('"tu sers à quoi" is the verb, not the TV series: "%s"', expectAnswered);
});

describe('school life asked about for itself, a car "garée": declined or redirected', () => {
  it.each([
    'les photos de classe arrivent quand',
    'combien coûte la photo de classe cette année',
    'la photo de classe de ma fille, on la commande où',
    'une voiture est garée devant mon garage depuis trois jours',
    'la voiture du voisin est garée sur la place handicapé',
    'une camionnette garée en double file tous les matins',
    "ma voiture était garée devant l'école et j'ai eu une amende",
    'une épave garée depuis des mois sur le parking de la résidence',
    'des gens mal garés devant chez moi, je peux faire enlever la voiture ?',
    'on peut rester garé combien de temps devant la mairie',
  ])('"%s"', declined);

  it('cars on the pavement reported as a problem in the quarter stay a remarque', () =>
    expectAnswered('des voitures garées sur le trottoir on peut plus passer avec la poussette, je veux le signaler', 'remarque'));
});

describe('a rescued answer or a hesitation about another town that the topic never names: declined', () => {
  it.each([
    "la chasse aux œufs de lens c'est quel dimanche",
    'les oeufs de paques a bruay cette annee',
    "le carnaval de lille c'est quand cette annee",
    'un cours de zumba a bruay le mardi soir',
    "le vide grenier de douai c'est quel jour",
  ])('"%s"', declined);

  it.each([
    ['ya des ateliers informatique à Lens', 'ateliers-numeriques'],
    ['comment aller a lille en bus depuis le quartier', 'transports'],
    ['is there a bus to béthune hospital on saturday mornings', 'transports'],
  ])('an answer the coverage gives, or a topic that names the town, keeps it: "%s"', expectAnswered);

  it('a story that merely names a town keeps its check-question', () => {
    const decision = core.engine.decide("seule avec deux petits de 2 ans, on me propose une formation mais je peux pas les emmener, ma soeur habite à lille et ici j'ai personne");
    expect(decision.kind).not.toBe('fallback');
  });
});
