import { describe, expect, it } from 'vitest';
import { FIRST_NAMES } from '../../src/storage/first-names-list.js';
import { fakerFirstNames, firstNamesListSource } from '../../src/storage/first-names-source.js';
import { firstNameCount, isFirstName } from '../../src/storage/first-names.js';

describe('first names (first-names-list.ts, generated from faker)', () => {
  it('holds exactly the names of faker\'s lists: regenerate it after upgrading faker', () => {
    expect(FIRST_NAMES.split('|').filter(Boolean)).toEqual(fakerFirstNames());
    expect(firstNamesListSource()).toContain(FIRST_NAMES.slice(0, 60));
  });

  it('leaves the everyday words out and reads names in any case, accents or not', () => {
    expect(firstNameCount()).toBeGreaterThan(4000);
    for (const name of ['Aïcha', 'aicha', 'KYLIAN', 'Sofiane', 'mehdi', 'Fatima', 'Jean-Pierre', 'Marie-Claire']) expect(isFirstName(name)).toBe(true);
    for (const word of ['rose', 'pierre', 'claire', 'france', 'bus', 'mairie', 'bonjour', 'Claire-Rose']) expect(isFirstName(word)).toBe(false);
  });
});
