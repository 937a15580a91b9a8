/**
 * `npx tsx src/cli/danger-corpora.ts [--train-dir DIR] [--exclude FILE]`: teaches the second safety net
 * (knowledge/danger-corpora.yaml, learnt by the second net only — danger-likelihood.ts SafetyNet) the training corpora of tests/fixtures/danger-training (E, F, I, J, K…, written
 * blind to the code for issue 13.1): each corpus's danger and ordinary lines are added under a heading of their own,
 * lines danger-learning.yaml or danger-corpora.yaml already hold left out (exact, trimmed). `--exclude FILE`: lines never to add (one a line) — those
 * that tests/knowledge/no-test-copies.test.ts finds too close to a line of an evaluation set. Run again, it adds
 * nothing: the lines are there. `npm run eval:danger-cv` measures the net with and without them (docs/engine.md).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { option } from './common.js';

const BASE = path.join('knowledge', 'danger-learning.yaml');
const FILE = path.join('knowledge', 'danger-corpora.yaml');
const HEADER = `# The second safety net's lessons (src/engine/danger-likelihood.ts SafetyNet): the training corpora of
# tests/fixtures/danger-training, written blind to the code (issue 13.1), added by src/cli/danger-corpora.ts, and
# families written for this net. The first net never learns them: it stays the net every list was measured on.
danger:

ordinary:
`;

function lines(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

function main(): void {
  const args = process.argv.slice(2);
  const dir = option(args, '--train-dir') ?? path.join('tests', 'fixtures', 'danger-training');
  const excludeFile = option(args, '--exclude');
  const exclude = new Set(excludeFile ? lines(excludeFile) : []);
  const text = existsSync(FILE) ? readFileSync(FILE, 'utf8') : HEADER;
  const parsed = { danger: [] as string[], ordinary: [] as string[] };
  for (const t of [readFileSync(BASE, 'utf8'), text]) {
    const p = (parse(t) ?? {}) as { danger?: string[] | null; ordinary?: string[] | null };
    parsed.danger.push(...(p.danger ?? []));
    parsed.ordinary.push(...(p.ordinary ?? []));
  }
  const known = new Set([...parsed.danger, ...parsed.ordinary].map((t) => t.trim()));
  const names = readdirSync(dir).filter((name) => existsSync(path.join(dir, name, `danger-train-${name}.txt`))).sort();
  const blocks = { danger: [] as string[], ordinary: [] as string[] };
  for (const name of names) {
    for (const kind of ['danger', 'ordinary'] as const) {
      const added = lines(path.join(dir, name, `${kind}-train-${name}.txt`)).filter((l) => !known.has(l) && !exclude.has(l));
      for (const l of added) known.add(l);
      if (added.length === 0) continue;
      blocks[kind].push(`  # --- training corpus ${name} (tests/fixtures/danger-training/${name}, written blind to the code; issue 13.1)`);
      blocks[kind].push(...added.map((l) => `  - ${JSON.stringify(l)}`));
      console.log(`corpus ${name}: ${added.length} ${kind} lines added`);
    }
  }
  const all = text.replace(/\n+$/, '').split('\n');
  const at = all.indexOf('ordinary:');
  if (at < 0) throw new Error(`${FILE}: no "ordinary:" list`);
  let end = at;
  while (end > 0 && (all[end - 1] as string).trim() === '') end--;
  const out = [...all.slice(0, end), ...blocks.danger, ...all.slice(end, all.length), ...blocks.ordinary];
  writeFileSync(FILE, `${out.join('\n')}\n`);
}

if (require.main === module) main();
