/**
 * `npm run kb:check [-- --verbose]`: validates the knowledge folder (schemas and cross-file rules), then reports
 * coverage: thin entries, phrasings under two topics, quotes not in the convention, danger examples, practical
 * details and contacts staff still have to fill in, national services without a source, sample data. Exits 1 on any error, so CI fails on a broken knowledge file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkKnowledge, readConvention } from '../knowledge/checker.js';
import { defaultKnowledgeDir, loadKnowledge } from '../knowledge/loader.js';
import { exitOnKnowledgeError, option } from './common.js';

/** The evaluation's topic ids: ../shared/eval/topics.json next to the project when present, else the test copy. */
function expectedTopicIds(root: string): string[] | undefined {
  for (const file of [path.join(root, '..', 'shared', 'eval', 'topics.json'), path.join(root, 'tests', 'fixtures', 'topics.json')]) {
    if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { topics: { id: string }[] }).topics.map((t) => t.id);
  }
  return undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = option(args, '--dir') ?? defaultKnowledgeDir();
  const knowledge = exitOnKnowledgeError(() => loadKnowledge(dir));
  const report = checkKnowledge(knowledge, { convention: readConvention(dir), expectedTopicIds: expectedTopicIds(path.dirname(dir)) });
  const s = report.stats;
  console.log(`Knowledge ${dir}: valid — ${s.topics} topics, ${s.entries} entries, ${s.phrasingsFr} French and ${s.phrasingsEn} English phrasings, ${s.missing} practical details and ${s.contactsToFill} local contacts still to fill in by staff.`);
  const verbose = args.includes('--verbose');
  const section = (title: string, lines: string[], limit: number) => {
    if (lines.length === 0) return;
    console.log(`\n${title} (${lines.length}):`);
    for (const line of verbose ? lines : lines.slice(0, limit)) console.log(`  - ${line}`);
    if (!verbose && lines.length > limit) console.log(`  … ${lines.length - limit} more (--verbose)`);
  };
  section('Errors', report.errors, 1000);
  section('Warnings', report.warnings, 20);
  section('Notices', report.notices, 10);
  if (report.errors.length) process.exitCode = 1;
}

if (require.main === module) main();
