/**
 * A whole conversation through the real HTTP server, as the Bot Framework Emulator has it: welcome → answer →
 * feedback → clarify → fallback → remarque; every reply carries its `quartier.answer` trace; the remarques are
 * then read straight from the SQLite file, redacted.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { NOW } from '../dialogs/harness.js';
import { startTestServer, type Exchange, type TestServer } from './http.js';

const t = translator('fr');
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { clock: () => new Date(NOW) });
});
afterAll(async () => server.close());

const say = (text: string) => server.exchange({ type: 'message', text });
/** The welcome button the resident taps: its text is the question a "no" keeps. */
let tapped = '';

/** Every reply of the conversation has exactly one trace with the five fields. */
function expectTrace(reply: Exchange, kind: string): void {
  expect(reply.status).toBe(200);
  expect(reply.traces).toHaveLength(1);
  const trace = reply.traces[0];
  expect(Object.keys(trace ?? {}).sort()).toEqual(['candidates', 'entryId', 'kind', 'score', 'topic']);
  expect(trace?.kind).toBe(kind);
  expect(Array.isArray(trace?.candidates)).toBe(true);
  expect(typeof trace?.score).toBe('number');
}

it('runs a conversation from the welcome to answer, feedback, clarify, fallback and remarque', async () => {
  const welcome = await server.exchange({ type: 'conversationUpdate', membersAdded: [{ id: 'resident-1', name: 'User' }] });
  expectTrace(welcome, 'welcome');
  expect(welcome.text).toContain(t('welcome.greeting'));
  expect(welcome.choices.length).toBeGreaterThanOrEqual(4);

  tapped = String(welcome.choices[0]);
  const answer = await say(tapped);
  expectTrace(answer, 'answer');
  expect(answer.traces[0]).toMatchObject({ topic: 'bus-sante', entryId: 'bus-sante' });
  expect(answer.choices).toContain(t('feedback.no'));

  const followUp = await say("c'est où ?");
  expectTrace(followUp, 'followup');
  const notHelpful = await say(t('feedback.no'));
  expectTrace(notHelpful, 'feedback');
  expect(notHelpful.text).toBe(t('feedback.sorry'));

  const clarify = await say('santé');
  expectTrace(clarify, 'clarify');
  expect(clarify.traces[0]?.candidates).toEqual(expect.arrayContaining(['bus-sante', 'sante-alimentation']));
  expect(clarify.choices.at(-1)).toBe(t('clarify.none'));
  const chosen = await say(String(clarify.choices[1]));
  expectTrace(chosen, 'answer');
  expect(chosen.traces[0]?.topic).toBe('sante-alimentation');

  await say('santé');
  const none = await say(t('clarify.none'));
  expectTrace(none, 'fallback');

  const fallback = await say('recette de la carbonade flamande, mon mail est jean.dupont@example.com');
  expectTrace(fallback, 'fallback');
  expect(fallback.text).toContain(t('fallback.kept'));

  const asked = await say('je veux faire une remarque');
  expectTrace(asked, 'remarque');
  expect(asked.text).toBe(t('remarque.askText'));
  const shown = await say("Le lampadaire de l'allée est cassé, appelez-moi au 06 12 34 56 78");
  expectTrace(shown, 'remarque');
  expect(shown.text).toContain('[téléphone]');
  expect(shown.text).not.toContain('06 12 34 56 78');
  const saved = await say(t('remarque.send'));
  expectTrace(saved, 'remarque');
  expect(saved.text).toBe(t('remarque.saved'));
});

it('leaves the remarques in the SQLite file, redacted, without any user or conversation identifier', async () => {
  const db = new Database(server.sqliteFile, { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare('SELECT * FROM remarques ORDER BY id').all() as Record<string, unknown>[];
    expect(rows.map((r) => [r.kind, r.text])).toEqual([
      ['not-helpful', tapped],
      ['unanswered', 'santé'],
      ['unanswered', 'recette de la carbonade flamande, mon mail est [e-mail]'],
      ['suggestion', "Le lampadaire de l'allée est cassé, appelez-moi au [téléphone]"],
    ]);
    expect(rows[0]).toMatchObject({ entry_id: 'bus-sante', topic: 'bus-sante', channel: 'emulator', locale: 'fr', status: 'nouvelle' });
    const everything = JSON.stringify(rows);
    for (const identifier of ['resident-1', 'conversation-1', 'jean.dupont', '06 12']) expect(everything).not.toContain(identifier);
  } finally {
    db.close();
  }
});
