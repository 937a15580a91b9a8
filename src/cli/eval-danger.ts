/**
 * `npm run eval:danger [-- --misses] [--danger FILE ...] [--ordinary FILE ...] [--with-blind]`: the danger figures of
 * docs/engine.md. Danger lists (one message a line): share that gets the emergency numbers first. Ordinary lists and
 * the evaluation questions not about danger (tests/fixtures/*.jsonl, expect ≠ urgence): share that gets a false ⚠️
 * line. Without --danger/--ordinary, every tests/fixtures/danger-*.txt and ordinary-*.txt and every evaluation set,
 * except the blind sets named in tests/fixtures/blind-sets.json (--with-blind includes them): engineers run the
 * plain command while they work, and a blind set must stay unseen, even as a total, until it is measured.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createCore } from '../core.js';
import { measureList, type DangerListReport } from '../evaluation/danger-eval.js';
import { exitOnKnowledgeError } from './common.js';

export const FIXTURES = 'tests/fixtures';

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
}

function optionList(args: string[], name: string): string[] {
  return args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1] as string] : []));
}

/** The sets kept from engineers' eyes (tests/fixtures/blind-sets.json; the copy check reads the same list). */
export function blindSets(fixturesDir = FIXTURES): Set<string> {
  return new Set(JSON.parse(readFileSync(path.join(fixturesDir, 'blind-sets.json'), 'utf8')) as string[]);
}

/** The fixture files whose names match, blind sets left out unless asked for. */
export function fixtures(pattern: RegExp, withBlind = false, fixturesDir = FIXTURES): string[] {
  const blind = withBlind ? new Set<string>() : blindSets(fixturesDir);
  return readdirSync(fixturesDir).filter((f) => pattern.test(f) && !blind.has(f)).sort().map((f) => path.join(fixturesDir, f));
}

/** The evaluation questions that are not about danger (expect ≠ urgence), from every .jsonl set. */
export function ordinaryEvalQuestions(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    lines(file)
      .map((l) => JSON.parse(l) as { q: string; expect: string })
      .filter((l) => l.expect !== 'urgence')
      .map((l) => l.q),
  );
}

function main(): void {
  const args = process.argv.slice(2);
  const { engine } = exitOnKnowledgeError(() => createCore());
  const dangerFiles = optionList(args, '--danger');
  const ordinaryFiles = optionList(args, '--ordinary');
  const explicit = dangerFiles.length + ordinaryFiles.length > 0;
  const withBlind = args.includes('--with-blind');
  const danger = explicit ? dangerFiles : fixtures(/^danger-.*\.txt$/, withBlind);
  const ordinary = explicit ? ordinaryFiles : fixtures(/^ordinary-.*\.txt$/, withBlind);
  const evalSets = explicit ? [] : fixtures(/\.jsonl$/, withBlind).filter((f) => !/typos/.test(f));
  if (!explicit && !withBlind) console.log(`(blind sets left out: ${[...blindSets()].join(', ')}; --with-blind includes them)`);
  const pct = (n: number, d: number) => `${((100 * n) / Math.max(1, d)).toFixed(1)} %`;
  const show = (r: DangerListReport) => {
    if (!args.includes('--misses')) return;
    for (const m of r.misses) console.log(`    ${m}`);
  };
  console.log('danger lists: emergency numbers first');
  for (const file of danger) {
    const r = measureList(engine, file, lines(file), 'danger');
    console.log(`  ${file.padEnd(40)} ${String(r.flagged).padStart(4)}/${r.lines}  ${pct(r.flagged, r.lines)}`);
    show(r);
  }
  console.log('ordinary lists: false ⚠️ line');
  for (const file of ordinary) {
    const r = measureList(engine, file, lines(file), 'ordinary');
    console.log(`  ${file.padEnd(40)} ${String(r.flagged).padStart(4)}/${r.lines}  ${pct(r.flagged, r.lines)}`);
    show(r);
  }
  if (evalSets.length > 0) {
    const r = measureList(engine, 'evaluation questions (expect ≠ urgence)', ordinaryEvalQuestions(evalSets), 'ordinary');
    console.log(`  ${r.file.padEnd(40)} ${String(r.flagged).padStart(4)}/${r.lines}  ${pct(r.flagged, r.lines)}  (${evalSets.length} sets)`);
    show(r);
  }
}

if (require.main === module) main();
