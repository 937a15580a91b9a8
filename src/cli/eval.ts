/**
 * `npm run eval -- --file ../shared/eval/dev.jsonl [--misses] [--json]`: accuracy, wrong-answer rate and rejection
 * (as ../shared/eval/README.md defines them), then the misses. Runs the same code path as `npm run ask --jsonl`.
 */
import { readFileSync } from 'node:fs';
import { createCore } from '../core.js';
import { evaluate, EvalLine, type EvalReport } from '../evaluation/metrics.js';
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

export function runEval(file: string, knowledgeDir?: string): EvalReport {
  const core = createCore({ knowledgeDir });
  const pairs = readEvalFile(file).map((line) => ({ line, reply: ask(core, line.q, line.locale) }));
  return evaluate(pairs);
}

function main(): void {
  const args = process.argv.slice(2);
  const file = option(args, '--file') ?? args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error('Usage: npm run eval -- --file ../shared/eval/dev.jsonl [--json]');
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
  console.log(`accuracy   ${report.accuracy.toFixed(3)}  (${pct(report.accuracy)}; target ≥ 0.90)`);
  console.log(`wrong      ${report.wrongRate.toFixed(3)}  (${pct(report.wrongRate)}; target ≤ 0.03)`);
  console.log(`rejection  ${report.rejection.toFixed(3)}  (${pct(report.rejection)}; target ≥ 0.90)`);
  console.log(`decisions  ${report.answered} answers, ${report.clarified} clarifications, ${report.fallbacks} fallbacks`);
  if (report.misses.length) {
    console.log(`\nMisses (${report.misses.length}):`);
    for (const m of report.misses) {
      const got = m.reply.kind === 'answer' ? m.reply.topic : `${m.reply.kind}[${m.reply.candidates.slice(0, 3).join(',')}]`;
      console.log(`  ${m.verdict.padEnd(22)} expect ${m.line.expect.padEnd(26)} got ${String(got).padEnd(40)} ${m.reply.score.toFixed(2)}  ${m.line.q}`);
    }
  }
}

if (require.main === module) main();
