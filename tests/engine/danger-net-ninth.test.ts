/**
 * Session dangernet, ninth pass (issue 13.1): what carries over from one writer to the next. Measured by the seven-fold
 * cross-validation (`npx tsx src/cli/danger-cv.ts --phrasings --pooled-only --combine`), not adopted as defaults:
 * frames of the message as features (FRAMES: long ago, spared, a figure of speech, a question about a service, lived
 * now, someone else's danger; `--second frames=true --variant …,frames=true`: 2083/83/69 → 2085/85/68, a wash), the
 * first net heard only where the third is not against it (`firstThird`: −0.5 gives 2079/76/59, two real dangers lost
 * for five look-alikes) and the third's own threshold (1 gives 2090/81/73, 0 gives 2099/83/77 and no control line
 * lost, but five to eight family look-alikes fall). Families of my own wordings (sulks, comparisons, small knocks told
 * with their cause, gas bottles as objects; children left without food, old people shut in, a strange last text) took
 * ordinary-fresh28 10 → 9/220 and ordinary-fresh 1 → 0, but cross-validation 2083/83/69 → 2080/82/68: not landed.
 * The families below hold without them.
 */
import { describe, expect, it } from 'vitest';
import { DangerLikelihood, FRAMES, SAFETY_THRESHOLDS, SafetyNet, framesOf } from '../../src/engine/danger-likelihood.js';
import { getsTheNumbersFirst } from '../../src/evaluation/danger-eval.js';
import { realCore } from '../helpers/core.js';

const { engine, knowledge } = realCore();
const inner = engine as unknown as {
  normaliser: {
    normalise(text: string, options?: object): { tokens: { word: string; stem: string }[] };
    foldForPatterns(text: string): string;
    isStopword(word: string): boolean;
  };
};
const fold = (text: string) => inner.normaliser.foldForPatterns(text);

describe('frames of a message (an option of the nets, measured by cross-validation)', () => {
  it.each([
    ["mon fils a failli se noyer l'été dernier", ['#past', '#spared', '#other']],
    ['il ronfle comme un tracteur mdr', ['#figure']],
    ['où jeter une bouteille de gaz vide ?', ['#ask']],
    ['aidez moi il est là il tape sur la porte', ['#now']],
    ['il y a deux ans ma voisine est tombée, rien de grave', ['#past', '#spared', '#other']],
  ])('"%s" is told in the frames %j', (text, frames) => {
    expect(framesOf(fold(text))).toEqual(frames);
  });

  it('a message without any frame has none, and every frame has a name of its own', () => {
    expect(framesOf(fold('la déchetterie ouvre demain'))).toEqual([]);
    expect(new Set(FRAMES.map(([name]) => name)).size).toBe(FRAMES.length);
  });

  it('a net with frames learns a weight for them; without, none', () => {
    const stemsOf = (text: string) => inner.normaliser.normalise(text, { singularVerbs: false }).tokens;
    const isStopword = (w: string) => inner.normaliser.isStopword(w);
    const withFrames = DangerLikelihood.learn(knowledge, stemsOf, fold, { isStopword, words: true, frames: true });
    const without = DangerLikelihood.learn(knowledge, stemsOf, fold, { isStopword, words: true });
    expect(withFrames.has('#past')).toBe(true);
    expect(withFrames.has('#ask')).toBe(true);
    expect([...without.keys()].some((f) => f.startsWith('#'))).toBe(false);
    // Asking about a service tells of an ordinary message more than of a danger.
    expect(withFrames.get('#ask') as number).toBeLessThan(0);
  });
});

describe('the first net heard only where the third is not against it (firstThird, off by default)', () => {
  it('the rule', () => {
    const z = (p: number) => Math.log(p / (1 - p));
    const at = (t: typeof SAFETY_THRESHOLDS, third: number) => SafetyNet.calls({ first: 0.95, second: 0.9, secondLogOdds: z(0.9), thirdLogOdds: third }, t);
    expect(SAFETY_THRESHOLDS.firstThird).toBeUndefined();
    expect(at(SAFETY_THRESHOLDS, -0.8)).toBe(true);
    expect(at({ ...SAFETY_THRESHOLDS, firstThird: -0.5 }, -0.8)).toBe(false);
    expect(at({ ...SAFETY_THRESHOLDS, firstThird: -0.5 }, -0.2)).toBe(true);
  });
});

describe('ninth families', () => {
  it.each([
    'mon ado boude dans sa chambre depuis que sa copine l\'a quitté',
    "ma petite boude parce qu'elle a pas eu de dessert",
    "mon fils s'est fait larguer, il fait la tête depuis lundi",
    'ma femme ronfle comme un camion, vous avez des conseils ?',
    'je sors plus de chez moi depuis que je suis à la retraite, il y a des sorties pour seniors ?',
    'mon chat a griffé le chien du voisin, ils se sont battus dans le jardin',
    "mon collègue m'a planté un couteau dans le dos en prenant ma place, quelle ambiance",
  ])('look-alike: "%s" gets no numbers first', (message) => {
    expect(getsTheNumbersFirst(engine.decide(message))).toBe(false);
  });

  it.each([
    'le gamin du dessus dit que sa mère est pas rentrée depuis trois jours et il a plus rien à manger',
    'mon voisin âgé est enfermé à clé par son fils qui garde sa pension, il a plus rien à manger',
    'mon ami a écrit "merci pour tout, vous allez me manquer" et il répond plus au téléphone',
  ])('danger: "%s" gets the emergency numbers first', (message) => {
    expect(getsTheNumbersFirst(engine.decide(message))).toBe(true);
  });
});
