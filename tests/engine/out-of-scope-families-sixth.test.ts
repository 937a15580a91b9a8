/**
 * Issue 13 item 2, sixth pass: families of out-of-scope questions still answered — who must pay or fix a broken thing
 * in a rented home (the landlord's repairs, not the quarter's renovation project), a place in a care home and the
 * allowance for dependent elders (the CCAS), a resident's rights with the police (custody, a search, an identity
 * check), a commercial gym; and the in-scope neighbours that keep their topic (the renovation, the elders' activities,
 * childcare, the quarter's sports associations). Wordings of our own, never evaluation lines.
 */
import { describe, expect, it } from 'vitest';
import { declined, expectAnswered, realCore, redirectedTo } from '../helpers/core.js';

const core = realCore();

describe("a resident's rights with the police, a commercial gym: declined", () => {
  it.each([
    'la police peut entrer chez moi sans mandat ?',
    'mon fils est en garde à vue, il a droit à un avocat ?',
    "un contrôle d'identité dans la rue, je dois montrer mes papiers ?",
    'combien de temps dure une garde à vue au maximum',
    'les gendarmes ont fait une perquisition chez mon frère, c’est légal ?',
    'on m’a menotté pendant un contrôle de police, je peux porter réclamation ?',
    'abonnement basic fit combien par mois',
    'le keep cool de béthune ouvre à quelle heure',
    'fitness park ou basic fit, lequel est le moins cher',
    'une salle de fitness ouverte 24h sur 24 près de labourse',
  ])('"%s"', declined);

  it.each([
    ['la garde d enfant le mercredi', 'modes-de-garde'],
    ['ya un club de judo pour les enfants à labourse ?', 'associations'],
  ])('childcare and the quarter’s clubs keep their topic: "%s"', expectAnswered);
});

describe('tobacco and vaping bought in a shop, their price: declined; stopping smoking stays addictions', () => {
  it.each([
    'où est le bureau de tabac ouvert le dimanche',
    'le prix du paquet de cigarettes augmente quand',
    'une boutique de cigarette électronique dans le coin',
    'un tabac ouvert après 20h à labourse ?',
    'le prix des cigarettes en belgique est moins cher ?',
    'un vape shop à béthune avec du choix',
    'combien coûte un e-liquide à la menthe',
    'le tabac presse vend des timbres ?',
    'le buraliste fait aussi relais colis ?',
    'un magasin de vape qui répare les cigarettes électroniques',
  ])('"%s"', declined);

  it.each([
    ['je veux arrêter de fumer, la cigarette électronique ça aide ?', 'addictions-sante-mentale'],
    ['mon fils de 14 ans fume déjà un paquet par jour', 'addictions-sante-mentale'],
    ["le tabac c'est dangereux pour les ados ?", 'addictions-sante-mentale'],
    ['les jeux à gratter, ça rend accro ?', 'addictions-sante-mentale'],
  ])('stopping smoking and gambling stay addictions: "%s"', expectAnswered);
});

describe('a bus or an event in a big town further away: declined', () => {
  it.each([
    "le bus à lyon c'est gratuit ?",
    'les bus à marseille le dimanche',
    'le tram de bruxelles pour un week-end',
    'un concert à dunkerque samedi soir',
    'la fête foraine de valenciennes',
    'le marché de roubaix est le mercredi ?',
    'un métro à lyon jusqu à quelle heure',
    'la braderie de tourcoing c’est quand',
    'le bus de nuit à londres',
    'the bus in london how much',
  ])('"%s"', declined);
});

describe("another town's mairie redirect only when the mairie is a real candidate", () => {
  it.each(['un métro à lyon jusqu à quelle heure', 'le tram à marseille passe toutes les combien'])(
    '"%s" is declined without the town-hall directory',
    (question) => {
      const decision = core.engine.decide(question);
      expect(decision.kind, question).toBe('fallback');
      const label = decision.kind === 'fallback' ? decision.redirect?.label.fr ?? '' : '';
      expect(label, question).not.toMatch(/mairie/);
    },
  );
});

describe("an employee's rights in a job (what is owed, an unpaid wage): declined; finding a job stays emploi-formation", () => {
  it.each([
    "j'ai été licencié, j'ai droit à combien d'indemnités",
    'licenciement abusif, je peux faire quoi contre mon patron',
    'mon employeur me paie pas mes heures depuis le mois dernier',
    'il y a une erreur sur ma fiche de paie, qui contacter',
    'le solde de tout compte ça se calcule comment',
    'I was fired, what severance pay do I get',
    "la prime de licenciement est imposable ?",
    'licencié sans raison après six mois, c’est légal ?',
    "pas reçu mon salaire de novembre, je fais quoi",
    'unfair dismissal, where can I get advice',
  ])('"%s"', declined);

  it.each([
    "j'ai été licencié, je cherche du travail vite",
    'licencié à 55 ans, qui peut m’aider à retrouver un emploi',
  ])('finding a job again stays emploi-formation: "%s"', (q) => expectAnswered(q, 'emploi-formation'));
});

describe("the region's museums (the Louvre-Lens): declined; the pôle culturel's exhibitions stay pole-culturel", () => {
  it.each([
    "l'exposition au louvre-lens en ce moment",
    'les horaires du musée du louvre lens',
    "le musée de la mine à lewarde c'est combien",
    'une visite au musée pour les enfants pendant les vacances',
    'le louvre de lens est fermé le mardi ?',
    'le musée des beaux-arts d’arras est gratuit ?',
    'is the louvre lens museum free',
    'un musée sympa à visiter avec des ados dans le coin',
    'le centre historique minier propose des visites guidées ?',
    'les tableaux exposés au musée du louvre en ce moment',
  ])('"%s"', declined);

  it.each([
    ["l'exposition photo au pôle culturel c'est jusqu'à quand", 'pole-culturel'],
    ['ya des expositions au pôle culturel ?', 'pole-culturel'],
    ['le pôle culturel organise des sorties au musée ?', 'pole-culturel'],
  ])('the pôle culturel keeps its topic: "%s"', expectAnswered);
});
