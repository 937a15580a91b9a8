/**
 * "Non" to "Cette réponse vous aide ?" through the real HTTP server (restify, the Bot Framework adapter, the turn's
 * limits, SQLite) when the remarque cannot be kept: the hour's quota reached, or the remarque store failing (a real
 * SQLite error, raised by a trigger). The resident reads an apology, why, and who can help; nothing is stored.
 * The same in every language and for `npm run chat`: tests/dialogs/not-helpful.test.ts.
 */
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { translator } from '../../src/replies/i18n.js';
import { NOW } from '../dialogs/harness.js';
import { NO_LIMITS, unknownQuestion } from '../reliability/helpers.js';
import { startTestServer, type TestServer } from './http.js';

const t = translator('fr');

const CASES = [
  {
    name: "the conversation's quota of remarques reached (one, taken by a question it could not answer)",
    env: { ...NO_LIMITS, RATE_LIMIT_REMARQUES_PER_HOUR: '1' },
    reason: t('errors.remarquesLimited'),
    prepare: async (server: TestServer, say: (text: string) => Promise<string>) => {
      expect(await say(unknownQuestion(server.assistant.engine, 0))).toContain(t('fallback.kept'));
    },
    stored: 1,
  },
  {
    name: 'the remarque store failing',
    env: NO_LIMITS,
    reason: t('fallback.notKept'),
    prepare: async (server: TestServer) => {
      const db = new Database(server.sqliteFile);
      try {
        db.exec("CREATE TRIGGER store_down BEFORE INSERT ON remarques BEGIN SELECT RAISE(FAIL, 'disk I/O error'); END");
      } finally {
        db.close();
      }
    },
    stored: 0,
  },
];

describe('"Non" through HTTP when the remarque cannot be kept', () => {
  let server: TestServer | undefined;
  afterEach(async () => server?.close());

  it.each(CASES)('$name: an apology, why, and who can help', async ({ env, reason, prepare, stored }) => {
    server = await startTestServer(env, { clock: () => new Date(NOW) });
    const running = server;
    const say = async (text: string) => (await running.exchange({ type: 'message', text })).text;
    await prepare(running, say);

    expect(await say('kan passe le bus santé')).toContain(t('feedback.ask'));
    const reply = await running.exchange({ type: 'message', text: t('feedback.no') });
    expect(reply.status).toBe(200);
    expect(reply.traces[0]?.kind).toBe('feedback');
    expect(reply.text.startsWith(t('feedback.sorryNotKept'))).toBe(true);
    expect(reply.text).toContain(reason);
    expect(reply.text.indexOf(t('feedback.whoCanHelp'))).toBeGreaterThan(reply.text.indexOf(reason));
    expect(reply.text).not.toContain(t('feedback.sorry'));
    expect((await running.assistant.storage.remarques.list()).total).toBe(stored);
  });
});
