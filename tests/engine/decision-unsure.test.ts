/**
 * Issue 13 (engineer "decision", 7/12/2026): an answer of the coverage that the classifier does not back (below
 * `unsureBelow`) with an out-of-scope domain within `horsChampCloseUnsure` is withheld as out of scope (decide.ts):
 * the domain's redirect instead of a stretched topic. Wordings of our own, never evaluation lines.
 */
import { describe, expect, it } from 'vitest';
import { decide, THRESHOLDS } from '../../src/engine/decide.js';
import { realCore } from '../helpers/core.js';
import { opinion, scored } from '../helpers/decision.js';

describe('an answer neither model backs against a close out-of-scope domain', () => {
  // Each: the resident's words, the topic the coverage answers, its coverage and probability, the domain's coverage.
  it.each([
    ['tarif de la cantine pour un enfant en primaire', 'harcelement-scolaire', 0.56, 0.54, 0.38],
    ['où acheter les tickets de cantine', 'transports', 0.54, 0.64, 0.36],
    ['le meilleur portable à moins de 200 euros', 'eco-gestes', 0.52, 0.3, 0.34],
    ['un abonnement à la salle de sport municipale', 'associations', 0.6, 0.5, 0.42],
    ['la carte de bus scolaire du collège, on la recharge où', 'transports', 0.62, 0.66, 0.45],
    ['changer de mutuelle en cours d\'année', 'demarches-administratives', 0.58, 0.6, 0.4],
    ['une place de parking devant le centre social', 'pole-culturel', 0.55, 0.45, 0.37],
    ['le menu de la cantine du collège cette semaine', 'sante-alimentation', 0.6, 0.55, 0.41],
    ['réparer l\'écran de ma tablette', 'ateliers-numeriques', 0.57, 0.62, 0.38],
    ['les horaires du gymnase le dimanche', 'espace-public', 0.53, 0.4, 0.35],
    ['le tarif de la garderie du matin à l\'école', 'modes-de-garde', 0.66, 0.69, 0.47],
  ] as const)('"%s" → "I don\'t know" with the domain', (_wording, topic, coverage, probability, domain) => {
    const message = scored([topic, coverage], ['__hors-champ', domain], ['remarque', coverage - 0.25]);
    // The coverage alone answers; the classifier does not back it.
    expect(decide(message).kind).toBe('answer');
    const decision = decide(message, THRESHOLDS, opinion(topic, { [topic]: probability }));
    expect(decision.kind).toBe('fallback');
    expect(decision.kind === 'fallback' && decision.outOfScope).toBeTruthy();
  });

  it('keeps the answer when the classifier backs it, or the domain is further behind', () => {
    const message = scored(['demarches-administratives', 0.6], ['__hors-champ', 0.41], ['remarque', 0.3]);
    const backed = decide(message, THRESHOLDS, opinion('demarches-administratives', { 'demarches-administratives': 0.76 }));
    expect(backed.kind === 'answer' && backed.topic).toBe('demarches-administratives');
    const far = decide(scored(['demarches-administratives', 0.6], ['__hors-champ', 0.39], ['remarque', 0.3]), THRESHOLDS, opinion('demarches-administratives', { 'demarches-administratives': 0.5 }));
    expect(far.kind === 'answer' && far.topic).toBe('demarches-administratives');
  });

  it('leaves the classifier\'s own answers alone (a settled hesitation)', () => {
    const settled = decide(scored(['club-ados', 0.6], ['agenda', 0.55], ['__hors-champ', 0.42]), THRESHOLDS, opinion('club-ados', { 'club-ados': 0.9 }));
    expect(settled.kind === 'answer' && settled.topic).toBe('club-ados');
  });

  it.each([
    'tickets de cantine ou les acheter',
    'tickets cantine ou on les achete',
    'ou acheter les tickets de la cantine',
    'je cherche ou acheter des tickets pour la cantine',
    'tarif cantine enfant primaire',
  ])('through the engine: "%s" → redirected, not a topic', (wording) => {
    const decision = realCore().engine.decide(wording);
    expect(decision.kind).toBe('fallback');
    expect(decision.kind === 'fallback' && decision.outOfScope).toBeTruthy();
  });
});
