/**
 * SMS and phonetic spellings (issue 13, typos-fresh): common words written as they sound, sound keys of the nasal
 * "1", of "ville" and "forum", the first letter of a word, and misspelt words whose stem falls on another word.
 * The misspellings here are written for these tests, none is an evaluation line.
 */
import { describe, expect, it } from 'vitest';
import { phoneticKey, typoCost } from '../../src/engine/typos.js';
import { SearchIndex } from '../../src/engine/search-index.js';
import { realCore } from '../helpers/core.js';

describe('sound keys of SMS and phonetic spellings', () => {
  it.each([
    ['soutien', 'souti1'],
    ['bien', 'bi1'],
    ['chacun', 'chac1'],
    ['rien', 'ryen'],
    ['forum', 'foromme'],
    ['album', 'albome'],
    ['ville', 'vile'],
    ['village', 'vilage'],
    ['place', 'plasse'],
  ])('"%s" and "%s" sound alike', (a, b) => {
    expect(phoneticKey(a)).toBe(phoneticKey(b));
  });

  it('keeps a said final s apart from a silent ending', () => {
    expect(phoneticKey('place')).not.toBe(phoneticKey('plat'));
    expect(phoneticKey('cherhce')).not.toBe(phoneticKey('cher'));
    // "fille" and "famille" keep their "ille"
    expect(phoneticKey('fille')).not.toBe(phoneticKey('fil'));
  });
});

describe('typing cost of the first letter', () => {
  it('charges 2 for a first letter dropped or added: it is seen as it is typed', () => {
    expect(typoCost('cover', 'over')).toBe(2);
    expect(typoCost('lecture', 'ecture')).toBe(2);
  });

  it('but 1 for a silent h and the z of a liaison', () => {
    expect(typoCost('arcelement', 'harcelement')).toBe(1);
    expect(typoCost('zenfants', 'enfants')).toBe(1);
  });
});

describe('common words written as they sound', () => {
  const { engine } = realCore();
  const words = (q: string) => engine.normalise(q).tokens.map((t) => t.word);

  it('are the stopwords they stand for, not the rarest words of the message', () => {
    expect(words('tu veu fer koi')).toEqual([]);
    expect(words('on fé comment, jsp, ca sert a ryen')).toEqual(['sert']);
    expect(words('il pu plu rien dir')).toEqual([]);
    expect(words('oué jcp, boucou trop pour moi')).toEqual([]);
  });

  it('but iron stays iron', () => {
    expect(words('il avait une barre de fer')).toContain('fer');
    expect(words('brule avec le fer a repasser')).toContain('fer');
  });

  it('an elision glued to a common word is dropped like it', () => {
    const tokens = engine.normalise('merci de mavoir rappele').tokens;
    const mavoir = tokens.find((t) => t.word === 'mavoir');
    expect(mavoir).toBeDefined();
    // the engine drops it (search-index.ts isMisspeltCommonWord): "merci" alone decides
    const d = engine.decide('merci de mavoir rappele');
    expect(d.kind === 'answer' && d.topic).toBe('salutation');
  });
});

describe('misspelt words matched to what they sound like', () => {
  const { engine } = realCore();
  const decision = (q: string) => engine.decide(q);
  const first = (q: string) => {
    const d = decision(q);
    return d.kind === 'answer' ? d.topic : d.candidates[0]?.topic;
  };

  it('a misspelt word whose stem is another word is read as the word it sounds like too', () => {
    // "meri" stems to "mer" (mère); it is also "mairie"
    expect(first('le numero de la meri svp')).toBe('contact-mairie');
    expect(first('a kel heure ouvre la meri')).toBe('contact-mairie');
  });

  it('"forum" said as written', () => {
    const d = decision('c kan le forome pour trouvé du boulo');
    expect(d.kind === 'answer' && d.topic).toBe('forum-emploi');
  });

  it('the nasal 1 of SMS', () => {
    const d = decision('je cherche un souti1 pour les devoir de ma fille');
    expect(d.kind === 'answer' && d.topic).toBe('aide-devoirs');
  });
});

describe('what a misspelt word is matched to', () => {
  const { engine, knowledge } = realCore();
  const index = new SearchIndex(knowledge.entries, engine.normaliser);
  const stems = (word: string) => index.match({ word, stem: engine.normaliser.stem(word), weak: false }).map((m) => m.stem);

  it('its exact stem first, and the words it sounds like', () => {
    expect(stems('meri')[0]).toBe('mer');
    expect(stems('meri')).toContain(engine.normaliser.stem('mairie'));
  });

  it('no glued "c\'" before a vowel ("cartier" is no "c\'artiste"), no French sound of an English word ("vile" is no "while")', () => {
    expect(stems('cartier')).toContain(engine.normaliser.stem('quartier'));
    expect(stems('cartier')).not.toContain(engine.normaliser.stem('artiste'));
    expect(stems('vile')[0]).toBe(engine.normaliser.stem('ville'));
    expect(stems('vile')).not.toContain(engine.normaliser.stem('while'));
  });
});
