import { describe, expect, it } from 'vitest';
import { cloneMemory } from '../../dialogs/conversation.js';
import { redact } from '../../src/storage/redact.js';

/** cloneMemory must give what structuredClone gives, for the memory as stored and for anything else an edge may hand. */
describe('cloneMemory', () => {
  const samples: unknown[] = [
    {},
    { last: { entryId: 'bus-sante', topic: 'sante', question: 'kan passe le bus', score: 0.8, at: '2026-12-01T09:00:00.000Z', feedback: true } },
    { clarify: { question: 'q', entryIds: ['a', 'b'], score: 0.4, topic: null }, choices: ['x', 'y'], choiceLabels: undefined, remarque: undefined },
    { nested: [[1, 2], [{ a: null }], [], { deep: { deeper: [true, false, -0, NaN, 1e300] } }] },
    { when: new Date('2026-12-01T09:00:00Z') },
    { map: new Map([['a', 1]]) },
    { sparse: [1, , 3] },
    { extra: Object.assign([1, 2], { tag: 'x' }) },
    Object.assign(Object.create(null) as object, { a: 1 }),
    JSON.parse('{"__proto__": {"polluted": true}, "b": 2}'),
  ];
  it.each(samples.map((s, i) => [i, s] as const))('sample %i', (_i, sample) => {
    const copy = cloneMemory(sample);
    expect(copy).toStrictEqual(structuredClone(sample));
    if (sample !== null && typeof sample === 'object') expect(copy).not.toBe(sample);
  });

  it('keeps shared objects shared (structuredClone does), and copies rather than aliases', () => {
    const shared = { a: 1 };
    const copy = cloneMemory({ x: shared, y: shared });
    expect(copy.x).toBe(copy.y);
    expect(copy.x).not.toBe(shared);
    const plain = { last: { about: 'x' }, list: ['a'] };
    const copied = cloneMemory(plain);
    copied.last.about = 'y';
    copied.list.push('b');
    expect(plain).toEqual({ last: { about: 'x' }, list: ['a'] });
  });

  it('throws where structuredClone throws', () => {
    expect(() => cloneMemory({ f: () => 1 })).toThrow();
  });
});

describe('redact remembers its last results without sharing them', () => {
  it('gives the same result twice, and a caller changing one does not change the next', () => {
    const text = 'je suis Fatima, mon numéro est le 06 12 34 56 78';
    const first = redact(text);
    first.found.push('iban');
    first.text = 'changed';
    const second = redact(text);
    expect(second.text).toBe('je suis [nom], mon numéro est le [téléphone]');
    expect(second.found).toEqual(['phone', 'name']);
  });
});
