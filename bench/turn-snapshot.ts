/**
 * What the engine and the conversation core make of every control message, written out so that two versions can be
 * compared byte for byte (a speed change must change nothing):
 *
 *   npx tsx bench/turn-snapshot.ts > /tmp/before.jsonl    (then, after the change)
 *   npx tsx bench/turn-snapshot.ts > /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl
 *
 * For each line of the control sets (tests/fixtures: the question sets .jsonl, the danger and ordinary lists .txt;
 * never the blind sets of tests/fixtures/blind-sets.json):
 *  - the engine's decision: kind, entry, topic, score, via, risk, out-of-scope domain and redirect, every candidate
 *    (topic, entry, score), and isDanger;
 *  - full turns through `runTurn` (replies with their choices, trace, memory, events, kept remarques): the message
 *    as a conversation's first turn, then as the turn after an answer (a follow-up may read it), after a
 *    clarification (it may choose or add to the question), and after an answer in English.
 * Then every control conversation script (tests/fixtures/conversations-*.json but the blind ones,
 * ../shared/eval/conversations-dev.json), turn by turn, and the HTTP benchmark's mix (3 turns per conversation).
 * A fixed clock: the output depends on the code and the knowledge only.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runTurn } from '../dialogs/conversation.js';
import type { IncomingMessage, Memory, RemarqueToKeep, TurnResult } from '../dialogs/contract.js';
import { conversationServices, createCore } from '../src/core.js';
import type { Decision } from '../src/engine/decide.js';

const ROOT = path.resolve(__dirname, '..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
const NOW = Date.parse('2026-12-01T09:00:00Z');

const blind = new Set(JSON.parse(readFileSync(path.join(FIXTURES, 'blind-sets.json'), 'utf8')) as string[]);

/** The control sets, named explicitly (the blind ones are left out by name, never opened). */
export function controlFiles(): string[] {
  const jsonl = ['dev', 'holdout', ...Array.from({ length: 16 }, (_, i) => `holdout${i + 2}`), 'out-of-scope-fresh', 'out-of-scope-fresh2', 'typos-fresh', 'typos-fresh2'].map((n) => `${n}.jsonl`);
  const suffixes = ['', ...Array.from({ length: 12 }, (_, i) => String(i + 2))];
  const txt = suffixes.flatMap((s) => [`danger-fresh${s}.txt`, `ordinary-fresh${s}.txt`]);
  return [...jsonl, ...txt].filter((f) => !blind.has(f));
}

/** Every message of the control sets, in file order. */
export function controlMessages(): string[] {
  const out: string[] = [];
  for (const file of controlFiles()) {
    let text: string;
    try {
      text = readFileSync(path.join(FIXTURES, file), 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      out.push(file.endsWith('.jsonl') ? (JSON.parse(line) as { q: string }).q : line.trim());
    }
  }
  return out;
}

function decisionView(d: Decision): unknown {
  return {
    kind: d.kind,
    entry: d.kind === 'answer' ? d.entry.id : undefined,
    topic: d.kind === 'answer' ? d.topic : undefined,
    via: d.kind === 'answer' ? d.via : undefined,
    score: d.score,
    risk: d.risk,
    outOfScope: d.kind === 'fallback' ? d.outOfScope : undefined,
    redirect: d.kind === 'fallback' ? d.redirect : undefined,
    candidates: d.candidates.map((c) => [c.topic, c.entry.id, c.score]),
  };
}

async function main(): Promise<void> {
  const core = createCore();
  const { engine } = core;
  const write = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);
  const messages = controlMessages();
  process.stderr.write(`${messages.length} control messages\n`);

  for (const message of messages) write({ message, decision: decisionView(engine.decide(message)), danger: engine.isDanger(message) });

  const kept: RemarqueToKeep[] = [];
  const services = conversationServices({ engine, agenda: () => core.agenda, clock: () => new Date(NOW) }, async (remarque) => {
    kept.push(remarque);
    return 'kept';
  });
  const turn = async (memory: Memory | undefined, text: string, locale = 'fr-FR', channel = 'emulator'): Promise<TurnResult> => {
    kept.length = 0;
    const message: IncomingMessage = { type: 'message', text, locale, channel, capabilities: { buttons: channel !== 'sms' } };
    return runTurn(memory, message, services);
  };
  const view = (r: TurnResult) => ({ replies: r.replies, trace: r.trace, memory: r.memory, events: r.events, locale: r.locale, kept: [...kept] });

  const afterAnswer = (await turn(undefined, 'kan passe le bus santé')).memory;
  const afterClarify = (await turn(undefined, 'aide')).memory;
  const afterEnglish = (await turn(undefined, 'where can i learn to use a computer', 'en-GB')).memory;
  for (const message of messages) {
    write({ message, first: view(await turn(undefined, message)) });
    write({ message, afterAnswer: view(await turn(afterAnswer, message)) });
    write({ message, afterClarify: view(await turn(afterClarify, message)) });
    write({ message, afterEnglish: view(await turn(afterEnglish, message, 'en-GB')) });
  }

  const scripts = [
    ...['conversations-dev.json'].map((f) => path.join(ROOT, '../shared/eval', f)),
    ...['', '2', '3', '4', '5', '6', '7', '8', '9'].map((s) => `conversations-blind${s}.json`).filter((f) => !blind.has(f)).map((f) => path.join(FIXTURES, f)),
    path.join(FIXTURES, 'conversations-fresh3.json'),
    path.join(FIXTURES, 'conversations-followups.json'),
  ];
  for (const file of scripts) {
    const list = JSON.parse(readFileSync(file, 'utf8')) as { name: string; locale?: string; channel?: string; turns: { say: string }[] }[];
    for (const script of list) {
      let memory: Memory | undefined;
      for (const t of script.turns) {
        const result = await turn(memory, t.say, script.locale ?? 'fr-FR', script.channel ?? 'emulator');
        memory = result.memory;
        write({ script: script.name, say: t.say, turn: view(result) });
      }
    }
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
