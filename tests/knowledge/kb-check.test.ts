import { describe, expect, it } from 'vitest';
import { checkKnowledge, readConvention } from '../../src/knowledge/checker.js';
import { defaultKnowledgeDir, loadKnowledge } from '../../src/knowledge/loader.js';
import { copyKnowledge } from '../helpers/knowledge-copy.js';

describe('kb:check', () => {
  it('finds no error in the shipped knowledge, and reports the details and contacts staff still have to fill in, and the sample agenda', () => {
    const dir = defaultKnowledgeDir();
    const report = checkKnowledge(loadKnowledge(dir), { convention: readConvention(dir) });
    expect(report.errors).toEqual([]);
    expect(report.stats.missing).toBeGreaterThan(0);
    expect(report.notices.some((n) => n.startsWith("contact to fill in — mairie-labourse"))).toBe(true);
    expect(report.notices.some((n) => n.includes('SAMPLE'))).toBe(true);
  });

  it('catches a phrasing under two topics, a quote that is not in the convention, and a danger example that stopped working', () => {
    const kb = copyKnowledge();
    kb.edit('entries/transports.yaml', (t) => t.replace('    phrasings:\n      fr:\n', '    phrasings:\n      fr:\n        - Quand passe le bus santé pour les femmes ?\n'));
    kb.edit('entries/club-ados.yaml', (t) => t.replace(/\n      quote: [^\n]+/, '\n      quote: Un club Ados ouvert tous les soirs jusqu’à minuit'));
    kb.edit('danger.yaml', (t) => t.replace(/      - \\bsu(icid|\[iy\])[^\n]*\n/g, ''));
    const report = checkKnowledge(loadKnowledge(kb.dir), { convention: readConvention(kb.dir) });
    expect(report.errors.join('\n')).toMatch(/phrasing "Quand passe le bus santé pour les femmes \?" is also under topic bus-sante/);
    expect(report.errors.join('\n')).toMatch(/entry "club-ados": source\.quote is not in the convention/);
    expect(report.errors.join('\n')).toMatch(/example "je pense au suicide" does not trigger any signal/);
  });

  it('checks the topics against the evaluation’s list', () => {
    const report = checkKnowledge(loadKnowledge(), { expectedTopicIds: ['bus-sante', 'nouveau-theme'] });
    expect(report.errors).toContain('topic "nouveau-theme" of the evaluation\'s topics.json is missing from topics.yaml');
  });
});
