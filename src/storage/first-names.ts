/**
 * First names, to recognise a person where nothing else says so ("ma fille aïcha a 12 ans", ", Fatima Benali" at the
 * end of a message). The lists are @faker-js/faker's (MIT), copied into first-names-list.ts by first-names-source.ts: French,
 * Belgian, Swiss and Senegalese French and English first names — the names residents of the quarter carry, modern
 * ones included (Kylian, Sofiane, Aïcha, Mehdi…). Names that are also everyday French words ("rose", "pierre",
 * "claire", "france") are set aside: alone they are words; the detectors take them only where the context says a
 * person is meant.
 */
import { FIRST_NAMES } from './first-names-list.js';
import { foldName } from './name-fold.js';

/** First names that are also ordinary words a resident writes (folded: lower case, no accents). */
const EVERYDAY_WORDS = new Set(
  (
    'abel adore aime aimee alba alma amande ambre ange angel angele anges april aube aurore avril azur baptiste belle bella ' +
    'benoit bleu blanche bonne brune candide capucine cerise chance charity chantal charme cheri cherie claire clemence colombe ' +
    'constance cote coralie crystal dale dawn desire desiree destiny dieu dimanche dominique don dore douce eden emeraude ' +
    'emery esperance ete etoile faith fidele fleur flore forest france franc frank gai gaie gale georgia glen grace ' +
    'grand guy honor hope iris ivy jade jasmine joy june juste lance laurier lee lilas lili lily linda lune lys ' +
    'mai marin marine mark may melodie merci mercedes miel mignon modeste morgan myrtille neige noel noelle ocean olive ' +
    'opale page paris pascal pascale patience pearl perle pervenche pierre pierrette prince princesse prosper prudence ' +
    'prune rain ray reine rich rose rosee ruby sage saint salut sandy serein serena sky soleil sophie sunny sylvestre ' +
    'tempest trinity urbain valentin vanille victoire vivien violette will winter zephyr ' +
    // short words and function words that a list of thousands of names inevitably holds
    'a al an ann as au ay bo de di do du el en et il in la le les li lu ma me mi mo ne no ou pa sa se si ta te to tu un une ' +
    'avec pour sur sous par dans chez mais donc car ni ce cet cette ces mon ton son mes tes ses nos vos leur leurs ' +
    'est sont bien bon mal tout tous rien plus moins tres trop peu ' +
    // found among the words of the knowledge base and of residents' messages (tests/fixtures)
    'can lui job name alone baby deja avis beau price porter marques monte come mamie line said bill dame ben summer sister ' +
    'else amie green dan samu dune general parfait violet clair moche clio sim arcade justice ami soda grant lue haven fares ' +
    'king pathe ascension amour aren iban tea vigile lean unique heaven barbe lasse amant nine gene fortune sterling mac ' +
    'oran sue kine lourdes islam chretien israel chai dane van ora avi aimable toussaint urban pol max bas sol mer lac roc ' +
    'vie eau feu air sel bal bel fin non oui qui que quoi bus car gare poste ville parc pole stade ecole mairie'
  ).split(' '),
);

/**
 * The first names (folded) that are not everyday words: faker's lists as first-names-list.ts holds them, generated
 * from the package (first-names-source.ts) rather than loaded from it at run time.
 */
function firstNamesOf(list: string): Set<string> {
  const names = new Set<string>();
  for (const name of list.split('|')) if (name.length >= 3 && !EVERYDAY_WORDS.has(name)) names.add(name);
  return names;
}

/** Built on first use. */
let firstNames: Set<string> | undefined;
function known(): Set<string> {
  firstNames ??= firstNamesOf(FIRST_NAMES);
  return firstNames;
}

/** Is this word (any case, accents or not) a first name that is not also an everyday word? */
export function isFirstName(word: string): boolean {
  const folded = foldName(word);
  const names = known();
  if (names.has(folded)) return true;
  // "Jean-Pierre", "Marie-Claire": every part a first name (a part alone may be an everyday word, as "claire").
  const parts = folded.split('-');
  return parts.length > 1 && parts.every((part) => names.has(part) || EVERYDAY_WORDS.has(part)) && parts.some((part) => names.has(part));
}

export function firstNameCount(): number {
  return known().size;
}
