/**
 * The conversation core as plain functions: every transcript of transcripts.ts, turn by turn, through runTurn with
 * the real engine and knowledge, a fixed clock and a `keep` that remembers what it was given. No Bot Framework,
 * no storage: what the core decides, alone.
 */
import { describe, expect, it } from 'vitest';
import { runTurn } from '../../dialogs/conversation.js';
import type { IncomingMessage, Memory, RemarqueToKeep, TurnResult } from '../../dialogs/contract.js';
import { conversationServices, createCore } from '../../src/core.js';
import { NOW } from '../dialogs/harness.js';
import { checkTurn, TRANSCRIPTS } from './transcripts.js';

const core = createCore();

function conversation(options: { locale?: string; channel?: string }) {
  let now = Date.parse(NOW);
  const kept: RemarqueToKeep[] = [];
  const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(now) }, async (remarque) => {
    kept.push(remarque);
    return 'kept';
  });
  let memory: Memory | undefined;
  const base = { locale: options.locale ?? 'fr-FR', channel: options.channel ?? 'test', capabilities: { buttons: options.channel !== 'sms' } };
  const turn = async (message: Omit<IncomingMessage, 'channel'>): Promise<TurnResult> => {
    const result = await runTurn(memory, { ...base, ...message }, services);
    memory = result.memory;
    return result;
  };
  return { kept, turn, advance: (minutes: number) => (now += minutes * 60_000), memory: () => memory };
}

describe('transcripts against the core', () => {
  it('has at least 40 of them', () => expect(TRANSCRIPTS.length).toBeGreaterThanOrEqual(40));

  it.each(TRANSCRIPTS.map((t) => [t.name, t] as const))('%s', async (_name, transcript) => {
    const c = conversation(transcript);
    if (transcript.join) await c.turn({ type: 'join' });
    for (const turn of transcript.turns) {
      if (turn.after) c.advance(turn.after);
      const result = await c.turn({ type: 'message', text: turn.say });
      checkTurn(turn, result.trace, result.replies.map((r) => r.text).join('\n'), c.kept.length);
    }
  });
});

describe('the core itself', () => {
  it('never changes the memory it is given, and returns one to store', async () => {
    const c = conversation({});
    const first = await c.turn({ type: 'message', text: 'kan passe le bus santé' });
    const frozen = JSON.stringify(first.memory);
    const again = await runTurn(first.memory, { type: 'message', text: "c'est où ?", channel: 'test' }, conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(NOW) }));
    expect(JSON.stringify(first.memory)).toBe(frozen);
    expect(again.trace.kind).toBe('followup');
  });

  it('reads a memory it does not understand as a new conversation', async () => {
    const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(NOW) });
    for (const broken of [null, 42, 'x', { conversation: 'x', profile: { locale: 'de' } }, { conversation: { last: null } }]) {
      const result = await runTurn(broken as unknown as Memory, { type: 'message', text: 'kan passe le bus santé', channel: 'test' }, services);
      expect(result.trace.kind).toBe('answer');
    }
  });

  it('greets a conversation that opens, with choices, in the language of the client', async () => {
    const c = conversation({ locale: 'en-GB' });
    const welcome = await c.turn({ type: 'join' });
    expect(welcome.trace.kind).toBe('welcome');
    expect(welcome.locale).toBe('en');
    expect(welcome.replies[0]?.choices.length).toBeGreaterThanOrEqual(4);
  });

  it('returns a statistics event for the engine decisions only, without the text', async () => {
    const c = conversation({});
    const answer = await c.turn({ type: 'message', text: 'kan passe le bus santé' });
    expect(answer.events).toEqual([{ at: expect.any(String), kind: 'answer', topic: 'bus-sante', channel: 'test', locale: 'fr' }]);
    const followUp = await c.turn({ type: 'message', text: "c'est où ?" });
    expect(followUp.events).toEqual([]);
  });

  it('takes a tapped button value sent apart from the text', async () => {
    const c = conversation({});
    const reply = await c.turn({ type: 'message', value: 'Le bus santé pour les femmes' });
    expect(reply.trace).toMatchObject({ kind: 'answer', entryId: 'bus-sante' });
  });

  it('tells the resident when a remarque could not be kept, never crashes', async () => {
    const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(NOW) }, async () => {
      throw new Error('disk full');
    });
    const result = await runTurn(undefined, { type: 'message', text: 'recette de la carbonade flamande', channel: 'test' }, services);
    expect(result.trace.kind).toBe('fallback');
    expect(result.replies[0]?.text).toContain('problème technique');
  });

  it('says that nothing is kept where the edge keeps nothing (the terminal)', async () => {
    const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(NOW) });
    const result = await runTurn(undefined, { type: 'message', text: 'recette de la carbonade flamande', channel: 'cli' }, services);
    expect(result.replies[0]?.text).toContain("rien n'est gardé");
    expect(result.replies[0]?.text).not.toContain('problème technique');
  });
});
