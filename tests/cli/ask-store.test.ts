/**
 * `npm run ask` answers as the server would (issue 10, part 4): it reads the server's store when it exists — the
 * agenda staff entered, the phrasings they taught — read-only, never creating or changing it; `--shipped` ignores it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStorage } from '../../src/storage/index.js';

const tsx = path.resolve('node_modules/.bin/tsx');
const dir = mkdtempSync(path.join(tmpdir(), 'ask-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function ask(question: string, file: string, extra: string[] = []): string {
  const env = { ...process.env, SQLITE_FILE: file, DATABASE_URL: '', DEMO_AGENDA: '' };
  const run = spawnSync(tsx, ['src/cli/ask.ts', ...extra, question], { encoding: 'utf8', timeout: 120_000, env });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('npm run ask and the server store', () => {
  it('reads the agenda staff entered, read-only; --shipped ignores it; a missing store is never created', async () => {
    const file = path.join(dir, 'server.sqlite');
    const storage = await openStorage({ kind: 'sqlite', file });
    await storage.agenda.put({
      id: 'forum-emploi-mars',
      topic: 'forum-emploi',
      entry: 'forum-emploi',
      title: { fr: "Forum de l'emploi", en: 'Job fair' },
      date: '2099-03-10',
      time: '09:30',
      place: { fr: 'Salle des fêtes', en: 'Village hall' },
      sample: false,
      updatedBy: 'agent',
    });
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
