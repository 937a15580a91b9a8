// Finds knowledge lines that copy (or nearly copy) a line of an evaluation set. A copied line makes the evaluation
// measure memory, not the engine: the figures look better than what a resident will get.
// Comparison only: callers print the knowledge line and the evaluation FILE name, never a line of a blind set.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Lowercase, no accents, punctuation and apostrophes as spaces, single spaces. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function tokenJaccard(a: string, b: string): number {
  const sa = new Set(a.split(' ').filter(Boolean));
  const sb = new Set(b.split(' ').filter(Boolean));
  if (sa.size === 0 || sb.size === 0) return 0;
  let common = 0;
  for (const t of sa) if (sb.has(t)) common += 1;
  return common / (sa.size + sb.size - common);
}

/** Every string leaf of a parsed document (jsonl "q", txt lines, json leaves alike). */
function leaves(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) leaves(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) leaves(v, out);
  return out;
}

/** The messages of an evaluation file: txt lines, jsonl "q" fields, or every string of a json file. */
export function evaluationLines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.txt')) return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  if (path.endsWith('.jsonl')) {
    return text
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q?: unknown }).q)
      .filter((q): q is string => typeof q === 'string');
  }
  return leaves(JSON.parse(text), []);
}

export interface KnowledgeLine {
  file: string;
  line: string;
}

/** Short example texts of the knowledge base: phrasings, danger examples, net examples, out-of-scope phrasings. */
export function knowledgeLines(knowledgeDir: string): KnowledgeLine[] {
  const files = ['danger-learning.yaml', 'danger-corpora.yaml', 'danger.yaml', 'hors-champ.yaml'].map((f) => join(knowledgeDir, f)).filter((f) => existsSync(f));
  for (const f of readdirSync(join(knowledgeDir, 'entries'))) {
    if (f.endsWith('.yaml')) files.push(join(knowledgeDir, 'entries', f));
  }
  const out: KnowledgeLine[] = [];
  for (const file of files) {
    for (const line of leaves(parse(readFileSync(file, 'utf8')), [])) {
      // Answers and patterns are long or regular expressions; examples are short sentences.
      if (line.length <= 400 && !line.startsWith('# ---')) out.push({ file, line });
    }
  }
  return out;
}

export interface Copy {
  knowledge: KnowledgeLine;
  evaluationFile: string;
  evaluationIndex: number;
  jaccard: number;
}

/** Exact folded matches, and pairs whose token sets overlap by Jaccard ≥ threshold (lines of 3 words or more). */
export function findCopies(knowledge: KnowledgeLine[], evaluationFile: string, threshold = 0.8): Copy[] {
  const evaluation = evaluationLines(evaluationFile).map(fold);
  // Token sets built once per line (not once per pair): tens of thousands of pairs per file.
  const evaluationSets = evaluation.map((fe) => new Set(fe.split(' ').filter(Boolean)));
  const copies: Copy[] = [];
  for (const k of knowledge) {
    const fk = fold(k.line);
    if (!fk) continue;
    const kSet = new Set(fk.split(' ').filter(Boolean));
    const kWords = fk.split(' ').length;
    evaluation.forEach((fe, i) => {
      if (fe === fk) {
        copies.push({ knowledge: k, evaluationFile, evaluationIndex: i, jaccard: 1 });
        return;
      }
      const eSet = evaluationSets[i] as Set<string>;
      // Jaccard can reach the threshold only if the smaller set is at least threshold × the larger one.
      if (kWords < 3 || fe.split(' ').length < 3) return;
      if (Math.min(kSet.size, eSet.size) < threshold * Math.max(kSet.size, eSet.size)) return;
      let common = 0;
      for (const t of kSet) if (eSet.has(t)) common += 1;
      const j = common / (kSet.size + eSet.size - common);
      if (j >= threshold) copies.push({ knowledge: k, evaluationFile, evaluationIndex: i, jaccard: j });
    });
  }
  return copies;
}
