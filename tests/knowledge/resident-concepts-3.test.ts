/**
 * Residents' words by concept, third series (issue 13, wrong answers first; docs/knowledge.md « Mots des habitants par
 * concept, troisième série »): telling the mairie about something without the word « signaler », the assistant itself
 * called a service / a site / a messaging box, low mood said with everyday words, the price of a driving licence (a
 * driving school question, out of scope), what will stand where a building was demolished. A few general rules in
 * `knowledge/lexicon.yaml` (block « third series ») and three phrasings of the espace-public entry. Every wording here
 * is my own (standard, colloquial, SMS, indirect, English), never an evaluation line; the last blocks check that the
 * same words keep their meaning elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { answered as answeredBy, answeredOrOffered as offeredBy, declined, realCore } from '../helpers/core.js';

const { engine } = realCore();
const answered = (message: string) => answeredBy(engine, message);
const answeredOrOffered = (message: string, topic: string) => offeredBy(engine, message, topic);

describe("telling the mairie without the word 'signaler' ('notez que…', 'faut que quelqu'un le sache'): the remarque", () => {
  it.each([
    'les poubelles debordent derriere le bat B, faudrait que la mairie soit au courant',
    'faut que quelqu un soit au courant, les jeux du parc sont dangereux',
    'il faudrait que la mairie sache que le trottoir est plein de trous',
    'je voulais vous informer que les escaliers sont sales depuis un mois',
    'just letting you know the street light outside number 4 is out',
    'notez que le lampadaire de la rue des tilleuls clignote tout le temps',
    'la barriere du square est cassee, faut que qqn le sache',
    'je vous informe que les tags sur le mur de l ecole sont revenus',
    'le lampadaire devant chez moi est en panne, que la mairie soit au courant svp',
    'notez svp que le passage pieton est efface devant l ecole',
    'le banc est casse au square, faudrait que quelqu un le sache',
  ])('%j → remarque', (message) => {
    expect(answered(message)).toBe('remarque');
  });
  it.each(['notez bien que les bancs de la place sont tous tagues', 'faut que la mairie le sache, la rue est pleine de nids de poule'])(
    '%j → remarque, or offered',
    (message) => {
      expect(answeredOrOffered(message, 'remarque')).toBe('remarque');
    },
  );
});

describe("the assistant called a service, a site or a messaging box ('c'est quoi ce service ?'): the help", () => {
  it.each([
    'c quoi ce site exactement, vous etes qui ?',
    'ce service de discussion c est pour quoi faire',
    'c est quoi ce service ?',
    'a quoi sert cette messagerie',
    'what is this service for',
    'c koi ce service',
    'cette messagerie je peux y demander quoi',
    'ce service exactement il fait quoi pour moi',
    'is this service free to use',
    'c est quoi ce site, ca sert a quoi',
  ])('%j → aide', (message) => {
    expect(answered(message)).toBe('aide');
  });
});

describe("low mood said with everyday words ('je me sens vide', 'triste tout le temps', 'feeling low'): mental health", () => {
  it.each([
    'mon mari est triste tout le temps depuis qu il a perdu son travail, ya quelqu un pour l ecouter ?',
    'jsuis au fond du trou en ce moment, besoin de parler a un psy',
    'je me sens vide depuis mon divorce, a qui je peux en parler',
    'I feel sad and empty all the time, is there someone to talk to',
    'le moral a zero depuis l hiver, quelqu un peut m ecouter ?',
    'ma mere est toujours triste depuis le deces de papa, qui peut l aider',
    'je suis triste tous les jours sans raison, a qui en parler',
    "I've been feeling down since I moved here, who could I talk to",
    'je me sens vide, j ai plus gout a rien, ya une ecoute ?',
    'au fond du trou depuis des semaines, je voudrais parler a quelqu un',
    'my wife has been feeling empty since the birth, where can she get support',
  ])('%j → addictions-sante-mentale', (message) => {
    expect(answered(message)).toBe('addictions-sante-mentale');
  });
});

describe("the price of a driving licence or of driving lessons: not the help to pass it (out of scope)", () => {
  it.each([
    'combien coute le permis en auto ecole',
    'prix du permis de conduire a beuvry',
    'le permis ca coute combien en moyenne',
    'tarif heure de conduite auto ecole',
    'how much does a driving licence cost',
    'combien coute un permis b aujourd hui',
    'le permis coute combien a bethune',
    'cout du permis de conduire pour un jeune',
    'prix d un permis accelere',
    'combien d heures de conduite pour avoir le permis',
  ])('%j → fallback', (message) => {
    declined(message);
  });
});

describe("what will stand where a building was demolished ('à la place du bâtiment détruit'): the future public space", () => {
  it.each([
    'l immeuble demoli, il y aura quoi a sa place, un jardin ?',
    'a la place des anciens batiments on aura un parc ou des parkings ?',
    'ils vont faire quoi de l espace libere par la barre abattue',
    'apres avoir rase la tour ils mettent quoi',
    'a la place de la vieille barre ce sera quoi',
    'le batiment qu ils ont casse, ca va devenir un square ?',
    'ils construisent quoi a la place de l immeuble',
    'a la place de la tour detruite ils vont amenager quoi',
    'une fois la barre demolie, le terrain servira a quoi',
    'ya quoi de prevu a la place du vieux bloc demoli',
    'la tour detruite, ils vont mettre quoi a la place',
    'ils vont mettre quoi sur le terrain vague derriere l ecole',
  ])('%j → espace-public', (message) => {
    expect(answered(message)).toBe('espace-public');
  });
});

describe("things to do WITH one's child ('des activités à faire avec mon fils'): time together, the parents' topic", () => {
  it.each([
    'on passe nos journees devant la tele avec mon fils, je voudrais faire autre chose avec lui',
    'jaimerais faire des activites avec mon fils de 6 ans le week end',
    'des activites a faire avec mon petit le samedi matin ?',
    'papa divorce, je cherche des activites avec mes enfants le week end ou je les ai',
    'things to do with my little boy on wednesdays?',
  ])('%j → parentalite', (message) => {
    expect(answered(message)).toBe('parentalite');
  });
  it.each([
    'des sorties a faire avec mes enfants le mercredi ?',
    'je cherche des activites a faire avec ma fille de 3 ans',
    'je voudrais faire des sorties avec ma fille, juste elle et moi',
    'jeune maman, ya des choses a faire avec mon bebe dans le quartier',
    'des trucs a faire avec mes enfants qui coutent rien ?',
    'une activite avec mon fils de 7 ans pour qu on se retrouve',
    'je voudrais faire des choses avec ma fille a part les ecrans',
  ])('%j → parentalite, or offered', (message) => {
    expect(answeredOrOffered(message, 'parentalite')).toBe('parentalite');
  });
});

describe("sport for oneself, told by a mother ('un peu de sport pour moi', 'sport entre femmes'): time for oneself", () => {
  it.each([
    'je voudrais reprendre une activite sportive pour moi mais j ai les petits',
    'un peu de sport entre mamans le matin ca existe ?',
    'je voudrais faire du sport pour moi, ya des creneaux pour les femmes ?',
    'du sport pour les femmes le soir, ya quelque chose ?',
    "I'd like to do some sport for myself while the kids are at school",
    'une activite sportive pour moi le matin pendant que les petits sont a l ecole',
    'maman de 3, j aimerais faire du sport pour moi une fois par semaine',
    'un cours de sport entre femmes dans le quartier ?',
    'jveux juste un moment a moi, une heure sans les petits',
    'un moment pour moi sans les enfants, ya quoi a labourse',
    'faire du sport pour me sentir mieux dans ma peau, ya des creneaux pour les mamans ?',
  ])('%j → temps-pour-soi', (message) => {
    expect(answered(message)).toBe('temps-pour-soi');
  });
});

describe('the same words keep their meaning elsewhere', () => {
  it.each([
    ['aide pour passer le permis de conduire', 'transports'],
    ['quel batiment va etre demoli', 'renovation-habitat'],
    ['l immeuble detruit, on va etre reloge ou ?', 'renovation-habitat'],
    ['ils vont mettre quoi comme activites au club ados cet ete', 'club-ados'],
    ['je dois mettre quoi dans mon dossier caf', 'demarches-administratives'],
    ['je voudrais m inscrire dans un club de foot pour mon fils', 'associations'],
    ['ya des clubs de sport pour les enfants a labourse', 'associations'],
    ['des activites pour les ados pendant les vacances', 'club-ados'],
    ['ils vont demolir notre immeuble, on sera reloges ?', 'renovation-habitat'],
    ['on va etre reloge ou pendant la demolition', 'renovation-habitat'],
    ['tu sers a quoi toi ?', 'aide'],
    ['je voudrais signaler un probleme', 'remarque'],
    ['si je signale un probleme, les voisins sauront que c est moi ?', 'confidentialite'],
  ])('%j → %s', (message, topic) => {
    expect(answered(message)).toBe(topic);
  });
});
