/**
 * Residents' phrasings written outside the team (`residentPhrasings`, docs/engine.md): read like phrasings by the
 * search, left out of the danger safety net; and the first-question families fixed with them (issue 13).
 */
import { describe, expect, it } from 'vitest';
import { allPhrasings } from '../../src/knowledge/schema.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { answered, realCore } from '../helpers/core.js';

describe('residents’ phrasings', () => {
  it('are read with the phrasings, by language', () => {
    const entry = { phrasings: { fr: ['a'], en: ['b'] }, residentPhrasings: { fr: ['c'], en: ['d'] } };
    expect(allPhrasings(entry)).toEqual(['a', 'b', 'c', 'd']);
    expect(allPhrasings(entry, 'fr')).toEqual(['a', 'c']);
    expect(allPhrasings(entry, 'en')).toEqual(['b', 'd']);
    expect(allPhrasings({ phrasings: { fr: ['a'], en: [] } })).toEqual(['a']);
    expect(loadKnowledge().entries.some((e) => (e.residentPhrasings?.fr.length ?? 0) > 0)).toBe(true);
  });

  it('"garderie" alone is childcare, not what the assistant keeps (confidentialité)', () => {
    const { engine } = realCore();
    for (const q of ['garderie', 'garderie ?', 'une garderie', 'babysitter', 'garderie pour bebe', 'ya une garderie dans le quartier pour les petits', 'nounou ou garderie', 'i need a babysitter', 'garderie mercredi', 'une garderie pour mon fils']) {
      expect(answered(engine, q), q).toBe('modes-de-garde');
    }
    // the school's garderie is the périscolaire, a municipal service the convention does not cover
    for (const q of ['garderie periscolaire le matin ca commence quand', 'la garderie du soir finit a quelle heure', "garderie apres l'ecole", 'inscription garderie le matin']) {
      expect(answered(engine, q), q).not.toBe('modes-de-garde');
    }
  });

  it('an older relative who is bored is the intergenerational topic; a bored teenager stays the club Ados', () => {
    const { engine } = realCore();
    for (const q of ["ma grand-mère s'ennuie", "mamie s'ennuie", "mon grand-père s'ennuie", "ma grand mère s'ennui", "mon papi s'ennuie le dimanche", 'ma mamie sennui', "ma voisine agee s'ennuie"]) {
      expect(answered(engine, q), q).toBe('intergenerationnel');
    }
    for (const q of ["mon fils s'ennuie"]) expect(answered(engine, q), q).toBe('club-ados');
  });
});
