/**
 * `npm run -s eval:kinds -- FILE.jsonl [FILE…] [--lines]`: the misses of evaluation sets counted by kind — what the
 * reply was (a wrong answer, a question offering the right topic or not, an "I don't know") × whether the right topic
 * was among the coverage's five best in-scope candidates (its rank) or absent × whether the classifier (the second
 * opinion) named it. Counts only by default, so a validation set can be measured without reading its lines;
 * `--lines` prints each miss too (control sets only). docs/engine.md, « Manques par sorte ».
 */
import { readEvalFile } from './eval.js';
import { createCore } from '../core.js';
import { bestPerTopic, HORS_CHAMP } from '../engine/decide.js';
import { scoreMessage } from '../engine/scorer.js';
import { exitOnKnowledgeError } from './common.js';

function main(): void {
  const args = process.argv.slice(2);
  const showLines = args.includes('--lines');
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('Usage: npm run -s eval:kinds -- tests/fixtures/holdout20.jsonl [more files] [--lines]');
    process.exitCode = 2;
    return;
  }
  const core = exitOnKnowledgeError(() => createCore());
  const engine = core.engine;
  const total = new Map<string, number>();
  for (const file of files) {
    const counts = new Map<string, number>();
    const lines: string[] = [];
    for (const line of readEvalFile(file)) {
      const decision = engine.decide(line.q);
      const good = new Set([line.expect, ...(line.accept ?? [])]);
      let kind: string | undefined;
      if (line.expect === 'none') {
        if (decision.kind !== 'fallback') kind = decision.kind === 'answer' ? 'out-of-scope answered' : 'out-of-scope asked';
      } else if (!(decision.kind === 'answer' && good.has(decision.topic))) {
        const { scored, opinion } = engine.explain(line.q);
        const candidates = bestPerTopic(scored.scores, 6).filter((c) => c.topic !== HORS_CHAMP).slice(0, 5);
        const rank = candidates.findIndex((c) => good.has(c.topic));
        const what =
          decision.kind === 'answer' ? 'wrong answer' : decision.kind === 'fallback' ? "I don't know" : decision.candidates.some((c) => good.has(c.topic)) ? 'question offering it' : 'question without it';
        kind = `${what} · ${rank >= 0 ? `candidate #${rank + 1}` : 'not a candidate'} · classifier ${opinion && good.has(opinion.best) ? 'names it' : 'elsewhere'}`;
        if (showLines) {
          const top = candidates.slice(0, 3).map((c) => `${c.topic} ${c.score.toFixed(2)}`).join(', ');
          const p = opinion ? `${opinion.best} ${opinion.probabilityOf(opinion.best).toFixed(2)}` : '-';
          lines.push(`    ${kind} | expect ${line.expect} | coverage ${top} | classifier ${p} | ${line.q}`);
        }
      }
      if (kind) {
        counts.set(kind, (counts.get(kind) ?? 0) + 1);
        total.set(kind, (total.get(kind) ?? 0) + 1);
      }
    }
    print(file, counts);
    for (const l of lines.sort()) console.log(l);
  }
  if (files.length > 1) print('all files', total);
}

function print(title: string, counts: Map<string, number>): void {
  console.log(`${title}: ${[...counts.values()].reduce((a, b) => a + b, 0)} misses`);
  for (const [kind, n] of [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(n).padStart(4)}  ${kind}`);
}

if (require.main === module) main();
