/**
 * The warm-up before the first resident (src/bot/warm-up.ts): the knowledge's own phrasings, nothing kept, and a
 * warmed core answers exactly as a cold one.
 */
import { describe, expect, it } from 'vitest';
import { runTurn } from '../../dialogs/conversation.js';
import type { Memory, RemarqueToKeep } from '../../dialogs/contract.js';
import { warmUp, warmUpTexts } from '../../src/bot/warm-up.js';
import { conversationServices, createCore } from '../../src/core.js';

const NOW = new Date('2026-12-07T10:00:00Z');

/** Residents' own wordings (not the knowledge's): answers, a clarification, follow-ups, a remarque, danger, English. */
const CONVERSATIONS = [
  ['le bus santé passe quand ?', 'c est où ?', 'faut réserver ?'],
  ['je cherche un truc pour les papiers', 'et pour les jeunes ?'],
  ['il faudrait plus de bancs dans le parc du haut', 'merci'],
  ['j ai envie d en finir', 'je sais pas'],
  ['where can I get help with my rent?', 'français svp', 'et le samedi ?'],
  ['?', '?', 'bonjour'],
];

describe('warm-up', () => {
  it('runs the core on the knowledge phrasings only, keeps nothing, within its bounds', { timeout: 180_000 }, async () => {
    const core = createCore();
    const texts = warmUpTexts(core.knowledge);
    const phrasings = new Set(core.knowledge.entries.flatMap((e) => [...e.phrasings.fr, ...e.phrasings.en]));
    expect(texts.length).toBe(core.knowledge.entries.reduce((n, e) => n + e.phrasings.fr.length + e.phrasings.en.length, 0));
    expect(texts.every((t) => phrasings.has(t))).toBe(true);
    // Interleaved by entry: the first texts name as many entries as there are.
    expect(new Set(texts.slice(0, core.knowledge.entries.length)).size).toBe(core.knowledge.entries.length);

    const kept: RemarqueToKeep[] = [];
    const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => NOW }, async (r) => (kept.push(r), 'kept'));
    const report = await warmUp(services, core.knowledge, { turns: 60, budgetMs: 60_000 });
    expect(report.turns).toBe(60);
    expect(kept).toEqual([]);
    const bounded = await warmUp(services, core.knowledge, { turns: 10_000, budgetMs: 0 });
    expect(bounded.turns).toBe(0);
  });

  it('the core answers exactly the same before and after a warm-up', { timeout: 180_000 }, async () => {
    const core = createCore();
    const run = async () => {
      const kept: RemarqueToKeep[] = [];
      const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => NOW }, async (r) => (kept.push(r), 'kept'));
      const results: string[] = [];
      for (const texts of CONVERSATIONS) {
        let memory: Memory | undefined;
        for (const text of texts) {
          const result = await runTurn(memory, { type: 'message', text, channel: 'emulator', capabilities: { buttons: true } }, services);
          results.push(JSON.stringify(result));
          memory = result.memory;
        }
      }
      return { results, kept: JSON.stringify(kept) };
    };
    const before = await run();
    await warmUp(conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => NOW }), core.knowledge, { turns: 90, budgetMs: 120_000 });
    const after = await run();
    expect(after.results).toEqual(before.results);
    expect(after.kept).toBe(before.kept);
    expect(before.kept).not.toBe('[]');
  });
});
