/**
 * The eleventh pass's own conversations (transcripts-thread11.ts) against the core, worked cases and the cases set aside
 * before tuning apart: `npx vitest run tests/conversation/thread11.test.ts` measures both. The worked ones are also
 * played with every other transcript (core.test.ts) and, for a sample, through HTTP.
 */
import { describe, it } from 'vitest';
import { runTurn } from '../../dialogs/conversation.js';
import type { Memory } from '../../dialogs/contract.js';
import { conversationServices, createCore } from '../../src/core.js';
import { NOW } from '../dialogs/harness.js';
import { THREAD11_ASIDE, THREAD11_MISSED, THREAD11_WORKED } from './transcripts-thread11.js';
import { checkTurn, type Transcript } from './transcripts.js';

const core = createCore();

async function play(transcript: Transcript): Promise<void> {
  let kept = 0;
  const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(NOW) }, async () => {
    kept++;
    return 'kept';
  });
  let memory: Memory | undefined;
  const base = { locale: transcript.locale ?? 'fr-FR', channel: transcript.channel ?? 'test', capabilities: { buttons: transcript.channel !== 'sms' } };
  for (const turn of transcript.turns) {
    const result = await runTurn(memory, { ...base, type: 'message', text: turn.say }, services);
    memory = result.memory;
    checkTurn(turn, result.trace, result.replies.map((r) => r.text).join('\n'), kept);
  }
}

const isMissed = (t: Transcript) => THREAD11_MISSED.includes(t);

describe('eleventh pass, worked cases', () => {
  it.each(THREAD11_WORKED.filter((t) => !isMissed(t)).map((t) => [t.name, t] as const))('%s', async (_name, transcript) => play(transcript));
});

describe('eleventh pass, cases set aside before tuning', () => {
  it.each(THREAD11_ASIDE.filter((t) => !isMissed(t)).map((t) => [t.name, t] as const))('%s', async (_name, transcript) => play(transcript));
});

describe('eleventh pass, known misses (still answered otherwise)', () => {
  it.fails.each(THREAD11_MISSED.map((t) => [t.name, t] as const))('%s', async (_name, transcript) => play(transcript));
});
