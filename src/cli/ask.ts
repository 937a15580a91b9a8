/**
 * `npm run ask -- "kan passe le bus santé"`: the reply as a resident would read it.
 * `npm run --silent ask -- --jsonl < questions.jsonl > answers.jsonl`: the evaluation contract of
 * ../shared/eval/README.md — one JSON object per input line, in order, nothing else on stdout; writes nothing to
 * the remarques store. Reads the server's store read-only when it exists (SQLite or PostgreSQL: its agenda, staff
 * fiche and contact changes, taught phrasings: src/cli/server-store.ts); `--shipped` answers from the files alone.
 */
import { createInterface } from 'node:readline';
import type { Core } from '../core.js';
import type { Decision } from '../engine/decide.js';
import { toLocale } from '../replies/i18n.js';
import { firstMessageText } from '../replies/compose.js';
import { exitOnKnowledgeError } from './common.js';
import { coreForTools } from './server-store.js';

/** The knowledge is loaded inside an async step here (the store is read first): same clear error, same exit code. */
async function exitOnKnowledgeErrorAsync<T>(load: () => Promise<T>): Promise<T> {
  const value = await load().catch((error: unknown) => exitOnKnowledgeError(() => {
    throw error;
  }));
  return value as T;
}

export interface AskResult {
  q: string;
  kind: Decision['kind'];
  topic: string | null;
  candidates: string[];
  score: number;
  text: string;
}

export function ask(core: Core, q: string, locale: string | undefined, now = new Date()): AskResult {
  const decision = core.engine.decide(q);
  const text = firstMessageText(decision, { locale: toLocale(locale), now, agenda: core.agenda, fiches: core.fiches });
  return {
    q,
    kind: decision.kind,
    topic: decision.kind === 'answer' ? decision.topic : null,
    candidates: decision.candidates.map((c) => c.topic),
    score: decision.score,
    text,
  };
}

/** One input line of the JSONL contract → one output object (a result or `{q, error}`). */
export function askLine(core: Core, line: string): AskResult | { q: unknown; error: string } {
  const trimmed = line.trim();
  let q: unknown = trimmed;
  let locale: unknown;
  if (trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.startsWith('"')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(trimmed);
    } catch {
      return { q: trimmed, error: 'invalid JSON' };
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      return { q: parsed, error: 'not a JSON object with "q"' };
    }
    const record = parsed as Record<string, unknown>;
    q = record.q;
    locale = record.locale;
    if (typeof q !== 'string') return { q: q ?? null, error: 'missing "q" (a string)' };
    if (locale !== undefined && typeof locale !== 'string') return { q, error: '"locale" must be a string' };
  }
  if (typeof q !== 'string' || q.trim() === '') return { q, error: 'empty message' };
  try {
    return ask(core, q, locale as string | undefined);
  } catch (error) {
    // One message the engine cannot handle must not end the batch: its line says why, the next lines are answered.
    return { q, error: `could not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== '--shipped');
  const core = await exitOnKnowledgeErrorAsync(() => coreForTools({ shipped: process.argv.includes('--shipped'), warn: (text) => console.error(text) }));
  if (args.includes('--jsonl')) {
    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of lines) process.stdout.write(JSON.stringify(askLine(core, line)) + '\n');
    return;
  }
  const localeIndex = args.indexOf('--locale');
  const locale = localeIndex >= 0 ? args[localeIndex + 1] : undefined;
  const question = args.filter((_, i) => localeIndex < 0 || (i !== localeIndex && i !== localeIndex + 1)).join(' ').trim();
  if (!question) {
    console.error('Usage: npm run ask -- "votre question" [--locale en] [--shipped]   |   npm run --silent ask -- --jsonl < in.jsonl');
    process.exitCode = 2;
    return;
  }
  const result = ask(core, question, locale);
  const label = result.kind === 'answer' ? `${result.kind} · ${result.topic}` : `${result.kind} · ${result.candidates.join(', ') || '—'}`;
  console.log(`${result.text}\n\n[${label} · score ${result.score}]`);
}

if (require.main === module) void main();
