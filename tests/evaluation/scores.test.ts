/**
 * Keeps the assistant's answer quality from falling: the development set of ../shared/eval (copied here, a fresh
 * clone has no ../shared) must stay at or above the targets; five independent held-out sets, written without
 * looking at the knowledge, must not regress below floors set a little under their current figures (README, "Le moteur").
 */
import { describe, expect, it } from 'vitest';
import { runEval } from '../../src/cli/eval.js';

describe('answer quality', () => {
  it('development set: accuracy ≥ 0.90, wrong answers ≤ 0.03, rejection ≥ 0.90', () => {
    const report = runEval('tests/fixtures/dev.jsonl');
    expect(report.lines).toBe(134);
    expect(report.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(report.wrongRate).toBeLessThanOrEqual(0.03);
    expect(report.rejection).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['tests/fixtures/holdout.jsonl', { accuracy: 0.85, wrong: 0.03, rejection: 0.9 }],
    ['tests/fixtures/holdout2.jsonl', { accuracy: 0.86, wrong: 0.035, rejection: 0.9 }],
    ['tests/fixtures/holdout3.jsonl', { accuracy: 0.83, wrong: 0.03, rejection: 0.9 }],
    ['tests/fixtures/holdout4.jsonl', { accuracy: 0.84, wrong: 0.03, rejection: 0.85 }],
    ['tests/fixtures/holdout5.jsonl', { accuracy: 0.79, wrong: 0.04, rejection: 0.8 }],
  ])('held-out set %s does not regress', (file, floor) => {
    const report = runEval(file);
    expect(report.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
    expect(report.wrongRate).toBeLessThanOrEqual(floor.wrong);
    expect(report.rejection).toBeGreaterThanOrEqual(floor.rejection);
  });
});
