/**
 * A turn that fails (here: the state store throws once, as a full disk would) gets a polite message in the
 * resident's language, a structured log with context and without the message text, and the bot goes on.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import type { KeyValueStore } from '../../src/storage/types.js';
import { openHarness, type Harness } from '../dialogs/harness.js';

/** A state store that fails on its next read when told to. */
function failingOnce(store: KeyValueStore): KeyValueStore & { failNext(): void } {
  let fail = false;
  const maybeFail = () => {
    if (fail) {
      fail = false;
      throw new Error('SQLITE_FULL: database or disk is full');
    }
  };
  return {
    failNext: () => {
      fail = true;
    },
    get: async (key) => {
      maybeFail();
      return store.get(key);
    },
    getVersioned: async (key) => {
      maybeFail();
      return store.getVersioned(key);
    },
    set: (key, value, expiresAt) => store.set(key, value, expiresAt),
    setIf: (key, value, expiresAt, expected) => store.setIf(key, value, expiresAt, expected),
    delete: (key) => store.delete(key),
    purgeExpired: (now) => store.purgeExpired(now),
  };
}

const SECRET_TEXT = 'bus santé, mon numéro est le 06 12 34 56 78';

let h: Harness;
let state: ReturnType<typeof failingOnce>;
async function open(): Promise<Harness> {
  h = await openHarness({
    wrapStorage: (storage) => {
      state = failingOnce(storage.state);
      return { remarques: storage.remarques, turns: storage.turns, state };
    },
  });
  return h;
}
afterEach(async () => h.close());

describe.each([
  ['fr-FR', 'fr'],
  ['en-GB', 'en'],
] as const)('a failed turn (%s)', (locale, lang) => {
  it('tells the resident politely, in their language, with the emergency number', async () => {
    await open();
    state.failNext();
    const reply = await h.say(SECRET_TEXT, { locale });
    expect(reply.text).toBe(translator(lang)('errors.turn'));
    expect(reply.text).toContain('112');
    expect(reply.traces).toEqual([expect.objectContaining({ kind: 'error' })]);
  });
});

it('logs the error with its context, as JSON, without the resident text', async () => {
  await open();
  state.failNext();
  await h.say(SECRET_TEXT, { locale: 'fr-FR' });
  const failure = h.logs.find((l) => l.msg === 'turn failed');
  expect(failure).toMatchObject({ level: 50, activityType: 'message', channelId: 'test', locale: 'fr-FR' });
  expect(failure?.err).toMatchObject({ message: expect.stringContaining('SQLITE_FULL') });
  expect(h.rawLogs()).not.toContain('06 12 34 56 78');
  expect(h.rawLogs()).not.toContain('bus santé');
});

it('the next message is answered normally, from a fresh conversation', async () => {
  await open();
  await h.say('je veux faire une remarque', { locale: 'fr-FR' });
  state.failNext();
  await h.say('le banc est cassé', { locale: 'fr-FR' });
  const next = await h.say('kan passe le bus santé', { locale: 'fr-FR' });
  expect(next.traces[0]).toMatchObject({ kind: 'answer', entryId: 'bus-sante' });
  expect(await h.remarques()).toEqual([]);
});
