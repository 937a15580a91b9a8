/**
 * Who a resident names after an answer (dialogs/audience.ts): ages said in years, months, or beside a person of
 * knowledge/conversation.yaml (`agedPeople`), and the publics' words.
 */
import { describe, expect, it } from 'vitest';
import { Audiences } from '../../dialogs/audience.js';
import { createCore } from '../../src/core.js';
import { ConversationFile } from '../../src/knowledge/schema.js';

const core = createCore();
const audiences = new Audiences(core.engine.knowledge.conversation, core.engine.normaliser);

describe('ages beside a person, from the data', () => {
  it.each([
    ['my mum is 80', { age: 'senior', gender: 'women' }],
    ['ma mère a 78', { age: 'senior', gender: 'women' }],
    ['et mon père 70 ?', { age: 'senior', gender: 'men' }],
    ['mon père, 82', { age: 'senior', gender: 'men' }],
    ['ma mère qui a 82', { age: 'senior', gender: 'women' }],
    ['grandma is 90', { age: 'senior', gender: 'women' }],
    ['mon fils de 12', { age: 'teen', gender: 'men' }],
    ['my daughter 7', { age: 'child', gender: 'women' }],
    ['ma voisine agée 84', { age: 'senior', gender: 'women' }],
    ['le petit 4', { age: 'toddler' }],
    ['my nephew is 16', { age: 'teen', gender: 'men' }],
  ])('%s', (message, expected) => expect(audiences.named(message)).toEqual(expected));

  it.each([
    ['mon père 20 euros', { gender: 'men' }],
    ['ma fille 10 h', { gender: 'women' }],
    ['mon voisin 12 rue des lilas', { gender: 'men' }],
  ])('a number that is no age: %s', (message, expected) => expect(audiences.named(message)).toEqual(expected));

  it('takes the ages out of the rest of the message', () => {
    expect(audiences.without('my mum is 80, can she come')).not.toMatch(/80/);
  });

  it('reads its people from the knowledge: another file, other people', () => {
    const file = ConversationFile.parse({
      ...core.engine.knowledge.conversation,
      agedPeople: { who: ['tantine'], between: ['a'], notAfter: ['euros'] },
    });
    const other = new Audiences(file, core.engine.normaliser);
    expect(other.named('ma tantine a 70')?.age).toBe('senior');
    expect(other.named('ma tantine 70 euros')?.age).toBeUndefined();
    expect(other.named('my mum is 80')?.age).toBeUndefined();
  });

  it('refuses a file whose agedPeople has an unknown field', () => {
    expect(() => ConversationFile.parse({ ...core.engine.knowledge.conversation, agedPeople: { who: ['x'], others: [] } })).toThrow();
  });
});
