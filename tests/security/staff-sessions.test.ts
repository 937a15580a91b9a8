/**
 * Attack run, item 7: changing a password did not end the sessions already open with it (the old cookie still got
 * 200 after `npm run staff -- set-password`, and sessions last 8 hours). Now a password change ends them, and an
 * administrator can end an account's sessions, or delete the account, from the command line — while the server
 * runs, on the same database, as in production.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/staff/passwords.js';
import { call, signIn, startTestAssistant, type TestAssistant } from '../staff/helpers.js';

const ROOT = path.resolve(__dirname, '../..');
const USER = { username: 'claire.agent', password: 'la phrase de passe de claire' };

let t: TestAssistant;
beforeAll(async () => {
  t = await startTestAssistant();
});
afterAll(() => t.close());

/**
 * `npm run staff -- ARGS` against the running server's SQLite file. Node runs it (no wrapper process), and
 * asynchronously: the server lives in this process and must go on answering meanwhile.
 */
function staffCli(args: string[], input = ''): Promise<{ code: number | null; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SQLITE_FILE: path.join(t.dir, 'test.sqlite') };
  delete env['DATABASE_URL'];
  delete env['STAFF_USERS'];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'src/cli/staff.ts'), ...args], { cwd: ROOT, env, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stderr }));
    child.stdin.end(input);
  });
}

async function addClaire(): Promise<void> {
  if (!(await t.assistant.storage.staff.getUser(USER.username))) {
    await t.assistant.storage.staff.addUser({ username: USER.username, passwordHash: await hashPassword(USER.password) });
  }
}

const status = async (cookie: string) => (await call(t.url, 'GET', '/staff/api/session', { session: { cookie, csrf: '' } })).status;

describe('open sessions of an account', () => {
  it('end when its password is changed (npm run staff -- set-password), on every browser', async () => {
    await addClaire();
    const here = await signIn(t.url, USER);
    const there = await signIn(t.url, USER);
    const someoneElse = await signIn(t.url);
    expect(await status(here.cookie)).toBe(200);

    const changed = await staffCli(['set-password', USER.username], 'une toute nouvelle phrase de passe\n');
    expect(changed).toMatchObject({ code: 0, stderr: expect.stringContaining('sessions ouvertes sont fermées') });
    expect(await status(here.cookie)).toBe(401);
    expect(await status(there.cookie)).toBe(401);
    expect(await status(someoneElse.cookie)).toBe(200); // another account is not signed out
    // The old password no longer opens one; the new one does.
    expect((await call(t.url, 'POST', '/staff/api/login', { body: USER })).status).toBe(401);
    expect((await call(t.url, 'POST', '/staff/api/login', { body: { ...USER, password: 'une toute nouvelle phrase de passe' } })).status).toBe(200);
    await t.assistant.storage.staff.setPassword(USER.username, await hashPassword(USER.password));
  });

  it('end on request (npm run staff -- end-sessions NAME)', async () => {
    await addClaire();
    const session = await signIn(t.url, USER);
    const ended = await staffCli(['end-sessions', USER.username]);
    expect(ended).toMatchObject({ code: 0, stderr: expect.stringContaining('1 session(s)') });
    expect(await status(session.cookie)).toBe(401);
    expect((await call(t.url, 'POST', '/staff/api/login', { body: USER })).status).toBe(200); // the account stays
    expect(await staffCli(['end-sessions', 'personne'])).toMatchObject({ code: 1, stderr: expect.stringContaining('Aucun compte') });
  });

  it('end with the account (npm run staff -- delete-user NAME), which can no longer sign in', async () => {
    await addClaire();
    const session = await signIn(t.url, USER);
    const deleted = await staffCli(['delete-user', USER.username]);
    expect(deleted).toMatchObject({ code: 0, stderr: expect.stringContaining('supprimé') });
    expect(await status(session.cookie)).toBe(401);
    expect((await call(t.url, 'POST', '/staff/api/login', { body: USER })).status).toBe(401);
    expect(await t.assistant.storage.staff.getUser(USER.username)).toBeUndefined();
    expect(await staffCli(['delete-user', USER.username])).toMatchObject({ code: 1, stderr: expect.stringContaining('Aucun compte') });
    const audit = await t.assistant.storage.audit.list(10);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['staff.delete-user', 'staff.end-sessions', 'staff.set-password']));
  });

  it('the command line refuses end-sessions and delete-user without a name', async () => {
    expect(await staffCli(['end-sessions'])).toMatchObject({ code: 2, stderr: expect.stringContaining('demande un nom') });
    expect(await staffCli(['delete-user'])).toMatchObject({ code: 2, stderr: expect.stringContaining('demande un nom') });
  });
});
