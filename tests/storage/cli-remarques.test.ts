/** The staff command, run as staff run it: a separate process on a real SQLite file. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommand } from '../../src/cli/remarques.js';
import { openSqliteStorage } from '../../src/storage/sqlite.js';
import type { Remarque } from '../../src/storage/types.js';
import { ManualClock, remarque } from './helpers.js';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-cli-'));
const file = path.join(root, 'data', 'renaissance.sqlite');
const projectRoot = path.resolve(__dirname, '../..');
const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
const cli = path.join(projectRoot, 'src', 'cli', 'remarques.ts');

function run(args: string[], env: Record<string, string> = { SQLITE_FILE: file }) {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env };
  // The developer's own database must never be what this test reads.
  if (!('DATABASE_URL' in env)) delete childEnv['DATABASE_URL'];
  const result = spawnSync(tsx, [cli, ...args], { cwd: root, env: childEnv, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  const clock = new ManualClock('2024-05-10T12:05:00.000Z');
  const storage = openSqliteStorage(file, { clock: clock.now });
  const a = await storage.remarques.add(remarque({ text: 'Horaires de la "maison du projet" ; le samedi ?', topic: 'bus-sante' }));
  clock.advance(60_000);
  const b = await storage.remarques.add(remarque({ text: 'Un banc près de l’école', kind: 'suggestion', score: null, topic: null }));
  await storage.remarques.update(b.id, { status: 'transmise', note: 'Transmis au service voirie' });
  expect(a.id).toBeLessThan(b.id);
  await storage.close();
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('npm run remarques', () => {
  it('lists the remarques, newest first', () => {
    const { code, stdout } = run(['list']);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^#2 {2}2024-05-10 14:06 {2}transmise {2}suggestion {2}- {2}Un banc près de l’école$/);
    expect(lines[1]).toMatch(/^#1 {2}2024-05-10 14:05 {2}nouvelle {2}sans réponse {2}bus-sante/);
    expect(lines[2]).toBe('2 remarque(s)');
  });

  it('filters by status and prints JSON', () => {
    const { code, stdout } = run(['list', '--status', 'transmise', '--json']);
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as Remarque[];
    expect(items.map((r) => [r.id, r.status, r.note])).toEqual([[2, 'transmise', 'Transmis au service voirie']]);
    expect(JSON.parse(run(['list', '--status', 'nouvelle,transmise', '--json']).stdout)).toHaveLength(2);
  });

  it('exports CSV for French Excel to stdout, with topic labels rather than ids', () => {
    const { code, stdout } = run(['export', '--format', 'csv']);
    expect(code).toBe(0);
    expect(stdout.startsWith('\uFEFF"n°";"date";"statut";"type";"thème";"texte";"note";"fiche concernée"\r\n')).toBe(true);
    const rows = stdout.slice(1).split('\r\n');
    expect(rows[1]).toBe('"2";"2024-05-10 14:06";"transmise";"suggestion";"";"Un banc près de l’école";"Transmis au service voirie";""');
    expect(rows[2]).toBe(
      '"1";"2024-05-10 14:05";"nouvelle";"sans réponse";"Bus santé pour les femmes et actions santé de l\'agglomération";"Horaires de la ""maison du projet"" ; le samedi ?";"";""',
    );
  });

  it('exports JSON to a file, creating its folder', () => {
    const out = path.join(root, 'exports', 'remarques.json');
    const { code, stdout, stderr } = run(['export', '--format', 'json', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain('2 remarque(s) exportée(s)');
    expect((JSON.parse(fs.readFileSync(out, 'utf8')) as Remarque[]).map((r) => r.id)).toEqual([2, 1]);
  });

  it('says how to use it when the arguments are wrong (exit code 2)', () => {
    for (const args of [['export'], ['export', '--format', 'xlsx'], ['list', '--status', 'archivee'], ['purge'], ['list', '--verbose']]) {
      const { code, stderr } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('Usage');
    }
    expect(run(['--help']).stdout).toContain('npm run remarques -- export --format csv|json');
  });

  it('fails clearly when the SQLite file does not exist, without creating it', () => {
    const missing = path.join(root, 'nowhere', 'typo.sqlite');
    const { code, stderr } = run(['list'], { SQLITE_FILE: missing });
    expect(code).toBe(1);
    expect(stderr).toContain('aucune base');
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('uses DATABASE_URL when it is set, and never prints its password', () => {
    const { code, stderr } = run(['list'], { DATABASE_URL: 'postgresql://agent:s3cret@127.0.0.1:1/nothing', SQLITE_FILE: file });
    expect(code).toBe(1);
    expect(stderr).toContain('PostgreSQL postgresql://agent:***@127.0.0.1:1/nothing');
    expect(stderr).not.toContain('s3cret');
  });
});

describe('parseCommand', () => {
  it('reads the commands and their options', () => {
    expect(parseCommand(['list'])).toEqual({ name: 'list', status: [], json: false });
    expect(parseCommand(['list', '--status', 'nouvelle', '--status', 'traitee,ecartee', '--json'])).toEqual({
      name: 'list',
      status: ['nouvelle', 'traitee', 'ecartee'],
      json: true,
    });
    expect(parseCommand(['export', '--format', 'csv', '--out', 'x.csv'])).toEqual({ name: 'export', status: [], format: 'csv', out: 'x.csv' });
    expect(parseCommand([])).toEqual({ name: 'help' });
  });
});
