/** `npm run eval:danger` and `npm run eval:typos` (docs/engine.md): they run and print their tables. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { readEvalFile } from '../../src/cli/eval.js';
import { perturbedSet } from '../../src/cli/eval-typos.js';
import { misspell, perturb, seededRandom } from '../../src/evaluation/typo-perturb.js';

const tsx = (args: string[]) => execFileSync('npx', ['tsx', ...args], { encoding: 'utf8', timeout: 240_000 });

describe('typo-perturbed sets', () => {
  it('are the same on every run (seeded), keep the expectations and change the questions', () => {
    const lines = readEvalFile('tests/fixtures/dev.jsonl');
    const once = perturbedSet('dev', lines);
    expect(perturbedSet('dev', lines)).toEqual(once);
    expect(once.map((l) => l.expect)).toEqual(lines.map((l) => l.expect));
    const changed = once.filter((l, i) => l.q !== lines[i]?.q).length;
    expect(changed / lines.length).toBeGreaterThan(0.5);
  });

  it('misspell words the way residents do, never their first letter', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 200; i++) {
      const word = misspell('formation', random);
      expect(word[0]).toBe('f');
      expect(Math.abs(word.length - 'formation'.length)).toBeLessThanOrEqual(2);
    }
    expect(perturb('ok', seededRandom(1))).toBe('ok');
  });
});

describe('the evaluation commands', () => {
  it('eval:danger prints the share of danger messages that get the numbers first', () => {
    const out = tsx(['src/cli/eval-danger.ts', '--danger', 'tests/fixtures/danger-fresh2.txt', '--ordinary', 'tests/fixtures/ordinary-fresh2.txt']);
    expect(out).toMatch(/danger-fresh2\.txt +\d+\/120 +\d+\.\d %/);
    expect(out).toMatch(/ordinary-fresh2\.txt +\d+\/120/);
  }, 240_000);

  it('eval:typos prints the ablation table', () => {
    const out = tsx(['src/cli/eval-typos.ts', '--sources', 'dev', '--modes', '1,10']);
    const rows = out.split('\n').filter((l) => /^\| .* \| \d\.\d{3} \/ /.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/all four \(default\)/);
  }, 240_000);
});
