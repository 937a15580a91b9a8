/**
 * Warms the conversation core up before the server takes its first resident (issue 11): a freshly started process
 * runs its first few hundred turns two to three times slower than later ones — V8 compiles and optimises the
 * engine's and the dialogs' code (TurboFan on helper threads), each danger and follow-up expression is compiled
 * the first time a message needs it, inline caches settle. The benchmark showed that cost landing on the first
 * residents after every restart (and on its own measurement: `npm run bench` measures a few hundred turns).
 *
 * The warm-up runs the real core (`runTurn`) on the knowledge's own phrasings — never a resident's words, never an
 * evaluation line — in short conversations held in memory: nothing is stored (no state, no remarque, no statistic,
 * `keep` answers "kept nowhere"), nothing is sent. The core's memos are a few texts long, so no resident's turn is
 * answered from a warm-up's result: the same code simply runs already compiled. Bounded by a number of turns and a
 * time budget, whichever comes first.
 */
import { runTurn } from '../../dialogs/conversation.js';
import type { CoreServices, Memory } from '../../dialogs/contract.js';
import type { Knowledge } from '../knowledge/loader.js';

export interface WarmUpOptions {
  /** Turns at most (default 600: two passes of a few hundred different messages). */
  turns?: number;
  /** Milliseconds at most (default 2 000, WARM_UP_MS): a loaded machine must not delay the start much. */
  budgetMs?: number;
  /** Channels the warm-up's messages come from (their rendering differs; default the two web styles). */
  channels?: string[];
}

export interface WarmUpReport {
  turns: number;
  ms: number;
}

/** The knowledge's phrasings, interleaved by entry (one of each entry, then the second of each…), French first. */
export function warmUpTexts(knowledge: Pick<Knowledge, 'entries'>): string[] {
  const byEntry = knowledge.entries.map((entry) => [...entry.phrasings.fr, ...(entry.phrasings.en ?? [])]);
  const texts: string[] = [];
  const longest = Math.max(0, ...byEntry.map((list) => list.length));
  for (let i = 0; i < longest; i++) for (const list of byEntry) if (list[i] !== undefined) texts.push(list[i] as string);
  return texts;
}

export async function warmUp(services: CoreServices, knowledge: Pick<Knowledge, 'entries'>, options: WarmUpOptions = {}): Promise<WarmUpReport> {
  const texts = warmUpTexts(knowledge);
  const turns = Math.min(options.turns ?? 600, texts.length * 4);
  const budgetMs = options.budgetMs ?? 2000;
  const channels = options.channels ?? ['emulator', 'webchat'];
  // Nothing leaves the warm-up: a remarque is "kept nowhere", as in the terminal chat.
  const quiet: CoreServices = { ...services, keep: async () => 'nowhere' };
  const started = Date.now();
  let memory: Memory | undefined;
  let done = 0;
  for (; done < turns && Date.now() - started < budgetMs; done++) {
    // Conversations of three messages, as residents hold them (the second and third go through the follow-ups).
    if (done % 3 === 0) memory = undefined;
    const text = texts[done % texts.length] as string;
    const result = await runTurn(memory, { type: 'message', text, channel: channels[done % channels.length] as string, capabilities: { buttons: true } }, quiet);
    memory = result.memory;
  }
  return { turns: done, ms: Date.now() - started };
}
