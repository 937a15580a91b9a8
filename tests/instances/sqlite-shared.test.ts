/**
 * SQLite serves one instance. A second server process started on the same SQLite file is told, clearly, in its
 * logs (src/instances/heartbeat.ts) — here two real servers (startAssistant) on one real SQLite file; a server
 * alone on its file says nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startAssistant, type Assistant } from '../../src/index.js';
import { SQLITE_SHARED_WARNING } from '../../src/instances/heartbeat.js';
import { createLogger } from '../../src/logging.js';

const started: Assistant[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const assistant of started.splice(0)) await assistant.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function sqliteFile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-shared-'));
  dirs.push(dir);
  return path.join(dir, 'assistant.sqlite');
}

async function start(file: string): Promise<{ logs: () => Record<string, unknown>[] }> {
  let raw = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString('utf8');
      done();
    },
  });
  const config = parseConfig({ PORT: '0', HOST: '127.0.0.1', SQLITE_FILE: file, LOG_LEVEL: 'warn' });
  started.push(await startAssistant({ config, logger: createLogger('warn', sink) }));
  return { logs: () => raw.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>) };
}

const warnings = (logs: Record<string, unknown>[]) => logs.filter((l) => l['msg'] === SQLITE_SHARED_WARNING);

describe('two server processes on one SQLite file', () => {
  it('the second one warns at start that SQLite serves one instance, and points to PostgreSQL', async () => {
    const file = sqliteFile();
    const first = await start(file);
    const second = await start(file);
    expect(warnings(second.logs())).toEqual([expect.objectContaining({ level: 40, others: 1 })]);
    expect(SQLITE_SHARED_WARNING).toMatch(/DATABASE_URL/);
    expect(warnings(first.logs())).toEqual([]); // it learns at its next beat; nothing yet
  });

  it('a server alone on its file says nothing, and one started after another stopped says nothing either', async () => {
    const file = sqliteFile();
    const alone = await start(file);
    expect(warnings(alone.logs())).toEqual([]);
    await started.pop()!.close();
    const next = await start(file);
    expect(warnings(next.logs())).toEqual([]);
  });
});
