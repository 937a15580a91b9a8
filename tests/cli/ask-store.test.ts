/**
 * `npm run ask` and `npm run chat` answer as the server would (issue 10, part 4): they read the server's store when
 * it exists — the agenda staff entered, their changes to fiches and contacts, the phrasings they taught — on SQLite
 * (a real file) and on PostgreSQL (DATABASE_URL, a real throw-away database), read-only, never creating or changing
 * it; `--shipped` ignores it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage, type Storage } from '../../src/storage/index.js';
import { createTestDatabase, postgresUnreachable } from '../support/postgres.js';
import { agendaRecord } from '../support/agenda.js';

const tsx = path.resolve('node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'ask-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ask(question: string, file: string, extra: string[] = []): string {
  const env = { ...process.env, SQLITE_FILE: file, DATABASE_URL: '', DEMO_AGENDA: '' };
  const run = spawnSync(tsx, ['src/cli/ask.ts', ...extra, question], { encoding: 'utf8', timeout: 120_000, env });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

/** The job fair staff entered on the server: 10 March at 9:30, Salle des fêtes (asserted below). */
const FORUM = agendaRecord({ id: 'forum-emploi-mars', date: '2099-03-10', time: '09:30', place: { fr: 'Salle des fêtes', en: 'Village hall' } });

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('npm run ask and the server store', () => {
  it('reads the agenda staff entered, read-only; --shipped ignores it; a missing store is never created', async () => {
    const file = path.join(dir, 'server.sqlite');
    const storage = await openStorage({ kind: 'sqlite', file });
    await storage.agenda.put(FORUM);
    await storage.close();
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    const before = digest(file);

    const fromStore = ask("c'est quand le forum de l'emploi ?", file);
    expect(fromStore).toContain('10 mars à 9 h 30');
    expect(fromStore).toContain('Salle des fêtes');
    expect(digest(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);

    expect(ask("c'est quand le forum de l'emploi ?", file, ['--shipped'])).not.toContain('10 mars');

    const missing = path.join(dir, 'absent.sqlite');
    expect(ask('bus santé', missing)).toContain('bus santé');
    expect(existsSync(missing)).toBe(false);
  }, 240_000);
});

/** What staff changed on the server (test values, not real ones): each must show in the tools' answers. */
const STAFF = {
  entryPhone: '03 21 99 88 77', // bus-sante's own phone, set from the Fiches page
  mairiePhone: '03 21 00 00 01', // the mairie de Labourse's phone, set on its contact
  taught: 'zorglub camion docteur', // a phrasing taught to bus-sante
};
const QUESTIONS = [
  { q: "c'est quand le forum de l'emploi ?", shows: '10 mars à 9 h 30' },
  { q: 'kan passe le bus santé', shows: STAFF.entryPhone },
  { q: 'horaires mairie labourse', shows: STAFF.mairiePhone },
  { q: STAFF.taught, shows: 'bus santé' },
];

async function seed(storage: Storage): Promise<void> {
  await storage.agenda.put(FORUM);
  await storage.fiches.save({ kind: 'entry', targetId: 'bus-sante', data: { details: { phone: STAFF.entryPhone } }, patch: { details: { phone: STAFF.entryPhone } }, createdBy: 'agent' });
  await storage.fiches.save({ kind: 'contact', targetId: 'mairie-labourse', data: { fields: { phone: STAFF.mairiePhone } }, patch: { phone: STAFF.mairiePhone }, createdBy: 'agent' });
  await storage.phrasings.add({ entryId: 'bus-sante', text: STAFF.taught, locale: 'fr', remarqueId: null, createdBy: 'agent' });
}

/** `npm run ask -- --jsonl` over QUESTIONS with this environment: the answers' texts, in order, and stderr. */
function askAll(env: Record<string, string>, extra: string[] = []): { texts: string[]; stderr: string } {
  const input = QUESTIONS.map(({ q }) => JSON.stringify({ q })).join('\n') + '\n';
  const run = spawnSync(tsx, ['src/cli/ask.ts', '--jsonl', ...extra], { input, encoding: 'utf8', timeout: 120_000, env: { ...process.env, DEMO_AGENDA: '', ...env } });
  expect(run.status, run.stderr).toBe(0);
  const texts = run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
  return { texts, stderr: run.stderr };
}

function expectStaffChanges(texts: string[]): void {
  QUESTIONS.forEach(({ q, shows }, i) => expect(texts[i], q).toContain(shows));
}

function expectShipped(texts: string[]): void {
  for (const text of texts) for (const value of ['10 mars', STAFF.entryPhone, STAFF.mairiePhone]) expect(text).not.toContain(value);
}

describe('the staff changes of the server store reach npm run ask and npm run chat', () => {
  it('SQLite: agenda, fiche, contact and taught phrasing, read-only; --shipped ignores them', async () => {
    const file = path.join(dir, 'changes.sqlite');
    const storage = await openStorage({ kind: 'sqlite', file });
    await seed(storage);
    await storage.close();
    for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
    const before = digest(file);

    expectStaffChanges(askAll({ SQLITE_FILE: file, DATABASE_URL: '' }).texts);
    expectShipped(askAll({ SQLITE_FILE: file, DATABASE_URL: '' }, ['--shipped']).texts);

    const chat = spawnSync(tsx, ['src/cli/chat.ts'], {
      input: 'kan passe le bus santé\nhoraires mairie labourse\n',
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, SQLITE_FILE: file, DATABASE_URL: '', DEMO_AGENDA: '' },
    });
    expect(chat.status, chat.stderr).toBe(0);
    expect(chat.stdout).toContain(STAFF.entryPhone);
    expect(chat.stdout).toContain(STAFF.mairiePhone);

    expect(digest(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
  }, 300_000);

  const unreachable = postgresUnreachable('npm run ask on PostgreSQL');
  it.skipIf(unreachable !== undefined)('PostgreSQL (DATABASE_URL): the same changes, in a read-only session that writes nothing; an empty database gets no store', async () => {
    const server = await createTestDatabase('useful');
    const empty = await createTestDatabase('useful_empty');
    try {
      const storage = await openStorage({ kind: 'postgres', url: server.url });
      await seed(storage);
      await storage.close();
      const before = await snapshot(server.url);

      expectStaffChanges(askAll({ DATABASE_URL: server.url }).texts);
      expectShipped(askAll({ DATABASE_URL: server.url }, ['--shipped']).texts);
      const chat = spawnSync(tsx, ['src/cli/chat.ts'], {
        input: 'kan passe le bus santé\n',
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, DATABASE_URL: server.url, DEMO_AGENDA: '' },
      });
      expect(chat.status, chat.stderr).toBe(0);
      expect(chat.stdout).toContain(STAFF.entryPhone);
      expect(await snapshot(server.url)).toEqual(before);

      // A database the server never set up: the shipped knowledge, a warning, and still not a single table there.
      const fromEmpty = askAll({ DATABASE_URL: empty.url });
      expectShipped(fromEmpty.texts);
      expect(fromEmpty.stderr).toContain('no assistant store there');
      expect(await snapshot(empty.url)).toEqual({});
    } finally {
      await server.drop();
      await empty.drop();
    }
  }, 300_000);

  // Review: the tools opened PostgreSQL with the default timeouts whatever DATABASE_*_TIMEOUT_MS said. Here the
  // agenda is read through a view that takes 2 s (the server counts it, not this machine's load): with a 500 ms
  // statement timeout that read is given up — the agenda comes from the files, the other staff changes still show;
  // without it, the same database gives the staff's agenda.
  it.skipIf(unreachable !== undefined)('PostgreSQL: the DATABASE_*_TIMEOUT_MS settings hold for the tools too', async () => {
    const server = await createTestDatabase('useful_slow');
    try {
      const storage = await openStorage({ kind: 'postgres', url: server.url });
      await seed(storage);
      await storage.close();
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      try {
        await client.query('ALTER TABLE agenda_items RENAME TO agenda_rows');
        await client.query('CREATE VIEW agenda_items AS SELECT a.* FROM agenda_rows a CROSS JOIN (SELECT pg_sleep(2)) AS slow');
      } finally {
        await client.end();
      }

      const patient = askAll({ DATABASE_URL: server.url }).texts;
      expect(patient[0]).toContain('10 mars à 9 h 30');
      const hurried = askAll({ DATABASE_URL: server.url, DATABASE_STATEMENT_TIMEOUT_MS: '500' }).texts;
      expect(hurried[0]).not.toContain('10 mars');
      expect(hurried[1]).toContain(STAFF.entryPhone);
    } finally {
      await server.drop();
    }
  }, 300_000);
});

/** Every table of the database with a digest of its rows: equal snapshots mean nothing was written. */
async function snapshot(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1");
    const out: Record<string, string> = {};
    for (const { name } of tables.rows) {
      const rows = await client.query<{ d: string | null }>(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM "${name}" t`);
      out[name] = rows.rows[0]?.d ?? '';
    }
    return out;
  } finally {
    await client.end();
  }
}
