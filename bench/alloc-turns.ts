/**
 * Where a full HTTP turn's memory goes: the assistant started in this process (startAssistant, SQLite in a temporary
 * folder, warmed up as `npm start` is), the HTTP benchmark's messages (bench/mix.ts, 3 turns per conversation) posted
 * one after the other on /api/messages, and V8's sampling heap profiler counting every allocation — those the
 * young and old collections take back included, which a heap snapshot or --heap-prof never shows. Allocation is what
 * drives the scavenges (and, through what survives them, the major collections of the helper threads): the echo bot
 * of `npm run bench` allocates ≈ 125 KB a turn (from its --trace-gc), the assistant ≈ 355 KB.
 *
 *   npx tsx bench/alloc-turns.ts [--turns 600] [--top 40] [--under FUNCTION]
 *
 * Prints KB allocated per turn (the posting client, in this process too, is a few KB of it), by file, and by
 * function inclusive; --under FUNCTION (e.g. "attempt", "decide", "scoreWith") prints that function's callees as a tree.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { Session } from 'node:inspector/promises';
import os from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/config.js';
import { createCore } from '../src/core.js';
import { startAssistant } from '../src/index.js';
import { questionMix, turnActivity } from './mix.js';

const argv = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? (argv[i + 1] ?? fallback) : fallback;
};
const TURNS = Number(option('--turns', '600'));
const TOP = Number(option('--top', '40'));
const UNDER = option('--under', '');
/** As bench/http-server.ts: limits that never refuse one client's load, still counted on each turn. */
const NO_LIMIT = '1000000000';

interface ProfileNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: ProfileNode[];
}

function post(url: string, body: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const target = new URL('/api/messages', url);
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve());
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const nameOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.replace(/.*\/(node_modules|src|dialogs|bench)\//, '$1/')}`;
const fileOf = (node: ProfileNode) =>
  node.callFrame.url.replace(/.*\/(src|dialogs|bench)\//, '$1/').replace(/.*node_modules\/(@[^/]+\/[^/]+|[^/]+).*/, 'node_modules/$1') || '(native)';

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'renaissance-alloc-'));
  const config = parseConfig({
    PORT: '0',
    SQLITE_FILE: path.join(dir, 'assistant.sqlite'),
    LOG_LEVEL: 'error',
    RATE_LIMIT_MESSAGES_PER_MINUTE: NO_LIMIT,
    RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: NO_LIMIT,
    RATE_LIMIT_REMARQUES_PER_HOUR: NO_LIMIT,
    RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: NO_LIMIT,
  });
  const assistant = await startAssistant({ config, warmUp: true });
  const mix = questionMix(createCore().engine);
  let next = 0;
  const turn = () => {
    const i = next++;
    return post(assistant.url, turnActivity(mix[i % mix.length] as string, `alloc-${Math.floor(i / 3)}`, `a${i}`));
  };
  for (let i = 0; i < TURNS; i++) await turn(); // the code paths settle first

  const session = new Session();
  session.connect();
  await session.post('HeapProfiler.startSampling', { samplingInterval: 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  for (let i = 0; i < TURNS; i++) await turn();
  const { profile } = (await session.post('HeapProfiler.stopSampling')) as unknown as { profile: { head: ProfileNode } };
  session.disconnect();

  const kb = (bytes: number) => (bytes / TURNS / 1024).toFixed(1).padStart(7);
  const total = (node: ProfileNode): number => node.selfSize + node.children.reduce((sum, child) => sum + total(child), 0);
  const byFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const walk = (node: ProfileNode, above: Set<string>) => {
    byFile.set(fileOf(node), (byFile.get(fileOf(node)) ?? 0) + node.selfSize);
    const names = new Set(above).add(nameOf(node));
    for (const name of names) inclusive.set(name, (inclusive.get(name) ?? 0) + node.selfSize);
    for (const child of node.children) walk(child, names);
  };
  walk(profile.head, new Set());
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP);
  console.log(`KB allocated per turn: ${kb(total(profile.head)).trim()} (${TURNS} turns)\n\nBy file (self):`);
  for (const [file, bytes] of sorted(byFile)) console.log(`${kb(bytes)}  ${file}`);
  console.log('\nBy function (inclusive):');
  for (const [name, bytes] of sorted(inclusive)) console.log(`${kb(bytes)}  ${name}`);

  if (UNDER) {
    const roots: ProfileNode[] = [];
    const find = (node: ProfileNode, inside: boolean) => {
      const hit = node.callFrame.functionName === UNDER;
      if (hit && !inside) roots.push(node);
      for (const child of node.children) find(child, inside || hit);
    };
    find(profile.head, false);
    const tree = (nodes: ProfileNode[], depth: number, indent: string) => {
      const groups = new Map<string, ProfileNode[]>();
      for (const node of nodes) for (const child of node.children) groups.set(nameOf(child), [...(groups.get(nameOf(child)) ?? []), child]);
      const self = nodes.reduce((sum, node) => sum + node.selfSize, 0);
      if (self > 0) console.log(`${indent}${kb(self)}  (self)`);
      for (const [name, group] of [...groups].sort((a, b) => b[1].reduce((s, n) => s + total(n), 0) - a[1].reduce((s, n) => s + total(n), 0))) {
        const bytes = group.reduce((sum, node) => sum + total(node), 0);
        if (bytes / TURNS < 512) continue;
        console.log(`${indent}${kb(bytes)}  ${name}`);
        if (depth > 1) tree(group, depth - 1, `${indent}   `);
      }
    };
    console.log(`\nUnder ${UNDER}: ${kb(roots.reduce((sum, node) => sum + total(node), 0)).trim()} KB per turn`);
    tree(roots, 4, '  ');
  }
  await assistant.close();
  rmSync(dir, { recursive: true, force: true });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
