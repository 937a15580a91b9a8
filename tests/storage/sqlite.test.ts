import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { SchemaTooNewError } from '../../src/storage/errors.js';
import { migrateSqlite, openSqliteStorage } from '../../src/storage/sqlite.js';
import { storageContract, type Engine, type Location } from './contract.js';
import { remarque } from './helpers.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-sqlite-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

let counter = 0;

/** True while a process with this pid exists (signal 0 only checks). */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
const newFile = (): string => path.join(root, `db-${++counter}`, 'renaissance.sqlite');

/** Raw access through a second connection, as another process would have. */
function withDb<T>(file: string, fn: (db: Database.Database) => T): T {
  const db = new Database(file);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

function sqliteLocation(file: string): Location {
  return {
    open: async (clock) => openSqliteStorage(file, clock ? { clock } : {}),
    migrate: async (migrations) => {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      withDb(file, (db) => migrateSqlite(db, migrations));
    },
    exec: async (sql) => {
      withDb(file, (db) => db.exec(sql));
    },
    rows: async (sql) => withDb(file, (db) => db.prepare<[], Record<string, unknown>>(sql).all()),
    columns: async () =>
      withDb(file, (db) =>
        db
          .prepare<[], { table: string; column: string }>(
            `SELECT m.name AS "table", p.name AS "column" FROM sqlite_master m, pragma_table_info(m.name) p
             WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'`,
          )
          .all(),
      ),
  };
}

const engine: Engine = { newLocation: async () => sqliteLocation(newFile()) };

describe('SQLite storage', () => {
  storageContract(() => engine);

  it('creates the missing parent folders of the file', () => {
    const file = path.join(root, 'deep', 'er', 'still', 'renaissance.sqlite');
    const storage = openSqliteStorage(file);
    expect(fs.existsSync(file)).toBe(true);
    return storage.close();
  });

  it('uses WAL, synchronous NORMAL (the WAL is flushed by the store, below), foreign keys and a busy timeout', async () => {
    const storage = openSqliteStorage(newFile());
    expect(storage.pragmas()).toEqual({ journalMode: 'wal', synchronous: 1, foreignKeys: 1, busyTimeout: 5000 });
    await storage.close();
  });

  it('resolves a remarque only once the WAL holding it is flushed, off the event loop; the bot state is not flushed', async () => {
    const file = newFile();
    const flushed: number[] = [];
    let release: () => void = () => undefined;
    const storage = openSqliteStorage(file, {
      flushFile: (fd) =>
        new Promise<void>((resolve) => {
          release = () => {
            fs.fdatasync(fd, () => {
              flushed.push(fd);
              resolve();
            });
          };
        }),
    });
    try {
      await storage.state.set('k', { a: 1 }, new Date(Date.now() + 60_000).toISOString());
      expect(flushed).toHaveLength(0);

      let done = false;
      const adding = storage.remarques.add(remarque()).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 20));
      // Written (another connection sees it) but not acknowledged: its flush has not ended. The event loop ran meanwhile.
      expect(withDb(file, (db) => db.prepare('SELECT count(*) AS n FROM remarques').get())).toEqual({ n: 1 });
      expect(done).toBe(false);
      // Two more while the flush runs: they wait for the next flush, which begins after it, and share it.
      const more = Promise.all([storage.remarques.add(remarque()), storage.remarques.add(remarque())]);
      release();
      await adding;
      expect(flushed).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      release();
      await more;
      expect(flushed).toHaveLength(2);
    } finally {
      await storage.close();
    }
  });

  it('refuses a file that is not a database, leaving it as it was', () => {
    const file = newFile();
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, 'id;texte\n1;pas une base\n'.repeat(100));
    const before = fs.readFileSync(file);
    expect(() => openSqliteStorage(file)).toThrow(/not a database/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('leaves the bytes of a newer file untouched when refusing it', async () => {
    const file = newFile();
    const storage = openSqliteStorage(file);
    await storage.remarques.add(remarque());
    await storage.close();
    withDb(file, (db) => {
      db.pragma('journal_mode = DELETE');
      db.exec("INSERT INTO migrations (version, name, applied_at) VALUES (1000, 'future', '2030-01-01T00:00:00.000Z')");
    });
    const hash = (): string => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
    const before = hash();
    expect(() => openSqliteStorage(file)).toThrow(SchemaTooNewError);
    expect(hash()).toBe(before);
    expect(withDb(file, (db) => db.pragma('journal_mode', { simple: true }))).toBe('delete');
  });

  it('shares one file between two open storages (two processes of the bot)', async () => {
    const file = newFile();
    const a = openSqliteStorage(file);
    const b = openSqliteStorage(file);
    await Promise.all(
      Array.from({ length: 50 }, (_, i) => (i % 2 ? a : b).remarques.add(remarque({ text: `depuis ${i % 2 ? 'a' : 'b'} ${i}` }))),
    );
    expect((await a.remarques.list()).total).toBe(50);
    expect((await b.remarques.list()).total).toBe(50);
    await a.close();
    await b.close();
  });

  describe('bot state kept in memory (copies of what this process read and wrote, state-store.ts)', () => {
    const expires = '2099-01-01T00:00:00.000Z';

    it('sees what another process wrote: values, versions, deletions, and keys it had found absent', async () => {
      const file = newFile();
      const a = openSqliteStorage(file);
      const b = openSqliteStorage(file);
      await a.state.set('k', { n: 1 }, expires);
      const v1 = (await a.state.getVersioned('k'))!.version;
      expect(await a.state.getVersioned('missing')).toBeUndefined();
      // The other process overtakes a's copies of both keys.
      const v2 = await b.state.setIf('k', { n: 2 }, expires, v1);
      expect(v2).toBeDefined();
      await b.state.set('missing', 'en', expires);
      expect(await a.state.getVersioned('k')).toEqual({ value: { n: 2 }, version: v2 });
      expect(await a.state.get('missing')).toBe('en');
      // a's old version is stale: its compare-and-set is refused, nothing changed.
      expect(await a.state.setIf('k', { n: 99 }, expires, v1)).toBeUndefined();
      expect(await b.state.get('k')).toEqual({ n: 2 });
      await b.state.delete('missing');
      expect(await a.state.get('missing')).toBeUndefined();
      // A raw write through a third connection (a command-line tool) too.
      withDb(file, (db) => db.prepare("UPDATE bot_state SET state_value = '3', version = 'raw' WHERE state_key = 'k'").run());
      expect(await a.state.getVersioned('k')).toEqual({ value: 3, version: 'raw' });
      expect(await a.state.setIf('k', 4, expires, 'raw')).toBeDefined();
      expect(await b.state.get('k')).toBe(4);
      await a.close();
      await b.close();
    });

    it('answers from its copies exactly as the file would: versions, expiry, create-only, deletions', async () => {
      let now = Date.parse('2024-05-06T08:00:00.000Z');
      const storage = openSqliteStorage(newFile(), { clock: () => new Date(now) });
      const soon = '2024-05-06T08:00:01.000Z';
      const v1 = await storage.state.setIf('e', 'a', soon, undefined);
      expect(await storage.state.getVersioned('e')).toEqual({ value: 'a', version: v1 });
      expect(await storage.state.setIf('e', 'b', soon, undefined)).toBeUndefined();
      now += 1000; // expired: nothing to read, and its version is stale
      expect(await storage.state.getVersioned('e')).toBeUndefined();
      expect(await storage.state.setIf('e', 'c', expires, v1)).toBeUndefined();
      const v2 = await storage.state.setIf('e', 'd', expires, undefined);
      expect(await storage.state.getVersioned('e')).toEqual({ value: 'd', version: v2 });
      // A value read is a fresh object each time: changing it changes nothing stored.
      await storage.state.set('o', { list: [1] }, expires);
      ((await storage.state.get('o')) as { list: number[] }).list.push(2);
      expect(await storage.state.get('o')).toEqual({ list: [1] });
      await storage.state.delete('o');
      expect(await storage.state.get('o')).toBeUndefined();
      // Reads and writes of one key in flight together: the last write is what is read after.
      const reads = Promise.all([storage.state.getVersioned('r'), storage.state.set('r', 1, expires), storage.state.getVersioned('r'), storage.state.set('r', 2, expires)]);
      await reads;
      const last = await storage.state.getVersioned('r');
      expect(last?.value).toBe(2);
      expect(withDb(storage.file, (db) => db.prepare<[], { version: string }>("SELECT version FROM bot_state WHERE state_key = 'r'").get()?.version)).toBe(last?.version);
      await storage.close();
    });
  });

  it('keeps an acknowledged remarque when the process is killed right after (kill -9)', async () => {
    const file = newFile();
    const script = path.join(root, 'writer.ts');
    const storageModule = path.resolve(__dirname, '../../src/storage/sqlite.ts');
    fs.writeFileSync(
      script,
      `import { openSqliteStorage } from ${JSON.stringify(storageModule)};
       const storage = openSqliteStorage(${JSON.stringify(file)});
       storage.remarques.add({ text: 'remarque acquittée', kind: 'unanswered', locale: 'fr', channel: 'webchat',
         topic: null, score: null, entryId: null }).then((r) => {
         process.stdout.write('ACK ' + r.id + ' PID ' + process.pid + '\\n');
         setInterval(() => undefined, 1000); // stay alive until killed, connection open
       });`,
    );
    // Node itself runs the writer (tsx as a loader, not as a wrapper process): the SIGKILL reaches the process that
    // holds the database, which says its own pid so that the test knows it killed the writer and not a launcher.
    const child = spawn(process.execPath, ['--import', 'tsx', script], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)));
    const ack = await new Promise<{ id: number; pid: number }>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /ACK (\d+) PID (\d+)/.exec(out);
        if (m) resolve({ id: Number(m[1]), pid: Number(m[2]) });
      });
      child.once('exit', (code) => reject(new Error(`writer exited (${code}) before acknowledging: ${stderr}`)));
    });
    expect(ack.pid).toBe(child.pid);
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(processAlive(ack.pid)).toBe(false);
    const id = ack.id;
    const storage = openSqliteStorage(file);
    expect((await storage.remarques.get(id))?.text).toBe('remarque acquittée');
    await storage.close();
  });

  it('creates its files readable by their owner only (0600), the journal files too', async () => {
    const file = newFile();
    const storage = openSqliteStorage(file);
    await storage.remarques.add(remarque());
    const mode = (f: string) => fs.statSync(f).mode & 0o777;
    expect(mode(file).toString(8)).toBe('600');
    for (const journal of [`${file}-wal`, `${file}-shm`]) if (fs.existsSync(journal)) expect(mode(journal).toString(8), journal).toBe('600');
    expect(mode(path.dirname(file)).toString(8)).toBe('700');
    await storage.close();
  });

  it('also works in memory (for quick experiments)', async () => {
    const storage = openSqliteStorage(':memory:');
    await storage.remarques.add(remarque());
    expect((await storage.remarques.list()).total).toBe(1);
    await storage.close();
  });
});
