/** The entries the dialogs react to by id exist in the knowledge (a rename must fail here, not silently). */
import { expect, it } from 'vitest';
import * as known from '../../dialogs/known-entries.js';
import { WELCOME_TOPICS } from '../../dialogs/welcome.js';
import { loadKnowledge } from '../../src/knowledge/loader.js';

const knowledge = loadKnowledge();
const ids = new Set(knowledge.entries.map((e) => e.id));

it.each(Object.entries(known))('%s (%s) is an entry of the knowledge', (_name, id) => {
  expect(ids.has(id)).toBe(true);
});

it.each(WELCOME_TOPICS)('the welcome button "%s" leads to an entry of that topic', (topic) => {
  expect(knowledge.entries.find((e) => e.id === topic)?.topic).toBe(topic);
});
