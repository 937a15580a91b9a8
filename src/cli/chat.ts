/**
 * `npm run chat`: the real conversation in the terminal — the same core (dialogs/conversation.ts), engine,
 * knowledge and wording as the bot: the welcome and its choices, follow-ups, language switches, the remarque flow
 * (kept nowhere here, and it says so), numbered choices ("2" picks the second). Nothing is created or written: the
 * server's store, when it exists (SQLite or PostgreSQL), is read read-only (agenda, fiches and contacts changed by
 * staff, taught phrasings: src/cli/server-store.ts);
 * `--shipped` ignores it.
 *
 * In a terminal: a prompt, "quit" to leave. Otherwise (a pipe, a file): no prompt; the welcome first, then for
 * each input line its replies; blocks separated by a blank line (and no blank line inside a block); exit 0 at the end of
 * the input.
 */
import { createInterface } from 'node:readline';
import { runTurn } from '../../dialogs/conversation.js';
import type { IncomingMessage, Memory, ReplyMessage } from '../../dialogs/contract.js';
import { conversationServices } from '../core.js';
import type { Locale } from '../knowledge/schema.js';
import { withNumberedChoices } from '../replies/compose.js';
import { exitOnKnowledgeError, option } from './common.js';
import { coreForTools } from './server-store.js';

const CHANNEL = 'cli';
const QUIT = /^(quit|exit|q)$/i;

/**
 * A block of replies as the terminal shows them: messages one after another, choices numbered. A reply's paragraphs
 * are kept on lines of their own but without the blank line between them: a blank line only ever separates one turn's
 * block from the next, so a reader of the output (a person or a script) finds one block per input line.
 */
export function renderBlock(replies: ReplyMessage[], locale: Locale): string {
  return replies
    .map((reply) => withNumberedChoices(reply, locale))
    .join('\n')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n');
}

async function main(): Promise<void> {
  const core = await coreForTools({ shipped: process.argv.includes('--shipped'), warn: (text) => console.error(text) }).catch((error: unknown) =>
    exitOnKnowledgeError(() => {
      throw error;
    }),
  );
  const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, fiches: () => core.fiches, clock: () => new Date() });
  const locale = option(process.argv.slice(2), '--locale');
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  let memory: Memory | undefined;
  let first = true;

  const turn = async (message: IncomingMessage): Promise<void> => {
    const result = await runTurn(memory, message, services);
    memory = result.memory;
    process.stdout.write(`${first ? '' : '\n'}${renderBlock(result.replies, result.locale)}\n`);
    first = false;
  };
  const base = { channel: CHANNEL, locale, capabilities: { buttons: false } } as const;
  await turn({ type: 'join', ...base });

  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  if (interactive) {
    rl.setPrompt('\n> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const text = line.trim();
    if (interactive && QUIT.test(text)) break;
    if (!text && interactive) {
      rl.prompt();
      continue;
    }
    if (text || !interactive) await turn({ type: 'message', text, ...base });
    if (interactive) rl.prompt();
  }
  rl.close();
}

if (require.main === module) {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
