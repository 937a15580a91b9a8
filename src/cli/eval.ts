/**
 * `npm run eval -- --file ../shared/eval/dev.jsonl [--misses] [--json]`: accuracy, wrong-answer rate and rejection
 * (as ../shared/eval/README.md defines them), the usefulness of service answers (src/evaluation/usefulness.ts), then
 * with `--misses`, the misses. Runs the same code path as `npm run ask --jsonl`.
 * Misses are listed only when asked: a validation set must be measurable by its summary without showing its lines.
 */
import { readFileSync } from 'node:fs';
import { createCore } from '../core.js';
import { evaluate, EvalLine, type EvalReport } from '../evaluation/metrics.js';
import { measureUsefulness, type UsefulnessReport } from '../evaluation/usefulness.js';
import { ask } from './ask.js';
import { exitOnKnowledgeError, option } from './common.js';

export function readEvalFile(file: string): EvalLine[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = EvalLine.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export function runEval(file: string, knowledgeDir?: string): EvalReport & { usefulness: UsefulnessReport } {
  const core = createCore({ knowledgeDir });
  const lines = readEvalFile(file);
  const pairs = lines.map((line) => ({ line, reply: ask(core, line.q, line.locale) }));
  return { ...evaluate(pairs), usefulness: measureUsefulness(core, lines) };
}

function main(): void {
  const args = process.argv.slice(2);
  const file = option(args, '--file') ?? args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: npm run eval -- --file ../shared/eval/dev.jsonl [--misses] [--json]');
    process.exitCode = 2;
    return;
  }
  const report = exitOnKnowledgeError(() => runEval(file));
  if (args.includes('--json')) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
  console.log(`${file}: ${report.lines} lines (${report.inScope} in scope, ${report.outOfScope} out of scope)`);
  console.log(`accuracy   ${report.accuracy.toFixed(3)}  (${pct(report.accuracy)}; target ≥ 0.92)`);
  console.log(`wrong      ${report.wrongRate.toFixed(3)}  (${pct(report.wrongRate)}; target ≤ 0.02)`);
  console.log(`rejection  ${report.rejection.toFixed(3)}  (${pct(report.rejection)}; target ≥ 0.95)`);
  console.log(`decisions  ${report.answered} answers, ${report.clarified} clarifications, ${report.fallbacks} fallbacks`);
  const u = report.usefulness;
  console.log(`useful     ${u.actionableShare.toFixed(3)}  (${pct(u.actionableShare)} of ${u.answers} service answers carry their own phone, site, address or date; target ≥ 0.90)`);
  console.log(`unpublished ${u.unpublishedShare.toFixed(3)} (${pct(u.unpublishedShare)} say a detail is unpublished / to be confirmed / a sample; target ≤ 0.05)`);
  const empty = Object.entries(u.emptyByEntry).sort((a, b) => b[1] - a[1]);
  if (empty.length) console.log(`nothing to act on: ${empty.map(([id, n]) => `${id} ${n}`).join(', ')}`);
  if (report.misses.length && !args.includes('--misses')) {
    console.log(`misses     ${report.misses.length} (add --misses to list them)`);
  } else if (report.misses.length) {
    console.log(`\nMisses (${report.misses.length}):`);
    for (const m of report.misses) {
      const got = m.reply.kind === 'answer' ? m.reply.topic : `${m.reply.kind}[${m.reply.candidates.slice(0, 3).join(',')}]`;
      console.log(`  ${m.verdict.padEnd(22)} expect ${m.line.expect.padEnd(26)} got ${String(got).padEnd(40)} ${m.reply.score.toFixed(2)}  ${m.line.q}`);
    }
  }
}

if (require.main === module) main();
