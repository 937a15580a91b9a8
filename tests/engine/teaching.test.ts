/**
 * Teaching generalises (issue 13): a question staff attach to an entry also catches its paraphrases — other word
 * order, a word more or less, misspellings — not only the exact text.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { answered } from '../helpers/core.js';
import { copyKnowledge } from '../helpers/knowledge-copy.js';

const TAUGHT = "qui peut m'aider à remplir mon dossier de logement social";
const PARAPHRASES = [
  "qui m'aide à remplir mon dossier logement social ?",
  'mon dossier logement social, qui peut m aider a le remplir',
  'qui peu maider a remplire mon dosier de logement social',
  'aide pour remplir dossier logement social',
  // a word missing, the order turned round, typos and an informal "peux"
  "qui m'aide à remplir mon dossier logement",
  "mon dossier de logement social, qui m'aide à le remplir ?",
  'qui peux m aider a remplir mon dosier logement social ?',
];

describe('taught phrasings catch their paraphrases', () => {
  it('answers the paraphrases of a taught question, in a knowledge that has no phrasing about it', () => {
    // A knowledge without any social-housing phrasing: the question is new to it, as in the example.
    const kb = copyKnowledge();
    kb.edit('entries/demarches-administratives.yaml', (text) =>
      text
        .split('\n')
        .filter((line) => !/logement social|hlm/i.test(line))
        .join('\n'),
    );
    const { engine } = createCore({ knowledgeDir: kb.dir });
    engine.setTaughtPhrasings([{ entryId: 'demarches-administratives', text: TAUGHT }]);
    for (const question of PARAPHRASES) expect(answered(engine, question), question).toBe('demarches-administratives');
  });

  it('sends the paraphrases where staff put the question, even where another entry scored higher', () => {
    const { engine } = createCore();
    engine.setTaughtPhrasings([{ entryId: 'renovation-habitat', text: TAUGHT }]);
    for (const question of PARAPHRASES) expect(answered(engine, question), question).toBe('renovation-habitat');
    engine.setTaughtPhrasings([]);
    expect(answered(engine, PARAPHRASES[0] as string)).toBe('demarches-administratives');
  });

  it('does not take a question that merely shares a word or two for a paraphrase', () => {
    const { engine } = createCore();
    engine.setTaughtPhrasings([{ entryId: 'renovation-habitat', text: TAUGHT }]);
    for (const question of ['qui peut m aider pour mon dossier caf', 'le bus santé passe quand', 'mon voisin fait du bruit toute la nuit']) {
      expect(answered(engine, question), question).not.toBe('renovation-habitat');
    }
  });
});
