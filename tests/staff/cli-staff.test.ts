/** `npm run staff`, run as an administrator runs it: a separate process, the password on standard input. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteStorage } from '../../src/storage/sqlite.js';
import { verifyPassword } from '../../src/staff/passwords.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-staff-cli-'));
const file = path.join(root, 'staff.sqlite');
const projectRoot = path.resolve(__dirname, '../..');
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(projectRoot, 'src', 'cli', 'staff.ts');

function run(args: string[], input: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, SQLITE_FILE: file };
  delete env['DATABASE_URL']; // never the developer's own database
  const result = spawnSync(tsx, [cli, ...args], { cwd: root, env, input, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run staff', () => {
  it('creates an account with the password read from standard input, stored only as a scrypt hash', async () => {
    const created = run(['add-user', 'marie.dupont'], 'une longue phrase de passe\n');
    expect(created.code).toBe(0);
    expect(created.stderr).toContain('Compte « marie.dupont » créé');
    const storage = openSqliteStorage(file);
    try {
      const user = await storage.staff.getUser('marie.dupont');
      expect(user?.passwordHash).toMatch(/^scrypt\$/);
      expect(await verifyPassword('une longue phrase de passe', user!.passwordHash)).toBe(true);
    } finally {
      await storage.close();
    }
    expect(fs.readFileSync(file).includes('une longue phrase de passe')).toBe(false);
  });

  it('refuses a duplicate name, a short password and a missing name, with a clear message', () => {
    expect(run(['add-user', 'marie.dupont'], 'une autre phrase de passe\n')).toMatchObject({ code: 1, stderr: expect.stringContaining('existe déjà') });
    expect(run(['add-user', 'paul'], 'court\n')).toMatchObject({ code: 1, stderr: expect.stringContaining('au moins 12 caractères') });
    expect(run(['add-user'], '')).toMatchObject({ code: 2, stderr: expect.stringContaining('demande un nom') });
    expect(run(['add-user', 'avec espace'], 'une longue phrase de passe\n')).toMatchObject({ code: 1, stderr: expect.stringContaining('Nom de compte refusé') });
  });

  it('changes a password, lists accounts, and prints a hash for STAFF_USERS', async () => {
    expect(run(['set-password', 'marie.dupont'], 'la nouvelle phrase de passe\n').code).toBe(0);
    expect(run(['set-password', 'personne'], 'la nouvelle phrase de passe\n').code).toBe(1);
    expect(run(['list-users'], '').stdout).toMatch(/^marie\.dupont {2}\(créé le \d{4}-\d{2}-\d{2}\)\n1 compte\(s\)\n$/);
    const hashed = run(['hash-password'], 'pour la configuration seulement\n');
    expect(hashed.code).toBe(0);
    expect(await verifyPassword('pour la configuration seulement', hashed.stdout.trim())).toBe(true);
  });
});
