/**
 * One pass's own conversations against the core, worked cases and the cases set aside before tuning apart (each pass
 * measures both), plus its known misses as expected failures. Shared by the thread10, thread11… test files so that a
 * pass adds its transcripts, not another copy of the player.
 */
import { describe, it } from 'vitest';
import { runTurn } from '../../dialogs/conversation.js';
import type { Memory } from '../../dialogs/contract.js';
import { conversationServices, createCore } from '../../src/core.js';
import { NOW } from '../dialogs/harness.js';
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

export function describePass(pass: string, worked: Transcript[], aside: Transcript[], missed: Transcript[]): void {
  const named = (list: Transcript[]) => list.filter((t) => !missed.includes(t)).map((t) => [t.name, t] as const);
  describe(`${pass} pass, worked cases`, () => {
    it.each(named(worked))('%s', async (_name, transcript) => play(transcript));
  });
  describe(`${pass} pass, cases set aside before tuning`, () => {
    it.each(named(aside))('%s', async (_name, transcript) => play(transcript));
  });
  describe(`${pass} pass, known misses (still answered otherwise)`, () => {
    it.fails.each(missed.map((t) => [t.name, t] as const))('%s', async (_name, transcript) => play(transcript));
  });
}
