/**
 * `npm run bench`: how the assistant holds up, printed as a table and written to bench/results.json.
 *
 *  1. Engine (bench/engine-worker.ts, one process per size): questions per second and p50/p99 per question on the
 *     development set, with the real knowledge and synthetic knowledge 10× and 100× larger; index build time and
 *     memory for each size.
 *  2. HTTP (bench/http-server.ts, compiled like `npm start` and run with its node options, in its own process;
 *     autocannon in this one): full turns on /api/messages with
 *     deliveryMode "expectReplies" — a mix of questions the engine answers, clarifies, and does not know (those
 *     write a remarque) — against an echo bot on the same restify + CloudAdapter stack behind the same middleware
 *     (duplicate activities, rate limits), in the same run, the two loaded in turn in alternating slices; the ratio
 *     of the two throughputs and of their CPU per turn; the assistant's peak resident memory.
 *
 *  3. Burst (issue 12): --burst N requests sent at once (default 1,000) to the assistant, its peak resident memory
 *     with the bound on turns in flight (MAX_CONCURRENT_TURNS, MAX_QUEUED_TURNS as configured by default) and
 *     without it (MAX_CONCURRENT_TURNS=0), in the same run; how many were served and how many got 503.
 *
 *  4. Web (bench/web.ts): the widget on a cheap phone — real Chromium with Lighthouse's mobile throttling (1.6 Mbit/s,
 *     750 kbit/s, 150 ms, CPU ×4): bytes on the wire and time until the welcome shows after the demonstration
 *     page's navigation, beside an empty page's load time in the same run; Web Chat's bundles weighed.
 *
 *  5. Instances (issue 16, bench/instances.ts): the HTTP load above against one instance on SQLite, one on PostgreSQL
 *     (a throw-away database) and two on PostgreSQL behind nginx (deploy/nginx, TLS, round robin): turns/s and the
 *     ratios; without PostgreSQL or nginx, the rows that need them say why they were skipped.
 *
 * Options: --sizes 1,10,100   --duration SECONDS (per HTTP measurement, default 10)   --connections N (default 10)
 *          --burst N   --skip-engine   --skip-http   --skip-burst   --skip-web   --web-runs N (default 3)
 *          --skip-instances
 *          --profile DIR (the assistant and the echo bot write V8 CPU profiles there: assistant.cpuprofile, echo.cpuprofile)
 */
import { execFileSync, fork, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { createCore } from '../src/core.js';
import type { EngineRow } from './engine-worker.js';
import type { ServerReport } from './http-server.js';
import { benchDatabase, benchNginx, freePort } from './instances.js';
import { questionMix as mixOf, turnActivity } from './mix.js';
import { percentile } from './stats.js';
import { measureWeb, WEB_TARGETS, type WebResult } from './web.js';

const ROOT = path.resolve(__dirname, '..');
const RESULTS = path.join(ROOT, 'bench', 'results.json');
const WARM_UP_SECONDS = 3;
/** Turns per conversation: a resident usually asks a question or two and answers a clarification. */
const TURNS_PER_CONVERSATION = 3;

/** The issue's targets. */
export const TARGETS = { turnRatio: 0.6, engineP99RealMs: 1, engineP99LargestMs: 10, peakRssMb: 250 };

interface Options {
  sizes: number[];
  duration: number;
  connections: number;
  engine: boolean;
  http: boolean;
  burst: number;
  web: boolean;
  webRuns: number;
  instances: boolean;
  profileDir: string | undefined;
}

interface HttpRun {
  turnsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  non2xx: number;
  errors: number;
  /** What the assistant's traces said each turn was (answer, clarify, fallback...), counted. */
  kinds: Record<string, number>;
  maxRssMb: number;
  /**
   * The server's CPU time per turn during the measurement. On a machine shared with other work, throughput depends on
   * how much CPU the server was given; the CPU each turn costs does not, so the ratio of these is the steadier one.
   */
  cpuMsPerTurn: number;
}

function parseOptions(args: string[]): Options {
  const value = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  return {
    sizes: (value('--sizes') ?? '1,10,100').split(',').map(Number).filter((n) => Number.isInteger(n) && n >= 1),
    duration: Number(value('--duration') ?? 10),
    connections: Number(value('--connections') ?? 10),
    engine: !args.includes('--skip-engine'),
    http: !args.includes('--skip-http'),
    burst: args.includes('--skip-burst') ? 0 : Number(value('--burst') ?? 1000),
    web: !args.includes('--skip-web'),
    webRuns: Math.max(1, Number(value('--web-runs') ?? 3)),
    instances: !args.includes('--skip-instances'),
    profileDir: value('--profile'),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Engine

function engineRow(factor: number): Promise<EngineRow> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', 'bench/engine-worker.ts', String(factor)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`engine worker ${factor}× exited with ${code}`));
      resolve(JSON.parse(out.trim().split('\n').pop() ?? '') as EngineRow);
    });
  });
}

