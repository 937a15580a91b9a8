/**
 * How well redaction removes personal data from remarques as residents write them (tests/fixtures/
 * redaction-labelled.txt: SMS spelling, no capitals, names of people and of streets, associations, places), word by
 * word: recall = the share of personal words removed, precision = the share of removed words that were personal.
 * Prints both (and what was missed or removed wrongly); fails under the floors. `npm run eval:redaction` runs it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PLACEHOLDERS, redact } from '../../src/storage/redact.js';

const FLOORS = { recall: 0.95, precision: 0.9 };
const FILE = path.join(__dirname, '..', 'fixtures', 'redaction-labelled.txt');

interface Token {
  text: string;
  personal: boolean;
}

/** The words and numbers of a labelled line, each marked personal when inside {{…}}. */
function labelledTokens(line: string): { text: string; tokens: Token[] } {
  const tokens: Token[] = [];
  for (const [i, part] of line.split(/\{\{|\}\}/).entries()) {
    for (const word of part.match(/[\p{L}\p{N}]+/gu) ?? []) tokens.push({ text: word, personal: i % 2 === 1 });
  }
  return { text: line.replace(/\{\{|\}\}/g, ''), tokens };
}

/** Which of `before` survive in `after` (longest common subsequence, so repeated words are told apart). */
function survivors(before: readonly string[], after: readonly string[]): boolean[] {
  const n = before.length;
  const m = after.length;
  const table = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] = before[i] === after[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const kept = new Array<boolean>(n).fill(false);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (before[i] === after[j]) {
      kept[i] = true;
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return kept;
}

export function measureRedaction(lines: readonly string[]) {
  let personal = 0;
  let removed = 0;
  let removedPersonal = 0;
  const missed: string[] = [];
  const wronglyRemoved: string[] = [];
  for (const line of lines) {
    const { text, tokens } = labelledTokens(line);
    let out = redact(text).text;
    for (const placeholder of Object.values(PLACEHOLDERS)) out = out.split(placeholder).join(' ');
    const kept = survivors(
      tokens.map((t) => t.text),
      out.match(/[\p{L}\p{N}]+/gu) ?? [],
    );
    tokens.forEach((token, i) => {
      if (token.personal) personal++;
      if (kept[i]) {
        if (token.personal) missed.push(`${token.text}  ←  ${line}`);
        return;
      }
      removed++;
      if (token.personal) removedPersonal++;
      else wronglyRemoved.push(`${token.text}  ←  ${line}`);
    });
  }
  return { lines: lines.length, personal, removed, recall: removedPersonal / personal, precision: removed === 0 ? 1 : removedPersonal / removed, missed, wronglyRemoved };
}

it('removes the personal data of residents\' remarques (recall and precision printed)', () => {
  const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  expect(lines.length).toBeGreaterThanOrEqual(150);
  const result = measureRedaction(lines);
  console.log(
    [
      `redaction on ${result.lines} labelled remarques (${result.personal} personal words):`,
      `  recall ${result.recall.toFixed(3)}  precision ${result.precision.toFixed(3)}  (floors ${FLOORS.recall} / ${FLOORS.precision})`,
      ...result.missed.map((m) => `  missed: ${m}`),
      ...result.wronglyRemoved.map((m) => `  removed, not personal: ${m}`),
    ].join('\n'),
  );
  expect(result.recall).toBeGreaterThanOrEqual(FLOORS.recall);
  expect(result.precision).toBeGreaterThanOrEqual(FLOORS.precision);
});
