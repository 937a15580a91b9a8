/**
 * "Non" after "Cette réponse vous aide ?" when the remarque cannot be kept: nothing is stored here (`npm run chat`),
 * the hour's quota of remarques is reached, or the store is down. The resident must still read an apology and who can
 * help (the mairies, with their practical lines once staff fill them in, as the redirects show them), besides why the
 * question was not passed on — never only "I could not keep it".
 *
 * Transcripts, table-driven: each outcome is produced where it really arises — the core with the keep of
 * `npm run chat`, the real bot (TestAdapter, SQLite) with a quota that refuses or a remarque store that fails — and
 * played in both languages after several answers. The same through HTTP: tests/bot/http-not-helpful.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTurn } from '../../dialogs/conversation.js';
import type { Memory } from '../../dialogs/contract.js';
import { REMARQUE_QUOTA, type RemarqueQuota } from '../../src/abuse/remarque-quota.js';
import { conversationServices, createCore } from '../../src/core.js';
import type { Contact, Locale } from '../../src/knowledge/schema.js';
import { NOT_KEPT_KEYS, type KeepOutcome } from '../../src/replies/compose.js';
import { shippedReader } from '../../src/replies/details.js';
import { translator } from '../../src/replies/i18n.js';
import type { Storage } from '../../src/storage/types.js';
import { NOW, openHarness, type Harness } from './harness.js';
import { PHRASES } from './phrases.js';

type Outcome = Exclude<KeepOutcome, 'kept'>;

interface Conversation {
  /** `conversation`: one per transcript, on the same bot. */
  say(text: string, locale: string, conversation: string): Promise<{ text: string; kind: string | undefined }>;
  /** Remarques stored so far. */
  stored(): Promise<number>;
  close(): Promise<void>;
}

const core = createCore();

/** `npm run chat`: the core with its default keep, which stores nothing ('nowhere'). */
function chatConversation(fiches = shippedReader(core.knowledge)): Conversation {
  const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(NOW), fiches: () => fiches });
  const memories = new Map<string, Memory>();
  return {
    say: async (text, locale, conversation) => {
      const result = await runTurn(memories.get(conversation), { type: 'message', text, locale, channel: 'cli', capabilities: { buttons: false } }, services);
      memories.set(conversation, result.memory);
      return { text: result.replies.map((r) => r.text).join('\n'), kind: result.trace.kind };
    },
    stored: async () => 0,
    close: async () => undefined,
  };
}

/** The real bot; `setup` makes the keep fail the way the case needs. */
async function botConversation(setup: 'quota reached' | 'store down'): Promise<Conversation> {
  let h: Harness;
  if (setup === 'store down') {
    h = await openHarness({
      wrapStorage: (storage: Storage) => ({
        ...storage,
        remarques: { ...storage.remarques, add: () => Promise.reject(new Error('SQLITE_IOERR: disk I/O error')) },
      }),
    });
  } else {
    h = await openHarness();
    // What src/bot/turn-limits.ts puts in each turn once the hour's remarques are used up.
    const refusing: RemarqueQuota = { take: async () => false };
    h.adapter.use(async (context, next) => {
      context.turnState.set(REMARQUE_QUOTA, refusing);
      await next();
    });
  }
  return {
    say: async (text, locale, conversation) => {
      const reply = await h.say(text, { locale, conversation });
      return { text: reply.text, kind: reply.traces[0]?.kind };
    },
    stored: async () => (await h.remarques()).length,
    close: () => h.close(),
  };
}

const CASES: { outcome: Outcome; where: string; open: () => Promise<Conversation> }[] = [
  { outcome: 'nowhere', where: 'npm run chat (nothing is stored)', open: async () => chatConversation() },
  { outcome: 'limited', where: "the bot, the hour's quota of remarques reached", open: () => botConversation('quota reached') },
  { outcome: 'failed', where: 'the bot, the remarque store down', open: () => botConversation('store down') },
];

