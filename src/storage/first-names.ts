/**
 * First names, to recognise a person where nothing else says so ("ma fille aïcha a 12 ans", ", Fatima Benali" at the
 * end of a message). The lists are @faker-js/faker's (MIT, shipped in the package, nothing downloaded): French,
 * Belgian, Swiss and Senegalese French and English first names — the names residents of the quarter carry, modern
 * ones included (Kylian, Sofiane, Aïcha, Mehdi…). Names that are also everyday French words ("rose", "pierre",
 * "claire", "france") are set aside: alone they are words; the detectors take them only where the context says a
 * person is meant.
 */
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

function firstNamesOf(...locales: LocaleData[]): Set<string> {
  const names = new Set<string>();
  for (const locale of locales) {
    const lists = locale.rawDefinitions.person?.first_name;
    if (!lists || typeof lists !== 'object') continue;
    for (const list of Object.values(lists as Record<string, unknown>)) {
      if (!Array.isArray(list)) continue;
      for (const name of list) {
        if (typeof name !== 'string' || !/^[\p{Script=Latin}'’ -]+$/u.test(name)) continue;
        const folded = foldName(name);
        if (folded.length >= 3 && !EVERYDAY_WORDS.has(folded)) names.add(folded);
      }
    }
  }
  return names;
}

/** Built on first use: the lists take a few hundred milliseconds to load, which a tool that never redacts is spared. */
let firstNames: Set<string> | undefined;
function known(): Set<string> {
  firstNames ??= firstNamesOf(localeData('fr'), localeData('fr_BE'), localeData('fr_CH'), localeData('fr_SN'), localeData('en'));
  return firstNames;
}

type LocaleData = { rawDefinitions: { person?: { first_name?: unknown } } };

/** One of faker's locales, loaded now (the package is ESM: Node 20 requires it synchronously). */
function localeData(name: 'fr' | 'fr_BE' | 'fr_CH' | 'fr_SN' | 'en'): LocaleData {
  const modules: Record<typeof name, () => { faker: LocaleData }> = {
    fr: () => require('@faker-js/faker/locale/fr') as { faker: LocaleData },
    fr_BE: () => require('@faker-js/faker/locale/fr_BE') as { faker: LocaleData },
    fr_CH: () => require('@faker-js/faker/locale/fr_CH') as { faker: LocaleData },
    fr_SN: () => require('@faker-js/faker/locale/fr_SN') as { faker: LocaleData },
    en: () => require('@faker-js/faker/locale/en') as { faker: LocaleData },
  };
  return modules[name]().faker;
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
