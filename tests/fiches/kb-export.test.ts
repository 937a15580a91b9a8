/**
 * `npm run kb:export -- DIR`, run as staff run it (a separate process on the server's SQLite file): the knowledge
 * with the staff's changes, as YAML the loader accepts, equal to what the bot was answering with; the comments of
 * the files and every fiche staff did not touch stay as shipped.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startAssistant } from '../../src/index.js';
import { defaultKnowledgeDir, loadKnowledge, type Knowledge } from '../../src/knowledge/loader.js';
import type { Contact, Entry } from '../../src/knowledge/schema.js';
import { createLogger } from '../../src/logging.js';
import { hashPassword } from '../../src/staff/passwords.js';
import { call, signIn, STAFF, TestClock } from '../staff/helpers.js';

const projectRoot = path.resolve(__dirname, '../..');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-kb-export-'));
const file = path.join(root, 'server.sqlite');
const out = path.join(root, 'export');
/** Each test starts one or two processes (npm, tsx): slow on a busy machine. */
const SPAWN_TIMEOUT = 180_000;

let shipped: Knowledge;
let live: { entries: Entry[]; contacts: Contact[] };
let changedEntry: string;
let changedContact: string;

/** The documented command (npm run kb:export -- DIR) when `npm` is true; else the same script through tsx, quicker. */
function exportTo(args: string[], env: Record<string, string> = { SQLITE_FILE: file }, npm = false) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // The developer's own database and knowledge must never be what this test reads.
  if (!('DATABASE_URL' in env)) delete childEnv['DATABASE_URL'];
  delete childEnv['KNOWLEDGE_DIR'];
  const [command, commandArgs] = npm
    ? ['npm', ['run', '--silent', 'kb:export', '--', ...args]]
    : [path.join(projectRoot, 'node_modules', '.bin', 'tsx'), [path.join(projectRoot, 'src', 'cli', 'kb-export.ts'), ...args]];
  const result = spawnSync(command, commandArgs, { cwd: projectRoot, env: childEnv, encoding: 'utf8', timeout: 120_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: file, LOG_LEVEL: 'silent' });
  const assistant = await startAssistant({ config, clock: new TestClock().now, logger: createLogger('silent') });
  try {
    shipped = assistant.knowledge;
    await assistant.storage.staff.addUser({ username: STAFF.username, passwordHash: await hashPassword(STAFF.password) });
    const session = await signIn(assistant.url);
    const withPlace = shipped.entries.find((e) => e.details.place !== undefined && e.details.phone === undefined);
    changedEntry = (withPlace ?? shipped.entries.find((e) => e.details.phone === undefined)!).id;
    changedContact = shipped.contacts.find((c) => c.hours === undefined)!.id;
    const entryChange = { details: { phone: '03 21 11 22 33', ...(withPlace && { place: null }) }, answer: { fr: 'Réponse revue par la mairie.' } };
    expect((await call(assistant.url, 'PATCH', `/staff/api/entries/${changedEntry}`, { session, body: entryChange })).status).toBe(200);
    expect((await call(assistant.url, 'PATCH', `/staff/api/contacts/${changedContact}`, { session, body: { hours: { fr: 'Mardi 14 h – 17 h', en: 'Tuesday 2–5 pm' }, email: 'accueil@exemple.fr' } })).status).toBe(200);
    live = { entries: shipped.entries.map((e) => assistant.fiches.entry(e.id)!), contacts: [...assistant.fiches.contacts()] };
  } finally {
    await assistant.close();
  }
}, 120_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run kb:export', () => {
  it('writes the knowledge with the staff changes, loadable, equal to what the bot answered with', () => {
    const { code, stdout, stderr } = exportTo([out], { SQLITE_FILE: file }, true);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^1 fiche\(s\) et 1 contact\(s\) modifiés par le personnel, écrits dans .*export \(entries\/.*\.yaml, contacts\.yaml\)\.\n$/);
    const exported = loadKnowledge(out);
    expect(exported.entries).toEqual(live.entries);
    expect(exported.contacts).toEqual(live.contacts);
    const entry = exported.entries.find((e) => e.id === changedEntry)!;
    expect(entry.details.phone).toBe('03 21 11 22 33');
    expect(entry.details.place).toBeUndefined();
    expect(entry.answer.fr).toBe('Réponse revue par la mairie.');
    expect(exported.contacts.find((c) => c.id === changedContact)).toMatchObject({ hours: { fr: 'Mardi 14 h – 17 h', en: 'Tuesday 2–5 pm' }, email: 'accueil@exemple.fr' });
    // Everything else as shipped, comments included.
    expect(exported.topics).toEqual(shipped.topics);
    const shippedContacts = fs.readFileSync(path.join(defaultKnowledgeDir(), 'contacts.yaml'), 'utf8');
    const firstComment = shippedContacts.split('\n')[0]!;
    expect(firstComment.startsWith('#')).toBe(true);
    expect(fs.readFileSync(path.join(out, 'contacts.yaml'), 'utf8').split('\n')[0]).toBe(firstComment);
    const untouched = fs.readdirSync(path.join(defaultKnowledgeDir(), 'entries')).filter((f) => f !== `${shipped.entries.find((e) => e.id === changedEntry)!.topic}.yaml`);
    for (const name of untouched) expect(fs.readFileSync(path.join(out, 'entries', name), 'utf8'), name).toBe(fs.readFileSync(path.join(defaultKnowledgeDir(), 'entries', name), 'utf8'));
  }, SPAWN_TIMEOUT);

  it('exports again into the same folder with the same result (the export is the new default)', () => {
    const again = path.join(root, 'again');
    fs.cpSync(out, again, { recursive: true });
    const { code } = exportTo([again], { SQLITE_FILE: file });
    expect(code).toBe(0);
    expect(loadKnowledge(again).entries).toEqual(live.entries);
  }, SPAWN_TIMEOUT);

  it('says how to use it without a folder (exit 2), and fails clearly without the server store (exit 1)', () => {
    const usage = exportTo([]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Usage : npm run kb:export -- DOSSIER');
    const missing = exportTo([path.join(root, 'nowhere')], { SQLITE_FILE: path.join(root, 'absent.sqlite') });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('aucune base à cet endroit');
    expect(fs.existsSync(path.join(root, 'absent.sqlite'))).toBe(false);
  }, SPAWN_TIMEOUT);
});
