/**
 * Issue 13, "wrong ≤ 0.02": the decision's caution rules (decide.ts, engine.ts). A wrong confident answer is the worst
 * outcome, so three kinds of answer became a question or an "I don't know":
 *   - an answer the classifier finds improbable (< vetoBelow) while it prefers a topic the coverage does not offer, or
 *     merely unlikely (< vetoCloseBelow) while the topic it prefers is offered close behind (clarifySpread);
 *   - a weak answer (answered alone under `answer`) with an out-of-scope domain within horsChampCloseWeak: a
 *     check-question "vous parlez de … ?";
 *   - an answer about a town outside the quarter that its entry never names, unless the classifier is sure.
 * Wordings of our own, never evaluation lines.
 */
import { describe, expect, it } from 'vitest';
import { decide, THRESHOLDS } from '../../src/engine/decide.js';
import { realCore } from '../helpers/core.js';
import { opinion, scored } from '../helpers/decision.js';

const topics = (decision: ReturnType<typeof decide>) => decision.candidates.map((c) => c.topic);

describe('an answer the classifier doubts, its preferred topic not offered', () => {
  const message = scored(['temps-pour-soi', 0.58], ['quartier-renaissance', 0.22]);

  it('becomes a question between the answer and the next topic', () => {
    const doubted = decide(message, THRESHOLDS, opinion('agenda', { agenda: 0.6, 'temps-pour-soi': 0.05 }));
    expect(doubted.kind).toBe('clarify');
    expect(topics(doubted)).toEqual(['temps-pour-soi', 'quartier-renaissance']);
  });

  it('stays an answer when the classifier still finds it likely, or prefers it, or it explains nearly everything', () => {
    expect(decide(message, THRESHOLDS, opinion('agenda', { agenda: 0.5, 'temps-pour-soi': 0.35 })).kind).toBe('answer');
    // Its best is the answer itself, at a low probability: it knows the words poorly, it does not disagree.
    expect(decide(message, THRESHOLDS, opinion('temps-pour-soi', { 'temps-pour-soi': 0.25 })).kind).toBe('answer');
    expect(decide(scored(['aide', 0.95], ['agenda', 0.3]), THRESHOLDS, opinion('salutation', { salutation: 0.9, aide: 0.02 })).kind).toBe('answer');
  });

  it('never offers the emergency topic as the second choice', () => {
    const doubted = decide(scored(['eco-gestes', 0.6], ['urgence', 0.3], ['remarque', 0.25]), THRESHOLDS, opinion('agenda', { agenda: 0.7, 'eco-gestes': 0.1 }));
    expect(topics(doubted)).toEqual(['eco-gestes', 'remarque']);
  });
});

describe('an answer the classifier finds unlikely while the topic it prefers is close behind', () => {
  it('becomes a question between the two', () => {
    const message = scored(['emploi-formation', 0.78], ['modes-de-garde', 0.67]);
    const asked = decide(message, THRESHOLDS, opinion('modes-de-garde', { 'modes-de-garde': 0.52, 'emploi-formation': 0.46 }));
    expect(asked.kind).toBe('clarify');
    expect(topics(asked)).toEqual(['emploi-formation', 'modes-de-garde']);
  });

  it('stays an answer when the preferred topic is far behind, or the answer likely enough', () => {
    const far = scored(['emploi-formation', 0.78], ['modes-de-garde', 0.55]);
    expect(decide(far, THRESHOLDS, opinion('modes-de-garde', { 'modes-de-garde': 0.52, 'emploi-formation': 0.46 })).kind).toBe('answer');
    const close = scored(['emploi-formation', 0.78], ['modes-de-garde', 0.67]);
    expect(decide(close, THRESHOLDS, opinion('modes-de-garde', { 'modes-de-garde': 0.45, 'emploi-formation': 0.55 })).kind).toBe('answer');
  });
});

describe('a weak answer with an out-of-scope domain close behind', () => {
  it('becomes a check-question on that topic', () => {
    for (const [coverage, domain] of [
      [0.45, 0.28],
      [0.42, 0.23],
      [0.48, 0.3],
    ] as const) {
      const decision = decide(scored(['eco-gestes', coverage], ['__hors-champ', domain], ['remarque', coverage - 0.2]));
      expect(decision.kind, `${coverage} / ${domain}`).toBe('clarify');
      expect(topics(decision)).toEqual(['eco-gestes']);
    }
  });

  it('stays an answer with the domain further behind, or a strong coverage', () => {
    expect(decide(scored(['eco-gestes', 0.45], ['__hors-champ', 0.2], ['remarque', 0.25])).kind).toBe('answer');
    expect(decide(scored(['eco-gestes', 0.62], ['__hors-champ', 0.45], ['remarque', 0.3])).kind).toBe('answer');
  });

  it('leaves the classifier\'s own answers alone: a settled hesitation, a rescued "I don\'t know"', () => {
    const settled = decide(scored(['club-ados', 0.47], ['agenda', 0.42], ['__hors-champ', 0.3]), THRESHOLDS, opinion('club-ados', { 'club-ados': 0.95 }));
    expect(settled.kind === 'answer' && settled.topic).toBe('club-ados');
    const rescued = decide(scored(['eco-gestes', 0.36], ['__hors-champ', 0.19]), THRESHOLDS, opinion('eco-gestes', { 'eco-gestes': 0.99 }));
    expect(rescued.kind === 'answer' && rescued.topic).toBe('eco-gestes');
  });
});

describe('a question about a town outside the quarter that the answer never names', () => {
  const { engine } = realCore();
  it.each([
    'le spectacle de danse à Lens c\'est à quelle heure',
    'la kermesse de Douai c\'est quel samedi',
    'l\'expo photo à Béthune est gratuite ?',
    'le tournoi de pétanque à Arras c\'est quand',
    'un concert de rap à Liévin ce mois-ci ?',
    'une conférence sur le jardinage à Lille ce mois-ci',
    'un atelier couture à Bruay le mardi ?',
    'le festival de musique de Calais c\'est quand',
    'un stage de théâtre à Douai pendant les vacances',
    'le concert de la chorale à Lens c\'est payant ?',
    'un spectacle pour enfants à Arras dimanche ?',
    'la conférence santé de l\'hôpital de Lille c\'est quand',
    'un cours de salsa à Béthune le vendredi ?',
    'combien de gens vivent à Arras',
    'un concert gratuit à Arras ce week-end ?',
    'la course à pied de Calais c\'est quand',
  ])('"%s" → "I don\'t know"', (question) => {
    const decision = engine.decide(question);
    expect(decision.kind, `${question} → ${decision.kind === 'answer' ? decision.topic : decision.kind}`).toBe('fallback');
  });

  it.each([
    ['ya des ateliers informatique à Lens', 'ateliers-numeriques'],
    ['comment aller à Lille en bus depuis le quartier', 'transports'],
    ['je cherche un emploi vers Béthune, qui peut m\'aider', 'emploi-formation'],
    ['le forum de l\'emploi à Béthune c\'est quand', 'forum-emploi'],
    ['un bus pour l\'hôpital de Béthune le matin ?', 'transports'],
  ])('a sure topic, or one that names the town, keeps its answer: "%s"', (question, topic) => {
    const decision = engine.decide(question);
    expect(decision.kind === 'answer' ? decision.topic : decision.kind).toBe(topic);
  });
});
