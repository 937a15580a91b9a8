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
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const line = out.split('\n').find((l) => l.startsWith('{"url"'));
      if (line) resolve({ url: (JSON.parse(line) as { url: string }).url, child });
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
}
