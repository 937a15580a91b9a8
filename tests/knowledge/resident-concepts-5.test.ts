/**
 * Residents' words by concept, fifth series (issue 13, in-scope understanding of unseen questions; docs/knowledge.md
 * « Mots des habitants par concept, cinquième série »): one's opinion on the quarter as a whole, outings for teenagers in
 * the summer, no diploma, a job search that goes nowhere ("rien ne marche" is no market), what goes in which bin (sorting,
 * not collection days), a child who no longer talks to the parent, a club for older people, who to see at the mairie
 * about a problem in the quarter and whether it opens on Saturday. A few general rules in `knowledge/lexicon.yaml`
 * (block « fifth series »). Every wording here is my own (standard, colloquial, SMS, indirect, English), never an
 * evaluation line; the last block checks that the same words keep their meaning elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { answered as answeredBy, declined, realCore } from '../helpers/core.js';

const { engine } = realCore();
const answered = (message: string) => answeredBy(engine, message);

describe("one's opinion on the quarter as a whole ('donner mon avis sur ce qui manque au quartier', 'have a say'): the conseil citoyen", () => {
  it.each([
    'je voudrais dire ce qui manque au quartier, c est a qui qu il faut le dire ?',
    'donner mon avis sur les besoins du quartier, comment faire',
    'ou est ce que les habitants peuvent donner leur avis sur le quartier',
    'jaimerais donner mon avis sur l avenir du quartier, ya une instance pour ca ?',
    'how can I give my opinion on what the neighbourhood needs?',
    'on peut dire notre avis sur ce qu il faut dans le quartier ?',
    'moi aussi jai un avis sur ce qui manque ici, qui ecoute les habitants ?',
    'donner son avis sur les projets du quartier, ca passe par qui',
    'where do residents get a say about the area?',
    'je veux participer aux choix pour le quartier, donner mon point de vue',
  ])('%j → conseil-citoyen', (message) => {
    expect(answered(message)).toBe('conseil-citoyen');
  });
});

describe("outings organised for teenagers in the summer or the holidays ('des sorties pour les ados cet été'): the club ados", () => {
  it.each([
    'des sorties pour les ados pendant les vacances d ete ?',
    'mon fils a 14 ans, ya des sorties organisees cet ete pour les jeunes ?',
    'are there trips for teenagers during the summer holidays?',
    'les jeunes du quartier partent en sortie cet ete ?',
    'programme des sorties ados vacances',
    'ya des sorties de prevues pr les ados pdt les vacances',
    'ma fille de 15 ans s ennuie l ete, ya des sorties avec d autres jeunes ?',
    'summer outings for teens in the neighbourhood?',
    'sorties jeunes juillet aout quartier',
    'pendant les grandes vacances ya des sorties pour les ados du quartier ?',
  ])('%j → club-ados', (message) => {
    expect(answered(message)).toBe('club-ados');
  });
});

describe("no diploma, only the brevet, no qualifications ('j'ai pas de diplôme, je fais quoi'): employment and training", () => {
  it.each([
    'jai pas de diplome, je peux trouver du travail ?',
    'sans diplome ni experience, je fais comment pour bosser',
    'arrete l ecole a 16 ans sans rien, je veux un metier',
    'I have no diploma, can I still find a job?',
    'j ai juste le brevet, quelle formation je peux faire',
    'pas de bac, pas de diplome, ya quoi pour moi niveau boulot',
    'no qualifications at all, where do I start to find work?',
    'jai 20 ans sans diplome, qui peut m aider a trouver une formation',
    'aucun diplome, c est foutu pour travailler ?',
    'jai quitte le lycee sans diplome, ya des aides pour trouver un job',
  ])('%j → emploi-formation', (message) => {
    expect(answered(message)).toBe('emploi-formation');
  });
});

describe("a job search that goes nowhere ('je cherche du boulot depuis un an, rien ne marche'): employment, not a market", () => {
  it.each([
    'je cherche du boulot depuis des mois et rien ne marche',
    'ca fait 6 mois que je postule partout, rien ne marche',
    'jenvoie des cv depuis longtemps mais ca marche jamais',
    'I have been looking for work for a year and nothing works',
    'recherche d emploi qui marche pas, qui peut m aider ?',
    'jcherche un job depuis longtemps, rien ne fonctionne',
    'au chomage depuis 8 mois et rien ne bouge',
    'je trouve pas de travail malgre mes candidatures',
    'ca marche pas ma recherche de boulot, des conseils ?',
    'ca fait un an que je cherche un emploi et rien ne marche, je fais quoi',
  ])('%j → emploi-formation', (message) => {
    expect(answered(message)).toBe('emploi-formation');
  });
});

describe("what goes in which bin ('le bac jaune on met quoi dedans', 'which bin'): sorting, not the collection days", () => {
  it.each([
    'le bac jaune on met quoi dedans ?',
    'les pots de yaourt ca va dans le bac jaune ou pas',
    'comment faire le tri des dechets a la maison',
    'which bin for plastic bottles?',
    'les cartons ca va dans quelle poubelle',
    'je sais jamais quoi mettre dans le bac jaune',
    'trier ses dechets c est comment ici, ya des conseils ?',
    'le verre ca va dans quelle poubelle chez nous',
    'how do I sort my rubbish properly?',
    'des conseils pour bien trier les emballages ?',
  ])('%j → eco-gestes', (message) => {
    expect(answered(message)).toBe('eco-gestes');
  });
});

describe('a child who no longer talks to the parent, parent and child who no longer understand each other: family life', () => {
  it.each([
    'mon ado ne me parle plus du tout, comment renouer',
    'ma fille de 13 ans et moi on ne se comprend plus',
    'on se dispute tout le temps avec mon fils, je sais plus comment lui parler',
    'my teenage son won t talk to me anymore, what can I do?',
    'mon fils s enferme dans sa chambre et ne dit plus rien',
    'le dialogue est coupe avec ma fille, qui peut m aider',
    'jarrive plus a communiquer avec mon ado',
    'mon gamin me repond plus, on s engueule sans arret',
    'how do I talk to my teenager, we keep fighting',
    'conflits avec mon enfant de 12 ans, ya quelqu un pour conseiller les parents ?',
  ])('%j → parentalite', (message) => {
    expect(answered(message)).toBe('parentalite');
  });
});

describe("a club or a gathering for older people ('un club pour les plus de 65 ans', 'senior club'): the club des aînés, intergenerational", () => {
  it.each([
    'un club pour les plus de 65 ans dans le quartier ?',
    'ya un club des aines a labourse ?',
    'activites pour les retraites du quartier',
    'is there a club for older people around here?',
    'ya un club du troisieme age ?',
    'ma mere a 75 ans elle voudrait rencontrer des gens de son age, ya un club ?',
    'jeux de cartes avec les papys et les petits, ca existe ?',
    'senior club in the neighbourhood?',
    'club seniors labourse',
    'activites pour les plus de 60 ans a beuvry ?',
    'ya un club pour les plus de 70 ans a beuvry ?',
    'le club des aines se reunit ou ?',
  ])('%j → intergenerationnel', (message) => {
    expect(answered(message)).toBe('intergenerationnel');
  });
});

describe('who to see at the mairie about a problem in the quarter, and whether it opens on Saturday: contacting the mairie', () => {
  it.each([
    'qui contacter a la mairie pour un probleme dans le quartier',
    'a la mairie c est qui qu il faut voir pour un souci de quartier',
    'la mairie est ouverte le samedi matin ?',
    'who do I call at the town hall about a problem in the area?',
    'je travaille toute la semaine, la mairie ouvre le samedi ?',
    'a qui je parle en mairie pour notre quartier',
    'numero de la mairie pour un probleme dans ma rue',
    'on peut aller a la mairie le samedi ?',
    'is the town hall open on saturdays?',
    'quel service de la mairie pour un souci au quartier renaissance',
  ])('%j → contact-mairie', (message) => {
    expect(answered(message)).toBe('contact-mairie');
  });
});

describe('the same words keep their meaning elsewhere', () => {
  it.each([
    ['je veux donner mon avis sur la future place', 'espace-public'],
    ['on peut donner notre avis sur le projet d espace public ?', 'espace-public'],
    ['le club ados ouvre quand', 'club-ados'],
    ['ya des sorties au pole culturel ce mois ci', 'pole-culturel'],
    ['mon fils boit de plus en plus et je sais pas comment lui parler', 'addictions-sante-mentale'],
    ['mon fils est harcele au college', 'harcelement-scolaire'],
    ['atelier informatique pour les seniors', 'ateliers-numeriques'],
    ['comment ca marche l aide aux devoirs', 'aide-devoirs'],
    ['mon fils passe le brevet cette annee, ya du soutien ?', 'aide-devoirs'],
    ['le conseil citoyen se reunit quand', 'conseil-citoyen'],
    ['je veux faire une remarque sur le quartier', 'remarque'],
    ['un club de foot pour mon fils de 10 ans', 'associations'],
    ['horaires de la mairie de labourse', 'contact-mairie'],
  ])('%j → %s', (message, topic) => {
    expect(answered(message)).toBe(topic);
  });
  it.each(['les poubelles jaunes passent quel jour', 'le camion a pas ramasse le bac jaune', 'le marche du dimanche c est ou'])('%j → fallback', (message) => {
    declined(message);
  });
});
