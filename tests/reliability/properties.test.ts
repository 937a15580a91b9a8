/**
 * Properties of the text pipeline on arbitrary input (fast-check): normalisation and the engine never throw and
 * always give well-formed results, whatever residents type — control characters, emoji, right-to-left text, lone
 * surrogates, SMS spelling, very long messages. (Redaction has its own properties in tests/storage/redact.test.ts.)
 */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { HORS_CHAMP, THRESHOLDS } from '../../src/engine/decide.js';
import { fold } from '../../src/engine/normalise.js';
import { realCore } from '../helpers/core.js';

const { engine } = realCore();

/** Residents' text: real words, SMS forms and oddities mixed with random characters of every kind. */
const residentText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc
    .array(
      fc.oneof(
        fc.constantFrom('kan', 'passe', 'le', 'bus', 'santé', 'jsuis', 'cmt', 'nounou', 'taf', 'pôle', 'emploi', "l'école", 'lemploi', 'merciiiii', 'english', 'please', 'annuler', 'oui', 'non', '?', '!!', 'c où', 'au secours', 'je veux mourir', 'recette', 'ŒUVRE', 'ß'),
        fc.constantFrom('\u0000', '\u200B', '\u202E', '\uFEFF', '\uD800', '🚌', '👩‍👧', 'متى', 'שלום', '東京', ' ', '\n', '\t'),
        fc.string({ maxLength: 6 }),
      ),
      { maxLength: 40 },
    )
    .map((parts) => parts.join(' ')),
);

it('normalisation never throws; its words are plain, single-spaced, and folding is idempotent', () => {
  fc.assert(
    fc.property(residentText, (text) => {
      const { folded, tokens } = engine.normalise(text);
      expect(folded).toMatch(/^([\p{L}\p{N}]+( [\p{L}\p{N}]+)*)?$/u);
      expect(engine.normaliser.foldForPatterns(text)).toBe(folded);
      expect(fold(fold(text))).toBe(fold(text));
      for (const token of tokens) {
        expect(token.word.length).toBeGreaterThanOrEqual(2);
        expect(token.stem.length).toBeGreaterThan(0);
        expect(token.stem).not.toContain(' ');
        expect(typeof token.weak).toBe('boolean');
      }
      expect(engine.normalise(text)).toEqual({ folded, tokens }); // same text, same result (the cache included)
    }),
    { numRuns: 1500 },
  );
});

it('the engine never throws, and its decisions are well-formed and repeatable', () => {
  fc.assert(
    fc.property(residentText, (text) => {
      const decision = engine.decide(text);
      expect(['answer', 'clarify', 'fallback']).toContain(decision.kind);
      expect(decision.score).toBeGreaterThanOrEqual(0);
      expect(decision.score).toBeLessThanOrEqual(1);
      const topics = decision.candidates.map((c) => c.topic);
      expect(new Set(topics).size).toBe(topics.length); // topics, not near-duplicate entries
      expect(topics).not.toContain(HORS_CHAMP); // out-of-scope domains are never offered
      for (const c of decision.candidates) {
        expect(engine.entry(c.entry.id)).toBe(c.entry);
        expect(c.topic).toBe(c.entry.topic);
        expect(c.score).toBeGreaterThanOrEqual(0);
        expect(c.score).toBeLessThanOrEqual(1);
      }
      if (decision.kind === 'answer') {
        expect(engine.entry(decision.entry.id)).toBe(decision.entry);
        expect(decision.topic).toBe(decision.entry.topic);
        expect(['danger', 'search']).toContain(decision.via);
      }
      if (decision.kind === 'clarify') {
        expect(decision.candidates.length).toBeGreaterThanOrEqual(1);
        expect(decision.candidates.length).toBeLessThanOrEqual(THRESHOLDS.maxChoices);
      }
      if (engine.isDanger(text)) expect(decision).toMatchObject({ kind: 'answer', via: 'danger', topic: 'urgence' });
      expect(engine.decide(text)).toEqual(decision);
    }),
    { numRuns: 1500 },
  );
});

it('very long messages cost no more than their first part', () => {
  fc.assert(
    fc.property(residentText, fc.integer({ min: 2_000, max: 20_000 }), (text, length) => {
      const long = `kan passe le bus santé ${text} `.repeat(Math.ceil(length / (text.length + 24))).slice(0, length);
      expect(() => engine.decide(long)).not.toThrow();
      expect(() => engine.entryByTitle(long)).not.toThrow();
    }),
    { numRuns: 50 },
  );
});
