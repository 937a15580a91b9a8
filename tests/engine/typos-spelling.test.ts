/**
 * Residents' spelling, second pass (issue 13 point 3, 7/12/2026): keys one above the other on a phone's AZERTY
 * keyboard, double letters typed single or doubled, SMS and slang forms the lexicon lacked ("gratos", "fame",
 * "pblm", "jsé"), and misspelt words that the lexicon writes as several ("nounou" → "assistante maternelle").
 * Every wording here was written for these tests; none is an evaluation line.
 */
import { describe, expect, it } from 'vitest';
import { typoCost } from '../../src/engine/typos.js';
import { answered, realCore } from '../helpers/core.js';

describe('keys one above the other on an AZERTY phone keyboard cost one slip', () => {
  it.each([
    ['fqire', 'faire'],
    ['forjm', 'forum'],
    ['qdresse', 'adresse'],
    ['sange', 'sante'],
    ['atdlier', 'atelier'],
    ['rejnion', 'reunion'],
    ['ordknateur', 'ordinateur'],
    ['flrum', 'forum'],
    ['maifie', 'mairie'],
    ['crdche', 'creche'],
    ['pamiers', 'papiers'],
  ])('"%s" is one slip from "%s"', (typed, meant) => {
    expect(typoCost(typed, meant)).toBe(1);
  });

  it('while unrelated letters still cost two', () => {
    expect(typoCost('maiqie', 'mairie')).toBe(2);
    expect(typoCost('constitu', 'constip')).toBeGreaterThan(2);
  });

  const { engine } = realCore();
  it.each([
    ['tu sais fqire koi', 'aide'],
    ['un atdlier informatique au pole culturel', 'ateliers-numeriques'],
    ['une place en crdche pour mon bebe', 'modes-de-garde'],
    ['c quand le flrum de l emploi', 'forum-emploi'],
  ])('"%s" → %s ("fqire" is not "fire", the English word a letter away)', (q, topic) => {
    expect(answered(engine, q)).toBe(topic);
  });
});

describe('double letters typed single, single letters typed double', () => {
  const { engine } = realCore();
  it.each([
    ['le numerro de la mairrie svp', 'contact-mairie'],
    ['c ou le quartierr renaissance', 'quartier-renaissance'],
    ['menuu', 'aide'],
    ['je cherche une nourrice pour mon bebe a la crecche', 'modes-de-garde'],
    ['la renovation de notre apartement c pour kan', 'renovation-habitat'],
    ['comment baisser ma facture de chaufage', 'eco-gestes'],
    ['mon fils se fait harceler au colllege', 'harcelement-scolaire'],
    ['le cluub ados c ouvert le mercredi', 'club-ados'],
    ['le forrum de l emploi c quand', 'forum-emploi'],
    ['je cherche une formattion pour retrouver du travail', 'emploi-formation'],
    ['aide aux devoirrs pour mon fils', 'aide-devoirs'],
    ['le buss santé passe quand', 'bus-sante'],
  ])('"%s" → %s', (q, topic) => {
    expect(answered(engine, q)).toBe(topic);
  });

  it('a feminine "ée" is no doubled letter ("douée" is not a slip for "doué")', () => {
    const index = (engine as unknown as { index: { match(t: { word: string; stem: string; weak: boolean }): { similarity: number }[] } }).index;
    const best = index.match({ word: 'douee', stem: engine.normaliser.stem('douee'), weak: false })[0];
    expect(best?.similarity ?? 0).toBeLessThan(0.9);
  });
});

describe('SMS and slang forms of the lexicon', () => {
  const { engine } = realCore();
  it.each([
    ['le bus sante c est gratos ?', 'bus-sante'],
    ['le bus pour les fame c quand', 'bus-sante'],
    ['un depistage pour les fammes c gratos', 'bus-sante'],
    ['jai un pblm avec mon dossier caf qui peut m aider', 'demarches-administratives'],
    ['le sport c gratos pour les enfants avec le pass decouverte ?', 'associations'],
    ['jsé pas me servir d un ordi', 'ateliers-numeriques'],
  ])('"%s" → %s', (q, topic) => {
    expect(answered(engine, q)).toBe(topic);
  });

  it.each([
    ['gratos', 'gratuit'],
    ['fame', 'femme'],
    ['fames', 'femmes'],
    ['pblm', 'probleme'],
    ['prblm', 'probleme'],
    ['b1', 'bien'],
    ['jse', 'je sais'],
    ['cke', 'ce que'],
    ['vacs', 'vacances'],
    ['gratosse', 'gratuit'],
  ])('"%s" is written "%s"', (sms, word) => {
    expect(engine.normaliser.foldForPatterns(sms)).toBe(word);
  });
});

describe('a misspelt word that the lexicon writes as several words', () => {
  const { engine } = realCore();
  it.each([
    'je cherche une nunou pour mon bebe',
    'une nounoo pas chere a labourse',
    'combien coute une asmatt par mois',
    'nounoy pour mon fils de 2 ans',
    'trouver une nounouu pour la rentree',
    'une nounnou agreee pres de chez moi',
    'ya des nounou dispo a beuvry',
    'nouno pour garder ma fille le matin',
    'je cherche une asmat pour septembre',
    'comment trouver une nounous',
  ])('"%s" → modes-de-garde', (q) => {
    expect(answered(engine, q)).toBe('modes-de-garde');
  });
});

describe('the lexicon\'s terms of several words, written loosely (double letters, a final e, s or x)', () => {
  const { engine } = realCore();
  it.each([
    ['inscrir a france travaille aidé moi', 'emploi-formation'],
    ['jai perdu ma carte vital comment faire', 'demarches-administratives'],
    ['je suis inscrit a pole emplois depuis 1 an', 'emploi-formation'],
    ['ma carte vitalle est perimee qui peut m aider', 'demarches-administratives'],
    ['mon conseiller france travails me repond plus', 'emploi-formation'],
    ['radié de pole emplois que faire', 'emploi-formation'],
    ['c quand le job datings', 'forum-emploi'],
    ['refaire ma carte vitales', 'demarches-administratives'],
    ['un centre de loisir pour les vacances', 'fallback'],
    ['les centres de loisir ouvrent quand', 'fallback'],
    ['une place handicapee devant chez moi', 'fallback'],
  ])('"%s" → %s', (q, topic) => {
    expect(answered(engine, q)).toBe(topic);
  });

  it('only inside terms of several words: a single word keeps its own spelling', () => {
    expect(engine.normalise('travaille').tokens.map((t) => t.word)).toEqual(['travaille']);
    expect(engine.normalise('france travaille').tokens.map((t) => t.word)).toEqual(['francetravail']);
  });
});
