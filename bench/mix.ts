/**
 * The messages of the HTTP benchmark (bench/run.ts, bench/side-by-side.ts) and of the in-process core benchmark
 * (bench/core-turns.ts): development-set questions by what the engine decides — six answers, two clarifications,
 * two fallbacks that write a remarque in every ten turns.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Engine } from '../src/engine/engine.js';

const ROOT = path.resolve(__dirname, '..');

export function questionMix(engine: Engine): string[] {
  const questions = readFileSync(path.join(ROOT, 'tests/fixtures/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { q: string }).q);
  const by = { answer: [] as string[], clarify: [] as string[], fallback: [] as string[] };
  for (const q of questions) {
    const decision = engine.decide(q);
    // Fallbacks that the dialog keeps as remarques: a question with words to keep (not "oui", not "?").
    if (decision.kind === 'fallback' && engine.normalise(q).tokens.length === 0) continue;
    by[decision.kind].push(q);
  }
  // Six answers, two clarifications, two fallbacks in every ten turns.
  const mix: string[] = [];
  const pick = (list: string[], i: number) => list[i % list.length] as string;
  for (let i = 0; i < 60; i++) {
    mix.push(pick(by.answer, 3 * i), pick(by.answer, 3 * i + 1), pick(by.answer, 3 * i + 2));
    mix.push(pick(by.clarify, i), pick(by.fallback, i));
  }
  return mix;
}

/**
 * One turn's body, as the Bot Framework Emulator sends it, the replies in the HTTP response (expectReplies). `id` as
 * a channel sets one: the duplicate check of the servers' middleware runs on it; without, that check is skipped.
 */
export function turnActivity(text: string, conversation: string, id?: string): string {
  return JSON.stringify({
    type: 'message',
    ...(id === undefined ? {} : { id }),
    text,
    locale: 'fr-FR',
    channelId: 'emulator',
    deliveryMode: 'expectReplies',
    serviceUrl: 'http://127.0.0.1:9/',
    conversation: { id: conversation },
    from: { id: `${conversation}-user` },
    recipient: { id: 'bot' },
  });
}
