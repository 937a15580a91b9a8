/**
 * Keeps the assistant's answer quality from falling: the development set of ../shared/eval (copied here, a fresh
 * clone has no ../shared) must stay at or above the targets; five independent held-out sets, written without
 * looking at the knowledge, must not regress below floors set a little under their current figures (docs/engine.md).
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
    ['tests/fixtures/holdout.jsonl', { accuracy: 0.88, wrong: 0.02, rejection: 0.94 }],
    ['tests/fixtures/holdout2.jsonl', { accuracy: 0.89, wrong: 0.025, rejection: 0.92 }],
    ['tests/fixtures/holdout3.jsonl', { accuracy: 0.87, wrong: 0.02, rejection: 0.93 }],
    ['tests/fixtures/holdout4.jsonl', { accuracy: 0.88, wrong: 0.025, rejection: 0.88 }],
    ['tests/fixtures/holdout5.jsonl', { accuracy: 0.81, wrong: 0.035, rejection: 0.83 }],
    // Issue 13's fresh sets: holdout6 a control (0.930 / 0.014 / 0.939), holdout7 blind (summary only: 0.848 /
    // 0.023 / 0.844), out-of-scope questions alone, and misspelt questions written by hand.
    // After the engine's issue 13 pass (controls): holdout6 0.939 / 0.009 / 1.000, holdout8 (control written by
    // another helper without the knowledge) 0.938 / 0.004 / 0.933, out-of-scope-fresh — / 0.025 / 0.938, typos 0.715.
    ['tests/fixtures/holdout6.jsonl', { accuracy: 0.92, wrong: 0.02, rejection: 0.95 }],
    ['tests/fixtures/holdout8.jsonl', { accuracy: 0.92, wrong: 0.015, rejection: 0.95 }],
    // Third pass (second opinion where it is sure, neighbouring families): holdout7 0.886 / 0.018 / 1.000 and
    // holdout9 0.897 / 0.004 / 0.956 (both controls since), holdout10 0.919 / 0.013 / 0.980, typos 0.750.
    ['tests/fixtures/holdout7.jsonl', { accuracy: 0.87, wrong: 0.025, rejection: 0.95 }],
    ['tests/fixtures/holdout9.jsonl', { accuracy: 0.88, wrong: 0.015, rejection: 0.93 }],
    // holdout10 0.922 / 0.009 since the medical pattern no longer takes "faire une avec moi" (docs/engine.md).
    ['tests/fixtures/holdout10.jsonl', { accuracy: 0.9, wrong: 0.015, rejection: 0.95 }],
    // Honest redirects (issue 13 item 2, docs/engine.md): holdout8 1.000, out-of-scope-fresh 0.975 rejection.
    ['tests/fixtures/out-of-scope-fresh.jsonl', { accuracy: 1, wrong: 0.04, rejection: 0.95 }],
    ['tests/fixtures/typos-fresh.jsonl', { accuracy: 0.73, wrong: 0.03, rejection: 1 }],
  ])('held-out set %s does not regress', (file, floor) => {
    const report = runEval(file);
    expect(report.accuracy).toBeGreaterThanOrEqual(floor.accuracy);
    expect(report.wrongRate).toBeLessThanOrEqual(floor.wrong);
    expect(report.rejection).toBeGreaterThanOrEqual(floor.rejection);
  });
});
