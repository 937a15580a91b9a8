/**
 * Issue 13.2, municipal pass: an event, works or a service in a town outside the quarter, asked about impersonally
 * ("la fête de la musique à Lille", "les travaux à Roubaix"), is that town's, not the quarter's — even when the
 * classifier is sure of the topic the words evoke (agenda, renovation…): "I don't know". The resident's own need or
 * trip keeps the quarter's answer ("j'ai trouvé un emploi à Lens mais pas de voiture", "aller bosser à Bruay").
 * More towns of the area are known as such (lexicon `elsewhere`: Carvin, Hénin, Bully, Harnes, Paris…).
 * Our own wordings, never an evaluation line.
 */
import { describe, it } from 'vitest';
import { declined, expectAnswered } from '../helpers/core.js';

describe('a question about something happening in another town: "I don\'t know"', () => {
  it.each([
    'la fete de la musique a lille c quoi le programme',
    'programme de la fete de la musique a arras',
    'les travaux de renovation des immeubles a douai finissent quand',
    'renovation de la gare a tourcoing ca finit quand',
    'le carnaval a dunkerque c quel dimanche',
    'concert gratuit a lille ce soir',
    'le vide grenier a carvin c quel dimanche',
    'le bus santé passe a roubaix quand',
    'la fete des voisins a harnes c quel jour',
    'la braderie a armentieres c quel weekend',
    'forum des associations a paris c quand',
    'marché de noel a hazebrouck cette annee ?',
  ])('"%s"', declined);
});

describe('the resident\'s own need or trip keeps the quarter\'s answer', () => {
  it.each([
    ["jai trouvé un emploi a lens mais pas de voiture, comment j'y vais", 'transports'],
    ['mon fils doit aller en stage a douai sans voiture, comment il fait', 'transports'],
    ['ma mère vit seule a arras, moi je suis a beuvry, ya des visites pour les personnes agees ?', 'intergenerationnel'],
    ['comment aller a bethune en bus depuis le quartier', 'transports'],
    ['ma fille est au lycee a bethune et elle a du mal en maths, ya de l aide aux devoirs ?', 'aide-devoirs'],
    ['sans permis c galere pour aller bosser a carvin, ya des solutions ?', 'transports'],
  ])('"%s" → %s', expectAnswered);
});
