import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConversationWords } from '../../src/engine/conversation-words.js';
import { FOLLOW_UP_KINDS } from '../../src/knowledge/schema.js';
import { realCore } from '../helpers/core.js';

const { engine } = realCore();
const file = engine.knowledge.conversation;
const fold = (text: string) => engine.normaliser.foldForPatterns(text);

/** followUpRest as it was before it looked phrases up by their first word: every phrase, longest first. */
function referenceRest(message: string): string {
  const polite = file.politeWords.map(fold).filter(Boolean).sort((a, b) => b.length - a.length);
  let core = ` ${fold(message)} `;
  for (const p of polite) if (core.includes(` ${p} `)) core = core.split(` ${p} `).join(' ');
  const phrases: string[] = [];
  for (const kind of FOLLOW_UP_KINDS) {
    for (const phrase of file.followups[kind].map(fold).sort((a, b) => b.length - a.length)) if (phrase && !phrases.includes(phrase)) phrases.push(phrase);
  }
  phrases.sort((a, b) => b.length - a.length);
  let rest = ` ${core.replace(/\s+/g, ' ').trim()} `;
  for (const p of phrases) if (rest.includes(` ${p} `)) rest = rest.split(` ${p} `).join(' ');
  // Then, once a phrase was taken out, the words that add nothing beside it ("first", "d abord"), longest first.
  if (rest.replace(/\s+/g, ' ').trim() !== core.replace(/\s+/g, ' ').trim()) {
    for (const p of file.followUpAround.map(fold).filter(Boolean).sort((a, b) => b.length - a.length)) if (rest.includes(` ${p} `)) rest = rest.split(` ${p} `).join(' ');
  }
  return rest.replace(/\s+/g, ' ').trim();
}

describe('ConversationWords.followUpRest', () => {
  const words = new ConversationWords(file, engine.normaliser);
  const questions = readFileSync(path.join(__dirname, '../fixtures/dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => (JSON.parse(line) as { q: string }).q);
  const phrases = FOLLOW_UP_KINDS.flatMap((kind) => file.followups[kind]);

  it('takes out the same words as trying every phrase (questions, phrases, phrases around questions, phrases in a row)', () => {
    const messages = [
      ...questions,
      ...phrases,
      ...phrases.map((p, i) => `${p} ${questions[i % questions.length] ?? ''} merci`),
      ...phrases.map((p, i) => `et ${p} ${phrases[(i * 7 + 3) % phrases.length] ?? ''} ?`),
      "c'est où le forum de l'emploi ?",
      'faut ramener son cv ?',
      '',
      '   ',
    ];
    for (const message of messages) {
      expect(words.followUpRest(message), message).toBe(referenceRest(message));
      expect(words.followUpRest(message), `${message} (remembered)`).toBe(referenceRest(message));
    }
  });
});
