/**
 * Staff changes reach every instance within seconds (src/instances/change-feed.ts): two real assistants on one
 * PostgreSQL database; a change made through instance A's staff API is used by instance B's bot — by LISTEN/NOTIFY,
 * or by the change counters when nobody notified (a change made straight in the database, as the command line does).
 * Waits poll until the change shows, with a generous bound; nothing is asserted about how fast.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startAssistant, type Assistant } from '../../src/index.js';
import { createLogger } from '../../src/logging.js';
import { ChangeFeed } from '../../src/instances/change-feed.js';
import { hashPassword } from '../../src/staff/passwords.js';
import { openStorage } from '../../src/storage/index.js';
import { NO_LIMITS } from '../reliability/helpers.js';
import { ask, call, signIn, STAFF, TAUGHT_ENTRY, UNKNOWN_QUESTION, type StaffSession } from '../staff/helpers.js';
import { createTestDatabase, postgresUnreachable, type TestDatabase } from '../support/postgres.js';

const unreachable = postgresUnreachable('staff-changes.test');
const BOUND_MS = 30_000;

async function eventually<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const until = Date.now() + BOUND_MS;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > until) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.skipIf(unreachable !== undefined)('staff changes reach the other instance', () => {
  let db: TestDatabase;
  let a: Assistant;
  let b: Assistant;
  let session: StaffSession;

  beforeAll(async () => {
    db = await createTestDatabase('pgstate');
    const start = () => startAssistant({ config: parseConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', DATABASE_URL: db.url, ...NO_LIMITS }), logger: createLogger('silent') });
    a = await start();
    b = await start();
    await a.storage.staff.addUser({ username: STAFF.username, passwordHash: await hashPassword(STAFF.password) });
    session = await signIn(a.url);
  }, 60_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it('a phrasing taught through instance A is used by instance B, and its undo too', async () => {
    expect((await ask(b.url, UNKNOWN_QUESTION)).kind, 'precondition: the bot cannot answer UNKNOWN_QUESTION').toBe('fallback');
    const found = (await call(a.url, 'GET', '/staff/api/remarques?q=chat%20a%20disparu&kind=unanswered', { session })).json<{ items: { id: number }[] }>();
    expect(found.items.length).toBeGreaterThan(0);
    const taught = await call(a.url, 'POST', `/staff/api/remarques/${found.items[0]!.id}/teach`, { session, body: { entryId: TAUGHT_ENTRY } });
    expect(taught.status).toBe(201);
    const onB = await eventually(() => ask(b.url, UNKNOWN_QUESTION), (r) => r.entryId === TAUGHT_ENTRY);
    expect(onB).toMatchObject({ kind: 'answer', entryId: TAUGHT_ENTRY });

    const { phrasing } = taught.json<{ phrasing: { id: number } }>();
    expect((await call(a.url, 'POST', `/staff/api/phrasings/${phrasing.id}/undo`, { session })).status).toBe(200);
    const undone = await eventually(() => ask(b.url, UNKNOWN_QUESTION), (r) => r.kind === 'fallback');
    expect(undone.kind).toBe('fallback');
  });

  it("a contact's new phone changed through instance A is in instance B's fiches", async () => {
    const contact = b.fiches.contacts()[0]!;
    const phone = '03 21 00 00 42';
    const changed = await call(a.url, 'PATCH', `/staff/api/contacts/${contact.id}`, { session, body: { phone } });
    expect(changed.status, changed.text).toBe(200);
    const seen = await eventually(async () => b.fiches.contact(contact.id)?.phone, (p) => p === phone);
    expect(seen).toBe(phone);
  });

  it('a change made straight in the database (as the command line does, no notification) is seen by the counters', async () => {
    const question = 'ou deposer mon vieux frigo zqfrigo';
    expect((await ask(b.url, question)).kind, 'precondition: the bot cannot answer this question').not.toBe('answer');
    await a.storage.phrasings.add({ entryId: TAUGHT_ENTRY, text: question, locale: 'fr', remarqueId: null, createdBy: 'cli' });
    const onB = await eventually(() => ask(b.url, question), (r) => r.entryId === TAUGHT_ENTRY);
    expect(onB.entryId).toBe(TAUGHT_ENTRY);
    const onA = await eventually(() => ask(a.url, question), (r) => r.entryId === TAUGHT_ENTRY);
    expect(onA.entryId).toBe(TAUGHT_ENTRY);
  });

  it('LISTEN/NOTIFY alone carries a change (the periodic check is made too rare to matter here)', async () => {
    const storage = await openStorage({ kind: 'postgres', url: db.url });
    const reloaded: string[] = [];
    const record = (kind: string) => async () => void reloaded.push(kind);
    const feed = new ChangeFeed(storage, { phrasings: record('phrasings'), agenda: record('agenda'), fiches: record('fiches') }, createLogger('silent'), {
      pollMs: 60 * 60 * 1000,
      baseline: await storage.changes.versions(),
    });
    try {
      await feed.start();
      await a.storage.agenda.remove('no-such-action'); // changes nothing: no counter bumped
      const announcer = new ChangeFeed(a.storage, { phrasings: record('x'), agenda: record('x'), fiches: record('x') }, createLogger('silent'));
      await announcer.announce('agenda');
      await eventually(async () => reloaded.length, (n) => n > 0);
      expect(reloaded).toEqual(['agenda']);
      await announcer.close();
    } finally {
      await feed.close();
      await storage.close();
    }
  });
});
