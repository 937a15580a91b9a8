/**
 * The documentation's promises about commands: every `npm run …` written in README.md and docs/*.md is a script of
 * package.json, every option and sub-command it shows is one its program knows, every script documented is run by a
 * test or by CI (.ci/run), every `npx vitest run` path exists, every relative link and image resolves, and the README
 * links to every docs/ file. The few commands no other test runs are run here, cheaply.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const DOCS = path.join(ROOT, 'docs');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');

const files = ['README.md', ...readdirSync(DOCS).filter((f) => f.endsWith('.md')).map((f) => path.join('docs', f))];
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;

interface Documented {
  file: string;
  script: string;
  /** What follows `--`, as written (comments and continuation marks removed). */
  args: string[];
}

/** Every `npm run NAME [-- args]` (and `npm start`, `npm test`) in the docs, from code spans and code blocks. */
function documentedCommands(): Documented[] {
  const found: Documented[] = [];
  for (const file of files) {
    for (const line of read(file).split('\n')) {
      for (const match of line.matchAll(/npm (?:run(?: --silent)? ([a-z][\w:-]*)|(start|test))\b([^`|]*)/g)) {
        const script = match[1] ?? match[2] ?? '';
        const rest = (match[3] ?? '').replace(/\s#.*$/, '').replace(/\\$/, '');
        const args = rest.includes(' -- ') || rest.startsWith(' --') ? rest.slice(rest.indexOf('--') + 2).trim().split(/\s+/).filter(Boolean) : [];
        found.push({ file, script, args });
      }
    }
  }
  return found;
}

/** The source file a script runs (`tsx src/cli/chat.ts` → src/cli/chat.ts), if it runs one of ours. */
function sourceOf(script: string): string | undefined {
  return /\b((?:src|bench)\/[\w/.-]+\.ts)\b/.exec(scripts[script] ?? '')?.[1];
}

function testFiles(dir = path.join(ROOT, 'tests')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

const commands = documentedCommands();

describe('commands written in the docs', () => {
  it('finds the documented commands (the extraction itself works)', () => {
    expect(commands.length).toBeGreaterThan(10);
    expect(commands.map((c) => c.script)).toEqual(expect.arrayContaining(['start', 'test', 'bench', 'remarques', 'staff']));
  });

  it('are scripts of package.json', () => {
    const missing = commands.filter((c) => scripts[c.script] === undefined).map((c) => `${c.file}: npm run ${c.script}`);
    expect(missing).toEqual([]);
  });

  it('show only options and sub-commands their program knows', () => {
    const unknown: string[] = [];
    for (const c of commands) {
      const source = sourceOf(c.script);
      if (!source || c.args.length === 0) continue;
      const code = read(source);
      const sub = c.args[0] && /^[a-z][\w-]*$/.test(c.args[0]) ? [c.args[0]] : [];
      const options = c.args.filter((a) => /^--[a-z][\w-]*$/.test(a.replace(/[[\]]/g, ''))).map((a) => a.replace(/[[\]]/g, ''));
      // A sub-command is a quoted word of the program; an option may be declared without its dashes (parseArgs) but
      // the program's own usage text names it.
      for (const word of sub) if (!code.includes(`'${word}'`) && !code.includes(`"${word}"`)) unknown.push(`${c.file}: npm run ${c.script} … ${word} (not in ${source})`);
      for (const word of options) if (!code.includes(word)) unknown.push(`${c.file}: npm run ${c.script} … ${word} (not in ${source})`);
    }
    expect(unknown).toEqual([]);
  });

  it('are each run by a test or by CI', () => {
    const ci = read('.ci/run');
    const tests = testFiles().map((f) => readFileSync(f, 'utf8'));
    const unexercised = [...new Set(commands.map((c) => c.script))].filter((script) => {
      if (new RegExp(`(^|\\s)npm (run )?${script}\\b`, 'm').test(ci)) return false;
      // A script that runs a test file: that file runs in `npm test` too (CI).
      const testFile = /\bvitest run (tests\/\S+\.test\.ts)\b/.exec(scripts[script] ?? '')?.[1];
      if (testFile) return !existsSync(path.join(ROOT, testFile));
      const source = sourceOf(script);
      if (!source) return true;
      const name = source.replace(/\.ts$/, '');
      return !tests.some((text) => text.includes(name) || text.includes(`${name.replace(/^src\//, '')}.js`) || text.includes(`'${path.basename(source)}'`));
    });
    expect(unexercised).toEqual([]);
  });

  it('name test paths that exist (npx vitest run …)', () => {
    const missing: string[] = [];
    for (const file of files) {
      for (const match of read(file).matchAll(/npx vitest run ([^`\n—]+)/g)) {
        for (const target of (match[1] ?? '').trim().split(/\s+/)) {
          if (/^tests\//.test(target) && !existsSync(path.join(ROOT, target))) missing.push(`${file}: ${target}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('links in the docs', () => {
  it('point to files that exist (pages and images)', () => {
    const broken: string[] = [];
    for (const file of files) {
      for (const match of read(file).matchAll(/!?\[[^\]]*\]\(([^)\s]+)\)/g)) {
        const target = (match[1] ?? '').split('#')[0] ?? '';
        if (!target || /^[a-z]+:/i.test(target)) continue;
        if (!existsSync(path.resolve(path.dirname(path.join(ROOT, file)), target))) broken.push(`${file}: ${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('README leads to every docs/ file', () => {
    const readme = read('README.md');
    const unlinked = readdirSync(DOCS)
      .filter((f) => f.endsWith('.md'))
      .filter((f) => !readme.includes(`(docs/${f}`));
    expect(unlinked).toEqual([]);
  });
});

describe('the commands no other test runs', () => {
  const run = (args: string[], input?: string) => spawnSync(TSX, args, { cwd: ROOT, input, encoding: 'utf8', timeout: 230_000, env: { ...process.env, LOG_LEVEL: 'silent' } });
  // Each command loads the whole knowledge (two safety nets learnt at start): on a loaded 2-core machine one start can
  // take most of the default minute, and kb:crossval builds the engine once per fold.
  const COMMAND_TIMEOUT = 240_000;

  it('npm run kb:check validates the knowledge', () => {
    expect(sourceOf('kb:check')).toBe('src/cli/kb-check.ts');
    const result = run(['src/cli/kb-check.ts']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/valid/);
  }, COMMAND_TIMEOUT);

  it('npm run chat answers in the terminal and leaves on "quit"', () => {
    expect(sourceOf('chat')).toBe('src/cli/chat.ts');
    const result = run(['src/cli/chat.ts'], 'bus santé\nquit\n');
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/bus santé/i);
  }, COMMAND_TIMEOUT);

  it('npm run kb:crossval holds phrasings out and reports', () => {
    expect(sourceOf('kb:crossval')).toBe('src/cli/kb-crossval.ts');
    const result = run(['src/cli/kb-crossval.ts', '--folds', '2']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/phrasings held out: accuracy/);
  }, COMMAND_TIMEOUT);

  it('npm run eval:danger-cv cross-validates the danger net on the training corpora kept in the repository', () => {
    expect(sourceOf('eval:danger-cv')).toBe('src/cli/danger-cv.ts');
    // Seven corpora on a machine shared by eight: more than the other commands' 230 s.
    const result = spawnSync(TSX, ['src/cli/danger-cv.ts'], { cwd: ROOT, encoding: 'utf8', timeout: 420_000, env: { ...process.env, LOG_LEVEL: 'silent' } });
    expect(result.status, result.stderr).toBe(0);
    // Every corpus of tests/fixtures/danger-training (E, F, I, J, K, L, then M): each tested by a net that learnt the others.
    expect(result.stdout).toMatch(/pooled E\+F\+I\+J\+K\+L\+M .*2200 danger, 2900 ordinary/);
    expect(result.stdout).toMatch(/best threshold per budget/);
    // Seven corpora (5 100 engine verdicts, seven nets learnt): minutes on a loaded machine, more than the default.
  }, 450_000);

  it('npm run channels -- telegram-webhook says plainly what is missing when Telegram is not configured', () => {
    expect(sourceOf('channels')).toBe('src/cli/channels.ts');
    const env = { ...process.env, TELEGRAM_BOT_TOKEN: '', TELEGRAM_WEBHOOK_SECRET: '', PUBLIC_URL: '' };
    const result = spawnSync(TSX, ['src/cli/channels.ts', 'telegram-webhook'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000, env });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/TELEGRAM_BOT_TOKEN/);
  });

  it('npm run bench reads its options (each section skipped: nothing measured, nothing written)', () => {
    const before = read('bench/results.json');
    expect(sourceOf('bench')).toBe('bench/run.ts');
    const result = run(['bench/run.ts', '--skip-engine', '--skip-http', '--skip-burst', '--skip-web', '--skip-instances']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Targets');
    expect(read('bench/results.json')).toBe(before);
  });
});
