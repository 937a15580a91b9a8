/**
 * The Bot Framework state (dialog stack, chosen language) lives in the key-value store under hashed keys, with an
 * expiry: the database holds no channel user or conversation id in clear, and nothing lives forever.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { STATE_TTL } from '../../src/bot/state-storage.js';
import { NOW } from '../dialogs/harness.js';
import { startTestServer, type TestServer } from './http.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({}, { clock: () => new Date(NOW) });
  await server.exchange({ text: 'english please', from: { id: 'resident-42', name: 'Jeanne' }, conversation: { id: 'conversation-42', isGroup: false, conversationType: 'personal', name: '' } });
  await server.exchange({ text: REMARQUE, from: { id: 'resident-42', name: 'Jeanne' }, conversation: { id: 'conversation-42', isGroup: false, conversationType: 'personal', name: '' } });
});

/** Goes straight to the confirmation: the dialog state holds the remarque, waiting for "send". */
const REMARQUE = 'signaler que le lampadaire devant chez moi est cassé, appelez-moi au 06 12 34 56 78';
afterAll(async () => server.close());

function stateRows(): Record<string, unknown>[] {
  const db = new Database(server.sqliteFile, { readonly: true });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%state%'").get() as { name: string };
    return db.prepare(`SELECT * FROM ${table.name}`).all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
}

it('keeps the conversation and the language under hashed keys, without any id or name in clear', () => {
  const rows = stateRows();
  expect(rows.length).toBeGreaterThanOrEqual(2);
  const everything = JSON.stringify(rows);
  for (const clear of ['resident-42', 'conversation-42', 'Jeanne', 'emulator/']) expect(everything).not.toContain(clear);
});

it('holds the remarque waiting for confirmation redacted, like everything kept', () => {
  const everything = JSON.stringify(stateRows());
  expect(everything).toContain('lampadaire');
  expect(everything).not.toContain('06 12 34 56 78');
});

it('gives every row an expiry: an hour for a conversation, at most 90 days for the language', () => {
  const expiries = stateRows().map((r) => Date.parse(String(Object.entries(r).find(([k]) => /expire/i.test(k))?.[1])));
  const now = Date.parse(NOW);
  for (const at of expiries) {
    expect(at).toBeGreaterThan(now);
    expect(at).toBeLessThanOrEqual(now + STATE_TTL.userMs);
  }
  expect(expiries).toContain(now + STATE_TTL.conversationMs);
});
