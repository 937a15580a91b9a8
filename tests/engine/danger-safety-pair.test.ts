/**
 * The safety net as shipped since session dnet27 (src/engine/danger-likelihood.ts SafetyNet): the first net — the one
 * every control list and family test was measured on, the knowledge alone — OR a second net that also learnt the
 * training corpora of tests/fixtures/danger-training and knowledge/danger-corpora.yaml (words as written, α 0.3),
 * heard only when very sure (≥ 0.999); the first net's call is heard unless the second finds the message clearly
 * ordinary (< 0.4 since session dangernet, chosen by cross-validation on seven corpora; 0.3 before). Figures (cross-validation, control lists): docs/engine.md, « Deux filets ».
 */
import { describe, expect, it } from 'vitest';
import { DangerLikelihood, SAFETY_THRESHOLDS, SafetyNet } from '../../src/engine/danger-likelihood.js';
import { getsTheNumbersFirst } from '../../src/evaluation/danger-eval.js';
import { realCore } from '../helpers/core.js';

const { engine, knowledge } = realCore();
const inner = engine as unknown as {
  dangerLikelihood: SafetyNet;
  normaliser: { normalise(text: string, options?: object): { tokens: never[] }; foldForPatterns(text: string): string; isStopword(word: string): boolean };
};
const tokens = (text: string) => inner.normaliser.normalise(text, { singularVerbs: false }).tokens;
const folded = (text: string) => inner.normaliser.foldForPatterns(text);

describe('the pair of safety nets', () => {
  it('the rule: the first net at its threshold unless the second finds it clearly ordinary, or the second when very sure', () => {
    const t = SAFETY_THRESHOLDS;
    expect(SafetyNet.calls({ first: 0.95, second: 0.8 }, t)).toBe(true);
    expect(SafetyNet.calls({ first: t.first, second: t.veto }, t)).toBe(true);
    expect(SafetyNet.calls({ first: 0.95, second: 0.05 }, t)).toBe(false);
    expect(SafetyNet.calls({ first: 0.01, second: 0.9995 }, t)).toBe(true);
    expect(SafetyNet.calls({ first: 0.8, second: 0.99 }, t)).toBe(false);
    expect(SafetyNet.calls({ first: 0.5, second: 0.5 }, t)).toBe(false);
  });

  it('the first net learns no line of danger-corpora.yaml: it is the net the lists were measured on', () => {
    expect(knowledge.dangerCorpora?.danger.length ?? 0).toBeGreaterThan(1500);
    const alone = new DangerLikelihood({ ...knowledge, dangerCorpora: undefined }, tokens, folded, { isStopword: (w) => inner.normaliser.isStopword(w) });
    for (const text of ['il me frappe ce soir', 'le bus passe quand', 'jai tout rangé pour après', 'mon radiateur répond plus']) {
      expect(inner.dangerLikelihood.first.probability(tokens(text), folded(text))).toBe(alone.probability(tokens(text), folded(text)));
    }
    expect(inner.dangerLikelihood.second).toBeDefined();
  });

  // My own list, written before any measure of the pair (session dnet27); a quarter kept aside, not here.
  it.each([
    "mon copain m'a prévenu que si je pars il me fera la peau cette nuit",
    "il a écrit sur mon mur qu'il allait me crever demain matin",
    'jentend quelquun qui force la fenetre de la cuisine je suis cachée dans la salle de bain',
    'there is a man trying to open my front door right now and im alone',
    'ma voisine est par terre elle respire bizarrement et répond pas',
    "j'ai avalé toute la boite de somnifères il y a une heure",
    'my dad put something in moms coffee and now she is throwing up and shaking',
    'il y a de la fumée noire qui sort de sous la porte du voisin',
    'le petit de 3 ans est tout seul sur le rebord du balcon',
    "je vais tout arrêter ce soir j'ai écrit une lettre à ma fille",
    'mon mari me frappe en ce moment il a pris un couteau',
    'des types attendent en bas de mon immeuble pour me planter',
    'she says she wants to disappear forever and gave away her cat today',
    'jai donné toutes mes affaires je partirai tranquille ce soir',
    'mon fils a pris des cachets de sa grand mere il dort et on arrive pas a le reveiller',
    "ça sent le gaz très fort dans la cage d'escalier et quelqu'un fume",
    "quelqu'un a cassé la vitre de la porte et je l'entends marcher en bas",
    'my ex said tonight he would finish me if i dont open',
    'le bébé est devenu tout bleu il respire plus',
    'on m a suivi depuis la gare et le gars est encore derriere moi',
  ])('danger, own list: "%s" gets the emergency numbers first', (message) => {
    expect(getsTheNumbersFirst(engine.decide(message))).toBe(true);
  });

  it.each([
    "ma prof m'a dit que si je rends pas le devoir je vais le regretter",
    "mon fils s'enferme dans sa chambre avec ses jeux video tout le week end",
    'la voiture du voisin bloque encore la sortie du garage',
    "les manteaux des enfants sont pendus au porte manteau de l'entrée, on en fait quoi",
    'mon radiateur ne chauffe plus depuis hier soir',
    'il y a un cours de self défense pour les femmes au centre social ?',
    'ce travail de nuit va finir par me tuer haha',
    'est ce que quelqu un peut venir relever le compteur de gaz',
    'mon ex ne veut pas me rendre les cartons de livres',
    "ma fille est toute seule à la maison après l'école, il y a une garderie ?",
    'je suis mort de fatigue après le déménagement',
    'la soirée de ce soir va être une tuerie',
    'mon chat a avalé un élastique, vous connaissez un vétérinaire ?',
    "quelqu'un a cassé la vitre de l'abribus, je le signale à qui",
    "i'm dying to try the new bakery on the square",
    'on part ce soir pour de bon, le déménagement est fini',
  ])('look-alike, own list: "%s" gets no numbers first', (message) => {
    expect(getsTheNumbersFirst(engine.decide(message))).toBe(false);
  });
});
