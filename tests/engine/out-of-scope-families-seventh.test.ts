/**
 * Issue 13 item 2, seventh pass: everyday questions the convention does not cover, still answered or offered as a
 * choice of the quarter's topics — how a word is written, canvassing calls and junk mail, which appliance or toy to
 * buy, bringing up a pet, the time in another country, homework done for the pupil, the rules of national exams, the
 * price of cigarettes and vaping — and the in-scope neighbours that keep their topic (homework help and revising,
 * translating a letter of the CAF, stopping vaping, a timetable, the mairie's hours). Wordings of our own, never
 * evaluation lines.
 */
import { describe, it } from 'vitest';
import { declined, expectAnswered } from '../helpers/core.js';

describe('how a word is written or inflected, a translation: corriges-traductions: declined', () => {
  it.each([
    'comment on ecrit mille avec ou sans s',
    'le participe passe du verbe resoudre c est quoi',
    'on dit au temps pour moi ou autant pour moi',
    'ca s ecrit comment parmi, avec un s a la fin ?',
    'le feminin de chameau',
    'comment on dit merci en arabe',
    'c quoi le pluriel de cheval',
    'conjugue le verbe aller au futur',
    'comment on dit bonjour en neerlandais',
    'le subjonctif de faire c est que je fasse ou que je fais',
    'traduis moi i miss you',
  ])('"%s"', declined);
});

describe('commercial canvassing, spam and junk mail, withdrawing from a sale at home: bloctel-sollicitations: declined', () => {
  it.each([
    'on m appelle 5 fois par jour pour des panneaux solaires comment faire arreter',
    'comment s inscrire sur bloctel contre le demarchage',
    'je recois plein d appels publicitaires pour une mutuelle',
    'comment bloquer un numero inconnu sur mon portable',
    'des spams tous les jours dans ma boite mail comment les arreter',
    'un commercial m a fait signer un contrat a domicile, je peux me retracter ?',
    'les appels de demarchage pour l isolation a 1 euro c est legal ?',
    'je veux plus recevoir de pubs dans ma boite aux lettres',
    'stop pub autocollant ou le trouver',
    'on sonne chez moi pour vendre des calendriers c est obligé d ouvrir ?',
  ])('"%s"', declined);
});

describe('which appliance, toy or brand to buy: shopping-soldes: declined', () => {
  it.each([
    'un cadeau pour un garcon de 10 ans qui aime le foot',
    'quelle marque de lave linge est la plus fiable',
    'ou acheter une trottinette pour noel pas chere',
    'un bon aspirateur sans fil pas trop cher',
    'ou trouver des jouets d occasion pour mon fils',
    'quelle poussette canne choisir pour voyager',
    'un matelas confortable pour le mal de dos, quelle marque',
    'quel velo acheter pour une fille de 8 ans',
    'quelle marque de tele choisir pour le salon',
    'un lave vaisselle silencieux a conseiller',
    'ou acheter des jouets pour noel pas chers',
    'la meilleure marque de friteuse sans huile',
  ])('"%s"', declined);
});

describe('bringing up a pet, scratching, dog training, kennels: veterinaire: declined', () => {
  it.each([
    'mon chat mange plus depuis deux jours c grave ?',
    'un chiot peut rester seul combien d heures',
    'quelles croquettes pour un vieux chien',
    'mon chat griffe le canape comment l en empecher',
    'a quel age on peut sterliser une chatte',
    'mon chien aboie quand je pars, comment le calmer',
    'un lapin nain ca vit combien de temps',
    'adopter un chaton a la spa c est combien',
    'mon chien tire en laisse, un dresseur a conseiller ?',
    'un educateur canin a bethune ca coute combien',
    'mon chat fait ses griffes sur la tapisserie',
    'un arbre a chat pas cher ou',
    'cours de dressage pour un chiot de 3 mois',
    'un chenil pour faire garder mon chien cet ete',
  ])('"%s"', declined);
});

