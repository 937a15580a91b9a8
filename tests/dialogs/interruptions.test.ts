/** Danger first, always — even in the middle of a remarque; "annuler" stops what is in progress. */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const h = harnessPerTest();

describe.each(PHRASES)('interruptions ($lang)', ({ lang, locale, danger, remarqueIntent, remarqueCarried, clarify, answer }) => {
  const t = translator(lang);
  const say = (text: string) => h.say(text, { locale });

  it.each([
    ['while the remarque text is asked', [remarqueIntent]],
    ['at the remarque confirmation', [remarqueCarried]],
    ['during a clarification', [clarify.question]],
    ['with nothing in progress', []],
  ])('danger %s: the emergency answer comes at once', async (_when, before) => {
    for (const text of before) await say(text);
    const reply = await say(danger);
    expect(reply.traces[0]).toMatchObject({ kind: 'answer', topic: 'urgence' });
    expect(reply.text).toMatch(/\b17\b/);
    expect(reply.text).toMatch(/\b3919\b/);
  });

  it('danger in the middle of a remarque ends it: nothing is kept, the next message is a new question', async () => {
    await say(remarqueCarried);
    await say(danger);
    const after = await say(t('remarque.send'));
    expect(after.text).not.toBe(t('remarque.saved'));
    expect(await h.remarques()).toEqual([]);
    const next = await say(answer.question);
    expect(next.traces[0]).toMatchObject({ kind: 'answer', entryId: answer.entryId });
  });

  it('"cancel" during a clarification drops it', async () => {
    await say(clarify.question);
    const reply = await say(t('remarque.cancel'));
    expect(reply.text).toBe(t('help.cancelled'));
    const none = await say(t('clarify.none'));
    expect(none.traces[0]?.kind).not.toBe('fallback');
    expect(await h.remarques()).toEqual([]);
  });

  it('"cancel" with nothing in progress says so', async () => {
    const reply = await say(t('remarque.cancel'));
    expect(reply.text).toBe(t('help.nothingToCancel'));
  });
});
