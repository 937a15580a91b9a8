/**
 * The conversation core alone: `runTurn` on the HTTP benchmark's messages (bench/mix.ts: answers 60 %,
 * clarifications 20 %, remarques 20 %), three turns per conversation (the second and third read the first as a
 * follow-up may), without HTTP or Bot Framework, remarques kept in memory — the assistant's own work in a turn,
 * measured as CPU time per turn of this process (user + system), which a loaded machine disturbs less than time,
 * and as bytes allocated per turn.
 *
 *   npx tsx bench/core-turns.ts [--rounds 12] [--turns 300] [--pool control]
 *   node --expose-gc --import tsx bench/core-turns.ts …        (adds bytes allocated per turn)
 *   npx tsx bench/core-turns.ts --against main [--runs 4]     (A/B: that commit's core against this worktree's)
 *
 * `--pool control`: the messages are drawn from every control set's lines (bench/turn-snapshot.ts, ≈ 8 600) in a
 * fixed shuffled order instead of the 300 of the mix — for any change that remembers work across turns, whose gain
 * the mix (134 questions repeated) would flatter. Prints one line per round and the median, in µs CPU per turn.
 *
 * Bytes per turn (with `--expose-gc`): batches of 20 turns, each after a full GC, measured as the growth of the used
 * heap; a batch during which V8 collected anything (seen by a `gc` performance observer) is not counted. The young
 * generation is made large enough for a batch (`--max-semi-space-size`, set by `--against` for both versions).
 *
 * `--against REF`: checks REF out in a temporary worktree (node_modules linked) and runs this script `--runs` times
 * on each version in turn (B A A B B A…, separate processes: in one process the version built second is slower
 * whatever its code), then prints each version's median µs and bytes per turn and the ratio candidate / base.
 * `--root DIR` (used by `--against`): load the core from that checkout instead of this one.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import v8 from 'node:v8';
import type { Memory, RemarqueToKeep } from '../dialogs/contract.js';
import type * as ConversationModule from '../dialogs/conversation.js';
import type * as CoreModule from '../src/core.js';
import { questionMix } from './mix.js';
import { controlMessages } from './turn-snapshot.js';

const HERE = path.resolve(__dirname, '..');
const TURNS_PER_CONVERSATION = 3;
const BYTES_BATCH = 20;

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

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return ((sorted[Math.floor((sorted.length - 1) / 2)] as number) + (sorted[Math.ceil((sorted.length - 1) / 2)] as number)) / 2;
}

async function measure(): Promise<void> {
  const root = path.resolve(option('--root') ?? HERE);
  const { runTurn } = (await import(path.join(root, 'dialogs/conversation.ts'))) as typeof ConversationModule;
  const { conversationServices, createCore } = (await import(path.join(root, 'src/core.ts'))) as typeof CoreModule;
  const rounds = Number(option('--rounds') ?? 12);
  const turnsPerRound = Number(option('--turns') ?? 300);
  const core = createCore();
  const pool = option('--pool') === 'control' ? shuffled(controlMessages()) : questionMix(core.engine);
  const now = Date.parse('2026-12-01T09:00:00Z');
  // The remarques are kept in memory, as a store would take them (dropped every 1 000, the turn never reads them).
  let kept: RemarqueToKeep[] = [];
  const keep = async (remarque: RemarqueToKeep) => {
    if (kept.length >= 1000) kept = [];
    kept.push(remarque);
    return 'kept' as const;
  };
  const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(now) }, keep);
  let next = 0;
  let memory: Memory | undefined;
  const turns = async (count: number): Promise<void> => {
    for (let i = 0; i < count; i++) {
      if (next % TURNS_PER_CONVERSATION === 0) memory = undefined;
      const text = pool[next++ % pool.length] as string;
      memory = (await runTurn(memory, { type: 'message', text, locale: 'fr-FR', channel: 'emulator', capabilities: { buttons: true } }, services)).memory;
    }
  };
  const round = async (): Promise<number> => {
    const start = process.cpuUsage();
    await turns(turnsPerRound);
    const used = process.cpuUsage(start);
    return (used.user + used.system) / turnsPerRound;
  };
  const json = process.argv.includes('--json');
  // Warm-up: one pass over the pool (or two rounds), as the HTTP benchmark warms up before measuring.
  for (let i = 0; i < Math.max(2, Math.ceil(pool.length / turnsPerRound)); i++) await round();
  const results: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const us = await round();
    results.push(us);
    if (!json) console.log(`round ${i + 1}: ${us.toFixed(1)} µs CPU per turn`);
  }
  const us = median(results);
  let bytes: number | undefined;
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    let collections: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) collections.push(entry.startTime);
    });
    observer.observe({ entryTypes: ['gc'] });
    const perTurn: number[] = [];
    for (let i = 0; i < Math.max(30, pool.length / BYTES_BATCH) && perTurn.length < pool.length / BYTES_BATCH; i++) {
      gc();
      await new Promise((resolve) => setImmediate(resolve));
      collections = [];
      const t0 = performance.now();
      const before = v8.getHeapStatistics().used_heap_size;
      await turns(BYTES_BATCH);
      const after = v8.getHeapStatistics().used_heap_size;
      const t1 = performance.now();
      await new Promise((resolve) => setImmediate(resolve));
      if (collections.some((t) => t >= t0 && t <= t1)) continue;
      perTurn.push((after - before) / BYTES_BATCH);
    }
    observer.disconnect();
    bytes = perTurn.length ? median(perTurn) : undefined;
    if (!json) console.log(`bytes allocated: median ${bytes === undefined ? '—' : (bytes / 1024).toFixed(1)} KiB per turn (${perTurn.length} batches of ${BYTES_BATCH} turns without a GC)`);
  }
  if (json) console.log(JSON.stringify({ us, bytes }));
  else console.log(`median ${us.toFixed(1)} µs CPU per turn (${rounds} rounds of ${turnsPerRound} turns, pool ${pool.length} messages)`);
}

/** `--against REF`: both versions in separate processes, in turn. */
function compare(ref: string): void {
  const runs = Number(option('--runs') ?? 4);
  const passed = ['--rounds', '--turns', '--pool'].flatMap((name) => (option(name) === undefined ? [] : [name, option(name) as string]));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'core-ab-'));
  const base = path.join(dir, 'base');
  execFileSync('git', ['-C', HERE, 'worktree', 'add', '--detach', base, ref], { stdio: 'ignore' });
  try {
    if (!existsSync(path.join(base, 'node_modules'))) symlinkSync(path.join(HERE, 'node_modules'), path.join(base, 'node_modules'));
    const sha = execFileSync('git', ['-C', base, 'rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const versions = { base, candidate: HERE };
    const figures: Record<keyof typeof versions, { us: number[]; bytes: number[] }> = { base: { us: [], bytes: [] }, candidate: { us: [], bytes: [] } };
    for (let run = 0; run < runs; run++) {
      const order: (keyof typeof versions)[] = run % 2 === 0 ? ['candidate', 'base'] : ['base', 'candidate'];
      for (const name of order) {
        const child = spawnSync(
          process.execPath,
          ['--expose-gc', '--max-semi-space-size=64', '--import', 'tsx', path.join(HERE, 'bench/core-turns.ts'), '--root', versions[name], '--json', ...passed],
          { cwd: HERE, encoding: 'utf8' },
        );
        if (child.status !== 0) throw new Error(`${name}: ${child.stderr}`);
        const result = JSON.parse(child.stdout.trim().split('\n').at(-1) as string) as { us: number; bytes?: number };
        figures[name].us.push(result.us);
        if (result.bytes !== undefined) figures[name].bytes.push(result.bytes);
        console.log(`run ${run + 1} ${name.padEnd(9)} ${result.us.toFixed(1)} µs CPU per turn, ${result.bytes === undefined ? '—' : (result.bytes / 1024).toFixed(1)} KiB per turn`);
      }
    }
    const line = (name: keyof typeof versions) =>
      `${name === 'base' ? `base (${ref}, ${sha})` : 'candidate (this worktree)'}: median ${median(figures[name].us).toFixed(1)} µs CPU per turn, ${(median(figures[name].bytes) / 1024).toFixed(1)} KiB per turn`;
    console.log(line('base'));
    console.log(line('candidate'));
    const ratios = figures.candidate.us.map((us, i) => us / (figures.base.us[i] as number));
    console.log(
      `candidate / base: CPU ${median(ratios).toFixed(3)} (median of the runs' ratios), bytes ${(median(figures.candidate.bytes) / median(figures.base.bytes)).toFixed(3)}`,
    );
  } finally {
    execFileSync('git', ['-C', HERE, 'worktree', 'remove', '--force', base], { stdio: 'ignore' });
    rmSync(dir, { recursive: true, force: true });
  }
}

const against = option('--against');
if (against !== undefined) compare(against);
else
  measure().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
