/**
 * The conversation core alone: `runTurn` on the HTTP benchmark's messages (bench/mix.ts), three turns per
 * conversation, without HTTP, Bot Framework or storage (remarques kept nowhere) — the assistant's own work in a turn,
 * measured as CPU time per turn of this process (user + system), which a loaded machine disturbs less than time.
 *
 *   npx tsx bench/core-turns.ts [--rounds 12] [--turns 300] [--pool control]
 *
 * `--pool control`: the messages are drawn from every control set's lines (bench/turn-snapshot.ts, ≈ 8 600) in a
 * fixed shuffled order instead of the 300 of the mix — for any change that remembers work across turns, whose gain
 * the mix (134 questions repeated) would flatter. Prints one line per round and the median, in µs CPU per turn.
 */
import { runTurn } from '../dialogs/conversation.js';
import type { Memory } from '../dialogs/contract.js';
import { conversationServices, createCore } from '../src/core.js';
import { questionMix } from './mix.js';
import { controlMessages } from './turn-snapshot.js';

const TURNS_PER_CONVERSATION = 3;

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** A fixed shuffle (a linear congruential generator), so that every run sees the same order. */
function shuffled<T>(list: T[]): T[] {
  const out = [...list];
  let seed = 42;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

async function main(): Promise<void> {
  const rounds = Number(option('--rounds') ?? 12);
  const turnsPerRound = Number(option('--turns') ?? 300);
  const core = createCore();
  const pool = option('--pool') === 'control' ? shuffled(controlMessages()) : questionMix(core.engine);
  const now = Date.parse('2026-12-01T09:00:00Z');
  const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(now) });
  let next = 0;
  const round = async (): Promise<number> => {
    const start = process.cpuUsage();
    let memory: Memory | undefined;
    for (let i = 0; i < turnsPerRound; i++) {
      if (i % TURNS_PER_CONVERSATION === 0) memory = undefined;
      const text = pool[next++ % pool.length] as string;
      memory = (await runTurn(memory, { type: 'message', text, locale: 'fr-FR', channel: 'emulator', capabilities: { buttons: true } }, services)).memory;
    }
    const used = process.cpuUsage(start);
    return (used.user + used.system) / turnsPerRound;
  };
  // Warm-up: one pass over the pool (or two rounds), as the HTTP benchmark warms up before measuring.
  for (let i = 0; i < Math.max(2, Math.ceil(pool.length / turnsPerRound)); i++) await round();
  const results: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const us = await round();
    results.push(us);
    console.log(`round ${i + 1}: ${us.toFixed(1)} µs CPU per turn`);
  }
  const sorted = [...results].sort((a, b) => a - b);
  const median = ((sorted[Math.floor((sorted.length - 1) / 2)] as number) + (sorted[Math.ceil((sorted.length - 1) / 2)] as number)) / 2;
  console.log(`median ${median.toFixed(1)} µs CPU per turn (${rounds} rounds of ${turnsPerRound} turns, pool ${pool.length} messages)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