/** Answers that ask "did this help?", in each language, and the ways residents say no to it. */
const TRANSCRIPTS: { lang: Locale; question: string; no: string }[] = PHRASES.flatMap(({ lang, answer, action }) => {
  const t = translator(lang);
  return [
    { lang, question: answer.question, no: t('feedback.no') },
    { lang, question: action.question, no: t('feedback.no').toLowerCase() },
  ];
});

describe.each(CASES)('"no" to "did this help?" when it cannot be kept: $where', ({ outcome, open: openConversation }) => {
  let open: Conversation;
  beforeAll(async () => {
    open = await openConversation();
  });
  afterAll(async () => open?.close());

  it.each(TRANSCRIPTS.map((x, i) => ({ ...x, i })))('($lang) $question → $no: an apology, why, and who can help', async ({ lang, question, no, i }) => {
    const t = translator(lang);
    const locale = PHRASES.find((p) => p.lang === lang)!.locale;
    const say = (text: string) => open.say(text, locale, `not-helpful-${i}`);
    const answered = await say(question);
    expect(answered.kind).toBe('answer');
    expect(answered.text).toContain(t('feedback.ask'));

    const reply = await say(no);
    expect(reply.kind).toBe('feedback');
    // The apology first, then why it was not passed on, then who can help.
    expect(reply.text.startsWith(t('feedback.sorryNotKept'))).toBe(true);
    const why = reply.text.indexOf(t(NOT_KEPT_KEYS[outcome]));
    const who = reply.text.indexOf(t('feedback.whoCanHelp'));
    expect(why).toBeGreaterThan(0);
    expect(who).toBeGreaterThan(why);
    // Never a claim that it was passed on, nor an "I don't know" about a question that was answered.
    expect(reply.text).not.toContain(t('feedback.sorry'));
    expect(reply.text).not.toContain(t('fallback.text'));
    expect(await open.stored()).toBe(0);

    // Asked once: a second "no" is not another apology.
    expect((await say(no)).text).not.toContain(t('feedback.sorryNotKept'));
  });
});

describe('"no" when it cannot be kept, once staff have filled in the mairies', () => {
  const filled: Record<string, Partial<Contact>> = {
    'mairie-labourse': { phone: '03 21 00 00 01', hours: { fr: 'du lundi au vendredi, 8 h 30 – 12 h', en: 'Monday to Friday, 8:30–12:00' } },
    'mairie-beuvry': { address: '1 place de la mairie, Beuvry' },
  };
  const shipped = shippedReader(core.knowledge);
  const fiches = { entry: shipped.entry, contact: (id: string) => { const c = shipped.contact(id); return c && { ...c, ...filled[id] }; } };

  it.each(PHRASES)('($lang) their practical lines follow who can help, as the redirects show them', async ({ lang, locale, answer }) => {
    const t = translator(lang);
    const chat = chatConversation(fiches);
    await chat.say(answer.question, locale, 'c');
    const reply = await chat.say(t('feedback.no'), locale, 'c');
    const who = reply.text.indexOf(t('feedback.whoCanHelp'));
    const labourse = reply.text.indexOf('📞 Mairie de Labourse');
    expect(who).toBeGreaterThan(0);
    expect(labourse).toBeGreaterThan(who);
    expect(reply.text).toContain('03 21 00 00 01');
    expect(reply.text).toContain('📍 Mairie de Beuvry');
  });

  it('and after a "no" that was kept, too (the sentence itself unchanged)', async () => {
    const t = translator('fr');
    const services = conversationServices({ engine: core.engine, agenda: () => core.agenda, clock: () => new Date(NOW), fiches: () => fiches }, async () => 'kept');
    const first = await runTurn(undefined, { type: 'message', text: 'kan passe le bus santé', locale: 'fr-FR', channel: 'test', capabilities: { buttons: true } }, services);
    const no = await runTurn(first.memory, { type: 'message', text: t('feedback.no'), locale: 'fr-FR', channel: 'test', capabilities: { buttons: true } }, services);
    const text = no.replies.map((r) => r.text).join('\n');
    expect(text.startsWith(t('feedback.sorry'))).toBe(true);
    expect(text).toContain('📞 Mairie de Labourse : 03 21 00 00 01');
  });
});
