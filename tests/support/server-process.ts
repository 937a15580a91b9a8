/**
 * The assistant as its own process (tests/reliability/server-process.ts, run by tsx, no build), for the tests that
 * kill it (kill -9) or run several: configured by `env` on top of this process's environment, on loopback. The
 * child is handed to `track` at once, before it listens, so that the test ends it even when it fails to start.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
}

/** Resolves with the URL it printed once listening; rejects if it exits before. */
export function startServerProcess(env: Record<string, string>, track: (child: ChildProcess) => void): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/reliability/server-process.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  track(child);
  return listening(child);
}

/**
 * A server process that loads and warms its code now (tsx compiling the whole application, then a knowledge and an
 * engine built once: most of a start on a busy machine; `warm` resolves when done) but opens its storage and starts
 * only on start(): a restart after a kill -9 then costs the start itself. Until start() it has touched no file of
 * the storage.
 */
export function prepareServerProcess(
  env: Record<string, string>,
  track: (child: ChildProcess) => void,
): { warm: Promise<void>; start(): Promise<ServerProcess> } {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/reliability/server-process.ts')], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env, START_ON_STDIN: '1' },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  track(child);
  const ready = listening(child);
  ready.catch(() => undefined); // reported by start(); an early exit must not be an unhandled rejection meanwhile
  const warm = printed(child, (line) => line.startsWith('{"warm"'), 'warming up');
  warm.catch(() => undefined);
  return {
    warm: warm.then(() => undefined),
    start: () => {
      child.stdin?.end('start\n');
      return ready;
    },
  };
}

function listening(child: ChildProcess): Promise<ServerProcess> {
  return printed(child, (line) => line.startsWith('{"url"'), 'listening').then((line) => ({ url: (JSON.parse(line) as { url: string }).url, child }));
}

/** The first whole line of the child's stdout that `wanted` accepts; rejects if the child exits before it. */
function printed(child: ChildProcess, wanted: (line: string) => boolean, what: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').slice(0, -1).find(wanted);
      if (line) resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before ${what}`)));
  });
}
