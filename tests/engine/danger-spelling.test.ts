import { describe, expect, it } from 'vitest';
import { DangerSpelling } from '../../src/engine/danger-spelling.js';
import { realCore } from '../helpers/core.js';

const { engine } = realCore();

describe('danger written as it sounds (danger-spelling.ts)', () => {
  it.each([
    'mon mari me frap il va me tué ce soir',
    'jé envi de mourire jen pe plu',
    'ma mere respir plu elle é tombé',
  ])('a misspelt danger message gets the urgence answer: %j', (message) => {
    const decision = engine.decide(message);
    expect(decision.kind).toBe('answer');
    expect(decision.kind === 'answer' && decision.topic).toBe('urgence');
  });

  it('respells only unknown words, to a spelling of the danger texts that sounds the same', () => {
    const known = new Set(['mon', 'mari', 'me', 'il', 'va', 'tue', 'ce', 'soir', 'frappe']);
    const spelling = new DangerSpelling(['mon mari me frappe', 'il va me tuer'], (word) => known.has(word));
    expect(spelling.respell('mon mari me frap')).toBe('mon mari me frappe');
    // A known word is someone's word, not a typo; a message without typos comes back as it was.
    expect(spelling.respell('il me tue ce soir')).toBe('il me tue ce soir');
    // A short word only one slip away ("rap" sounds like "raped", two letters more).
    expect(new DangerSpelling(['he raped her'], () => false).respell('un groupe de rap')).toBe('un groupe de rap');
  });

  it('reads a participle after a verb that calls for an infinitive as that infinitive, when the danger texts use it (sixth pass)', () => {
    const known = new Set(['il', 'va', 'me', 'se', 'tue', 'ce', 'soir', 'elle', 'veut', 'saute', 'du', 'pont', 'pendu', 'je', 'vais', 'la', 'porte', 'a', 'de', 'cuisine']);
    const spelling = new DangerSpelling(['il va me tuer', 'je vais sauter du pont', 'je vais me pendre'], (word) => known.has(word));
    expect(spelling.respell('il va me tue ce soir')).toBe('il va me tuer ce soir');
    expect(spelling.respell('elle veut se saute du pont')).toBe('elle veut se sauter du pont');
    expect(spelling.respell('je vais me pendu')).toBe('je vais me pendre');
    expect(spelling.respell('il va tuez')).toBe('il va tuer');
    // The present tense, and "de"/"a" with no "me/se/te" after them, are left as written.
    expect(spelling.respell('il me tue ce soir')).toBe('il me tue ce soir');
    expect(spelling.respell('la porte de la cuisine a saute')).toBe('la porte de la cuisine a saute');
    // An infinitive the danger texts never use is not made up.
    expect(spelling.respell('il va me coupe')).toBe('il va me coupe');
  });

  it('splits a glued elision whose rest is a word the danger texts use often, never a known word', () => {
    const known = new Set(['mon', 'ex', 'a', 'laisse', 'un', 'mot', 'ils', 'dit', 'mont', 'de']);
    const texts = ['un mot d adieu', 'son adieu', 'ils m ont dit', 'ils m ont frappe'];
    const spelling = new DangerSpelling(texts, (word) => known.has(word));
    expect(spelling.respell('un mot dadieu')).toBe('un mot d adieu');
    expect(spelling.respell('ils mont dit')).toBe('ils mont dit'); // "mont" is known here: someone's word, kept
    expect(new DangerSpelling(texts, () => false).respell('ils mont dit')).toBe('ils m ont dit');
    // A rest the danger texts use once only may be a fragment: not split.
    expect(new DangerSpelling(['une fois'], () => false).respell('lune')).toBe('lune');
  });

  it.each([
    'on veut monter un groupe de rap avec mes potes, ya un local pr repeter quelque part ?',
    'jai trop mangé a noel, chui mort',
    'ma fille a peur du noir, des idées ?',
  ])('an ordinary message stays ordinary: %j', (message) => {
    expect(engine.isDanger(message)).toBe(false);
  });
});