// ---------------------------------------------------------------------------------------------------------------
// HTTP

/** Development-set questions by what the engine decides: the mix of the HTTP load (bench/mix.ts). */
function questionMix(): string[] {
  return mixOf(createCore().engine);
}

interface ServerProcess {
  url: string;
  report(): Promise<ServerReport>;
  /** Ends it (cleanly: a CPU profile is written at exit) and waits until it has. */
  stop(): Promise<void>;
}

/** Compiles the benchmark's server with the application (bench/tsconfig.json → bench/.build). */
function compileServer(): string {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(ROOT, 'bench/tsconfig.json')], { stdio: 'inherit' });
  return path.join(ROOT, 'bench/.build/bench/http-server.js');
}

/** The node options of `npm start` (package.json), so the server runs as in production. */
function startOptions(): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  return (scripts.start ?? '').split(/\s+/).filter((word) => word.startsWith('--'));
}

function startServer(script: string, mode: 'assistant' | 'echo', dir: string, extraNodeOptions: string[], env: Record<string, string> = {}): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    // Its logs (JSON lines) are not read: they go to /dev/null, as they would go to a file.
    const child = fork(script, [mode, dir], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      execArgv: [...startOptions(), ...extraNodeOptions],
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the ${mode} server exited with ${code} before listening`)));
    child.once('message', (message: { url: string }) => {
      child.removeAllListeners('exit');
      resolve({
        url: message.url,
        report: () =>
          new Promise((done) => {
            child.once('message', (report: ServerReport) => done(report));
            child.send('report');
          }),
        stop: () =>
          new Promise<void>((done) => {
            child.once('exit', () => done());
            child.disconnect(); // the server exits when its parent lets go
          }),
      });
    });
  });
}

let activityIds = 0;

/** As a channel sends it: with an id (the duplicate check of both servers' middleware runs on it). */
function activity(text: string, conversation: string): string {
  return turnActivity(text, conversation, `a${++activityIds}`);
}

/** Where a server's load is in the mix, and its conversations so far: a later load goes on from there. */
interface LoadCursor {
  next: number;
  conversations: number;
}

async function load(
  url: string,
  mix: string[],
  seconds: number,
  connections: number,
  cursor: LoadCursor = { next: 0, conversations: 0 },
): Promise<Omit<HttpRun, 'maxRssMb' | 'cpuMsPerTurn'>> {
  const kinds: Record<string, number> = {};
  // One conversation = TURNS_PER_CONVERSATION requests in a row on one connection (autocannon keeps a context per
  // connection across its list of requests, and starts it afresh when the list starts over).
  const turn = (index: number): autocannon.Request => ({
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request, context) => {
      if (index === 0) context.conversation = `bench-${process.pid}-${++cursor.conversations}`;
      return { ...request, body: activity(mix[cursor.next++ % mix.length] as string, String(context.conversation)) };
    },
    onResponse: (_status, body) => {
      const kind = /"name":"quartier\.answer"[^}]*?"kind":"([a-z]+)"|"kind":"([a-z]+)"[^}]*?"name":"quartier\.answer"/.exec(body);
      const name = kind?.[1] ?? kind?.[2] ?? 'none';
      kinds[name] = (kinds[name] ?? 0) + 1;
    },
  });
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    requests: Array.from({ length: TURNS_PER_CONVERSATION }, (_, i) => turn(i)),
  });
  return {
    turnsPerSec: round(result.requests.total / seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
    kinds,
  };
}

/** Each server's measurement is cut into this many slices, the two servers' slices alternating. */
const HTTP_SLICES = 4;

/**
 * The echo bot and the assistant, each in its own process, started side by side and loaded in turn, in slices:
 * echo, assistant, assistant, echo, echo, assistant… (`options.duration` seconds for each server in all). On a
 * machine shared with other work, the load changes during a run: measured one after the other, the two servers
 * would meet different loads and the ratio would measure the machine; alternated, both meet the same mix of it.
 * Latencies: the median of the slices' p50 (the lower of the middle two), the highest of their p99.
 */
async function measurePair(script: string, mix: string[], options: Options): Promise<{ echo: HttpRun; assistant: HttpRun }> {
  const modes = ['echo', 'assistant'] as const;
  const dirs: string[] = [];
  const servers: ServerProcess[] = [];
  try {
    for (const mode of modes) {
      const dir = mkdtempSync(path.join(os.tmpdir(), `renaissance-bench-${mode}-`));
      dirs.push(dir);
      // Both servers are profiled (assistant.cpuprofile, echo.cpuprofile): what the assistant spends beyond the echo
      // bot is the difference of the two.
      const profile = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(options.profileDir)}`, `--cpu-prof-name=${mode}.cpuprofile`] : [];
      servers.push(await startServer(script, mode, dir, profile));
    }
    const cursors = servers.map((): LoadCursor => ({ next: 0, conversations: 0 }));
    for (const [i, server] of servers.entries()) await load(server.url, mix, WARM_UP_SECONDS, options.connections, cursors[i]);
    const runs = servers.map(() => ({ requests: 0, cpuMs: 0, non2xx: 0, errors: 0, p50s: [] as number[], p99: 0, kinds: {} as Record<string, number> }));
    const seconds = options.duration / HTTP_SLICES;
    for (let slice = 0; slice < HTTP_SLICES; slice++) {
      const order = slice % 2 === 0 ? [0, 1] : [1, 0];
      for (const i of order) {
        const server = servers[i] as ServerProcess;
        const sum = runs[i] as (typeof runs)[number];
        const before = await server.report();
        const run = await load(server.url, mix, seconds, options.connections, cursors[i]);
        const after = await server.report();
        sum.requests += run.requests;
        sum.cpuMs += after.cpuMs - before.cpuMs;
        sum.non2xx += run.non2xx;
        sum.errors += run.errors;
        sum.p50s.push(run.p50Ms);
        sum.p99 = Math.max(sum.p99, run.p99Ms);
        for (const [kind, count] of Object.entries(run.kinds)) sum.kinds[kind] = (sum.kinds[kind] ?? 0) + count;
      }
    }
    const reports = await Promise.all(servers.map((server) => server.report()));
    const [echo, assistant] = runs.map((sum, i): HttpRun => ({
      turnsPerSec: round(sum.requests / options.duration),
      p50Ms: percentile(sum.p50s, 0.5),
      p99Ms: sum.p99,
      requests: sum.requests,
      non2xx: sum.non2xx,
      errors: sum.errors,
      kinds: sum.kinds,
      maxRssMb: round((reports[i] as ServerReport).maxRssMb),
      cpuMsPerTurn: round(sum.cpuMs / Math.max(1, sum.requests), 3),
    })) as [HttpRun, HttpRun];
    return { echo, assistant };
  } finally {
    for (const server of servers) await server.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

interface InstancesRun {
  instances: number;
  turnsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** CPU time of all the instances together, per turn. */
  cpuMsPerTurn: number;
  non2xx: number;
  errors: number;
}

/**
 * The assistant as deployed: one instance per environment in `envs` (its own process, as measurePair starts them),
 * loaded directly when there is one, through nginx when `proxy` starts one in front of their ports.
 */
async function measureInstances(
  script: string,
  mix: string[],
  options: Options,
  envs: Record<string, string>[],
  proxy?: (ports: number[]) => Promise<{ url: string; stop(): Promise<void> } | { skipped: string }>,
): Promise<InstancesRun | { skipped: string }> {
  const dirs = envs.map(() => mkdtempSync(path.join(os.tmpdir(), 'renaissance-bench-instance-')));
  const servers: ServerProcess[] = [];
  let front: { url: string; stop(): Promise<void> } | undefined;
  try {
    const ports: number[] = [];
    for (const [i, env] of envs.entries()) {
      const port = proxy ? await freePort() : 0;
      ports.push(port);
      servers.push(await startServer(script, 'assistant', dirs[i] as string, [], { ...env, BENCH_PORT: String(port) }));
    }
    const started = proxy ? await proxy(ports) : undefined;
    if (started && 'skipped' in started) return started;
    front = started;
    const url = front?.url ?? (servers[0] as ServerProcess).url;
    await load(url, mix, WARM_UP_SECONDS, options.connections);
    const before = await Promise.all(servers.map((s) => s.report()));
    const run = await load(url, mix, options.duration, options.connections);
    const after = await Promise.all(servers.map((s) => s.report()));
    const cpuMs = after.reduce((sum, r, i) => sum + r.cpuMs - (before[i]?.cpuMs ?? 0), 0);
    return {
      instances: servers.length,
      turnsPerSec: run.turnsPerSec,
      p50Ms: run.p50Ms,
      p99Ms: run.p99Ms,
      cpuMsPerTurn: round(cpuMs / Math.max(1, run.requests), 3),
      non2xx: run.non2xx,
      errors: run.errors,
    };
  } finally {
    await front?.stop();
    for (const server of servers) await server.stop();
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  }
}

interface BurstRun {
  bounded: boolean;
  requests: number;
  served: number;
  busy503: number;
  errors: number;
  peakRssMb: number;
}

/** `count` different residents' messages sent all at once (one connection each), to a fresh assistant. */
async function measureBurst(script: string, mix: string[], count: number, bounded: boolean): Promise<BurstRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'renaissance-bench-burst-'));
  const server = await startServer(script, 'assistant', dir, [], bounded ? {} : { MAX_CONCURRENT_TURNS: '0' });
  try {
    let next = 0;
    const result = await autocannon({
      url: server.url,
      connections: count,
      amount: count,
      // A queued message waits for its turn: the measure is memory, so a slow answer is not an error here.
      timeout: 300,
      requests: [
        {
          method: 'POST',
          path: '/api/messages',
          headers: { 'content-type': 'application/json' },
          setupRequest: (request) => {
            const i = next++;
            return { ...request, body: activity(mix[i % mix.length] as string, `burst-${process.pid}-${i}`) };
          },
        },
      ],
    });
    const report = await server.report();
    const busy503 = result.statusCodeStats['503']?.count ?? 0;
    return { bounded, requests: count, served: result['2xx'], busy503, errors: result.errors + result.timeouts, peakRssMb: round(report.maxRssMb) };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Report

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model ?? 'unknown',
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    date: new Date().toISOString(),
  };
}

