/**
 * Servers of the HTTP benchmark side by side, each in its own process, loaded in turn in short slices (rounds
 * rotated), and their CPU per turn compared — for A/B questions the full `npm run bench` answers too noisily on a
 * shared machine (what the middleware costs the echo, the duplicate check the assistant, a node option…):
 *
 *   npx tsx bench/side-by-side.ts [--rounds 6] [--slice 3] [--connections 10] [--stdout DIR] LABEL=MODE[:KEY=VALUE,…] …
 *
 * MODE is `echo` or `assistant` (bench/http-server.ts, compiled as `npm run bench` does). KEY=VALUE pairs are the
 * server's environment, except NOID=1 (its activities carry no id: no duplicate check), ARGS (node options,
 * joined by "+") and BUILD (another checkout whose server was compiled there — by its own `npm run bench` — run
 * instead of this one: `old=assistant:BUILD=/tmp/old new=assistant` compares two versions under the same slices).
 * bench/http-server.ts reads BENCH_ECHO_BARE=1 (the echo bot without the adapter's middleware) and BENCH_NO_WARM_UP=1
 * (the assistant started cold, without src/bot/warm-up.ts). --stdout DIR keeps each server's standard output in
 * DIR/LABEL.out (with ARGS=--trace-gc, its collections).
 * Prints each round's CPU ms per turn and, per server, the median and overall CPU per turn, the median of the
 * per-round ratios first server / this one, the peak RSS, and (Linux) the CPU per turn of its main thread and of its
 * other threads — V8's concurrent marking, sweeping and compilation, libuv's pool. Messages: the mix of bench/mix.ts, 3 turns per
 * conversation, as bench/run.ts sends them.
 */
import { execFileSync, fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createCore } from '../src/core.js';
import type { ServerReport } from './http-server.js';
import { questionMix, turnActivity } from './mix.js';
import { percentile } from './stats.js';

const ROOT = path.resolve(__dirname, '..');
const argv = process.argv.slice(2);
function option(name: string, fallback: string): string {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const value = argv[i + 1] ?? fallback;
  argv.splice(i, 2);
  return value;
}
const rounds = Number(option('--rounds', '6'));
const sliceSeconds = Number(option('--slice', '3'));
const connections = Number(option('--connections', '10'));
/** --stdout DIR: each server's standard output (its logs, and what --trace-gc prints) kept in DIR/LABEL.out. */
const stdoutDir = option('--stdout', '');

interface Spec {
  label: string;
  mode: string;
  env: Record<string, string>;
}
const specs: Spec[] = argv.map((arg) => {
  const [label, rest = ''] = arg.split(/=(.*)/s) as [string, string?];
  const [mode = '', env = ''] = rest.split(/:(.*)/s);
  const pairs = env.split(',').filter(Boolean).map((kv) => kv.split(/=(.*)/s).slice(0, 2) as [string, string]);
  return { label, mode, env: Object.fromEntries(pairs) };
});
if (specs.length === 0 || specs.some((s) => s.mode !== 'echo' && s.mode !== 'assistant')) {
  console.error('Usage: npx tsx bench/side-by-side.ts [--rounds 6] [--slice 3] LABEL=echo|assistant[:KEY=VALUE,…] …');
  process.exit(2);
}

interface Server {
  label: string;
  child: ChildProcess;
  url: string;
  noId: boolean;
  dir: string;
  cursor: { next: number; conversations: number };
}

const mix = questionMix(createCore().engine);
let activityIds = 0;

/**
 * CPU time of each thread of a server process (Linux: /proc/PID/task/TID/stat, clock ticks of 10 ms), by thread
 * kind: the main thread (the event loop), V8's helper threads (concurrent marking and sweeping, compilation),
 * libuv's pool (fdatasync of the WAL, crypto, zlib) and the rest. Empty elsewhere.
 */
function threadCpuMs(pid: number | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  if (pid === undefined) return out;
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const ms = (Number(fields[11]) + Number(fields[12])) * 10;
      const kind = tid === String(pid) ? 'main' : comm.startsWith('V8') ? 'v8' : comm.startsWith('libuv') ? 'libuv' : 'other';
      out[kind] = (out[kind] ?? 0) + ms;
    } catch {
      // the thread ended meanwhile
    }
  }
  return out;
}

function report(server: Server): Promise<ServerReport> {
  return new Promise((done) => {
    server.child.once('message', (message: ServerReport) => done(message));
    server.child.send('report');
  });
}

