/** Sound keys and typing costs (src/engine/typos.ts), and what they change in matching (search-index.ts). */
import { describe, expect, it } from 'vitest';
import { phoneticKey, typoCost } from '../../src/engine/typos.js';
import { createCore } from '../../src/core.js';
import { TYPO_MATCHING } from '../../src/engine/search-index.js';
import { answered, realCore } from '../helpers/core.js';

describe('sound keys', () => {
  it.each([
    ['harceler', 'arceler'],
    ['harcelement', 'arcelemen'],
    ['formation', 'formassion'],
    ['quartier', 'cartier'],
    ['emploi', 'amploi'],
    ['travaille', 'travaye'],
    ['recreation', 'recreassion'],
    ['college', 'colege'],
    ['dossier', 'dosier'],
    ['veux', 'veu'],
    ['travaux', 'travo'],
  ])('"%s" and "%s" sound alike', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });

  it('keeps different words apart', () => {
    expect(phoneticKey('constitu')).not.toBe(phoneticKey('constip'));
    expect(phoneticKey('conducteur')).not.toBe(phoneticKey('convecteur'));
  });
});

describe('typing cost', () => {
  it('charges 1 for the slips of real typing', () => {
    expect(typoCost('cherhce', 'cherche')).toBe(1); // swapped
    expect(typoCost('fomation', 'formation')).toBe(1); // dropped
    expect(typoCost('forim', 'forum')).toBe(1); // neighbouring key
    expect(typoCost('amploi', 'emploi')).toBe(1); // vowel for vowel
  });

  it('charges more for unrelated letters: the false friends of a plain edit distance', () => {
    expect(typoCost('constitu', 'constip')).toBeGreaterThan(2);
    expect(typoCost('conducteur', 'convecteur')).toBeGreaterThan(2);
  });
});

describe('matching residents’ misspellings to the knowledge', () => {
  const { engine } = realCore();
  const topic = (q: string) => answered(engine, q);

  it.each([
    ['ma fille se fait arceler au colege', 'harcelement-scolaire'],
    ['je cherche une formassion', 'emploi-formation'],
    ['kan passe le bus santer', 'bus-sante'],
  ])('"%s" → %s', (question, expected) => {
    expect(topic(question)).toBe(expected);
  });

  it('does not read a real word as a typo of another (false friends)', () => {
    expect(topic('je dois constituer un dossier de retraite')).not.toBe('sante-alimentation');
    expect(topic('he sent me a threat')).not.toBe('bus-sante');
    expect(topic('je cherche un emploi de conducteur de bus')).not.toBe('renovation-habitat');
  });
});

describe('Fuse.js over the knowledge’s whole words (and the stopwords)', () => {
  const { engine } = realCore();
  const withoutWords = createCore({ typos: { ...TYPO_MATCHING, fuseWords: false } }).engine;
  const topic = answered;

  it.each([
    // a swap, which Fuse.js over stems (threshold 0.25: two edits for it) never proposed
    ['ya un atelier nuemrique', 'ateliers-numeriques'],
    // a misspelt stopword ("dnas") dropped, instead of weighing as much as the rarest word of the knowledge ("une crèche
    // dnas la ville" no longer needs it: with no out-of-scope domain teaching "crèche", the rest of the message suffices)
    ['ou faire garder mon fils dnas la ville', 'modes-de-garde'],
    // a short word with a letter dropped
    ['le clb ados c ou', 'club-ados'],
    // glued elisions whose rest is misspelt: "d'ordinateur", "la mairie"
    ['ya des cours dordinater', 'ateliers-numeriques'],
    ['les horaires de lamairie', 'contact-mairie'],
  ])('"%s" → %s (and not without it)', (question, expected) => {
    expect(topic(engine, question)).toBe(expected);
    expect(topic(withoutWords, question)).not.toBe(expected);
  });

  it('does not make a foreign name a misspelt stopword, nor read it as a short word', () => {
    expect(engine.decide('Who painted the Mona Lisa?').kind).toBe('fallback');
  });
});
