/**
 * The remarque dialog: intent → the text is asked → shown back redacted → kept on confirmation; a message that
 * already is the remarque goes straight to confirmation; cancelling keeps nothing. The SQLite rows are redacted.
 */
import { describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { harnessPerTest } from './harness.js';
import { PHRASES } from './phrases.js';

const h = harnessPerTest();

describe.each(PHRASES)('remarque ($lang)', ({ lang, locale, remarqueIntent, remarqueCarried, remarqueWithPersonalData }) => {
  const t = translator(lang);
  const say = (text: string) => h.say(text, { locale });

  it('asks for the text, shows it back without personal data, and keeps it once confirmed', async () => {
    const asked = await say(remarqueIntent);
    expect(asked.text).toBe(t('remarque.askText'));
    expect(asked.choices).toEqual([t('remarque.cancel')]);
    expect(asked.traces).toEqual([expect.objectContaining({ kind: 'remarque', topic: 'remarque' })]);

    const shown = await say(remarqueWithPersonalData.text);
    expect(shown.text).toContain(t('remarque.confirm', { text: '' }).split('\n')[0]);
    for (const gone of remarqueWithPersonalData.gone) expect(shown.text).not.toContain(gone);
    expect(shown.text).toContain(t('redacted.phone'));
    expect(shown.choices).toEqual([t('remarque.send'), t('remarque.cancel')]);
    expect(await h.remarques()).toEqual([]);

    const saved = await say(t('remarque.send'));
    expect(saved.text).toBe(t('remarque.saved'));
    const remarques = await h.remarques();
    expect(remarques).toHaveLength(1);
    expect(remarques[0]).toMatchObject({ kind: 'suggestion', locale: lang, channel: 'test', topic: 'remarque', entryId: null, status: 'nouvelle' });
  });

  it('stores the text redacted in SQLite: the phone number and the e-mail are gone', async () => {
    await say(remarqueIntent);
    await say(remarqueWithPersonalData.text);
    await say(t('remarque.send'));
    const [kept] = await h.remarques();
    for (const part of remarqueWithPersonalData.kept) expect(kept?.text).toContain(part);
    for (const gone of remarqueWithPersonalData.gone) expect(kept?.text).not.toContain(gone);
  });

  it('a message that already is the remarque goes straight to confirmation', async () => {
    const shown = await say(remarqueCarried);
    expect(shown.text).toContain(remarqueCarried);
    expect(shown.choices).toEqual([t('remarque.send'), t('remarque.cancel')]);
    await say(t('feedback.yes'));
    const [kept] = await h.remarques();
    expect(kept).toMatchObject({ kind: 'suggestion', text: remarqueCarried });
  });

  it.each([
    ['while the text is asked', false],
    ['at the confirmation', true],
  ])('"cancel" %s keeps nothing', async (_when, written) => {
    await say(remarqueIntent);
    if (written) await say(remarqueWithPersonalData.text);
    const reply = await say(t('remarque.cancel'));
    expect(reply.text).toBe(t('remarque.cancelled'));
    expect(reply.traces).toEqual([expect.objectContaining({ kind: 'cancel' })]);
    expect(await h.remarques()).toEqual([]);
    // The dialog is over: the next message is a question again.
    const next = await say(PHRASES.find((p) => p.lang === lang)?.answer.question ?? '');
    expect(next.traces[0]?.kind).toBe('answer');
  });

  it('"no" at the confirmation keeps nothing', async () => {
    await say(remarqueCarried);
    const reply = await say(t('feedback.no'));
    expect(reply.text).toBe(t('remarque.cancelled'));
    expect(await h.remarques()).toEqual([]);
  });

  it('an unclear answer to the confirmation asks again, and keeps nothing yet', async () => {
    await say(remarqueCarried);
    const reply = await say('hmm');
    expect(reply.text).toContain(t('remarque.confirmAgain'));
    expect(await h.remarques()).toEqual([]);
    await say(t('remarque.send'));
    expect(await h.remarques()).toHaveLength(1);
  });

  it('an empty message when the text is asked asks again', async () => {
    await say(remarqueIntent);
    const reply = await h.send({ type: 'message', text: '', attachments: [{ contentType: 'image/png', contentUrl: 'http://127.0.0.1/x.png' }] }, { locale });
    expect(reply.text).toBe(t('remarque.empty'));
  });
});

it.each(['je veux faire une remarque', 'une suggestion', "j'ai une réclamation", 'make a complaint'])(
  '"%s" starts the remarque dialog',
  async (text) => {
    const reply = await h.say(text, { locale: 'fr-FR' });
    expect(reply.traces[0]).toMatchObject({ kind: 'remarque' });
  },
);

it.each(['Qui lit les remarques ?', 'Que devient ma remarque ?', 'What happens to my comment?'])(
  '"%s" is a question about remarques: answered, not the start of one',
  async (text) => {
    const reply = await h.say(text, { locale: 'fr-FR' });
    expect(reply.traces[0]?.kind).toBe('answer');
    expect(reply.traces[0]?.entryId).not.toBe('remarque');
  },
);
