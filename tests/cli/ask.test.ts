import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { askLine } from '../../src/cli/ask.js';
import type { Core } from '../../src/core.js';

const tsx = path.resolve('node_modules/.bin/tsx');

function askJsonl(input: string): { lines: unknown[]; stdout: string; status: number | null } {
  const run = spawnSync(tsx, ['src/cli/ask.ts', '--jsonl'], { input, encoding: 'utf8', timeout: 60_000 });
  const lines = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  return { lines, stdout: run.stdout, status: run.status };
}

describe('npm run --silent ask -- --jsonl (the evaluation contract)', () => {
  it('answers one JSON object per line, in order, with exactly the contract’s keys, and nothing else on stdout', () => {
    const input = [
      JSON.stringify({ q: 'kan passe le bus santé', locale: 'fr' }),
      JSON.stringify({ q: 'recette carbonade flamande' }),
      JSON.stringify({ q: 'How can I find a childminder?', locale: 'en' }),
      'creche labourse ?',
    ].join('\n');
    const { lines, status } = askJsonl(`${input}\n`);
    expect(status).toBe(0);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(Object.keys(line as object).sort()).toEqual(['candidates', 'kind', 'q', 'score', 'text', 'topic']);
    const [bus, recipe, english, plain] = lines as { q: string; kind: string; topic: string | null; candidates: string[]; score: number; text: string }[];
    expect(bus).toMatchObject({ q: 'kan passe le bus santé', kind: 'answer', topic: 'bus-sante' });
    expect(bus!.text).toContain('bus santé');
    expect(recipe).toMatchObject({ kind: 'fallback', topic: null });
    expect(recipe!.text).toContain('mairie');
    expect(english).toMatchObject({ kind: 'answer', topic: 'modes-de-garde' });
    expect(english!.text).toMatch(/town hall|childcare|childminder/i);
    expect(plain).toMatchObject({ q: 'creche labourse ?', kind: 'answer', topic: 'modes-de-garde' });
    expect(typeof bus!.score).toBe('number');
  });

  it('turns bad lines into {q, error} and goes on with the batch', () => {
    const input = ['{"q": "bonjour"', '{"question": "sans q"}', '{"q": ""}', '{"q": 42}', '[1,2]', '{"q": "merci"}'].join('\n');
    const { lines, status } = askJsonl(input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(6);
    expect(lines[0]).toMatchObject({ error: 'invalid JSON' });
    expect(lines[1]).toMatchObject({ q: null, error: expect.stringContaining('"q"') });
    expect(lines[2]).toMatchObject({ q: '', error: 'empty message' });
    expect(lines[3]).toMatchObject({ q: 42, error: expect.any(String) });
    expect(lines[4]).toMatchObject({ error: expect.any(String) });
    expect(lines[5]).toMatchObject({ q: 'merci', kind: 'answer', topic: 'salutation' });
  });
});

describe('askLine', () => {
  it('a message the engine fails on yields {q, error} for that line only', () => {
    let calls = 0;
    const failing = {
      engine: {
        decide: () => {
          calls += 1;
          throw new Error('index not ready');
        },
      },
    } as unknown as Core;
    expect(askLine(failing, '{"q": "kan passe le bus santé"}')).toEqual({ q: 'kan passe le bus santé', error: 'could not answer: index not ready' });
    expect(askLine(failing, 'creche labourse ?')).toEqual({ q: 'creche labourse ?', error: 'could not answer: index not ready' });
    expect(calls).toBe(2);
    // A bad line never reaches the engine.
    expect(askLine(failing, '{"q": ""}')).toEqual({ q: '', error: 'empty message' });
    expect(calls).toBe(2);
  });
});
