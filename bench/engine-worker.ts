/**
 * One size of the engine benchmark, in its own process so that its memory figure is its own:
 *   node --expose-gc --import tsx bench/engine-worker.ts FACTOR   → one JSON line on stdout
 *
 * Knowledge FACTOR times the real one (bench/synthetic-knowledge.ts); the index is built once (timed, and its heap
 * measured after a full GC); the engine is warmed up on the held-out sets (the JIT compiles, common words are
 * matched once), then:
 *   - first sight: each development-set question once — its words not seen before, like a new resident's question
 *     (with five fresh engines below 100×, so that the p99 rests on more than a handful of samples);
 *   - steady: the development set again and again for STEADY_MS — recurring questions on a busy server.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Engine } from '../src/engine/engine.js';
import { loadKnowledge } from '../src/knowledge/loader.js';
import { percentile } from './stats.js';
import { syntheticKnowledge } from './synthetic-knowledge.js';

const ROOT = path.resolve(__dirname, '..');
const STEADY_MS = 2_000;
const WARM_UP_ROUNDS = 3;
const FIRST_SIGHT_ENGINES = 5;
const AFTER_COLLECTION = 20;

export interface EngineRow {
  size: string;
  factor: number;
  entries: number;
  topics: number;
  buildMs: number;
  /** Heap held by the built engine (index, caches), after a full garbage collection. */
  heapMb: number;
  /** The process's resident memory once the engine is built. */
  rssMb: number;
  /** Steady state: the development set repeated. */
  p50Ms: number;
  p99Ms: number;
  qps: number;
  /** First sight of each development-set question. */
  firstP50Ms: number;
  firstP99Ms: number;
  questions: number;
}

function questions(file: string): string[] {
  return readFileSync(path.join(ROOT, 'tests/fixtures', file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q);
}

function collect(): void {
  if (!global.gc) throw new Error('run with node --expose-gc');
  global.gc();
  global.gc();
}

function timeEach(engine: Engine, list: string[]): number[] {
  return list.map((q) => {
    const start = process.hrtime.bigint();
    engine.decide(q);
    return Number(process.hrtime.bigint() - start) / 1e6;
  });
}

function run(factor: number): EngineRow {
  const knowledge = syntheticKnowledge(loadKnowledge(path.join(ROOT, 'knowledge')), factor);
  collect();
  const heapBefore = process.memoryUsage().heapUsed;
  const started = process.hrtime.bigint();
  const engine = new Engine(knowledge);
  const buildMs = Number(process.hrtime.bigint() - started) / 1e6;
  collect();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
  const rssMb = process.memoryUsage().rss / 2 ** 20;

  const warmUp = ['holdout.jsonl', 'holdout2.jsonl', 'holdout3.jsonl'].flatMap(questions);
  const dev = questions('dev.jsonl');
  // First sight needs a fresh engine each time (an engine remembers the words it has matched): several fresh
  // engines where building is quick, so that the p99 rests on more than a handful of samples.
  const first: number[] = [];
  for (let copy = 0; copy < (factor >= 100 ? 1 : FIRST_SIGHT_ENGINES); copy++) {
    const fresh = copy === 0 ? engine : new Engine(knowledge);
    for (let round = 0; round < WARM_UP_ROUNDS; round++) timeEach(fresh, warmUp);
    // A collection pending from the warm-up would land in the few first-sight samples; the first questions after a
    // full collection are slow for the collection's sake (code and caches cold again): a few more warm-up ones.
    collect();
    timeEach(fresh, warmUp.slice(0, AFTER_COLLECTION));
    first.push(...timeEach(fresh, dev));
  }
  const steady: number[] = [];
  const steadyStart = process.hrtime.bigint();
  let elapsedMs = 0;
  collect();
  while (elapsedMs < STEADY_MS) {
    steady.push(...timeEach(engine, dev));
    elapsedMs = Number(process.hrtime.bigint() - steadyStart) / 1e6;
  }
  return {
    size: factor === 1 ? 'real' : `${factor}×`,
    factor,
    entries: knowledge.entries.length,
    topics: knowledge.topics.length,
    buildMs: round(buildMs),
    heapMb: round(heapMb),
    rssMb: round(rssMb),
    p50Ms: round(percentile(steady, 0.5), 3),
    p99Ms: round(percentile(steady, 0.99), 3),
    qps: Math.round((steady.length / elapsedMs) * 1000),
    firstP50Ms: round(percentile(first, 0.5), 3),
    firstP99Ms: round(percentile(first, 0.99), 3),
    questions: dev.length,
  };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (require.main === module) {
  const factor = Number(process.argv[2] ?? '1');
  if (!Number.isInteger(factor) || factor < 1) {
    console.error('Usage: node --expose-gc --import tsx bench/engine-worker.ts FACTOR (an integer ≥ 1)');
    process.exit(2);
  }
  console.log(JSON.stringify(run(factor)));
}
