/**
 * An out-of-scope domain's vocabulary is matched by prefix too, so a short common word of a resident can reach it
 * through a longer item: "cas" ("dans ce cas", "en cas de souci") was the start of "casa de papel", and every follow-up
 * that said "dans ces cas-là" was read as a question about TV series — after the school-bullying answer, "et le
 * collège ils font quoi dans ces cas-là ?" lost the thread. The series keep their own words (saison, netflix...).
 */
import { describe, expect, it } from 'vitest';
import { realCore } from '../helpers/core.js';

const core = realCore();
const domainOf = (message: string): string | undefined => {
  const decision = core.engine.decide(message);
  return decision.kind === 'fallback' ? decision.outOfScope : undefined;
};

describe('a common word is never read as a TV series by the prefix of a title', () => {
  it.each([
    'dans ce cas je fais comment',
    'et le collège ils font quoi dans ces cas là ?',
    'en cas de souci je contacte qui',
    'au cas où je rate le bus santé',
    'dans ce cas la c est gratuit ?',
    'in that case, who do i call? dans ce cas qui appeler',
    'et dans ces cas la ya quelqu un pour aider',
    'mon cas est compliqué, qui peut m aider',
    'cas par cas ?',
    'dans mon cas ça marche aussi ?',
  ])('"%s" is not a TV series question', (message) => {
    expect(domainOf(message)).not.toBe('series-streaming');
  });

  it.each(['la casa de papel saison 6 c est quand', 'une bonne série sur netflix', 'la nouvelle saison de koh lanta'])(
    '"%s" is still one',
    (message) => {
      expect(domainOf(message)).toBe('series-streaming');
    },
  );
});
