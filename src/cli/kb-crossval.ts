/**
 * `npm run kb:crossval [-- --folds 5]`: how well the knowledge's phrasings are recognised when each is held out,
 * and which topics they are confused with — see src/evaluation/crossval.ts.
 */
import { crossValidate } from '../evaluation/crossval.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { exitOnKnowledgeError, option } from './common.js';

function main(): void {
  const args = process.argv.slice(2);
  const knowledge = exitOnKnowledgeError(() => loadKnowledge(option(args, '--dir')));
  const report = crossValidate(knowledge, Number(option(args, '--folds') ?? 5));
  console.log(`${report.lines} phrasings held out: accuracy ${report.accuracy.toFixed(3)}, wrong ${report.wrongRate.toFixed(3)} (${report.answered} answers, ${report.clarified} clarifications, ${report.fallbacks} fallbacks)`);
  const confusions = new Map<string, string[]>();
  for (const miss of report.misses.filter((m) => m.verdict === 'wrong' || m.verdict === 'clarify-missed')) {
    const key = `${miss.line.expect} → ${miss.reply.topic ?? miss.reply.candidates.slice(0, 2).join('|')}`;
    confusions.set(key, [...(confusions.get(key) ?? []), miss.line.q]);
  }
  console.log('\nConfusions (phrasing topic → what the engine chose):');
  for (const [key, qs] of [...confusions].sort((a, b) => b[1].length - a[1].length)) {
    console.log(`  ${qs.length} × ${key}`);
    if (args.includes('--verbose')) for (const q of qs) console.log(`      ${q}`);
  }
}

if (require.main === module) main();
