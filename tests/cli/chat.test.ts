/**
 * `npm run chat` is the real conversation (the same core as the bot): fed by a pipe, it prints the welcome, then
 * each line's replies, blocks separated by a blank line, choices numbered; it ends with 0 and writes nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/loader.js';
import { translator } from '../../src/replies/i18n.js';

const fr = translator('fr');
const en = translator('en');
const home = mkdtempSync(path.join(tmpdir(), 'renaissance-chat-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function chat(lines: string[]): { blocks: string[]; status: number | null; stderr: string } {
  const run = spawnSync('npm', ['run', '--silent', 'chat'], {
    input: `${lines.join('\n')}\n`,
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...process.env, HOME: home },
  });
  return { blocks: splitBlocks(run.stdout), status: run.status, stderr: run.stderr };
}

/** A block is one turn's replies (the welcome's, then one per input line); only blocks are separated by a blank line. */
function splitBlocks(stdout: string): string[] {
  return stdout.trimEnd().split('\n\n');
}

const status = () => execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { encoding: 'utf8' });

it('plays the issue’s check: welcome, bus santé, its place, then English', () => {
  const before = status();
  const { blocks, status: code } = chat(['kan passe le bus santé', 'c est ou ?', 'english please', 'where can i learn to use a computer']);
  expect(code).toBe(0);
  // The welcome, then one block per line: the blank line separates turns, never a reply's paragraphs.
  expect(blocks).toHaveLength(5);
  expect(blocks[1]).toContain('bus santé pour les femmes');
  expect(blocks[2]).toMatch(new RegExp(`📍|${fr('details.unknown')}`));
  expect(blocks[3]).toContain(en('language.switched'));
  expect(blocks[4]).toContain(en('feedback.ask'));
  const out = blocks.join('\n\n');
  expect(blocks[0]).toContain(fr('welcome.greeting'));
  expect(out).toContain(`1. ${fr('suggest.bus-sante')}`);
  expect(out.indexOf(fr('welcome.greeting'))).toBeLessThan(out.indexOf('bus santé pour les femmes'));
  expect(out).toMatch(new RegExp(`📍|${fr('details.unknown')}`));
  expect(out).toContain(en('language.switched'));
  // In order: the bus santé answer, its place (a follow-up, in French), the switch, the workshops' answer in English.
  const entries = new Map(loadKnowledge().entries.map((e) => [e.id, e]));
  const firstLine = (text: string) => text.split('\n')[0]!.trim();
  const busAnswer = out.indexOf(firstLine(entries.get('bus-sante')!.answer.fr));
  const place = out.slice(busAnswer).search(new RegExp(`📍|${fr('details.unknown')}`)) + busAnswer;
  const switched = out.indexOf(en('language.switched'));
  const workshops = out.indexOf(firstLine(entries.get('ateliers-numeriques')!.answer.en));
  expect(busAnswer).toBeGreaterThan(0);
  expect(place).toBeGreaterThan(busAnswer);
  expect(switched).toBeGreaterThan(place);
  expect(workshops).toBeGreaterThan(switched);
  expect(out.slice(switched)).not.toContain(fr('feedback.ask'));
  expect(out).toContain(en('feedback.ask'));
  expect(out).toContain(en('clarify.numbered'));
  expect(out).not.toContain('> ');
  expect(out).not.toContain(fr('errors.turn'));
  expect(status()).toBe(before);
  expect(readdirSync(home)).toEqual([]);
});

it('a numbered choice picks it; a remarque is kept nowhere and says so; "je ne sais pas" has no false technical problem', () => {
  const { blocks, status: code } = chat(['santé', '1', 'non', 'recette de la carbonade flamande', 'je veux faire une remarque', 'le banc est cassé', 'envoyer']);
  expect(code).toBe(0);
  expect(blocks).toHaveLength(8);
  // "non" to "Cette réponse vous aide ?" is feedback, not a question the assistant cannot answer (issue 11).
  expect(blocks[3]).toContain(fr('errors.keptNowhere'));
  expect(blocks[3]).not.toContain(fr('fallback.text'));
  // Nothing kept, but still an apology and who can help (the mairies).
  expect(blocks[3]!.startsWith(fr('feedback.sorryNotKept'))).toBe(true);
  expect(blocks[3]).toContain(fr('feedback.whoCanHelp'));
  const out = blocks.join('\n\n');
  expect(out).toContain(fr('clarify.prompt'));
  expect(out).toContain(fr('feedback.ask'));
  expect(out).toContain(fr('fallback.text'));
  expect(out).not.toContain(fr('fallback.notKept'));
  expect(out).toContain(fr('errors.keptNowhere'));
  expect(out).toContain(fr('remarque.askText'));
  expect(out).not.toContain(fr('remarque.saved'));
});

it('an empty or blank line still gets its block (the prompt to write a question), so blocks and lines stay in step', () => {
  const { blocks, status: code } = chat(['', '   ', "c'est où ?", 'merci']);
  expect(code).toBe(0);
  expect(blocks).toHaveLength(5);
  expect(blocks[1]).toBe(blocks[2]);
  expect(blocks[4]).not.toBe(blocks[1]);
  // "c'est où ?" with nothing before is invited to ask, not "je ne sais pas" (issue 11).
  expect(blocks[3]).toContain(fr('answer.askAnother'));
  expect(blocks[3]).not.toContain(fr('fallback.text'));
});
