/**
 * The conversation's memory is written with the eTag it was read with (src/bot/state-storage.ts): when another turn
 * of the same conversation (another instance, a double tap) wrote it in between, the turn learns it before
 * anything is sent — and runs once more on the new memory, or, having already kept a remarque, tells it as kept
 * without writing over the other turn's memory, or, losing twice, asks politely to send the message again. Here the
 * other writer is simulated between the read and the write, on a real SQLite store through the real bot.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { openHarness, type Harness } from '../dialogs/harness.js';
import { startTestServer } from './http.js';
import { NO_LIMITS } from '../reliability/helpers.js';
import { PHRASES } from '../dialogs/phrases.js';
import { racingState, type RacingState } from '../support/racing-state.js';

const fr = PHRASES.find((p) => p.lang === 'fr')!;
const t = translator('fr');

let h: Harness;
let racing: RacingState;

async function open(): Promise<Harness> {
  h = await openHarness({
    wrapStorage: (storage) => {
      racing = racingState(storage.state, { memory: {} });
      const state = racing.state;
      return { remarques: storage.remarques, turns: storage.turns, state };
    },
  });
  return h;
}
afterEach(async () => h.close());

const conflicts = () => h.logs.filter((l) => l['msg'] === 'conversation memory changed during the turn (another instance or message)');

describe('a turn whose memory was written by another turn meanwhile', () => {
  it('runs once more on the new memory: the clarify → choice flow keeps its state', async () => {
    await open();
    const question = await h.say(fr.clarify.question, { locale: fr.locale });
    const offered = question.traces[0]?.candidates ?? [];
    expect(offered.length).toBeGreaterThan(1);
    racing.loseNext(1);
    const chosen = await h.say(String(question.choices[0]), { locale: fr.locale });
    expect(chosen.traces[0]).toMatchObject({ entryId: offered[0] });
    expect(conflicts()).toEqual([expect.objectContaining({ attempt: 1, retry: true, kept: false })]);
    // The memory written by the second run is the conversation's: a follow-up is about the chosen entry.
    const where = await h.say(fr.followUps.where, { locale: fr.locale });
    expect(where.traces[0]).toMatchObject({ kind: 'followup', entryId: offered[0] });
  });

  it('having kept a remarque, does not run again (it would keep it twice): says it is kept, stores it once', async () => {
    await open();
    await h.say(fr.remarqueIntent, { locale: fr.locale });
    await h.say('Le banc du square est cassé depuis une semaine', { locale: fr.locale });
    racing.loseNext(1);
    const sent = await h.say(t('remarque.send'), { locale: fr.locale });
    expect(sent.text).toBe(t('remarque.saved'));
    expect(await h.remarques()).toHaveLength(1);
    expect(conflicts()).toEqual([expect.objectContaining({ kept: true, retry: false })]);
  });

  it('losing twice, asks politely to send the message again, and the memory is the other turn’s', async () => {
    await open();
    const question = await h.say(fr.clarify.question, { locale: fr.locale });
    racing.loseNext(2);
    const reply = await h.say(String(question.choices[0]), { locale: fr.locale });
    expect(reply.texts).toEqual([t('errors.busy')]);
    expect(conflicts()).toHaveLength(2);
    // The clarification the other writer left is still there: choosing again works.
    const again = await h.say(String(question.choices[0]), { locale: fr.locale });
    expect(again.traces[0]).toMatchObject({ entryId: question.traces[0]?.candidates[0] });
  });
});

describe('the real server on SQLite (one instance)', () => {
  it('runs the turns of one conversation arriving at once one after the other: all answered, none refused as busy, a double "Envoyer" keeps the remarque once', async () => {
    const server = await startTestServer(NO_LIMITS);
    try {
      const c = { conversation: { id: 'burst-sqlite', isGroup: false, conversationType: 'personal', name: '' } };
      const replies = await Promise.all(Array.from({ length: 6 }, () => server.exchange({ ...c, text: fr.answer.question })));
      for (const reply of replies) {
        expect(reply.texts).not.toContain(t('errors.busy'));
        expect(reply.traces[0]).toMatchObject({ entryId: fr.answer.entryId });
      }
      await server.exchange({ ...c, text: fr.remarqueIntent });
      await server.exchange({ ...c, text: 'Le banc zqsqlite du square est cassé' });
      await Promise.all([server.exchange({ ...c, text: t('remarque.send') }), server.exchange({ ...c, text: t('remarque.send') })]);
      expect((await server.assistant.storage.remarques.list({ search: 'zqsqlite' })).items).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
