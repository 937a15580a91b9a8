import { describe, expect, it } from 'vitest';
import { fold } from '../../src/engine/normalise.js';
import { realCore } from '../helpers/core.js';

const { engine } = realCore();
const folded = (text: string) => engine.normaliser.foldForPatterns(text);
const words = (text: string) => engine.normalise(text).tokens.map((t) => t.word);

describe('fold', () => {
  it.each([
    ['Crèche à LABOURSE ?!', 'creche a labourse'],
    ["L'école, c’est où ?", 'l ecole c est ou'],
    ['Œuf cœur', 'oeuf coeur'],
    ['merciiiii beaucoup!!!', 'merci beaucoup'],
    ['  ', ''],
    ['👋 salut 🙂', 'salut'],
    ['\u0000ctrl\u0007 chars', 'ctrl chars'],
    ['مرحبا', 'مرحبا'],
  ])('%j → %j', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });
});

describe('residents’ spelling', () => {
  it.each([
    ['kan passe le bus santé', 'quand passe le bus sante'],
    ['jsuis seule avec 2 ptits', 'je suis seule avec 2 petits'],
    ['cmt on sinscrit au club ado', 'comment on s inscrit au club ado'],
    ['jen peux plus jai envie den finir', 'j en peux plus j ai envie d en finir'],
    ['jdors plus jsors plus', 'je dors plus je sors plus'],
    ['faut ramener quoi au forum de lemploi', 'faut ramener quoi au forum de l emploi'],
    ['qlq1 peut m aider stp', 'quelqu un peut m aider s il te plait'],
    ['c koi le pass decouverte', 'c est quoi le pass decouverte'],
  ])('%j → %j', (input, expected) => {
    expect(folded(input)).toBe(expected);
  });

  it('keeps real words that only look glued ("jeux", "jaune", "mamie")', () => {
    expect(folded('jeux poubelle jaune mamie')).toBe('jeux poubelle jaune mamie');
  });
});

describe('content words', () => {
  it('maps residents’ words to the knowledge’s terms', () => {
    expect(words('ya une nounou dispo ?')).toEqual(expect.arrayContaining(['assistante', 'maternelle']));
    expect(words('je cherche du taf')).toContain('emploi');
    expect(words('inscription pole emploi')).toContain('francetravail');
    expect(words('mon ordi est lent')).toContain('ordinateur');
  });

  it('drops stopwords and short numbers (ages, hours) but keeps meaningful ones', () => {
    expect(words('mon fils de 14 ans a 6h du matin').filter((w) => !engine.normalise(w).tokens[0]?.weak)).toEqual(['fils']);
    expect(words('je suis seule, personne pour garder')).toEqual(expect.arrayContaining(['seul', 'personne']));
    expect(words('appeler le 3018')).toContain('3018');
  });

  it('marks weak words, which never identify a topic alone', () => {
    const tokens = engine.normalise('ouvert samedi a labourse').tokens;
    expect(tokens.length).toBeGreaterThan(0);
    expect(tokens.every((t) => t.weak)).toBe(true);
  });

  it('stems so that singular/plural and gender meet', () => {
    const stems = (t: string) => engine.normalise(t).tokens.map((k) => k.stem);
    expect(stems('ateliers numériques')).toEqual(stems('atelier numerique'));
    expect(stems('inscrite')).toEqual(stems('inscrit'));
  });
});
