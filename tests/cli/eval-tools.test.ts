/** `npm run eval`, `npm run eval:danger`, `npm run eval:typos` and `npm run eval:kinds` (docs/engine.md): they run and print their tables. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blindSets, fixtures } from '../../src/cli/eval-danger.js';
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
  it('eval prints its three scores and the count of misses, and lists them only with --misses', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    try {
      const file = join(dir, 'set.jsonl');
      // A greeting expected as the health bus: a miss whatever the engine does.
      writeFileSync(file, JSON.stringify({ q: 'bonjour tout le monde', expect: 'bus-sante', locale: 'fr' }) + '\n');
      const out = tsx(['src/cli/eval.ts', '--file', file]);
      expect(out).toMatch(/^accuracy +0\.000/m);
      expect(out).toMatch(/^misses +1 \(add --misses to list them\)/m);
      expect(out).not.toContain('bonjour tout le monde');
      expect(tsx(['src/cli/eval.ts', '--file', file, '--misses'])).toContain('bonjour tout le monde');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);


  it('eval:kinds counts the misses by kind without printing a question, unless --lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-kinds-'));
    try {
      const file = join(dir, 'set.jsonl');
      // A greeting expected as the health bus: a miss whatever the engine does; an out-of-scope weather question.
      const lines = [
        { q: 'bonjour tout le monde', expect: 'bus-sante', locale: 'fr' },
        { q: 'quel temps fera-t-il demain a labourse', expect: 'none', locale: 'fr' },
      ];
      writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
      const out = tsx(['src/cli/eval-kinds.ts', file]);
      const total = Number(/set\.jsonl: (\d+) misses/.exec(out)?.[1]);
      expect(total).toBeGreaterThanOrEqual(1);
      const counted = [...out.matchAll(/^ +(\d+) {2}(.+)$/gm)].reduce((sum, m) => sum + Number(m[1]), 0);
      expect(counted).toBe(total);
      expect(out).not.toContain('bonjour tout le monde');
      expect(tsx(['src/cli/eval-kinds.ts', file, '--lines'])).toContain('bonjour tout le monde');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
  it('eval:danger prints the share of danger messages that get the numbers first', () => {
    const out = tsx(['src/cli/eval-danger.ts', '--danger', 'tests/fixtures/danger-fresh2.txt', '--ordinary', 'tests/fixtures/ordinary-fresh2.txt']);
    expect(out).toMatch(/danger-fresh2\.txt +\d+\/120 +\d+\.\d %/);
    expect(out).toMatch(/ordinary-fresh2\.txt +\d+\/120/);
  }, 240_000);

  it('eval:danger without lists leaves the blind sets out, unless --with-blind', () => {
    const blind = blindSets();
    expect(blind.size).toBeGreaterThan(0);
    const every = [/^danger-.*\.txt$/, /^ordinary-.*\.txt$/, /\.jsonl$/];
    const named = (withBlind: boolean) => every.flatMap((p) => fixtures(p, withBlind)).map((f) => f.split('/').pop() as string);
    expect(named(false).filter((f) => blind.has(f))).toEqual([]);
    expect(named(true).filter((f) => blind.has(f)).length).toBeGreaterThan(0);
    expect(named(false)).toContain('danger-fresh.txt');
  });

  it('eval:typos prints the ablation table', () => {
    const out = tsx(['src/cli/eval-typos.ts', '--sources', 'dev', '--modes', '1,10']);
    const rows = out.split('\n').filter((l) => /^\| .* \| \d\.\d{3} \/ /.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[1]).toMatch(/all four \(default\)/);
  }, 240_000);
});