function round(x: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const results: Record<string, unknown> = { machine: machine(), command: 'npm run bench', targets: TARGETS };
  console.log(`Machine: ${results.machine ? JSON.stringify(results.machine) : ''}\n`);

  if (options.engine) {
    const engine: EngineRow[] = [];
    for (const factor of options.sizes) {
      process.stdout.write(`engine ${factor}× …`);
      engine.push(await engineRow(factor));
      process.stdout.write(' done\n');
    }
    results.engine = engine;
    console.log(
      `\nEngine — development set (${engine[0]?.questions ?? 0} questions); steady = the set repeated, first = each question's first sight\n`,
    );
    console.log(
      table(
        ['size', 'entries', 'build ms', 'heap MB', 'q/s', 'p50 ms', 'p99 ms', 'first p50', 'first p99'],
        engine.map((r) => [r.size, r.entries, r.buildMs, r.heapMb, r.qps, r.p50Ms, r.p99Ms, r.firstP50Ms, r.firstP99Ms]),
      ),
    );
  }

  if (options.http) {
    const mix = questionMix();
    const script = compileServer();
    console.log(
      `\nHTTP — /api/messages, expectReplies, ${options.connections} connections, ${options.duration} s each (after ${WARM_UP_SECONDS} s of warm-up), node ${startOptions().join(' ')}`,
    );
    const { echo, assistant } = await measurePair(script, mix, options);
    const ratio = round(assistant.turnsPerSec / echo.turnsPerSec, 3);
    const cpuRatio = round(echo.cpuMsPerTurn / assistant.cpuMsPerTurn, 3);
    results.http = {
      turnsPerSec: assistant.turnsPerSec,
      echoTurnsPerSec: echo.turnsPerSec,
      ratio,
      cpuMsPerTurn: assistant.cpuMsPerTurn,
      echoCpuMsPerTurn: echo.cpuMsPerTurn,
      cpuRatio,
      p50Ms: assistant.p50Ms,
      p99Ms: assistant.p99Ms,
      peakRssMb: assistant.maxRssMb,
      echo: { p50Ms: echo.p50Ms, p99Ms: echo.p99Ms, peakRssMb: echo.maxRssMb },
      connections: options.connections,
      durationSeconds: options.duration,
      nodeOptions: startOptions(),
      turns: assistant.requests,
      kinds: assistant.kinds,
      failures: { non2xx: assistant.non2xx + echo.non2xx, errors: assistant.errors + echo.errors },
    };
    console.log(
      `\n${table(
        ['server', 'turns/s', 'p50 ms', 'p99 ms', 'CPU ms/turn', 'peak RSS MB', 'non-2xx', 'errors'],
        [
          ['echo bot', echo.turnsPerSec, echo.p50Ms, echo.p99Ms, echo.cpuMsPerTurn, echo.maxRssMb, echo.non2xx, echo.errors],
          ['assistant', assistant.turnsPerSec, assistant.p50Ms, assistant.p99Ms, assistant.cpuMsPerTurn, assistant.maxRssMb, assistant.non2xx, assistant.errors],
        ],
      )}`,
    );
    console.log(`\nratio assistant / echo: ${ratio} (turns/s), ${cpuRatio} (CPU per turn, echo / assistant)   turns seen: ${JSON.stringify(assistant.kinds)}`);
  }

  if (options.burst > 0) {
    const mix = questionMix();
    const script = compileServer();
    console.log(`\nBurst — ${options.burst} residents' messages at once, one connection each; peak resident memory of the assistant`);
    const bounded = await measureBurst(script, mix, options.burst, true);
    const unbounded = await measureBurst(script, mix, options.burst, false);
    results.burst = { requests: options.burst, bounded, unbounded, ratio: round(bounded.peakRssMb / unbounded.peakRssMb, 3) };
    console.log(
      `\n${table(
        ['turns in flight', 'served', '503 busy', 'errors', 'peak RSS MB'],
        [
          ['bounded (defaults)', bounded.served, bounded.busy503, bounded.errors, bounded.peakRssMb],
          ['unbounded (MAX_CONCURRENT_TURNS=0)', unbounded.served, unbounded.busy503, unbounded.errors, unbounded.peakRssMb],
        ],
      )}`,
    );
  }

  if (options.web) {
    const script = compileServer();
    const dir = mkdtempSync(path.join(os.tmpdir(), 'renaissance-bench-web-'));
    const server = await startServer(script, 'assistant', dir, []);
    try {
      const web = await measureWeb(server.url, ROOT, options.webRuns);
      results.web = web;
      console.log(
        `\nWeb — the widget on a 390 px phone, Lighthouse mobile throttling (1.6 Mbit/s down, 750 kbit/s up, 150 ms RTT, CPU ×4), cold cache, median of ${web.runs}\n`,
      );
      console.log(
        table(
          ['page', 'until', 'ms', 'KB on the wire', 'requests'],
          [
            ['demonstration page + widget', 'welcome shown', web.widget.welcomeMs, round(web.widget.wireBytes / 1024), web.widget.requests],
            ['empty page (same run)', 'load', web.emptyPageMs, '', 1],
          ],
        ),
      );
      console.log(`\nratio widget welcome / empty page: ${web.ratio}`);
      console.log(`Web Chat's bundles, as they would travel: ${web.webChatOptions.map((o) => `${o.bundle} ${o.rawKb} KB raw, ${o.gzipKb} KB gzip, ${o.brotliKb} KB brotli`).join('; ')}`);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  if (options.instances) {
    const mix = questionMix();
    const script = compileServer();
    console.log(
      `\nInstances — /api/messages, expectReplies, ${options.connections} connections, ${options.duration} s each: one instance on SQLite, one on PostgreSQL, two on PostgreSQL behind nginx (deploy/nginx, TLS, round robin)`,
    );
    const sqlite = await measureInstances(script, mix, options, [{}]);
    let postgres: InstancesRun | { skipped: string };
    let nginx: InstancesRun | { skipped: string };
    const database = await benchDatabase();
    if ('skipped' in database) {
      postgres = nginx = database;
    } else {
      try {
        postgres = await measureInstances(script, mix, options, [{ BENCH_DATABASE_URL: database.url }]);
        const behind = { BENCH_DATABASE_URL: database.url, BENCH_BEHIND_PROXY: '1' };
        nginx = await measureInstances(script, mix, options, [behind, behind], benchNginx);
      } finally {
        await database.drop();
      }
    }
    const rows: [string, InstancesRun | { skipped: string }][] = [
      ['1 instance, SQLite', sqlite],
      ['1 instance, PostgreSQL', postgres],
      ['2 instances, PostgreSQL, nginx', nginx],
    ];
    const measured = (r: InstancesRun | { skipped: string }) => ('skipped' in r ? undefined : r);
    const ratio = (a: InstancesRun | { skipped: string }, b: InstancesRun | { skipped: string }) => {
      const x = measured(a);
      const y = measured(b);
      return x && y && y.turnsPerSec > 0 ? round(x.turnsPerSec / y.turnsPerSec, 3) : undefined;
    };
    results.instances = {
      connections: options.connections,
      durationSeconds: options.duration,
      sqlite,
      postgres,
      nginx,
      ratios: { postgresVsSqlite: ratio(postgres, sqlite), twoBehindNginxVsOnePostgres: ratio(nginx, postgres) },
    };
    console.log(
      `\n${table(
        ['setup', 'turns/s', 'p50 ms', 'p99 ms', 'CPU ms/turn (all)', 'non-2xx', 'errors'],
        rows.map(([name, r]) => ('skipped' in r ? [name, 'skipped', '', '', '', '', ''] : [name, r.turnsPerSec, r.p50Ms, r.p99Ms, r.cpuMsPerTurn, r.non2xx, r.errors])),
      )}`,
    );
    for (const [name, r] of rows) if ('skipped' in r) console.log(`  ${name}: skipped — ${r.skipped}`);
    const { ratios } = results.instances as { ratios: Record<string, number | undefined> };
    console.log(`\nratio PostgreSQL / SQLite: ${ratios.postgresVsSqlite ?? '—'}   two behind nginx / one on PostgreSQL: ${ratios.twoBehindNginxVsOnePostgres ?? '—'} (on ${os.cpus().length} cores, load generator included)`);
  }

  const engine = results.engine as EngineRow[] | undefined;
  const http = results.http as { ratio: number; peakRssMb: number } | undefined;
  const real = engine?.find((r) => r.factor === 1);
  const largest = engine?.find((r) => r.factor === Math.max(...options.sizes));
  console.log('\nTargets');
  if (http) console.log(`  full turns ≥ ${TARGETS.turnRatio * 100} % of the echo bot: ${Math.round(http.ratio * 100)} % — ${verdict(http.ratio >= TARGETS.turnRatio)}`);
  if (real) console.log(`  engine p99 ≤ ${TARGETS.engineP99RealMs} ms, real knowledge: ${real.p99Ms} ms (first sight ${real.firstP99Ms} ms) — ${verdict(real.p99Ms <= TARGETS.engineP99RealMs)}`);
  if (largest && largest.factor > 1) {
    console.log(`  engine p99 ≤ ${TARGETS.engineP99LargestMs} ms at ${largest.size}: ${largest.p99Ms} ms (first sight ${largest.firstP99Ms} ms) — ${verdict(largest.p99Ms <= TARGETS.engineP99LargestMs)}`);
  }
  const web = results.web as WebResult | undefined;
  if (web) {
    const kb = round(web.widget.wireBytes / 1024);
    console.log(`  widget ≤ ${WEB_TARGETS.wireKb} KB on the wire: ${kb} KB — ${verdict(kb <= WEB_TARGETS.wireKb)}`);
    console.log(`  welcome ≤ ${WEB_TARGETS.welcomeMs} ms after navigation (empty page ${web.emptyPageMs} ms): ${web.widget.welcomeMs} ms — ${verdict(web.widget.welcomeMs <= WEB_TARGETS.welcomeMs)}`);
  }
  if (http) console.log(`  peak RSS ≤ ${TARGETS.peakRssMb} MB under load: ${http.peakRssMb} MB — ${verdict(http.peakRssMb <= TARGETS.peakRssMb)}`);
  const burst = results.burst as { requests: number; bounded: BurstRun } | undefined;
  if (burst) console.log(`  peak RSS ≤ ${TARGETS.peakRssMb} MB, ${burst.requests} requests at once: ${burst.bounded.peakRssMb} MB — ${verdict(burst.bounded.peakRssMb <= TARGETS.peakRssMb)}`);

  if (!options.engine && !options.http && options.burst === 0 && !options.web && !options.instances) return; // nothing measured: the last figures stay as they are
  // Sections skipped this time keep their last figures (each says when, through the machine's date).
  const previous = (() => {
    try {
      return JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
    } catch {
      return {};
    }
  })();
  for (const section of ['engine', 'http', 'web', 'instances']) {
    if (results[section] === undefined && previous[section] !== undefined) results[section] = previous[section];
  }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWritten: ${path.relative(process.cwd(), RESULTS)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
