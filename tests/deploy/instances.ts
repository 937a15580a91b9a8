/**
 * Real instances of the assistant for the deployment tests: `node` running src/index.ts's main() (through tsx, no
 * build), so with its own signal handlers, configured by the environment like the systemd unit does. Each one is
 * started in an empty folder (no .env read) and stopped by its PID: SIGTERM (graceful), waited for.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = path.resolve(__dirname, '../..');
const TSX = pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href;

export interface Instance {
  port: number;
  /** http://127.0.0.1:PORT, to reach this instance directly (not through nginx). */
  url: string;
  output(): string;
  /** SIGTERM, then the exit code once the process has ended. */
  stop(): Promise<number | null>;
  /** For afterAll: SIGKILL if still running. */
  kill(): void;
}

/** Every instance started and not yet exited, listening or still starting (a hook that timed out leaves those). */
const children = new Set<ChildProcess>();

/** For afterAll: SIGKILL to every instance still running, including one whose start was cut short. */
export function killAllInstances(): void {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

export function startInstance(cwd: string, port: number, env: Record<string, string>): Promise<Instance> {
  const child: ChildProcess = spawn(process.execPath, ['--import', TSX, path.join(ROOT, 'src/index.ts')], {
    cwd,
    env: { ...process.env, HOST: '127.0.0.1', ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const running = () => child.exitCode === null && child.signalCode === null;
  return new Promise((resolve, reject) => {
    const onData = () => {
      if (!/Assistant du quartier Renaissance : http/.test(out)) return;
      child.stdout?.off('data', onData);
      resolve({
        port,
        url: `http://127.0.0.1:${port}`,
        output: () => out,
        stop: async () => {
          if (running()) child.kill('SIGTERM');
          return exited;
        },
        kill: () => {
          if (running()) child.kill('SIGKILL');
        },
      });
    };
    child.stdout?.on('data', onData);
    void exited.then((code) => reject(new Error(`the instance on ${port} exited (${code}) before listening:\n${out}`)));
  });
}
