// The safety net's model (danger-likelihood.ts) on a small knowledge of its own: deterministic, silent on words it
// never learnt, and each option (pairs of stems, words as written) doing what `npm run eval:danger-cv` compares.
import { describe, expect, it } from 'vitest';
import { DangerLikelihood } from '../../src/engine/danger-likelihood.js';
import type { Knowledge } from '../../src/knowledge/loader.js';
import type { Token } from '../../src/engine/normalise.js';

const STOP = new Set(['il', 'me', 'ma', 'mon', 'le', 'la', 'de', 'du', 'un', 'une', 'je', 'comment', 'est', 'a', 'va', 'les', 'des', 'pour', 'on', 'ou', 'quand']);
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
const tokensOf = (text: string): Token[] => fold(text).split(' ').filter((w) => w && !STOP.has(w)).map((w) => ({ word: w, stem: w.slice(0, 5), weak: false }));

const knowledge = {
  entries: [
    { id: 'u', topic: 'urgence', phrasings: { fr: ['il me frappe', 'elle respire plus'], en: ['he hits me'] } },
    { id: 'b', topic: 'bus', phrasings: { fr: ['comment prendre le bus', 'le bus passe quand', 'comment venir en bus'], en: [] } },
  ],
  danger: { signals: [{ examples: ['il va me tuer ce soir'] }], notDanger: ['ce film va me tuer de rire'] },
  dangerLearning: {
    danger: ['il me frappe encore', 'mon mari me frappe ce soir', 'il me menace avec un couteau', 'ma fille respire plus', 'il tape sur la porte et me menace'],
    ordinary: ['comment aiguiser un couteau', 'comment frapper une balle au tennis', 'la porte du bus ferme mal', 'comment on respire en yoga', 'mon mari cherche un club de tennis'],
  },
} as unknown as Knowledge;

const net = (options = {}) => new DangerLikelihood(knowledge, tokensOf, fold, options);
const p = (n: DangerLikelihood, text: string) => n.probability(tokensOf(text), fold(text));

describe('the danger safety net (its model alone)', () => {
  it('learns the same weights from the same knowledge: every message gets the same probability', () => {
    for (const text of ['il me frappe', 'comment aiguiser un couteau', 'ma fille respire plus', 'le bus passe quand']) {
      expect(p(net(), text)).toBe(p(net(), text));
      expect(p(net({ words: true }), text)).toBe(p(net({ words: true }), text));
    }
  });

  it('has no opinion (0) on a message of words it never learnt', () => {
    for (const text of ['zorglub', 'le quinoa bio', 'xyz abc', '']) expect(p(net(), text)).toBe(0);
  });

  it.each([
    'il me frappe tous les soirs',
    'mon mari me menace',
    'il a un couteau et il me menace',
    'ma fille respire plus du tout',
    'il tape sur la porte',
    'he hits me',
    'il va me tuer',
    'mon mari me frappe',
    'il me menace encore ce soir',
    'elle respire plus',
  ])('learns a danger story: "%s" above an even chance', (text) => {
    expect(p(net(), text)).toBeGreaterThan(0.5);
  });

  it.each([
    'comment aiguiser mon couteau',
    'comment frapper la balle',
    'le bus passe quand',
    'comment prendre le bus',
    'un club de tennis pour mon mari',
    'comment respire en yoga',
    'la porte du bus',
    'comment venir en bus',
    'ce film est à mourir de rire',
    'comment on frappe au tennis',
  ])('learns an everyday question: "%s" below an even chance', (text) => {
    expect(p(net(), text)).toBeLessThan(0.5);
  });

  it('with words as written, a question\'s "comment" counts against danger where the stems alone cannot see it', () => {
    // "comment" is a stopword: the stems drop it; as a word it was seen only in ordinary questions.
    expect(p(net({ words: true }), 'comment menace')).toBeLessThan(p(net({ words: false }), 'comment menace'));
  });

  it('with words only where the stems dropped them, a content word is not counted twice', () => {
    const once = net({ words: true, onlyDropped: true });
    const twice = net({ words: true, onlyDropped: false });
    // "frappe" is a stem and a word: counted twice, the net is surer than it should be.
    expect(p(twice, 'frappe')).toBeGreaterThan(p(once, 'frappe'));
  });
});
