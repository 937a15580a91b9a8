/** Small helpers shared by the command-line tools. */
import { KnowledgeError } from '../knowledge/loader.js';

/** Runs a knowledge-loading step; on a broken knowledge file, prints the clear list of problems and exits 1. */
export function exitOnKnowledgeError<T>(load: () => T): T {
  try {
    return load();
  } catch (error) {
    if (error instanceof KnowledgeError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

/** `--name value` from argv, or undefined. */
export function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

// `npm run eval ... | head` closes the pipe early: stop quietly instead of crashing with EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

/** Runs a command's main(), whose promise gives the exit code; an unexpected error is printed and exits 1. */
export function runMain(result: Promise<number>): void {
  result.then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
