/**
 * Issue 13.2, eleventh out-of-scope pass (engineer oos): a service that belongs to another town — "<service> de <town>",
 * "the <service> of <town>" — is that town's, not the quarter's, however sure the classifier is of the topic (engine.ts,
 * `anotherTownsService`). The towns are the lexicon's `elsewhere`, communes' compound names ("Hénin-Beaumont",
 * "Bully-les-Mines") and capitalised names the knowledge does not know ("Auchel", "Wingles"). Places one goes to or comes
 * from, the agglomeration, and people's names keep their answers. Wordings of our own, never an evaluation line; the
 * last describe is the quarter set aside before tuning.
 */
import { describe, expect, it } from 'vitest';
import { declined, expectAnswered, realCore } from '../helpers/core.js';

describe("another town's service: \"I don't know\", not the quarter's", () => {
  it.each([
    "le forum de l'emploi de Lens c'est quand",
    "horaires de la mairie d'Auchel",
    'la mairie de Carvin ouvre le samedi ?',
    'le conseil citoyen de Lille se réunit quand',
    "le club ados de Hénin-Beaumont c'est à partir de quel âge",
    "le pôle culturel d'Arras a quoi au programme",
    'les ateliers numériques de Roubaix c\'est gratuit ?',
    'le bus santé de Calais passe quand',
    "l'association des parents de Tourcoing, un contact ?",
    'forum emploi de lyon date',
    'who runs the youth club of Lille?',
    'job fair of Arras when is it',
    "club des seniors d'Isbergues, inscription ?",
    'les ateliers cuisine du centre social de Bruay',
    'le maire de douvrin c ki',
    'aide aux devoirs de Wingles horaires',
    "club de foot d'Hersin-Coupigny recrute ?",
    'bus santé femmes de Valenciennes dates',
    "le conseil citoyen de Carvin, comment on s'inscrit",
    'mayor of Béthune name',
    "l'espace numérique de Lens ouvre à quelle heure",
    'les jardins partagés de Lille ça marche comment',
    "la brocante de Cuinchy c'est quel dimanche",
    // English possessive (third step).
    "Lille's job fair when",
    "is Lens's youth club free",
  ])('"%s"', declined);

  it.each(["horaires de la mairie d'Auchel", 'la mairie de Carvin ouvre le samedi ?', 'mayor of Béthune name'])(
    'another town\'s mairie gets the directory of every mairie: "%s"',
    (question) => {
      const decision = realCore().engine.decide(question);
      expect(decision.kind === 'fallback' && decision.redirect !== undefined, question).toBe(true);
    },
  );
});

describe("another town's mairie written in lower case: the directory of every mairie (fourth step)", () => {
  it.each([
    'horaires mairie de cuinchy',
    'la mairie de douvrin ouvre a quelle heure',
    'le maire de wingles c qui',
    'mairie d auchel le samedi',
    'numero de la mairie de carvin',
    'la mairie de verquigneul elle ferme quand',
    'c koi le mail de la mairie de hersin',
    'mairie de chocques ouverte le lundi ?',
    'qui est maire de fouquieres',
    'mairie de annequin horaires',
    'adresse mairie de sailly',
    'la mairie d oignies c ou',
  ])('"%s"', declined);

  it.each([
    ['mairie de beuvry horaires', 'contact-mairie'],
    ['mairie de labourse le samedi', 'contact-mairie'],
    ['horaires mairie de labours', 'contact-mairie'],
  ])('the quarter\'s mairies keep their answer: "%s"', expectAnswered);
});

describe('a place one goes to, comes from or lives in keeps the quarter\'s answer', () => {
  it.each([
    ['ya des ateliers informatique à Lens ?', 'ateliers-numeriques'],
    ["comment aller à l'hôpital de Lens sans voiture", 'transports'],
    ['je viens de Lille et je connais personne, comment rencontrer les voisins ici', 'rencontres-echanges'],
    ["le forum de l'emploi c'est à Beuvry ou à Béthune ?", 'forum-emploi'],
    ["la maîtresse de Lina dit qu'on se moque d'elle tous les jours à l'école", 'harcelement-scolaire'],
    ['le fils de Karim se fait racketter au collège tous les jours', 'harcelement-scolaire'],
    ['bus pour le marché de Béthune le lundi', 'transports'],
    ['un frottis sans aller jusqu\'à Béthune, le bus santé passe quand ?', 'bus-sante'],
    ["ma mère vit seule, moi j'habite à Arras, il y a quelque chose pour les personnes âgées au quartier ?", 'intergenerationnel'],
    // A trip to another town's place is one (found after the first step: these went to "I don't know").
    ["ya un bus jusqu'au centre commercial de Noeux", 'transports'],
    ['pour aller au marché de Douai en bus', 'transports'],
    ["un bus pour l'hôpital de Lille", 'transports'],
    ['mon fils va au lycée de Lens, quel bus', 'transports'],
    // The resident's own need, another town's institution in the story (third step: these had turned into "I don't know").
    ["la mission locale de Béthune peut m'aider pour un CV ?", 'emploi-formation'],
    ["la CAF d'Arras m'a envoyé un courrier, qui peut m'aider à le lire", 'demarches-administratives'],
    ["la CPAM de Lens me demande des papiers, quelqu'un peut m'aider ?", 'demarches-administratives'],
    ['mon fils est au collège de Lens, il se fait harceler', 'harcelement-scolaire'],
    ['le bailleur social de Lens va rénover nos logements ?', 'renovation-habitat'],
  ])('"%s" → %s', expectAnswered);
});