describe('the time elsewhere in the world, time zones: quiz-trivia: declined', () => {
  it.each([
    'il est quelle heure a new york en ce moment',
    'combien d heures de decalage entre la france et le canada',
    'le decalage horaire avec la reunion c est combien',
    'quand il est midi ici il est quelle heure en algerie',
    'quel fuseau horaire pour le maroc',
    'ma soeur est a tokyo, elle a combien d heures d avance sur nous',
    'il est quelle heure a dakar quand il est 18h en france',
    'what time is it in london right now',
    'combien d heure de difference avec la guadeloupe',
    'on a une heure de plus ou de moins que le portugal ?',
    'quelle heure il est a montreal maintenant',
    'il est quelle heure en chine',
    'quel est le decalage horaire avec new york',
    'what time is it in new york',
    'time difference between france and morocco',
    'mon mari est au senegal, combien d heures de difference',
    'les antilles ont combien d heures de retard sur la france',
    'il est quelle heure a la martinique',
    'le fuseau horaire de la turquie',
    'la thailande a combien d heures d avance',
  ])('"%s"', declined);
});

describe('homework done for the pupil: corriges-traductions: declined', () => {
  it.each([
    'fais moi mon devoir de geo sur les fleuves de france',
    'tu peux me faire mon expose sur les volcans',
    'fais mes devoirs a ma place stp',
    'ecris mon expose sur napoleon pour demain',
    'tu peux me faire mes devoirs de maths',
    'fais mon devoir d anglais sur londres',
    'faire mon devoir a ma place tu sais ?',
    'fais moi mon expose de svt sur la digestion',
    'me faire mon devoir de francais sur le petit prince',
    'do my homework about the romans',
  ])('"%s"', declined);
});

describe('the rules, dates and results of national exams: pronote: declined', () => {
  it.each([
    'il faut combien pour avoir mention bien au bac',
    'les resultats du bac c est quand cette annee',
    'c est quand les epreuves du bac de francais',
    'ma fille est au rattrapage du bac, ca se passe comment',
    'le grand oral ca dure combien de temps',
    'la date du brevet des colleges 2027',
    'quelle note au bac pour etre admis',
    'mention tres bien il faut quelle moyenne',
    'combien de points pour avoir le brevet avec mention',
    'les epreuves du brevet c est sur combien de jours',
  ])('"%s"', declined);
});

describe('the price of cigarettes and vaping, also in English: buraliste-boutiquevape: declined', () => {
  it.each([
    'how much is the price of cigarettes in belgium',
    'cigarette prices in france 2026',
    'prix d une cigarette electronique correcte pour debuter',
    'le prix des puffs a augmenté ?',
    'prix de la cigarette electronique chez le buraliste',
    'c est combien le prix d une vapoteuse pas trop nulle',
    'what is the price of a pack of cigarettes here',
    'prix des cigarettes electroniques jetables',
    'price of tobacco in the north of france',
    'prix du tabac a rouler',
  ])('"%s"', declined);
});

describe('the in-scope neighbours keep their topic', () => {
  it.each([
    ['mon fils a du mal en conjugaison, ya de l aide aux devoirs ?', 'aide-devoirs'],
    ['ma fille a des difficultes en orthographe au ce2', 'aide-devoirs'],
    ['qqn peut m aider a traduire un courrier de la caf', 'demarches-administratives'],
    ['les horaires de la mairie le samedi', 'contact-mairie'],
    ['le bus passe a quelle heure le matin', 'transports'],
    ['un atelier cuisine pas cher pour manger mieux', 'sante-alimentation'],
    ['un lieu pour que mes ados se retrouvent le soir', 'club-ados'],
    ['des crottes de chien partout devant l ecole', 'remarque'],
    ['comment reduire ma facture d electricite', 'eco-gestes'],
    ['des arnaques sur internet, ya un atelier pour apprendre a les reperer ?', 'ateliers-numeriques'],
    ['le cinema avec le club ados c est quand', 'club-ados'],
    ['mon fils prepare le bac, ya des cours de revision gratuits ?', 'aide-devoirs'],
    ['qqn pour aider mon fils a faire ses devoirs le soir', 'aide-devoirs'],
    ['mon grand a besoin d aide pour reviser le brevet', 'aide-devoirs'],
    ['je veux arreter la cigarette electronique', 'addictions-sante-mentale'],
    ['le bus passe a quelle heure a beuvry', 'transports'],
    ['a quelle heure il est ouvert le pole culturel', 'pole-culturel'],
    ['la mairie ouvre a quelle heure le lundi', 'contact-mairie'],
    ['m aider a faire mes devoirs de maths', 'aide-devoirs'],
  ])('"%s" → %s', expectAnswered);
});
