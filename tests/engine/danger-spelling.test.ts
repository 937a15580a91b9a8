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
    expect(spelling.respell('il va me tue ce soir')).toBe('il va me tue ce soir');
    // A short word only one slip away ("rap" sounds like "raped", two letters more).
    expect(new DangerSpelling(['he raped her'], () => false).respell('un groupe de rap')).toBe('un groupe de rap');
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