async function load(server: Server, seconds: number): Promise<number> {
  const { cursor } = server;
  const turn = (index: number): autocannon.Request => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request, context) => {
      if (index === 0) context.conversation = `side-${process.pid}-${++cursor.conversations}`;
      const text = mix[cursor.next++ % mix.length] as string;
      return { ...request, body: turnActivity(text, String(context.conversation), server.noId ? undefined : `a${++activityIds}`) };
    },
  });
  const result = await autocannon({ url: server.url, connections, duration: seconds, requests: [turn(0), turn(1), turn(2)] });
  if (result.non2xx || result.errors) console.log(`${server.label}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return result.requests.total;
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'bench/tsconfig.json')], { stdio: 'inherit' });
  const script = path.join(ROOT, 'bench/.build/bench/http-server.js');
  const servers: Server[] = [];
  for (const spec of specs) {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'renaissance-side-'));
    const { NOID, ARGS, BUILD, ...env } = spec.env;
    const child = fork(BUILD ? path.join(BUILD, 'bench/.build/bench/http-server.js') : script, [spec.mode, dir], {
      cwd: BUILD ?? ROOT,
      env: { ...process.env, ...env },
      execArgv: ['--max-old-space-size=256', ...(ARGS ? ARGS.split('+') : [])],
      stdio: ['ignore', stdoutDir ? openSync(path.join(stdoutDir, `${spec.label}.out`), 'w') : 'ignore', 'inherit', 'ipc'],
    });
    const url = await new Promise<string>((resolve) => child.once('message', (message: { url: string }) => resolve(message.url)));
    servers.push({ label: spec.label, child, url, noId: NOID === '1', dir, cursor: { next: 0, conversations: 0 } });
  }
  for (const server of servers) await load(server, 3);
  const perRound = new Map<string, number[]>();
  const totals = new Map<string, { cpuMs: number; turns: number }>();
  const threads = new Map<string, Record<string, number>>();
  for (let round = 0; round < rounds; round++) {
    const line: string[] = [];
    for (let k = 0; k < servers.length; k++) {
      const server = servers[(k + round) % servers.length] as Server;
      const before = await report(server);
      const threadsBefore = threadCpuMs(server.child.pid);
      const turns = await load(server, sliceSeconds);
      const threadsAfter = threadCpuMs(server.child.pid);
      const after = await report(server);
      const kinds = threads.get(server.label) ?? {};
      for (const [kind, ms] of Object.entries(threadsAfter)) kinds[kind] = (kinds[kind] ?? 0) + ms - (threadsBefore[kind] ?? 0);
      threads.set(server.label, kinds);
      const cpuMs = after.cpuMs - before.cpuMs;
      perRound.set(server.label, [...(perRound.get(server.label) ?? []), cpuMs / Math.max(1, turns)]);
      const total = totals.get(server.label) ?? { cpuMs: 0, turns: 0 };
      totals.set(server.label, { cpuMs: total.cpuMs + cpuMs, turns: total.turns + turns });
      line.push(`${server.label} ${(cpuMs / Math.max(1, turns)).toFixed(3)}`);
    }
    console.log(`round ${round + 1}: ${line.join('  ')}  (load ${os.loadavg()[0]?.toFixed(1)})`);
  }
  const first = perRound.get(servers[0]?.label ?? '') ?? [];
  for (const server of servers) {
    const values = perRound.get(server.label) ?? [];
    const total = totals.get(server.label) ?? { cpuMs: 0, turns: 0 };
    const ratios = values.map((v, i) => (first[i] ?? Number.NaN) / v);
    const { maxRssMb } = await report(server);
    console.log(
      `${server.label.padEnd(12)} CPU per turn: median ${percentile(values, 0.5).toFixed(3)} ms, overall ${(total.cpuMs / Math.max(1, total.turns)).toFixed(3)} ms;` +
        ` ${servers[0]?.label} / this: ${percentile(ratios, 0.5).toFixed(3)} (median of rounds); ${total.turns} turns; peak RSS ${maxRssMb.toFixed(1)} MB`,
    );
    const kinds = Object.entries(threads.get(server.label) ?? {}).filter(([, ms]) => ms > 0);
    if (kinds.length > 0) console.log(`${''.padEnd(12)} by thread, ms per turn: ${kinds.map(([kind, ms]) => `${kind} ${(ms / Math.max(1, total.turns)).toFixed(3)}`).join(', ')}`);
  }
  for (const server of servers) {
    server.child.disconnect();
    rmSync(server.dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
