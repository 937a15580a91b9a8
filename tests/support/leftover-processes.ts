/**
 * vitest globalSetup: fails the run when a test leaves a process behind.
 *
 * Before any test file runs, the run gets a mark (an environment variable every worker inherits, and with it every
 * process a test spawns, unless the test hands its child a fresh environment — build a child's environment from
 * process.env). After the last file, every process of this machine that still carries the mark, other than vitest
 * itself and its workers, was started by a test and never ended: it is listed and the run fails.
 *
 * A process that lost its parent is re-parented to init, so following parent ids would miss exactly the case that
 * matters (a killed wrapper whose child kept running); the mark survives that. Linux only (/proc): elsewhere the
 * check prints why it did not run.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';

export const RUN_MARK = 'RENAISSANCE_TEST_RUN';

/** How long processes ending at the very end of a test get to exit before they count as left behind. */
const GRACE_MS = 3000;

export interface MarkedProcess {
  pid: number;
  ppid: number;
  command: string;
}

/** Processes whose environment carries `mark` (those of other users are unreadable, hence skipped). */
export function markedProcesses(mark: string): MarkedProcess[] {
  const found: MarkedProcess[] = [];
  const needle = `${RUN_MARK}=${mark}\0`;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const environ = fs.readFileSync(`/proc/${entry}/environ`, 'latin1');
      if (!(environ + '\0').includes(needle)) continue;
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'latin1');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = fs.readFileSync(`/proc/${entry}/cmdline`, 'latin1').split('\0').join(' ').trim();
      found.push({ pid: Number(entry), ppid, command });
    } catch {
      // gone meanwhile, or not ours
    }
  }
  return found;
}

/** Processes carrying the mark that are neither `self` nor one of its vitest workers. */
export function leftBehind(mark: string, self: number): MarkedProcess[] {
  return markedProcesses(mark).filter((p) => p.pid !== self && !(p.ppid === self && /vitest/.test(p.command)));
}

export default function setup(): (() => Promise<void>) | undefined {
  if (!fs.existsSync('/proc/self/environ')) {
    console.warn('[leftover-processes] no /proc on this system: the check for processes left behind by tests is NOT run');
    return undefined;
  }
  const mark = `${process.pid}-${randomBytes(6).toString('hex')}`;
  process.env[RUN_MARK] = mark;
  return async () => {
    const deadline = Date.now() + GRACE_MS;
    let left = leftBehind(mark, process.pid);
    while (left.length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      left = leftBehind(mark, process.pid);
    }
    if (left.length > 0) {
      const list = left.map((p) => `  pid ${p.pid} (parent ${p.ppid}): ${p.command.slice(0, 200)}`).join('\n');
      // vitest prints a teardown error but keeps the run's exit code: set it, or CI would pass.
      process.exitCode = 1;
      throw new Error(`Tests left ${left.length} process(es) running — a test that starts a process must end it, children included:\n${list}`);
    }
  };
}
