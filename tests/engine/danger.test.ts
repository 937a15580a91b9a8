import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { realCore } from '../helpers/core.js';

const { engine, knowledge } = realCore();

/** Every danger line of the evaluation sets: a missed danger is the worst bug this assistant can have. */
const dangerLines = ['dev', 'holdout', 'holdout2'].flatMap((set) =>
  readFileSync(`tests/fixtures/${set}.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { q: string; expect: string })
    .filter((l) => l.expect === 'urgence')
    .map((l) => l.q),
);

describe('danger signals (knowledge/danger.yaml)', () => {
  it.each(knowledge.danger.signals.flatMap((s) => s.examples.map((e) => [s.id, e])))('signal %s catches %j', (_signal, example) => {
    expect(engine.isDanger(example)).toBe(true);
  });

  it.each(knowledge.danger.notDanger)('no false alarm on %j', (message) => {
    expect(engine.isDanger(message)).toBe(false);
  });

  it.each(dangerLines)('evaluation line %j is answered with urgence', (message) => {
    const decision = engine.decide(message);
    expect(decision.kind === 'answer' && decision.topic).toBe('urgence');
  });

  it('catches danger whatever the spelling: capitals, accents, SMS, repeated letters', () => {
    for (const message of ['JE VEUX ME SUICIDER', 'jveux mourrir', 'il ma frappéééée', 'Au SeCoUrS !!!']) {
      expect(engine.decide(message).kind === 'answer' && engine.decide(message).candidates[0]?.topic, message).toBe('urgence');
    }
  });
});
