/**
 * The residents' sentences are filled in without i18next when they only hold plain {{name}} placeholders (a turn
 * asks for a dozen of them): every sentence of both locales must read exactly as i18next would write it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { i18n, localesDir, translator } from '../../src/replies/i18n.js';

function keys(tree: Record<string, unknown>, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v] as [string, string]] : keys(v as Record<string, unknown>, `${prefix}${k}.`)));
}

describe('translations', () => {
  for (const locale of ['fr', 'en'] as const) {
    const sentences = keys(JSON.parse(readFileSync(path.join(localesDir(), `${locale}.json`), 'utf8')) as Record<string, unknown>);

    it(`${locale}: every sentence, with its values, reads as i18next writes it`, () => {
      const ours = translator(locale);
      const theirs = i18n().getFixedT(locale);
      let withValues = 0;
      for (const [key, text] of sentences) {
        const names = [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] as string);
        const values = Object.fromEntries(names.map((name, i) => [name, i % 2 ? 42 : `<${name}> & "x" {{y}}`]));
        if (names.length > 0) withValues++;
        expect(ours(key, values), key).toBe(theirs(key, values));
        expect(ours(key), key).toBe(theirs(key));
      }
      expect(withValues).toBeGreaterThan(20);
    });
  }

  it('leaves to i18next what is not a plain value: a count, a missing value, an unknown key', () => {
    const t = translator('fr');
    const theirs = i18n().getFixedT('fr');
    expect(t('details.place', { count: 2, text: 'x' })).toBe(theirs('details.place', { count: 2, text: 'x' }));
    expect(t('details.place', {})).toBe(theirs('details.place', {}));
    expect(t('no.such.key', { text: 'x' })).toBe(theirs('no.such.key', { text: 'x' }));
  });
});
