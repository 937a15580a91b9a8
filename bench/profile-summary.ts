/**
 * Where a turn's CPU goes, from the V8 profiles `npm run bench -- --profile DIR` writes (assistant.cpuprofile,
 * echo.cpuprofile): the two servers side by side, in milliseconds per turn.
 *
 *   npx tsx bench/profile-summary.ts DIR [--assistant-ms 3.34] [--echo-ms 1.31] [--top 40] [--skip 3]
 *
 * Only the samples taken from --skip seconds after the server's first turn are counted (start-up, loading the
 * knowledge and the warm-up are left out); idle samples never are. Each server's busy samples are scaled to its CPU
 * per turn as the same run printed it (`CPU ms/turn`, --assistant-ms / --echo-ms; without them, shares of the busy
 * time in %). Three tables: by part of the code (a folder of this project, a package, a Node.js module, the garbage
 * collector), by function inclusive (each sample counted once in every function of its stack), and by function self.
 * The difference of the two columns is what the assistant spends beyond the echo bot on the same stack.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Functions that run a turn of the Bot Framework adapter (the assistant's warm-up runs the core before it listens). */
const TURN_FUNCTIONS = new Set(['processActivity', 'processActivityDirect']);

const argv = process.argv.slice(2);
function option(name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  argv.splice(i, 2);
  return value;
}
const top = Number(option('--top') ?? 40);
const skipUs = Number(option('--skip') ?? 3) * 1e6;
const perTurn = { assistant: Number(option('--assistant-ms') ?? NaN), echo: Number(option('--echo-ms') ?? NaN) };
const dir = argv[0];
if (!dir) {
  console.error('Usage: npx tsx bench/profile-summary.ts DIR [--assistant-ms MS] [--echo-ms MS] [--top 40] [--skip 3]');
  process.exit(2);
}

/** The part of the code a frame belongs to: a folder of this project, a package, a Node.js module, or V8's own. */
function partOf(frame: CallFrame): string {
  const url = frame.url;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const own = /\/(src|dialogs|bench)\/(?:\.build\/)?(.*)$/.exec(url);
  if (own) {
    // A folder of src/ (src/engine, src/storage…), or dialogs/, or bench/ (compiled under bench/.build or run by tsx).
    const file = own[2] ?? '';
    const rest = own[1] === 'bench' && /^(src|dialogs)\//.test(file) ? file : `${own[1]}/${file}`;
    const parts = rest.split('/');
    return parts.length > 2 ? parts.slice(0, 2).join('/') : (parts[0] ?? rest);
  }
  if (url.startsWith('node:')) return url;
  return frame.functionName || '(native)';
}

function nameOf(frame: CallFrame): string {
  const where = frame.url.replace(/.*node_modules\//, '').replace(/.*\/(?:bench\/\.build\/)?((?:src|dialogs|bench)\/)/, '$1');
  const name = frame.functionName || '(anonymous)';
  return where ? `${name.slice(0, 60)} ${where}:${frame.lineNumber + 1}` : name.slice(0, 100);
}

interface Summary {
  busyUs: number;
  parts: Map<string, number>;
  inclusive: Map<string, number>;
  self: Map<string, number>;
}

function summarise(file: string): Summary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const inTurn = new Map<number, boolean>();
  const isTurn = (id: number): boolean => {
    let known = inTurn.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = TURN_FUNCTIONS.has(nodes.get(id)?.callFrame.functionName ?? '') || (up !== undefined && isTurn(up));
      inTurn.set(id, known);
    }
    return known;
  };
  // Time of each sample; the first turn's sample starts the clock.
  const times: number[] = [];
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) times.push((t += profile.timeDeltas[i] ?? 0));
  const first = profile.samples.findIndex((id) => isTurn(id));
  const from = first < 0 ? Infinity : (times[first] as number) + skipUs;
  const weights = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    if ((times[i] as number) < from) continue;
    // A sample's weight is the time until the next one.
    const id = profile.samples[i] as number;
    weights.set(id, (weights.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
  }
  const summary: Summary = { busyUs: 0, parts: new Map(), inclusive: new Map(), self: new Map() };
  const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);
  for (const [id, us] of weights) {
    const node = nodes.get(id) as ProfileNode;
    if (node.callFrame.functionName === '(idle)') continue;
    summary.busyUs += us;
    add(summary.parts, partOf(node.callFrame), us);
    add(summary.self, nameOf(node.callFrame), us);
    const seen = new Set<string>();
    for (let up: number | undefined = id; up !== undefined; up = parent.get(up)) {
      const name = nameOf((nodes.get(up) as ProfileNode).callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      add(summary.inclusive, name, us);
    }
  }
  return summary;
}

const servers = { assistant: summarise(path.join(dir, 'assistant.cpuprofile')), echo: summarise(path.join(dir, 'echo.cpuprofile')) };
const scaled = Number.isFinite(perTurn.assistant) && Number.isFinite(perTurn.echo);
const value = (server: keyof typeof servers, us: number | undefined): string => {
  const share = (us ?? 0) / servers[server].busyUs;
  return scaled ? (share * perTurn[server]).toFixed(3).padStart(7) : `${(100 * share).toFixed(1).padStart(6)}%`;
};

function table(title: string, pick: (s: Summary) => Map<string, number>): void {
  const a = pick(servers.assistant);
  const e = pick(servers.echo);
  const keys = [...new Set([...a.keys(), ...e.keys()])].sort((x, y) => (a.get(y) ?? 0) / servers.assistant.busyUs - (a.get(x) ?? 0) / servers.assistant.busyUs);
  console.log(`\n${title} — ${scaled ? 'ms per turn' : 'share of busy time'}: assistant, echo`);
  for (const key of keys.slice(0, top)) console.log(`${value('assistant', a.get(key))} ${value('echo', e.get(key))}  ${key}`);
}

console.log(`busy samples counted: assistant ${(servers.assistant.busyUs / 1e6).toFixed(2)} s, echo ${(servers.echo.busyUs / 1e6).toFixed(2)} s`);
table('By part of the code (self)', (s) => s.parts);
table('By function, inclusive', (s) => s.inclusive);
table('By function, self', (s) => s.self);
