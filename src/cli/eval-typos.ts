/**
 * `npm run eval:typos [-- --misses N] [--sources dev,holdout] [--modes 1,7]`: the typo ablation table of docs/engine.md
 * (options: only some source sets or some rows — the test runs a small table; without them, the full one).
 *
 * Builds typo-perturbed copies of the evaluation sets (seeded, src/evaluation/typo-perturb.ts; the blind holdout7 is
 * never used), then scores each way of matching misspelt words (search-index.ts, TypoMatching) on them, on
 * tests/fixtures/typos-fresh{,2}.jsonl (misspelt questions written by hand) and on the clean sets (no loss allowed).
 * Prints a Markdown table: accuracy / wrong answers / rejection per column.
 */
import { createCore, type Core } from '../core.js';
import type { TypoMatching } from '../engine/search-index.js';
import { evaluate, type EvalLine, type EvalReport } from '../evaluation/metrics.js';
import { perturb, seededRandom } from '../evaluation/typo-perturb.js';
import { ask } from './ask.js';
import { exitOnKnowledgeError, option } from './common.js';
import { readEvalFile } from './eval.js';

/** The sets the perturbed copies are made from (holdout7 stays blind: never read). */
export const TYPO_SOURCES = ['dev', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6'];
export const TYPO_SEED = 20261206;

export const TYPO_MODES: readonly { name: string; typos: TypoMatching }[] = [
  { name: 'no fuzzy matching (exact and prefix only)', typos: { fuseStems: 'off', phonetic: false, fusePhonetic: false, fuseWords: false } },
  { name: 'Fuse.js over stems, plain edit distance (before issue 13)', typos: { fuseStems: 'edits', phonetic: false, fusePhonetic: false, fuseWords: false } },
  { name: 'Fuse.js over stems, typing cost', typos: { fuseStems: 'typing', phonetic: false, fusePhonetic: false, fuseWords: false } },
  { name: 'sound keys only (no Fuse.js)', typos: { fuseStems: 'off', phonetic: true, fusePhonetic: false, fuseWords: false } },
  { name: 'sound keys + Fuse.js over sound keys', typos: { fuseStems: 'off', phonetic: true, fusePhonetic: true, fuseWords: false } },
  { name: 'Fuse.js over stems (typing cost) + sound keys', typos: { fuseStems: 'typing', phonetic: true, fusePhonetic: false, fuseWords: false } },
  { name: 'Fuse.js over stems + sound keys + Fuse.js over sound keys (before word matching)', typos: { fuseStems: 'typing', phonetic: true, fusePhonetic: true, fuseWords: false } },
  { name: 'Fuse.js over whole words only', typos: { fuseStems: 'off', phonetic: false, fusePhonetic: false, fuseWords: true } },
  { name: 'sound keys + Fuse.js over whole words', typos: { fuseStems: 'off', phonetic: true, fusePhonetic: false, fuseWords: true } },
  { name: '**all four (default)**: Fuse.js over stems, sound keys, Fuse.js over sound keys and over whole words', typos: { fuseStems: 'typing', phonetic: true, fusePhonetic: true, fuseWords: true } },
];

/** The perturbed copy of a set: same expectations, misspelt questions; one seeded stream per set. */
export function perturbedSet(name: string, lines: readonly EvalLine[]): EvalLine[] {
  let seed = TYPO_SEED;
  for (const char of name) seed = (Math.imul(seed, 31) + char.charCodeAt(0)) >>> 0;
  const random = seededRandom(seed);
  return lines.map((line) => ({ ...line, q: perturb(line.q, random) }));
}

export function scoreLines(core: Core, lines: readonly EvalLine[]): EvalReport {
  return evaluate(lines.map((line) => ({ line, reply: ask(core, line.q, line.locale) })));
}

function main(): void {
  const args = process.argv.slice(2);
  const sources = option(args, '--sources')?.split(',') ?? TYPO_SOURCES;
  const rows = new Set(option(args, '--modes')?.split(',').map(Number) ?? TYPO_MODES.map((_, i) => i + 1));
  const clean = sources.flatMap((set) => readEvalFile(`tests/fixtures/${set}.jsonl`));
  const generated = sources.flatMap((set) => perturbedSet(set, readEvalFile(`tests/fixtures/${set}.jsonl`)));
  // Misspelt questions written by hand, each set its own column (typos-fresh2 was written after the first pass).
  const freshSets = ['typos-fresh', 'typos-fresh2'].map((name) => ({ name, lines: readEvalFile(`tests/fixtures/${name}.jsonl`) }));
  const showMisses = option(args, '--misses');
  const f = (r: EvalReport) => `${r.accuracy.toFixed(3)} / ${r.wrongRate.toFixed(3)} / ${r.rejection.toFixed(3)}`;
  const freshHeads = freshSets.map((set) => `${set.name}.jsonl (${set.lines.length}, by hand)`);
  console.log(`| typo matching | generated typos (${generated.length} lines, seed ${TYPO_SEED}) | ${freshHeads.join(' | ')} | clean sets (${clean.length}) |`);
  console.log(`|---|---|${freshSets.map(() => '---|').join('')}---|`);
  for (const [i, mode] of TYPO_MODES.entries()) {
    if (!rows.has(i + 1)) continue;
    const core = exitOnKnowledgeError(() => createCore({ typos: mode.typos }));
    const onGenerated = scoreLines(core, generated);
    const onFresh = freshSets.map((set) => f(scoreLines(core, set.lines)));
    console.log(`| ${mode.name} | ${f(onGenerated)} | ${onFresh.join(' | ')} | ${f(scoreLines(core, clean))} |`);
    if (showMisses === String(i + 1)) {
      for (const m of onGenerated.misses) console.error(`  ${m.verdict.padEnd(22)} ${m.line.expect.padEnd(26)} ${m.reply.kind === 'answer' ? m.reply.topic : m.reply.kind}  ${m.line.q}`);
    }
  }
  console.log('\naccuracy / wrong answers / rejection (../shared/eval/README.md); `npm run eval:typos` prints this table.');
}

if (require.main === module) main();
